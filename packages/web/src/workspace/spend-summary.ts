import type { ScreeningSummary } from './screening-types.js';

/**
 * What the workspace charts draw, from a screening's summary (`GET /api/screenings/{id}/summary`, summed by
 * the server over every row). Spend is never converted: the charts show one currency (the one with the most
 * rows with an amount) and say which.
 */
export interface SpendSummary {
  currency: string | null;
  /** Rows of each level (all of them) and their spend in `currency`, in the summary's level order. */
  byLevel: { level: string; amount: number; rows: number }[];
  /**
   * Spend and risk-weighted spend per sector × country in `currency`; a row in several sectors counts in each.
   * Rows without a sector are under "no sector", rows without a resolved country under "—".
   */
  cells: { sector: string; country: string; amount: number; weighted: number; rows: number }[];
  /** Sectors and countries, largest risk-weighted spend first. */
  sectors: string[];
  countries: string[];
  /** Rows with an amount in another currency, left out of the sums. */
  otherCurrencyRows: number;
}

export const NO_SECTOR = 'no sector';
export const NO_COUNTRY = '—';

export function spendSummary(summary: ScreeningSummary): SpendSummary {
  const main = summary.by_currency.find((c) => c.rows_with_amount > 0) ?? null;
  const currency = main?.currency ?? null;
  const cells = summary.heat
    .filter((c) => c.currency === currency)
    .map((c) => ({
      sector: c.sector ?? NO_SECTOR,
      country: c.country ?? NO_COUNTRY,
      amount: c.spend,
      weighted: c.weighted,
      rows: c.rows,
    }));
  const order = (pick: (c: (typeof cells)[number]) => string) => {
    const sums = new Map<string, number>();
    for (const c of cells) sums.set(pick(c), (sums.get(pick(c)) ?? 0) + c.weighted);
    return [...sums.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k]) => k);
  };
  return {
    currency,
    byLevel: summary.by_level.map((l) => ({
      level: l.level,
      amount: currency === null ? 0 : (l.spend[currency] ?? 0),
      rows: l.rows,
    })),
    cells,
    sectors: order((c) => c.sector),
    countries: order((c) => c.country),
    otherCurrencyRows: summary.by_currency
      .filter((c) => c.currency !== currency)
      .reduce((n, c) => n + c.rows_with_amount, 0),
  };
}
