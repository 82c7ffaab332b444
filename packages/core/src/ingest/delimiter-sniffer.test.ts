import { describe, expect, it } from 'vitest';
import { sniffDelimiter } from './delimiter-sniffer.js';

describe('sniffDelimiter(sample)', () => {
  it('ignores delimiters inside quotes', () => {
    expect(sniffDelimiter('"a;b;c;d",x\n"1;2;3;4",y\n')).toBe(',');
    expect(sniffDelimiter('"a,b,c";x;y\n"1,2,3";4;5\n')).toBe(';');
  });

  it('prefers the delimiter that keeps the field count steady', () => {
    expect(sniffDelimiter('name|amount\nA, Inc|1,5\nB|2\n')).toBe('|');
    expect(sniffDelimiter('name\tamount\nA\t1\n')).toBe('\t');
  });

  it("takes Excel's sep= line at its word", () => {
    expect(sniffDelimiter('sep=;\nname;amount;note\nA;1,5;x\n')).toBe(';');
    expect(sniffDelimiter('\uFEFFSEP=|\r\nname|amount\r\nA|1\r\n')).toBe('|');
  });

  it('passes over a one-field title above the header', () => {
    expect(sniffDelimiter('Lieferantenliste 2025\n\nLieferant;Land;Betrag\nA;DE;1.234,50\nB;FR;12,5\n')).toBe(
      ';',
    );
  });

  it('falls back to a comma for one column', () => {
    expect(sniffDelimiter('supplier\nAlpha\n')).toBe(',');
  });
});
