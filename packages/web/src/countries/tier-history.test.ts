import { describe, expect, it } from 'vitest';
import { chartValue, tierYears } from './tier-history.js';

describe('tierYears(history)', () => {
  it('fills the missing years as gaps, in order', () => {
    const out = tierYears([
      { year: 2003, tier: 'Tier 3' },
      { year: 2001, tier: 'Tier 2' },
    ]);
    expect(out).toEqual([
      { year: 2001, tier: 'Tier 2' },
      { year: 2002, tier: null },
      { year: 2003, tier: 'Tier 3' },
    ]);
  });
  it('is empty for no history', () => {
    expect(tierYears([])).toEqual([]);
  });
});

describe('chartValue(year)', () => {
  it('ranks tiers and leaves gaps and special cases out of the line', () => {
    expect(chartValue({ year: 2001, tier: 'Tier 1' })).toBe(1);
    expect(chartValue({ year: 2001, tier: 'Tier 2 Watch List' })).toBe(3);
    expect(chartValue({ year: 2001, tier: null })).toBeNull();
    expect(chartValue({ year: 2001, tier: 'Special Case' })).toBeNull();
  });
});
