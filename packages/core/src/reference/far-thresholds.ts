import { parseCsvTable } from './csv-table.js';
import type { FarThreshold } from './far-threshold.js';
import { col, rowError, tableRows } from './table-rows.js';

const FILE = 'far_thresholds.csv';

/**
 * Reads `far_thresholds.csv`: the FAR 52.222-50(h) compliance-plan threshold by the date it took
 * effect, oldest first. Dates must rise strictly, so `thresholdOn` can pick the last one not after a date.
 */
export function parseFarThresholds(
  text: string,
  meta: { dataset: string; as_of: string | null } = { dataset: 'far_thresholds', as_of: null },
): FarThreshold[] {
  const rows = tableRows(parseCsvTable(text, FILE), {
    from: col.date,
    amount: col.amount,
    currency: col.text,
    source: col.required,
    note: col.text,
  });
  const out: FarThreshold[] = [];
  for (const r of rows) {
    if (r.currency !== 'USD')
      throw rowError(FILE, r.$row, r.$line, 'currency', `expected USD, found "${r.currency}"`);
    const prev = out.at(-1);
    if (prev && prev.from >= r.from) {
      throw rowError(
        FILE,
        r.$row,
        r.$line,
        'from',
        `expected a date after ${prev.from} (rows oldest first), found ${r.from}`,
      );
    }
    out.push({
      from: r.from,
      amount: Number(r.amount),
      currency: 'USD',
      source: { dataset: meta.dataset, record: `row ${r.$row}: ${r.source}`, as_of: meta.as_of },
      note: r.note,
    });
  }
  return out;
}

/** The threshold in force on `date` (`YYYY-MM-DD`), or null before the first one. */
export function thresholdOn(thresholds: readonly FarThreshold[], date: string): FarThreshold | null {
  let hit: FarThreshold | null = null;
  for (const t of thresholds) if (t.from <= date) hit = t;
  return hit;
}
