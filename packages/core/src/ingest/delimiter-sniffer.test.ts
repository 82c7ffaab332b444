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

  it('falls back to a comma for one column', () => {
    expect(sniffDelimiter('supplier\nAlpha\n')).toBe(',');
  });
});
