import { describe, expect, it } from 'vitest';
import { normalizeHsCode, normalizeNaicsCode, normalizePscCode } from './code-normalizer.js';

describe('normalizeHsCode(raw)', () => {
  it.each([
    ['0306.16.00', '03061600'],
    ['030616', '030616'],
    ['0306.16', '030616'],
    ['8541.43', '854143'],
    ['HS 0306.16', '030616'],
    ['HS code: 1701.14', '170114'],
    ['HS:0901', '0901'],
    ['HTS 6109.10.0012', '6109100012'],
    ['30616', '030616'],
    ['1701', '1701'],
    ['0306.16: Shrimps and prawns, frozen', '030616'],
    [' 6109 10 00 ', '61091000'],
  ])('%s → %s', (raw, expected) => {
    expect(normalizeHsCode(raw)).toBe(expected);
  });

  it('returns an empty string for text without a code', () => {
    expect(normalizeHsCode('')).toBe('');
    expect(normalizeHsCode('frozen shrimp')).toBe('');
    expect(normalizeHsCode('n/a')).toBe('');
  });
});

describe('normalizeNaicsCode(raw)', () => {
  it.each([
    ['236220', '236220'],
    ['2362', '2362'],
    ['236220: COMMERCIAL AND INSTITUTIONAL BUILDING CONSTRUCTION', '236220'],
    ['561720 - Janitorial Services', '561720'],
    ['48-49', '48'],
    ['NAICS 114111', '114111'],
  ])('%s → %s', (raw, expected) => {
    expect(normalizeNaicsCode(raw)).toBe(expected);
  });

  it('returns an empty string for text without a code', () => {
    expect(normalizeNaicsCode('')).toBe('');
    expect(normalizeNaicsCode('construction')).toBe('');
    expect(normalizeNaicsCode('7')).toBe('');
  });
});

describe('normalizePscCode(raw)', () => {
  it.each([
    ['8405', '8405'],
    ["8405: OUTERWEAR, MEN'S", '8405'],
    ['S201', 'S201'],
    ['s201', 'S201'],
    ['S201: HOUSEKEEPING- CUSTODIAL JANITORIAL', 'S201'],
    ['Y1AA', 'Y1AA'],
    ['PSC 8905', '8905'],
    ['PSC: S201', 'S201'],
  ])('%s → %s', (raw, expected) => {
    expect(normalizePscCode(raw)).toBe(expected);
  });

  it('returns an empty string for text that is not a code', () => {
    expect(normalizePscCode('')).toBe('');
    expect(normalizePscCode('HOUSEKEEPING')).toBe('');
    expect(normalizePscCode('PSC')).toBe('');
  });
});
