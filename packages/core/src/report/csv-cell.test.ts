import { describe, expect, it } from 'vitest';
import { csvLine, csvNumberCell, csvTextCell, isFormulaLike } from './csv-cell.js';

describe('csvTextCell(text)', () => {
  it.each([
    ['=HYPERLINK("http://evil.example","click")', `"'=HYPERLINK(""http://evil.example"",""click"")"`],
    ['+1', "'+1"],
    ['-2', "'-2"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', `"'\rcmd"`],
  ])('neutralises the formula-like cell %j', (text, cell) => {
    expect(csvTextCell(text)).toBe(cell);
  });

  it('leaves ordinary text alone and quotes only what RFC 4180 requires', () => {
    expect(csvTextCell('Acme Ltd')).toBe('Acme Ltd');
    expect(csvTextCell('')).toBe('');
    expect(csvTextCell('a=b')).toBe('a=b');
    expect(csvTextCell('Acme, Inc.')).toBe('"Acme, Inc."');
    expect(csvTextCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvTextCell('two\nlines')).toBe('"two\nlines"');
  });
});

describe('isFormulaLike(text)', () => {
  it('looks only at the first character', () => {
    expect(isFormulaLike(' =1')).toBe(false);
    expect(isFormulaLike('=1')).toBe(true);
  });
});

describe('csvNumberCell(value)', () => {
  it('keeps real negative numbers, blanks null and non-finite values', () => {
    expect(csvNumberCell(-2.5)).toBe('-2.5');
    expect(csvNumberCell(null)).toBe('');
    expect(csvNumberCell(Number.NaN)).toBe('');
  });
});

describe('csvLine(cells)', () => {
  it('joins with commas and ends with CRLF', () => {
    expect(csvLine(['a', 'b'])).toBe('a,b\r\n');
  });
});
