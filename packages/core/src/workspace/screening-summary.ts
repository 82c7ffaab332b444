import { FINDING_KINDS, type FindingKind } from '../model/finding.js';
import { isLevel, LEVELS, type Level } from '../model/level.js';
import { type CurrencyAmounts, LEVEL_WEIGHTS } from '../report/report-accumulator.js';

/**
 * The totals of a finished screening, over all its register rows: the figures of the report's totals, spend
 * by level and sector × country heat map. Spend is summed per currency and never converted. A country or
 * sector of `null` means the row had none.
 */
export interface ScreeningSummary {
  /** Screened rows. */
  rows: number;
  rows_without_amount: number;
  /** Per currency (upper-cased, `''` when the row stated none): rows, rows with an amount, spend. */
  by_currency: { currency: string; rows: number; rows_with_amount: number; spend: number }[];
  by_level: { level: Level; rows: number; rows_without_amount: number; spend: CurrencyAmounts }[];
  /** Findings of each kind, and the rows with at least one of them. */
  by_kind: { kind: FindingKind; findings: number; rows: number }[];
  /** Per country, largest risk-weighted spend first: rows, spend and risk-weighted spend per currency. */
  by_country: { country: string | null; rows: number; spend: CurrencyAmounts; weighted: CurrencyAmounts }[];
  /**
   * Sector × country cells per currency, largest risk-weighted spend first. A row in several sectors counts
   * in each; risk-weighted spend is spend × the weight of the row's level (`level_weights`).
   */
  heat: {
    currency: string;
    sector: string | null;
    country: string | null;
    rows: number;
    spend: number;
    weighted: number;
  }[];
  level_weights: Record<Level, number>;
}

/** Screened rows sharing currency, country, level and sector list, as a store groups them. */
export interface SummaryRowGroup {
  currency: string;
  country: string | null;
  level: string;
  /** The rows' sectors (empty: none). */
  sectors: readonly string[];
  rows: number;
  rows_with_amount: number;
  /** Sum of the amounts (0 when no row has one). */
  spend: number;
}

/** Findings of one kind, and the distinct rows they are on. */
export interface SummaryKindCount {
  kind: string;
  findings: number;
  rows: number;
}

const add = (amounts: CurrencyAmounts, currency: string, value: number) => {
  amounts[currency] = (amounts[currency] ?? 0) + value;
};

const byKey = <T>(map: Map<string, T>, key: string, make: () => T): T => {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
};

/**
 * Builds the summary from row groups and finding counts (see `ScreeningStore.summary`). Groups are few (one
 * per currency, country, level and sector list), so this is cheap whatever the number of rows.
 */
export function summaryFromGroups(
  groups: readonly SummaryRowGroup[],
  kinds: readonly SummaryKindCount[],
): ScreeningSummary {
  const levels = new Map(
    LEVELS.map((level) => [level, { level, rows: 0, rows_without_amount: 0, spend: {} as CurrencyAmounts }]),
  );
  const currencies = new Map<string, ScreeningSummary['by_currency'][number]>();
  const countries = new Map<string, ScreeningSummary['by_country'][number]>();
  const heat = new Map<string, ScreeningSummary['heat'][number]>();
  let rows = 0;
  let withoutAmount = 0;
  for (const g of groups) {
    if (!isLevel(g.level)) continue;
    const weight = LEVEL_WEIGHTS[g.level];
    const weighted = g.spend * weight;
    rows += g.rows;
    withoutAmount += g.rows - g.rows_with_amount;
    const level = levels.get(g.level);
    if (level !== undefined) {
      level.rows += g.rows;
      level.rows_without_amount += g.rows - g.rows_with_amount;
      if (g.rows_with_amount > 0) add(level.spend, g.currency, g.spend);
    }
    const currency = byKey(currencies, g.currency, () => ({
      currency: g.currency,
      rows: 0,
      rows_with_amount: 0,
      spend: 0,
    }));
    currency.rows += g.rows;
    currency.rows_with_amount += g.rows_with_amount;
    currency.spend += g.spend;
    const country = byKey(countries, g.country ?? '', () => ({
      country: g.country,
      rows: 0,
      spend: {},
      weighted: {},
    }));
    country.rows += g.rows;
    if (g.rows_with_amount > 0) {
      add(country.spend, g.currency, g.spend);
      add(country.weighted, g.currency, weighted);
    }
    for (const sector of g.sectors.length > 0 ? g.sectors : [null]) {
      const key = `${g.currency}\u0000${sector ?? ''}\u0000${g.country ?? ''}`;
      const cell = byKey(heat, key, () => ({
        currency: g.currency,
        sector,
        country: g.country,
        rows: 0,
        spend: 0,
        weighted: 0,
      }));
      cell.rows += g.rows;
      cell.spend += g.spend;
      cell.weighted += weighted;
    }
  }
  const found = new Map(kinds.map((k) => [k.kind, k]));
  const total = (amounts: CurrencyAmounts) => Object.values(amounts).reduce((a, b) => a + b, 0);
  return {
    rows,
    rows_without_amount: withoutAmount,
    by_currency: [...currencies.values()].sort(
      (a, b) => b.rows_with_amount - a.rows_with_amount || a.currency.localeCompare(b.currency),
    ),
    by_level: [...levels.values()],
    by_kind: FINDING_KINDS.map((kind) => ({
      kind,
      findings: found.get(kind)?.findings ?? 0,
      rows: found.get(kind)?.rows ?? 0,
    })),
    by_country: [...countries.values()].sort(
      (a, b) =>
        total(b.weighted) - total(a.weighted) ||
        b.rows - a.rows ||
        (a.country ?? '').localeCompare(b.country ?? ''),
    ),
    heat: [...heat.values()].sort(
      (a, b) =>
        b.weighted - a.weighted ||
        b.spend - a.spend ||
        a.currency.localeCompare(b.currency) ||
        (a.sector ?? '').localeCompare(b.sector ?? '') ||
        (a.country ?? '').localeCompare(b.country ?? ''),
    ),
    level_weights: { ...LEVEL_WEIGHTS },
  };
}
