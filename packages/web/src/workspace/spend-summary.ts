/**
 * Sums of spend for the workspace charts, from register rows. Spend is never converted: the charts show one
 * currency (the one with the most spend rows) and say which.
 */

export interface SpendRow {
  level: string;
  country: string | null;
  sectors: readonly string[];
  amount: number | null;
  currency: string;
}

export interface SpendSummary {
  currency: string | null;
  /** Spend per level, in `levels` order. */
  byLevel: { level: string; amount: number; rows: number }[];
  /** Spend per sector × country; a row in several sectors counts in each. Rows without a sector are left out. */
  cells: { sector: string; country: string; amount: number }[];
  sectors: string[];
  countries: string[];
  /** Rows with an amount in another currency, left out of the sums. */
  otherCurrencyRows: number;
}

export function summariseSpend(rows: readonly SpendRow[], levels: readonly string[]): SpendSummary {
  const perCurrency = new Map<string, number>();
  for (const r of rows)
    if (r.amount !== null) perCurrency.set(r.currency, (perCurrency.get(r.currency) ?? 0) + 1);
  const currency =
    [...perCurrency.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null;
  const level = new Map(levels.map((l) => [l, { level: l, amount: 0, rows: 0 }]));
  const cells = new Map<string, { sector: string; country: string; amount: number }>();
  let other = 0;
  for (const r of rows) {
    if (r.amount === null) continue;
    if (r.currency !== currency) {
      other += 1;
      continue;
    }
    const l = level.get(r.level);
    if (l) {
      l.amount += r.amount;
      l.rows += 1;
    }
    const country = r.country ?? '—';
    for (const sector of r.sectors) {
      const key = `${sector}\u0000${country}`;
      const cell = cells.get(key) ?? { sector, country, amount: 0 };
      cell.amount += r.amount;
      cells.set(key, cell);
    }
  }
  const list = [...cells.values()];
  const total = (pick: (c: (typeof list)[number]) => string) => {
    const sums = new Map<string, number>();
    for (const c of list) sums.set(pick(c), (sums.get(pick(c)) ?? 0) + c.amount);
    return [...sums.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k]) => k);
  };
  return {
    currency,
    byLevel: [...level.values()],
    cells: list,
    sectors: total((c) => c.sector),
    countries: total((c) => c.country),
    otherCurrencyRows: other,
  };
}
