import type { SpendRow } from '../model/spend-row.js';

/** US outlying areas, counted as inside the United States for FAR 52.222-50(h) (see docs/scoring.md). */
export const US_AND_OUTLYING = new Set(['USA', 'PRI', 'GUM', 'VIR', 'ASM', 'MNP', 'UMI']);

/** What FAR 52.222-50(h) needs to know of one row. */
export interface FarPortion {
  /** Services when the PSC starts with a letter, supplies when it starts with a digit or the row has an HS code. */
  kind: 'services' | 'supplies';
  /**
   * The country that puts the row outside the US: place of performance, else the supplier's country
   * (services); origin, else the supplier's country (supplies).
   */
  iso3: string;
  /** True for supplies whose COTS status the file does not give (treated as not COTS). */
  cots_unknown: boolean;
  /** True for services whose place of performance the file does not give (the supplier's country is used). */
  place_unknown: boolean;
}

/**
 * The row's part in a FAR 52.222-50(h) compliance-plan test: non-COTS supplies acquired, or services
 * performed, outside the United States. Null when the row is not such a portion or the file does not say
 * enough to tell (no PSC or HS code; no resolvable country).
 */
export function farPortion(row: SpendRow, resolve: (text: string) => string | null): FarPortion | null {
  const first = row.psc.charCodeAt(0);
  let kind: FarPortion['kind'] | null = null;
  if (first >= 48 && first <= 57) kind = 'supplies';
  else if (isServicePsc(row.psc)) kind = 'services';
  else if (row.hs_code !== '') kind = 'supplies';
  if (kind === null) return null;
  let iso3: string | null;
  let placeUnknown = false;
  if (kind === 'services') {
    // A file without a place of performance (most supplier spend exports) still says where the supplier is;
    // services bought from a supplier abroad are most often performed there, and a missed plan costs more
    // than a flagged one, so the supplier's country stands in and the summary says so.
    placeUnknown = row.place_of_performance === '';
    iso3 = placeUnknown
      ? row.supplier_country === ''
        ? null
        : resolve(row.supplier_country)
      : resolve(row.place_of_performance);
  } else {
    if (row.cots === true) return null;
    iso3 =
      (row.origin_country === '' ? null : resolve(row.origin_country)) ??
      (row.supplier_country === '' ? null : resolve(row.supplier_country));
  }
  if (iso3 === null || US_AND_OUTLYING.has(iso3)) return null;
  return { kind, iso3, cots_unknown: kind === 'supplies' && row.cots === null, place_unknown: placeUnknown };
}

/** A product or service code (PSC) of a service: it starts with a letter (supplies start with a digit). */
export function isServicePsc(psc: string): boolean {
  const first = psc.charCodeAt(0);
  return (first >= 65 && first <= 90) || (first >= 97 && first <= 122);
}

/** The currency a row's amount is in: its own, else USD (federal spend files carry no currency column). */
export function rowCurrency(row: SpendRow): string {
  return row.currency === '' ? 'USD' : row.currency.toUpperCase();
}
