import { describe, expect, it } from 'vitest';
import { headerCurrency } from './header-currency.js';

describe('headerCurrency', () => {
  it.each([
    ['Amount (EUR)', 'Amount', 'EUR'],
    ['Spend (USD)', 'Spend', 'USD'],
    ['Total Amount [GBP]', 'Total Amount', 'GBP'],
    ['Amount in CNY', 'Amount', 'CNY'],
    ['Spend USD', 'Spend', 'USD'],
    ['Amount_JPY', 'Amount', 'JPY'],
    ['USD Amount', 'Amount', 'USD'],
    ['Betrag (€)', 'Betrag', 'EUR'],
    ['Valor (R$)', 'Valor', 'BRL'],
    ['Amount [£]', 'Amount', 'GBP'],
    ['Amount in €', 'Amount', 'EUR'],
  ])('reads %s as %s in %s', (header, base, currency) => {
    expect(headerCurrency(header)).toEqual({ base, currency });
  });

  it.each([
    'Amount',
    'Country (ISO)',
    'Total all',
    'Spend (All)',
    'Spend (usd)',
    'Amount (ABC)',
    'Spend ($)',
    'Amount (¥)',
    'Betrag (kr)',
    'Amount (m)',
    'Weight (kg)',
    'Amount €',
    'USD',
  ])('finds no currency in %s', (header) => {
    expect(headerCurrency(header)).toBeNull();
  });
});
