import type { CountryResolver } from '../../reference/country-resolver.js';
import { parseCsvTable } from '../../reference/csv-table.js';
import { col, rowError, tableRows } from '../../reference/table-rows.js';
import type { Tier } from '../../reference/tier-placement.js';
import { createTierTable } from '../../reference/tier-table.js';
import type { TierHistoryRow } from '../tier-history-row.js';

const FILE = 'tip_tiers.csv';

/**
 * Reads a file shaped like `tip_tiers.csv` into one knowledge-base row per placement. The file is first read
 * by the engine's own tier reader (`createTierTable`, with the vendored coverage file), so a file that
 * imports is one the screening can use; then each row's `iso3` must be the code of its country name, as the
 * engine's loader requires. Throws a TipwatchError naming the row, line and column of the first bad cell.
 */
export function readTierHistory(
  text: string,
  coverageCsv: string,
  countries: CountryResolver,
  meta: { dataset: string; as_of: string | null },
): TierHistoryRow[] {
  createTierTable(text, coverageCsv, meta);
  const rows = tableRows(parseCsvTable(text, FILE), {
    country: col.required,
    iso3: col.iso3,
    year: col.year,
    tier: col.required,
    source: col.required,
    note: col.text,
  });
  return rows.map((r) => {
    const resolved = countries.resolve(r.country);
    if (resolved !== null && resolved !== r.iso3) {
      throw rowError(
        FILE,
        r.$row,
        r.$line,
        'iso3',
        `expected ${resolved} for "${r.country}", found "${r.iso3}"`,
      );
    }
    if (resolved === null && !countries.get(r.iso3)) {
      throw rowError(
        FILE,
        r.$row,
        r.$line,
        'iso3',
        `expected a known country code, found "${r.iso3}" for "${r.country}"`,
      );
    }
    return {
      iso3: r.iso3,
      country: r.country,
      year: Number(r.year),
      // createTierTable has checked every tier against TIERS.
      tier: r.tier as Tier,
      note: r.note,
      source: { dataset: meta.dataset, record: `row ${r.$row} (${r.source})`, as_of: meta.as_of },
    };
  });
}
