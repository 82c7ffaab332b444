import { describe, expect, it } from 'vitest';
import { type CsvRecord, CsvTokenizer } from './csv-tokenizer.js';

function tokenize(text: string, delimiter = ',', chunk = text.length): CsvRecord[] {
  const t = new CsvTokenizer(delimiter);
  const out: CsvRecord[] = [];
  for (let at = 0; at < text.length; at += chunk) out.push(...t.push(text.slice(at, at + chunk)));
  out.push(...t.end());
  return out;
}

const TRICKY = 'a,b,c\r\n"x, y","multi\nline\r\nfield",3\n"say ""hi""",,\n\nlast,"",end';

describe('CsvTokenizer.push(text)', () => {
  it('reads quoted fields, escaped quotes, empty fields and the line where each record starts', () => {
    expect(tokenize(TRICKY)).toEqual([
      { fields: ['a', 'b', 'c'], line: 1 },
      { fields: ['x, y', 'multi\nline\r\nfield', '3'], line: 2 },
      { fields: ['say "hi"', '', ''], line: 5 },
      { fields: [''], line: 6 },
      { fields: ['last', '', 'end'], line: 7 },
    ]);
  });

  it('gives the same records whatever the chunk size', () => {
    const whole = tokenize(TRICKY);
    for (let chunk = 1; chunk < TRICKY.length; chunk++) expect(tokenize(TRICKY, ',', chunk)).toEqual(whole);
  });

  it('splits on the given delimiter only', () => {
    expect(tokenize('a;b,c\t|d\n', ';')).toEqual([{ fields: ['a', 'b,c\t|d'], line: 1 }]);
    expect(tokenize('a\tb\n', '\t')).toEqual([{ fields: ['a', 'b'], line: 1 }]);
  });

  it('keeps a trailing empty field', () => {
    expect(tokenize('a,b,\n1,2,')).toEqual([
      { fields: ['a', 'b', ''], line: 1 },
      { fields: ['1', '2', ''], line: 2 },
    ]);
  });

  it('reports an unterminated quote and keeps the rest of the text in the field', () => {
    const t = new CsvTokenizer(',');
    const records = [...t.push('a,b\n1,"open\n2,3\n'), ...t.end()];
    expect(records).toEqual([
      { fields: ['a', 'b'], line: 1 },
      { fields: ['1', 'open\n2,3\n'], line: 2 },
    ]);
    expect(t.unterminatedQuoteLine).toBe(2);
  });
});
