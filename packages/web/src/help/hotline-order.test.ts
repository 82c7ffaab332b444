import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readCountries } from '../../build/countries-plugin.js';
import type { Hotline } from '../api/types.js';
import { dialHref, hotlineMatches, orderHotlines } from './hotline-order.js';
import { visitorCountry } from './visitor-country.js';

function hotline(iso3: string | null, country: string, name: string, languages = 'English'): Hotline {
  return {
    iso3,
    country,
    scope: iso3 === null ? 'international' : 'national',
    name,
    phones: [],
    texts: [],
    phone_text: '',
    text_sms_text: '',
    email: '',
    web: '',
    languages,
    hours: '',
    operator: '',
    notes: '',
    source: { dataset: 'hotlines', record: 'row 1', as_of: null },
    source_url: '',
  };
}

const LIST = [
  hotline('USA', 'United States', 'National Human Trafficking Hotline', 'English, Spanish'),
  hotline('CAN', 'Canada', 'Canadian Human Trafficking Hotline'),
  hotline(null, 'International', 'Global line'),
  hotline('MEX', 'Mexico', 'Línea Nacional contra la Trata', 'Español'),
];

describe('orderHotlines(hotlines, iso3)', () => {
  it("puts the visitor's country first, then international lines, then by country", () => {
    const o = orderHotlines(LIST, 'mex');
    expect(o.national.map((h) => h.iso3)).toEqual(['MEX']);
    expect(o.others.map((h) => h.country)).toEqual(['International', 'Canada', 'United States']);
    expect(o.noneForCountry).toBe(false);
  });

  it('says so when the country has no national hotline, and keeps every other', () => {
    const o = orderHotlines(LIST, 'FRA');
    expect(o.national).toEqual([]);
    expect(o.noneForCountry).toBe(true);
    expect(o.others).toHaveLength(4);
  });

  it('with no known country, lists everything without a complaint', () => {
    const o = orderHotlines(LIST, null);
    expect(o.noneForCountry).toBe(false);
    expect(o.others).toHaveLength(4);
  });
});

describe('hotlineMatches(hotline, query, countryLabel)', () => {
  it('finds by language without accents and by the translated country name', () => {
    expect(hotlineMatches(LIST[3]!, 'espanol', 'México')).toBe(true);
    expect(hotlineMatches(LIST[1]!, 'spanish', 'Canadá')).toBe(false);
    expect(hotlineMatches(LIST[0]!, 'estados', 'Estados Unidos de América')).toBe(true);
  });
});

describe('dialHref(scheme, number)', () => {
  it('keeps digits and a leading plus', () => {
    expect(dialHref('tel', '1-888-373-7888')).toBe('tel:18883737888');
    expect(dialHref('sms', ' +44 (0)800 0121 700')).toBe('sms:+4408000121700');
  });
});

describe('visitorCountry(stored, browser, codes)', () => {
  const table = readCountries(
    fileURLToPath(new URL('../../../../data/taxonomy/countries.csv', import.meta.url)),
  );
  const codes = {
    iso3OfIso2: (iso2: string) => table.find((c) => c.iso2 === iso2)?.iso3,
    isIso3: (iso3: string) => table.some((c) => c.iso3 === iso3),
  };
  it('prefers the remembered country', () => {
    expect(visitorCountry('mex', ['en-US'], codes)).toBe('MEX');
  });
  it("else takes the browser language's region", () => {
    expect(visitorCountry(null, ['es-419', 'es-MX'], codes)).toBe('MEX');
    expect(visitorCountry('XXX', ['en-GB'], codes)).toBe('GBR');
  });
  it('else is unknown', () => {
    expect(visitorCountry(null, ['en', 'fr'], codes)).toBeNull();
  });
});
