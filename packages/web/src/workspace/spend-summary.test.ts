import { describe, expect, it } from 'vitest';
import type { ScreeningSummary } from './screening-types.js';
import { spendSummary } from './spend-summary.js';

const summary = (over: Partial<ScreeningSummary> = {}): ScreeningSummary => ({
  screening_id: 's1',
  rows: 5,
  rows_without_amount: 1,
  by_currency: [
    { currency: 'USD', rows: 4, rows_with_amount: 3, spend: 160 },
    { currency: 'EUR', rows: 1, rows_with_amount: 1, spend: 999 },
  ],
  by_level: [
    { level: 'low', rows: 1, rows_without_amount: 0, spend: { USD: 10 } },
    { level: 'medium', rows: 1, rows_without_amount: 1, spend: {} },
    { level: 'high', rows: 2, rows_without_amount: 0, spend: { USD: 150 } },
    { level: 'critical', rows: 1, rows_without_amount: 0, spend: { EUR: 999 } },
  ],
  by_kind: [],
  by_country: [],
  heat: [
    { currency: 'EUR', sector: 'textiles', country: 'MYS', rows: 1, spend: 999, weighted: 999 },
    { currency: 'USD', sector: 'electronics', country: 'CHN', rows: 2, spend: 150, weighted: 75 },
    { currency: 'USD', sector: 'textiles', country: 'CHN', rows: 1, spend: 50, weighted: 25 },
    { currency: 'USD', sector: null, country: null, rows: 2, spend: 10, weighted: 0 },
  ],
  level_weights: { low: 0, medium: 0.25, high: 0.5, critical: 1 },
  ...over,
});

describe('spendSummary(summary)', () => {
  it('keeps the currency with the most rows with an amount, and its figures only', () => {
    const s = spendSummary(summary());
    expect(s.currency).toBe('USD');
    expect(s.byLevel).toEqual([
      { level: 'low', amount: 10, rows: 1 },
      { level: 'medium', amount: 0, rows: 1 },
      { level: 'high', amount: 150, rows: 2 },
      { level: 'critical', amount: 0, rows: 1 },
    ]);
    expect(s.cells).toEqual([
      { sector: 'electronics', country: 'CHN', amount: 150, weighted: 75, rows: 2 },
      { sector: 'textiles', country: 'CHN', amount: 50, weighted: 25, rows: 1 },
      { sector: 'no sector', country: '—', amount: 10, weighted: 0, rows: 2 },
    ]);
    expect(s.sectors).toEqual(['electronics', 'textiles', 'no sector']);
    expect(s.countries).toEqual(['CHN', '—']);
    expect(s.otherCurrencyRows).toBe(1);
  });

  it('has no currency and empty sums when no row has an amount', () => {
    const s = spendSummary(
      summary({
        by_currency: [{ currency: '', rows: 1, rows_with_amount: 0, spend: 0 }],
        heat: [{ currency: '', sector: null, country: 'USA', rows: 1, spend: 0, weighted: 0 }],
      }),
    );
    expect(s.currency).toBeNull();
    expect(s.cells).toEqual([]);
    expect(s.byLevel.every((l) => l.amount === 0)).toBe(true);
  });
});
