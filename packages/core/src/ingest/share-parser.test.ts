import { describe, expect, it } from 'vitest';
import { parseCount, parseShare, readCount, sharesArePercentages } from './share-parser.js';

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

  it.each(['', 'many', '150', '-5%', '35%%', '<0%'])('gives null for %s', (text) => {
    expect(parseShare(text)).toBeNull();
  });

  it.each([
    ['<1%', 0.005],
    ['< 1 %', 0.005],
    ['<10%', 0.05],
  ])('reads %s as a share below the bound', (text, share) => {
    expect(parseShare(text)).toBe(share);
  });

  it.each([
    ['>50%', 0.5],
    ['> 50 %', 0.5],
    ['>=20%', 0.2],
    ['≥20%', 0.2],
    ['>0.3', 0.3],
  ])('reads %s as the bound of a share above it', (text, share) => {
    expect(parseShare(text)).toBe(share);
  });

  it.each(['>150%', '>', '>>5%'])('gives null for %s', (text) => {
    expect(parseShare(text)).toBeNull();
  });

  it.each([
    ['1', 0.01],
    ['0.5', 0.005],
    ['0', 0],
    ['35', 0.35],
    ['19.5', 0.195],
    ['20%', 0.2],
    ['<1', 0.005],
  ])('reads %s in a column of percentages', (text, share) => {
    expect(parseShare(text, true)).toBe(share);
  });
});

describe('sharesArePercentages(values)', () => {
  it('is true when a bare value is above 1', () => {
    expect(sharesArePercentages(['1', '0.5', '35', ''])).toBe(true);
    expect(sharesArePercentages(['1', '0.5', '0', '35%', 'n/a'])).toBe(false);
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

  it.each([
    ['1001-5000', 1001],
    ['5001 - 10000', 5001],
    ['1,001–5,000', 1001],
    ['More than 10000', 10000],
    ['10000+', 10000],
  ])('reads the band %s as its lower bound', (text, n) => {
    expect(parseCount(text)).toBe(n);
  });

  it.each(['', 'Less than 1000', 'about 300', '12.5', '-5', 'a-b'])('gives null for %s', (text) => {
    expect(parseCount(text)).toBeNull();
  });
});

describe('readCount(text)', () => {
  it('says when the count is the lower bound of a band', () => {
    expect(readCount('1001-5000')).toEqual({ count: 1001, band: true });
    expect(readCount('10000+')).toEqual({ count: 10000, band: true });
    expect(readCount('1,200')).toEqual({ count: 1200, band: false });
    expect(readCount('a-5000')).toEqual({ count: null, band: false });
  });
});
