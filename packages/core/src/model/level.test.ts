import { describe, expect, it } from 'vitest';
import { isLevel, maxLevel } from './level.js';

describe('maxLevel(a, b)', () => {
  it('returns the higher of two levels whichever order they come in', () => {
    expect(maxLevel('low', 'high')).toBe('high');
    expect(maxLevel('critical', 'medium')).toBe('critical');
    expect(maxLevel('medium', 'medium')).toBe('medium');
  });
});

describe('isLevel(value)', () => {
  it('accepts the four levels and nothing else', () => {
    expect(['low', 'medium', 'high', 'critical'].every(isLevel)).toBe(true);
    expect(isLevel('severe')).toBe(false);
  });
});
