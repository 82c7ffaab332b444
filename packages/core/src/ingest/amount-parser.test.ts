import { describe, expect, it } from 'vitest';
import { amountWordProblem, parseAmount, sampleDecimalMark } from './amount-parser.js';

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
    ['RMB 12,000', 12000, 'CNY'],
    ['12,000.00 RMB', 12000, 'CNY'],
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

describe('parseAmount(text): words after the number', () => {
  it.each([
    ['2,3 Mio', 2300000, ''],
    ['1,5 Mio.', 1500000, ''],
    ['500 Tsd', 500000, ''],
    ['500k', 500000, ''],
    ['2.3 million', 2300000, ''],
    ['1,2 Mrd', 1200000000, ''],
    ['EUR 2,3 Mio', 2300000, 'EUR'],
    ['2,3 Mio EUR', 2300000, 'EUR'],
  ])('reads %s multiplied out', (text, value, currency) => {
    expect(parseAmount(text, { decimalComma: true })).toMatchObject({ value, currency });
    expect(parseAmount(text, { decimalComma: true })?.multiplier).toBeDefined();
  });

  it('keeps the symbol of a multiplied amount', () => {
    expect(parseAmount('€ 2,3 Mio', { decimalComma: true })).toEqual({
      value: 2300000,
      currency: '',
      symbol: '€',
      multiplier: 'Mio',
    });
  });

  it.each([
    '2,3 MIO',
    '500 TSD',
    '1.234,00 Stk',
    '5 M',
    '5 MM',
    '2 billion',
    '3 mil',
    '12 kgs pcs',
    '10 EURO',
  ])('takes only ISO 4217 codes for currencies, and reads no amount from %s', (text) => {
    const parsed = parseAmount(text, { decimalComma: true });
    if (parsed !== null) expect(parsed.currency).toBe('');
    expect(parsed === null || parsed.multiplier !== undefined).toBe(true);
  });

  it('reads no currency MIO, TSD or STK', () => {
    expect(parseAmount('2,3 MIO')?.currency).not.toBe('MIO');
    expect(parseAmount('500 TSD')?.currency).not.toBe('TSD');
    expect(parseAmount('1.234,00 Stk')).toBeNull();
    expect(parseAmount('5 M')).toBeNull();
  });
});

describe('parseAmount(text): an accounting-format zero', () => {
  it.each([
    ['-', { value: 0, currency: '' }],
    ['- €', { value: 0, currency: '', symbol: '€' }],
    ['€ -', { value: 0, currency: '', symbol: '€' }],
    ['$ -', { value: 0, currency: '', symbol: '$' }],
    [' $   -   ', { value: 0, currency: '', symbol: '$' }],
    ['USD -', { value: 0, currency: 'USD' }],
  ])('reads %s as zero', (text, out) => {
    expect(parseAmount(text)).toEqual(out);
  });

  it.each(['+', '(-)', '—', '- -'])('reads no amount from %s', (text) => {
    expect(parseAmount(text)).toBeNull();
  });
});

describe('parseAmount(text): negatives in accounting and SAP formats', () => {
  it.each([
    ['$ (600,000.00)', -600000, '$'],
    ['$(600,000.00)', -600000, '$'],
    [' $ (600,000.00) ', -600000, '$'],
    ['($600,000.00)', -600000, '$'],
    ['€ (1.234,56)', -1234.56, '€'],
    ['(1.234,56) €', -1234.56, '€'],
  ])('reads %s, the symbol outside the brackets, as negative', (text, value, symbol) => {
    expect(parseAmount(text)).toEqual({ value, currency: '', symbol });
  });

  it.each(['($ (600))', '-$ (600)', '$ -(600)', '$ ((600))'])(
    'reads no amount from %s, negative twice',
    (text) => {
      expect(parseAmount(text)).toBeNull();
    },
  );

  it('reads a minus after the currency as the sign of the whole amount', () => {
    expect(parseAmount('1.234,56 EUR-')).toEqual({ value: -1234.56, currency: 'EUR' });
    expect(parseAmount('1.234,56 EUR -')).toEqual({ value: -1234.56, currency: 'EUR' });
    expect(parseAmount('1.234,56 €-')).toEqual({ value: -1234.56, currency: '', symbol: '€' });
    expect(parseAmount('1.234,56-')).toEqual({ value: -1234.56, currency: '' });
    expect(parseAmount('1.234,56 USD')).toEqual({ value: 1234.56, currency: 'USD' });
  });

  it.each(['-1.234,56 EUR-', '1.234,56- EUR-', '(1.234,56) EUR-', '(1.234,56 EUR-)', '€ --'])(
    'reads no amount from %s, with a minus too many or no number',
    (text) => {
      expect(parseAmount(text)).toBeNull();
    },
  );
});

