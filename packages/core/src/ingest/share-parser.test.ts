import { describe, expect, it } from 'vitest';
import { parseCount, parseShare } from './share-parser.js';

describe('parseShare(text)', () => {
  it.each([
    ['35%', 0.35],
    ['35 %', 0.35],
    ['35', 0.35],
    ['0.35', 0.35],
    ['35,5%', 0.355],
    ['0', 0],
    ['1', 1],
    ['1%', 0.01],
    ['100', 1],
  ])('reads %s', (text, share) => {
    expect(parseShare(text)).toBe(share);
  });

  it.each(['', 'many', '150', '-5%', '35%%'])('gives null for %s', (text) => {
    expect(parseShare(text)).toBeNull();
  });
});

describe('parseCount(text)', () => {
  it.each([
    ['1200', 1200],
    ['1,200', 1200],
    ['1 200', 1200],
    ['350.0', 350],
  ])('reads %s', (text, n) => {
    expect(parseCount(text)).toBe(n);
  });

  it.each(['', '1001-5000', 'about 300', '12.5'])('gives null for %s', (text) => {
    expect(parseCount(text)).toBeNull();
  });
});
