import rows from 'virtual:countries';
import type { Lang } from '../i18n/messages.js';

/** A country of data/taxonomy/countries.csv, vendored at build time. */
export interface Country {
  iso2: string;
  iso3: string;
  numeric: string;
  en: string;
  es: string;
}

export const COUNTRIES: readonly Country[] = rows.map(([iso2, iso3, numeric, en, es]) => ({
  iso2,
  iso3,
  numeric,
  en,
  es,
}));

const BY_ISO3 = new Map(COUNTRIES.map((c) => [c.iso3, c]));
const BY_ISO2 = new Map(COUNTRIES.map((c) => [c.iso2, c]));
const BY_NUMERIC = new Map(COUNTRIES.map((c) => [c.numeric, c]));

export function countryByIso3(iso3: string): Country | undefined {
  return BY_ISO3.get(iso3.toUpperCase());
}

export function countryByIso2(iso2: string): Country | undefined {
  return BY_ISO2.get(iso2.toUpperCase());
}

/** world-atlas geometry ids are ISO numeric codes ("004"); some disputed areas have none. */
export function countryByNumeric(id: string | number | undefined): Country | undefined {
  if (id === undefined) return undefined;
  return BY_NUMERIC.get(String(id).padStart(3, '0'));
}

/**
 * The ISO short name in the page's language (Spanish ISO names for `es`), else `fallback` (the API's name),
 * else the code itself.
 */
export function countryName(iso3: string | null | undefined, lang: Lang, fallback?: string): string {
  if (!iso3) return fallback ?? '';
  const c = BY_ISO3.get(iso3.toUpperCase());
  if (c === undefined) return fallback ?? iso3;
  return lang === 'es' ? c.es : (fallback ?? c.en);
}
