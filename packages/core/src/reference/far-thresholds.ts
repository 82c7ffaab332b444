import { z } from 'zod';
import { parseCsvTable } from './csv-table.js';
import type { FarThreshold } from './far-threshold.js';
import { col, isIsoDate, rowError, tableRows } from './table-rows.js';

const dateOrEmpty = z
  .string()
  .refine((s) => s === '' || isIsoDate(s), { error: 'expected a date as YYYY-MM-DD or nothing' });

const FILE = 'far_thresholds.csv';

/**
 * Reads `far_thresholds.csv`: the FAR 52.222-50(h) compliance-plan threshold by the date it took
 * effect, oldest first. Dates must rise strictly, so `thresholdOn` can pick the last one not after a date.
 * A row's `caveat_from` and `caveat` (optional columns) say what the data knows of a later change that is
 * not verified, so that no threshold is made of it.
 */
export function parseFarThresholds(
  text: string,
  meta: { dataset: string; as_of: string | null } = { dataset: 'far_thresholds', as_of: null },
): FarThreshold[] {
  const table = parseCsvTable(text, FILE);
  const rows = tableRows(table, {
    from: col.date,
    amount: col.amount,
    currency: col.text,
    source: col.required,
    note: col.text,
  });
  // The caveat columns came later: an edition without them (imported into a knowledge base) still reads.
  const caveats = table.header.includes('caveat_from')
    ? tableRows(table, { caveat_from: dateOrEmpty, caveat: col.text })
    : [];
  const out: FarThreshold[] = [];
  for (const [i, r] of rows.entries()) {
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
    const caveat = caveats[i];
    if (caveat !== undefined && (caveat.caveat_from === '') !== (caveat.caveat.trim() === '')) {
      throw rowError(FILE, r.$row, r.$line, 'caveat', 'expected both caveat_from and caveat, or neither');
    }
    out.push({
      from: r.from,
      amount: Number(r.amount),
      currency: 'USD',
      // Each row is the threshold of one clause text, dated by the day that text took effect: a 2019 action
      // judged by the MAR 2015 row cites 2015-03-02, not the date of the dataset's latest row.
      source: { dataset: meta.dataset, record: `row ${r.$row}: ${r.source}`, as_of: r.from },
      note: r.note,
      ...(caveat !== undefined && caveat.caveat_from !== ''
        ? { caveat: { from: caveat.caveat_from, text: caveat.caveat.trim() } }
        : {}),
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
