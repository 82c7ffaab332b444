import { describe, expect, it } from 'vitest';
import { summariseSpend } from './spend-summary.js';

const LEVELS = ['low', 'medium', 'high', 'critical'];

describe('summariseSpend(rows, levels)', () => {
  it('sums spend per level and per sector × country in the main currency only', () => {
    const s = summariseSpend(
      [
        { level: 'high', country: 'CHN', sectors: ['electronics'], amount: 100, currency: 'USD' },
        { level: 'high', country: 'CHN', sectors: ['electronics', 'textiles'], amount: 50, currency: 'USD' },
        { level: 'low', country: null, sectors: [], amount: 10, currency: 'USD' },
        { level: 'critical', country: 'MYS', sectors: ['textiles'], amount: 999, currency: 'EUR' },
        { level: 'medium', country: 'MYS', sectors: ['textiles'], amount: null, currency: 'USD' },
      ],
      LEVELS,
    );
    expect(s.currency).toBe('USD');
    expect(s.byLevel).toEqual([
      { level: 'low', amount: 10, rows: 1 },
      { level: 'medium', amount: 0, rows: 0 },
      { level: 'high', amount: 150, rows: 2 },
      { level: 'critical', amount: 0, rows: 0 },
    ]);
    expect(s.cells).toContainEqual({ sector: 'electronics', country: 'CHN', amount: 150 });
    expect(s.cells).toContainEqual({ sector: 'textiles', country: 'CHN', amount: 50 });
    expect(s.sectors).toEqual(['electronics', 'textiles']);
    expect(s.otherCurrencyRows).toBe(1);
  });

  it('has no currency and empty sums when no row has an amount', () => {
    const s = summariseSpend(
      [{ level: 'low', country: 'USA', sectors: [], amount: null, currency: '' }],
      LEVELS,
    );
    expect(s.currency).toBeNull();
    expect(s.cells).toEqual([]);
  });
});
