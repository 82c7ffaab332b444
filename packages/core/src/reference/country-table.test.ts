import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createCountryResolver } from './country-table.js';

const data = (f: string) => readFileSync(new URL(`../../../../data/${f}`, import.meta.url), 'utf8');
const resolver = createCountryResolver({
  countries: data('taxonomy/countries.csv'),
  altnames: data('taxonomy/countries_mledoze_altnames.csv'),
  variants: data('taxonomy/country_variants.csv'),
});

describe('createCountryResolver(files).resolve(text)', () => {
  it.each([
    ['Viet Nam', 'VNM'],
    ['Vietnam', 'VNM'],
    ['China Mainland', 'CHN'],
    ['Korea (Republic of)', 'KOR'],
    ['South Korea', 'KOR'],
    ['Korea, Republic of', 'KOR'],
    ['North Korea', 'PRK'],
    ['DR Congo', 'COD'],
    ['Congo, Democratic Republic of the', 'COD'],
    ['Republic of the Congo', 'COG'],
    ["Cote d'Ivoire", 'CIV'],
    ["Côte d'Ivoire", 'CIV'],
    ['Türkiye', 'TUR'],
    ['Turkey (Türkiye)', 'TUR'],
    ['Burma', 'MMR'],
    ['Kyrgyz Republic', 'KGZ'],
    ['cn', 'CHN'],
    ['CHN', 'CHN'],
    ['  united STATES  ', 'USA'],
    ['中国', 'CHN'],
    ['Kosovo', 'XKX'],
    ['XK', 'XKX'],
    ['Eswatini', 'SWZ'],
  ])('resolves %s to %s', (text, iso3) => {
    expect(resolver.resolve(text)).toBe(iso3);
  });

  it('returns null for text that is no country', () => {
    expect(resolver.resolve('Springfield')).toBeNull();
    expect(resolver.resolve('')).toBeNull();
  });

  it('gives Kosovo a country entry from the alt-names file', () => {
    expect(resolver.get('XKX')).toEqual({ iso2: 'XK', iso3: 'XKX', name: 'Kosovo' });
    expect(resolver.all().length).toBe(250);
  });
});
