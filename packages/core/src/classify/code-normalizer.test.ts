import { describe, expect, it } from 'vitest';
import {
  normalizeHsCode,
  normalizeHsCodes,
  normalizeNaicsCode,
  normalizePscCode,
} from './code-normalizer.js';

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
    // A number that lost a trailing zero after the dot (Excel shows 2002.90 as 2002.9).
    ['2002.9', '200290'],
    ['6109.1', '610910'],
    ['8541.4', '854140'],
    ['6109.10.001', '6109100010'],
    // One that lost the leading zero of its heading.
    ['807.19', '080719'],
    ['306.1', '030610'],
  ])('%s → %s', (raw, expected) => {
    expect(normalizeHsCode(raw)).toBe(expected);
  });

  it('returns an empty string for text without a code', () => {
    expect(normalizeHsCode('')).toBe('');
    expect(normalizeHsCode('frozen shrimp')).toBe('');
    expect(normalizeHsCode('n/a')).toBe('');
  });
});

describe('normalizeHsCodes(raw)', () => {
  it.each([
    ['610910,520512', ['610910', '520512']],
    ['6109.10; 5205.12', ['610910', '520512']],
    ['HS 6109.10 | HS 5205.12', ['610910', '520512']],
    ['6109.10/6110.20', ['610910', '611020']],
    ['6109.10, 6109.10', ['610910']],
    ['0306.16', ['030616']],
    ['6109,1', ['6109']],
    ['0306.16, frozen', ['030616']],
    ['', []],
  ])('%s → %j', (raw, expected) => {
    expect(normalizeHsCodes(raw)).toEqual(expected);
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
