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

describe('CsvTokenizer.expectFields(width)', () => {
  function tokenizeExpecting(text: string, width: number, chunk = text.length): CsvRecord[] {
    const t = new CsvTokenizer(',');
    t.expectFields(width);
    const out: CsvRecord[] = [];
    for (let at = 0; at < text.length; at += chunk) out.push(...t.push(text.slice(at, at + chunk)));
    out.push(...t.end());
    return out;
  }

  const STRAY =
    'Factory,Address,Country,Product\n' +
    'Alpha Ltd,Gazipur,Bangladesh,Apparel\n' +
    'Beta Ltd,"Plot 5, Dhaka EPZ,Bangladesh,Apparel\n' +
    'Gamma Ltd,Dhaka,Bangladesh,Apparel\r\n' +
    'HETIAN TAIDA APPAREL CO LTD,"Hotan, Xinjiang",China,Apparel\n' +
    'Eps Ltd,"Chittagong,\nBlock B",Bangladesh,Apparel\n';

  it('reads a line with a stray quote alone and goes on with the next line', () => {
    expect(tokenizeExpecting(STRAY, 4)).toEqual([
      { fields: ['Factory', 'Address', 'Country', 'Product'], line: 1 },
      { fields: ['Alpha Ltd', 'Gazipur', 'Bangladesh', 'Apparel'], line: 2 },
      { fields: ['Beta Ltd', 'Plot 5, Dhaka EPZ,Bangladesh,Apparel'], line: 3, unclosedQuoteField: 2 },
      { fields: ['Gamma Ltd', 'Dhaka', 'Bangladesh', 'Apparel'], line: 4 },
      { fields: ['HETIAN TAIDA APPAREL CO LTD', 'Hotan, Xinjiang', 'China', 'Apparel'], line: 5 },
      { fields: ['Eps Ltd', 'Chittagong,\nBlock B', 'Bangladesh', 'Apparel'], line: 6 },
    ]);
  });

  it('gives the same records whatever the chunk size', () => {
    const whole = tokenizeExpecting(STRAY, 4);
    for (let chunk = 1; chunk < STRAY.length; chunk += 3)
      expect(tokenizeExpecting(STRAY, 4, chunk)).toEqual(whole);
  });

  it('splits off the line of a quote left open at the end of the file, even when the field count fits', () => {
    const t = new CsvTokenizer(',');
    t.expectFields(2);
    const records = [...t.push('a,b\n1,"open\n2,3\n'), ...t.end()];
    expect(records).toEqual([
      { fields: ['a', 'b'], line: 1 },
      { fields: ['1', 'open'], line: 2, unclosedQuoteField: 2 },
      { fields: ['2', '3'], line: 3 },
    ]);
    expect(t.unterminatedQuoteLine).toBeNull();
  });

  it('keeps a quoted field over several lines when the record has the expected fields', () => {
    expect(tokenizeExpecting('a,b\n"x\ny\nz",2\n3,4', 2)).toEqual([
      { fields: ['a', 'b'], line: 1 },
      { fields: ['x\ny\nz', '2'], line: 2 },
      { fields: ['3', '4'], line: 5 },
    ]);
  });
});
