import { describe, expect, it } from 'vitest';
import {
  AMBIGUOUS_SYMBOLS,
  ambiguousSymbolLabel,
  CURRENCY_SYMBOLS,
  currencyNamed,
  isIsoCurrencyCode,
  isSymbolOf,
  symbolCurrency,
} from './currency-symbols.js';

function shown(locale: string, code: string, display: 'symbol' | 'narrowSymbol'): string {
  const parts = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: code,
    currencyDisplay: display,
  });
  return parts.formatToParts(1).find((p) => p.type === 'currency')?.value ?? '';
}

describe('CURRENCY_SYMBOLS', () => {
  it.each(CURRENCY_SYMBOLS.map((s) => [s.symbol, s.code, s.locale]))(
    '%s is the CLDR symbol of %s (in %s)',
    (symbol, code, locale) => {
      expect([shown(locale, code, 'symbol'), shown(locale, code, 'narrowSymbol')]).toContain(symbol);
    },
  );

  it('gives a symbol to one currency only', () => {
    const symbols = CURRENCY_SYMBOLS.map((s) => s.symbol);
    expect(new Set(symbols).size).toBe(symbols.length);
    for (const s of symbols) expect(AMBIGUOUS_SYMBOLS[s]).toBeUndefined();
  });
});

describe('AMBIGUOUS_SYMBOLS', () => {
  it.each(Object.entries(AMBIGUOUS_SYMBOLS))('%s is the narrow symbol of each of %j', (symbol, codes) => {
    expect(codes.length).toBeGreaterThan(1);
    for (const code of codes) expect(shown('en', code, 'narrowSymbol')).toBe(symbol);
    expect(symbolCurrency(symbol)).toBeNull();
  });

  it('labels ambiguous symbols but $, which stays "currency not stated"', () => {
    expect(ambiguousSymbolLabel('¥')).toBe('¥ (CNY OR JPY)');
    expect(ambiguousSymbolLabel('kr')).toBe('KR (DKK OR ISK OR NOK OR SEK)');
    expect(ambiguousSymbolLabel('$')).toBe('');
  });
});

describe('isSymbolOf(symbol, code)', () => {
  it.each(['ARS', 'MXN', 'CLP', 'COP', 'UYU', 'USD'])('$ is a symbol of %s', (code) => {
    expect(isSymbolOf('$', code)).toBe(true);
  });

  it.each([
    ['R$', 'BRL', true],
    ['¥', 'JPY', true],
    ['£', 'GIP', true],
    ['$', 'EUR', false],
    ['$', 'BRL', false],
    ['€', 'USD', false],
    ['US$', 'ARS', false],
    ['$', 'PESOS', false],
    ['$', '', false],
  ] as const)('%s of %s: %s', (symbol, code, fits) => {
    expect(isSymbolOf(symbol, code)).toBe(fits);
  });
});

describe('currencyNamed(text)', () => {
  it.each([
    ['美元', 'USD'],
    ['人民币', 'CNY'],
    ['欧元', 'EUR'],
    ['日元', 'JPY'],
    ['港币', 'HKD'],
    ['港元', 'HKD'],
    ['港幣', 'HKD'],
    [' 人民幣 ', 'CNY'],
    ['英镑', 'GBP'],
  ])('reads %s as %s', (name, code) => {
    expect(currencyNamed(name)).toBe(code);
  });

  it.each(['USD', 'dollar', '', '元', '美国'])('reads no currency from %s', (text) => {
    expect(currencyNamed(text)).toBeNull();
  });
});

describe('isIsoCurrencyCode(code)', () => {
  it.each(['EUR', 'USD', 'CNY', 'CHF'])('knows %s', (code) => {
    expect(isIsoCurrencyCode(code)).toBe(true);
  });

  it.each(['eur', 'RMB', 'MIO', 'TSD', 'STK', '', 'EURO'])('does not take %s for a code', (text) => {
    expect(isIsoCurrencyCode(text)).toBe(false);
  });
});
