import { describe, expect, it } from 'vitest';
import { levenshtein, levenshteinSimilarity } from './levenshtein.js';

describe('levenshtein(a, b)', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(levenshtein('kitten', 'sitting')).toBe(3);
    expect(levenshtein('', 'abc')).toBe(3);
    expect(levenshtein('flaw', 'lawn')).toBe(2);
    expect(levenshtein('same', 'same')).toBe(0);
  });
});

describe('levenshteinSimilarity(a, b)', () => {
  it('scales the distance by the longer string', () => {
    expect(levenshteinSimilarity('crystalord', 'cristalord')).toBeCloseTo(0.9, 10);
    expect(levenshteinSimilarity('abc', 'xyz')).toBe(0);
    expect(levenshteinSimilarity('', '')).toBe(1);
  });
});
