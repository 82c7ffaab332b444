import { describe, expect, it } from 'vitest';
import { contrastRatio, TIER_SCALE, tierOrder, tierStyle } from './tier-scale.js';

describe('TIER_SCALE', () => {
  it('gives every tier a text colour with at least 4.5:1 contrast on its fill', () => {
    for (const s of TIER_SCALE) expect(contrastRatio(s.fill, s.text), s.tier).toBeGreaterThanOrEqual(4.5);
  });

  it('gives every tier its own fill', () => {
    expect(new Set(TIER_SCALE.map((s) => s.fill)).size).toBe(TIER_SCALE.length);
  });

  it('covers every placement the API filters on', () => {
    const api = [
      'Tier 1',
      'Tier 2',
      'Tier 2 Watch List',
      'Tier 3',
      'Special Case',
      'Tier 1 or 2',
      'not ranked',
    ];
    for (const tier of api) expect(tierStyle(tier).tier).toBe(tier);
  });
});

describe('tierStyle(tier) and tierOrder(tier)', () => {
  it('draws an unknown placement as not ranked and sorts it last', () => {
    expect(tierStyle('Tier 9').tier).toBe('not ranked');
    expect(tierOrder('Tier 9')).toBe(TIER_SCALE.length);
    expect(tierOrder('Tier 1')).toBeLessThan(tierOrder('Tier 3'));
  });
});

describe('contrastRatio(a, b)', () => {
  it('is 21 for black on white and 1 for a colour on itself', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#767676', '#767676')).toBe(1);
  });
  it('rejects what is not #rrggbb', () => {
    expect(() => contrastRatio('red', '#ffffff')).toThrow(/not a #rrggbb/);
  });
});
