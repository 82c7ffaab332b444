import { describe, expect, it } from 'vitest';
import { jaro, jaroWinkler } from './jaro-winkler.js';

describe('jaroWinkler(a, b)', () => {
  it('gives the textbook values', () => {
    expect(jaro('martha', 'marhta')).toBeCloseTo(0.9444, 4);
    expect(jaroWinkler('martha', 'marhta')).toBeCloseTo(0.9611, 4);
    expect(jaroWinkler('dwayne', 'duane')).toBeCloseTo(0.84, 2);
    expect(jaroWinkler('dixon', 'dicksonx')).toBeCloseTo(0.8133, 4);
  });

  it('is 1 for equal strings, 0 for disjoint or empty ones, and symmetric', () => {
    expect(jaroWinkler('glove', 'glove')).toBe(1);
    expect(jaroWinkler('abc', 'xyz')).toBe(0);
    expect(jaroWinkler('', 'abc')).toBe(0);
    expect(jaroWinkler('crystalord', 'cristalord')).toBeCloseTo(jaroWinkler('cristalord', 'crystalord'), 10);
  });

  it('handles strings longer than its scratch buffers', () => {
    const long = 'a'.repeat(200);
    expect(jaroWinkler(long, `${long}b`)).toBeGreaterThan(0.99);
  });
});
