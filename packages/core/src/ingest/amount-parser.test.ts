import { describe, expect, it } from 'vitest';
import { parseAmount } from './amount-parser.js';

describe('parseAmount(text)', () => {
  it.each([
    ['1234.50', 1234.5, ''],
    ['$1,234.50', 1234.5, ''],
    ['1.234,50', 1234.5, ''],
    ['1 234,50', 1234.5, ''],
    ['1\u00a0234,50', 1234.5, ''],
    ['(500)', -500, ''],
    ['-500', -500, ''],
    ['500-', -500, ''],
    ['USD 1,000', 1000, 'USD'],
    ['1,000.00 USD', 1000, 'USD'],
    ['EUR 1.234,56', 1234.56, 'EUR'],
    ['(USD 2,500.00)', -2500, 'USD'],
    ['€12,5', 12.5, ''],
    ['1,234,567.89', 1234567.89, ''],
    ['1.234.567', 1234567, ''],
    ["1'234.50", 1234.5, ''],
    ['.5', 0.5, ''],
    ['0', 0, ''],
  ])('reads %s', (text, value, currency) => {
    expect(parseAmount(text)).toEqual({ value, currency });
  });

  it('reads a lone separator before three digits as grouping, or as decimal in decimal-comma files', () => {
    expect(parseAmount('1,234')?.value).toBe(1234);
    expect(parseAmount('1.234')?.value).toBe(1.234);
    expect(parseAmount('1,234', { decimalComma: true })?.value).toBe(1.234);
    expect(parseAmount('1.234', { decimalComma: true })?.value).toBe(1234);
  });

  it.each(['abc', 'USD', '1,23,4', '12-34', '1.2.3,4,5', '((5))', 'N/A', '1e5'])('rejects %s', (text) => {
    expect(parseAmount(text)).toBeNull();
  });

  it('returns null for empty text', () => {
    expect(parseAmount('   ')).toBeNull();
  });
});
