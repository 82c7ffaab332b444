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
    expect(parseAmount(text)).toMatchObject({ value, currency });
  });

  it('reads a lone separator before three digits as grouping, but a comma in decimal-comma files', () => {
    expect(parseAmount('1,234')?.value).toBe(1234);
    expect(parseAmount('1.234')?.value).toBe(1234);
    expect(parseAmount('150.000')).toEqual({ value: 150000, currency: '', pointAsGrouping: true });
    expect(parseAmount('€ 150.000')).toMatchObject({ value: 150000, symbol: '€', pointAsGrouping: true });
    expect(parseAmount('-150.000')?.value).toBe(-150000);
    expect(parseAmount('1,234', { decimalComma: true })?.value).toBe(1.234);
    expect(parseAmount('1.234', { decimalComma: true })).toEqual({ value: 1234, currency: '' });
  });

  it('reads a separator after a lone 0 as the decimal mark', () => {
    expect(parseAmount('0.125')?.value).toBe(0.125);
    expect(parseAmount('0,125')?.value).toBe(0.125);
    expect(parseAmount('-0.500')?.value).toBe(-0.5);
  });

  it("reads a spreadsheet number cell's own text as written, and other text by the rules", () => {
    expect(parseAmount('150.125', { cellNumbers: true })?.value).toBe(150.125);
    expect(parseAmount('150.000', { cellNumbers: true })?.value).toBe(150000);
    expect(parseAmount('150.125')?.value).toBe(150125);
  });

  it.each([
    ['€1000', 1000, '€'],
    ['£2000', 2000, '£'],
    ['¥3000', 3000, '¥'],
    ['R$ 1.234.567,89', 1234567.89, 'R$'],
    ['R$1234', 1234, 'R$'],
    ['1 234 kr', 1234, 'kr'],
    ['1.234,50 €', 1234.5, '€'],
    ['-€500', -500, '€'],
    ['(₹1,00,000)', -100000, '₹'],
    ['CN¥ 88', 88, 'CN¥'],
    ['$1,234.50', 1234.5, '$'],
  ])('reads %s with its symbol', (text, value, symbol) => {
    expect(parseAmount(text)).toEqual({ value, currency: '', symbol });
  });

  it('takes a code before a symbol as the currency', () => {
    expect(parseAmount('USD $1,000')).toEqual({ value: 1000, currency: 'USD', symbol: '$' });
  });

  it.each(['abc', 'USD', '1,23,4', '12-34', '1.2.3,4,5', '((5))', 'N/A', '1e5'])('rejects %s', (text) => {
    expect(parseAmount(text)).toBeNull();
  });

  it('returns null for empty text', () => {
    expect(parseAmount('   ')).toBeNull();
  });
});
