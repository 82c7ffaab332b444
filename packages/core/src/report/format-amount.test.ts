import { describe, expect, it } from 'vitest';
import { formatCount, formatDecimal, formatNumber } from './format-amount.js';

describe('formatNumber(amount)', () => {
  it('shows an amount with no decimals when it is whole to the cent, else with two', () => {
    expect(formatNumber(48_900.5)).toBe('48,900.50');
    expect(formatNumber(6_201_300.5)).toBe('6,201,300.50');
    expect(formatNumber(652_722.61)).toBe('652,722.61');
    expect(formatNumber(250_000)).toBe('250,000');
    expect(formatNumber(-175_000.25)).toBe('-175,000.25');
    // Sums of amounts in cents carry binary rounding noise; it is not shown.
    expect(formatNumber(0.1 + 0.2)).toBe('0.30');
    expect(formatNumber(100.004)).toBe('100');
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(-0.001)).toBe('0');
  });
});

describe('formatDecimal(value) and formatCount(value)', () => {
  it('shows a score with up to two decimals and a count whole, with thousands separators', () => {
    expect(formatDecimal(0.74)).toBe('0.74');
    expect(formatDecimal(1)).toBe('1');
    expect(formatCount(9000)).toBe('9,000');
  });
});
