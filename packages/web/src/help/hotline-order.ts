import type { Hotline } from '../api/types.js';

export interface OrderedHotlines {
  /** The national hotlines of the visitor's country, first on the page. */
  national: Hotline[];
  /** Every other hotline: international ones first, then by country name. */
  others: Hotline[];
  /** True when a country is known and has no national hotline in the data (the page says so). */
  noneForCountry: boolean;
}

const rank = (h: Hotline) => (h.iso3 === null ? 0 : 1);

/**
 * Splits hotlines into the visitor's country's (when `iso3` is known) and the rest, in a stable order: the
 * rest puts hotlines without a country (international) first, then sorts by country name and hotline name.
 */
export function orderHotlines(hotlines: readonly Hotline[], iso3: string | null): OrderedHotlines {
  const wanted = iso3?.toUpperCase() ?? null;
  const national = hotlines.filter((h) => wanted !== null && h.iso3 === wanted);
  const others = hotlines
    .filter((h) => !(wanted !== null && h.iso3 === wanted))
    .sort(
      (a, b) =>
        rank(a) - rank(b) || a.country.localeCompare(b.country, 'en') || a.name.localeCompare(b.name, 'en'),
    );
  return { national, others, noneForCountry: wanted !== null && national.length === 0 };
}

/** A hotline matches a search when the words all appear in its country, name or languages. */
export function hotlineMatches(h: Hotline, query: string, countryLabel: string): boolean {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const hay = fold([h.country, countryLabel, h.iso3 ?? '', h.name, h.languages].join(' '));
  return words.every((w) => hay.includes(w));
}

/** Lower case without accents, so "espanol" finds "Español". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** A `tel:`/`sms:` address from a printed number: digits and a leading `+` only. */
export function dialHref(scheme: 'tel' | 'sms', number: string): string {
  const trimmed = number.trim();
  const digits = trimmed.replace(/[^\d]/g, '');
  return `${scheme}:${trimmed.startsWith('+') ? '+' : ''}${digits}`;
}