describe('parseAmount(text): whole units with a dash for the cents', () => {
  it.each([
    ['1.500,-', 1500],
    ['1.500,–', 1500],
    ['1.500,—', 1500],
    ['1.500,--', 1500],
    ['250,-', 250],
    ["1'500.-", 1500],
    ['1500.–', 1500],
  ])('reads %s as a positive whole amount', (text, value) => {
    expect(parseAmount(text)).toEqual({ value, currency: '' });
  });

  it('keeps the currency, and the sign written elsewhere', () => {
    expect(parseAmount('1.500,- €')).toEqual({ value: 1500, currency: '', symbol: '€' });
    expect(parseAmount('EUR 1.500,–')).toEqual({ value: 1500, currency: 'EUR' });
    expect(parseAmount('-1.500,-')).toEqual({ value: -1500, currency: '' });
    expect(parseAmount('(1.500,-)')).toEqual({ value: -1500, currency: '' });
  });

  it("still reads SAP's trailing minus, which follows the cents", () => {
    expect(parseAmount('1.500,00-')).toEqual({ value: -1500, currency: '' });
    expect(parseAmount('1,500.00-')).toEqual({ value: -1500, currency: '' });
    expect(parseAmount('1500-')).toEqual({ value: -1500, currency: '' });
  });

  it.each(['1.5,-', '1.500.-', ',-', '1.500,---'])('reads no amount from %s', (text) => {
    expect(parseAmount(text)).toBeNull();
  });
});

describe('amountWordProblem(text)', () => {
  it('says a unit word is not an amount', () => {
    expect(amountWordProblem('1.234,00 Stk')).toBe(
      '"Stk" is not a currency (an ISO 4217 code or a symbol) or a multiplier (Tsd, Mio, Mrd, k, million, bn): a quantity or a unit is not an amount',
    );
  });

  it('says a multiplier of uncertain size was not applied', () => {
    expect(amountWordProblem('5 M')).toMatch(
      /^"M" after the number is a multiplier writers use for different/,
    );
    expect(amountWordProblem('2 Billion')).toMatch(/^"Billion" after the number/);
    expect(amountWordProblem('2 bi')).toMatch(/^"bi" after the number/);
  });

  it('names the word after the number, not the letters of the symbol before it', () => {
    expect(parseAmount('R$ 1,2 mi')).toBeNull();
    expect(amountWordProblem('R$ 1,2 mi')).toMatch(/^"mi" after the number is a multiplier/);
    expect(amountWordProblem('US$ 5 Stk')).toMatch(/^"Stk" is not a currency/);
    expect(amountWordProblem('Rp 5 Stk')).toMatch(/^"Stk" is not a currency/);
    expect(amountWordProblem('R 500')).toMatch(/^"R" is not a currency/);
    expect(amountWordProblem('R$ 1.234,56 / 3')).toBeNull();
  });

  it('has nothing to say of currencies, symbols and multipliers, or of words without a number', () => {
    expect(amountWordProblem('abc')).toBeNull();
    expect(amountWordProblem('EUR 1,2,3')).toBeNull();
    expect(amountWordProblem('1,2,3 kr')).toBeNull();
    expect(amountWordProblem('1,2,3')).toBeNull();
  });
});

describe('sampleDecimalMark(values)', () => {
  it('finds a decimal comma in 1.234,56 or 950,00, and a decimal point in 1,234.56 or 950.5', () => {
    expect(sampleDecimalMark(['12,500', '1.234,56', '950,00'])).toEqual({
      decimalComma: true,
      example: '1.234,56',
    });
    expect(sampleDecimalMark(['EUR 12,5', ''])).toEqual({ decimalComma: true, example: 'EUR 12,5' });
    expect(sampleDecimalMark(['$1,234.56', '12,500'])).toEqual({ decimalComma: false, example: '$1,234.56' });
    expect(sampleDecimalMark(['950.5'])).toEqual({ decimalComma: false, example: '950.5' });
  });

  it('tells nothing from grouping-like values, Indian grouping, or values that disagree', () => {
    expect(sampleDecimalMark(['12,500', '1.234', '1,23,456', '950', ''])).toBeNull();
    expect(sampleDecimalMark(['1,234.50', '950,00'])).toBeNull();
  });
});
