import {
  isManufacturingNaics,
  isServiceCodes,
  isServicePsc,
  isServicesNaics,
} from '../classify/service-code.js';
import type { SpendRow } from '../model/spend-row.js';

/** US outlying areas, counted as inside the United States for FAR 52.222-50(h) (see docs/scoring.md). */
export const US_AND_OUTLYING = new Set(['USA', 'PRI', 'GUM', 'VIR', 'ASM', 'MNP', 'UMI']);

/** What FAR 52.222-50(h) needs to know of one row. */
export interface FarPortion {
  /**
   * Services when the PSC starts with a letter, supplies when it starts with a digit or the row has an HS
   * code; without either, services when the NAICS code is in a services sector (`isServicesNaics`),
   * supplies when it is in manufacturing (`isManufacturingNaics`).
   */
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
  const kind = farKind(row);
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
    // Supplies are acquired where they are bought: from a supplier abroad, whatever their origin; foreign-made
    // goods bought from a US distributor are acquired in the United States. Without the supplier's country,
    // the origin stands in.
    iso3 =
      (row.supplier_country === '' ? null : resolve(row.supplier_country)) ??
      (row.origin_country === '' ? null : resolve(row.origin_country));
  }
  if (iso3 === null || US_AND_OUTLYING.has(iso3)) return null;
  return { kind, iso3, cots_unknown: kind === 'supplies' && row.cots === null, place_unknown: placeUnknown };
}

/**
 * Whether a row buys supplies or services, as its codes tell (see `FarPortion.kind`); null when they do
 * not: no PSC nor HS code, and no NAICS code of a services sector or of manufacturing.
 */
export function farKind(row: Pick<SpendRow, 'psc' | 'hs_code' | 'naics'>): FarPortion['kind'] | null {
  const first = row.psc.charCodeAt(0);
  if (first >= 48 && first <= 57) return 'supplies';
  if (isServicePsc(row.psc)) return 'services';
  if (row.hs_code !== '') return 'supplies';
  if (isServicesNaics(row.naics)) return 'services';
  if (isManufacturingNaics(row.naics)) return 'supplies';
  return null;
}

/**
 * The country outside the US that would make a row a FAR 52.222-50(h) portion if the file said whether it
 * buys supplies or services: a row with an amount whose codes do not tell (`farKind` is null), that the
 * file does not say is COTS, and whose place of performance (else supplier's country) or supplier's
 * country (else origin) is abroad, in whatever currency (the rule notes one in USD as of unknown kind, one
 * in another currency as untested for its currency). Null for any other row. The test cannot judge such
 * a row; the description is not read for it, since words do not tell supplies from services reliably
 * (`guard towers`, `security services`).
 */
export function farKindUnknownAbroad(row: SpendRow, resolve: (text: string) => string | null): string | null {
  if (row.amount === null || row.cots === true || farKind(row) !== null) return null;
  const country = (text: string): string | null => (text === '' ? null : resolve(text));
  const abroad = (iso3: string | null): string | null =>
    iso3 === null || US_AND_OUTLYING.has(iso3) ? null : iso3;
  // The countries `farPortion` would take: as services, the place of performance, else the supplier's
  // country; as supplies, the supplier's country, else the origin.
  const services = abroad(
    row.place_of_performance === '' ? country(row.supplier_country) : country(row.place_of_performance),
  );
  return services ?? abroad(country(row.supplier_country) ?? country(row.origin_country));
}

/**
 * A row of services: a PSC of services, or no PSC nor HS code and a NAICS code of a services sector (the
 * classifier's rule, `isServiceCodes`, which keeps a service's words from giving it goods' sectors).
 */
export function isServiceRow(row: Pick<SpendRow, 'psc' | 'hs_code' | 'naics'>): boolean {
  return isServiceCodes(row);
}

/** The currency a row's amount is in: its own, else USD (federal spend files carry no currency column). */
export function rowCurrency(row: SpendRow): string {
  return row.currency === '' ? 'USD' : row.currency.toUpperCase();
}
