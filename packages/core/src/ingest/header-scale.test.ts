import { describe, expect, it } from 'vitest';
import { headerScale } from './header-scale.js';

describe('headerScale(header)', () => {
  it.each([
    ['Obligations ($K)', 'Obligations', 1000, ''],
    ['Obligated Amount ($K)', 'Obligated Amount', 1000, ''],
    ['Amount ($000)', 'Amount', 1000, ''],
    ["Amount ('000)", 'Amount', 1000, ''],
    ['Amount (in thousands)', 'Amount', 1000, ''],
    ['Amount (USD thousands)', 'Amount', 1000, 'USD'],
    ['Amount (thousands of USD)', 'Amount', 1000, 'USD'],
    ['Betrag (in Tsd. EUR)', 'Betrag', 1000, 'EUR'],
    ['Betrag (TEUR)', 'Betrag', 1000, 'EUR'],
    ['Betrag (T€)', 'Betrag', 1000, 'EUR'],
    ['Spend (k€)', 'Spend', 1000, 'EUR'],
    ['Amount in thousands', 'Amount', 1000, ''],
    ['Amount (EUR), in thousands', 'Amount', 1000, 'EUR'],
    ['Value (USD mn)', 'Value', 1e6, 'USD'],
    ['Amount (Mio. EUR)', 'Amount', 1e6, 'EUR'],
    ['Amount in millions', 'Amount', 1e6, ''],
  ])('reads %s as %s times %d', (header, base, factor, currency) => {
    expect(headerScale(header)).toEqual({ base, factor, currency });
  });

  it.each([
    'Amount',
    'Amount (USD)',
    'Amount ($)',
    'Weight (kg)',
    'Length (km)',
    'Amount (in USD)',
    'Amount (ABC thousands)',
    'Total Thousands',
    // M is a thousand (Roman) as often as a million.
    'Value ($M)',
    'Value ($MM)',
  ])('finds no scale in %s', (header) => {
    expect(headerScale(header)).toBeNull();
  });
});
