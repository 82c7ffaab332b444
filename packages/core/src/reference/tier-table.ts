import { TipwatchError } from '../errors.js';
import type { SourceRef } from '../model/source-ref.js';
import { parseCsvTable } from './csv-table.js';
import { col, rowError, tableRows } from './table-rows.js';
import { TIERS, type Tier, type TierPlacement, type TierTable, type TierYear } from './tier-placement.js';

/** What the coverage file says about one report year. */
interface YearCoverage {
  year: number;
  complete: Set<Tier>;
  partial: Set<Tier>;
  note: string;
}

const RANKED: Tier[] = ['Tier 1', 'Tier 2', 'Tier 2 Watch List', 'Tier 3'];

/**
 * Builds the TIP tier table from `tip_tiers.csv` and `tip_tiers_coverage.csv`.
 *
 * `latest(iso3)` walks the report years of the coverage file in order. A row sets the placement. A year
 * in which the country has no row changes it only when the coverage file says the lists it is absent
 * from are complete: absence from complete Watch List and Tier 3 lists (2022, 2024, 2025 here) means a
 * ranked country was on Tier 1 or Tier 2 that year, and when Tier 1 is complete too (2024) it was on
 * Tier 2. Years with no complete list (2018, 2019) prove nothing. Special Case stays until a later row,
 * and a country missing from a year whose ranked lists are all complete is left at its last row (the
 * data, not the report, may be missing it) and is no longer carried forward by absence.
 */
export function createTierTable(
  tiersCsv: string,
  coverageCsv: string,
  meta: { dataset: string; as_of: string | null } = { dataset: 'tip_tiers', as_of: null },
): TierTable {
  const coverage = readCoverage(coverageCsv);
  const tierSet = new Set<string>(TIERS);
  const rows = tableRows(parseCsvTable(tiersCsv, 'tip_tiers.csv'), {
    country: col.required,
    iso3: col.iso3,
    year: col.year,
    tier: col.required,
    source: col.required,
    note: col.text,
  });
  const byCountry = new Map<string, TierYear[]>();
  const covered = new Set(coverage.map((c) => c.year));
  for (const r of rows) {
    if (!tierSet.has(r.tier)) {
      throw rowError(
        'tip_tiers.csv',
        r.$row,
        r.$line,
        'tier',
        `expected one of ${TIERS.join(', ')}, found "${r.tier}"`,
      );
    }
    const year = Number(r.year);
    if (!covered.has(year)) {
      throw rowError(
        'tip_tiers.csv',
        r.$row,
        r.$line,
        'year',
        `expected a year listed in tip_tiers_coverage.csv, found ${year}`,
      );
    }
    const list = byCountry.get(r.iso3) ?? [];
    if (list.some((y) => y.year === year)) {
      throw rowError(
        'tip_tiers.csv',
        r.$row,
        r.$line,
        'year',
        `expected one row per country and year, found a second ${year} row for ${r.iso3}`,
      );
    }
    list.push({
      year,
      tier: r.tier as Tier,
      source: { dataset: meta.dataset, record: `row ${r.$row}`, as_of: meta.as_of },
      note: r.note,
    });
    byCountry.set(r.iso3, list);
  }
  for (const list of byCountry.values()) list.sort((a, b) => a.year - b.year);

  const cache = new Map<string, TierPlacement>();
  return {
    history: (iso3) => [...(byCountry.get(iso3) ?? [])],
    latest(iso3) {
      let hit = cache.get(iso3);
      if (!hit) {
        hit = placement(iso3, byCountry.get(iso3) ?? [], coverage, meta);
        cache.set(iso3, hit);
      }
      return hit;
    },
  };
}

function placement(
  iso3: string,
  history: TierYear[],
  coverage: YearCoverage[],
  meta: { dataset: string; as_of: string | null },
): TierPlacement {
  const byYear = new Map(history.map((h) => [h.year, h]));
  let current: TierPlacement = {
    iso3,
    tier: 'not ranked',
    year: null,
    source: { dataset: meta.dataset, record: 'no row', as_of: meta.as_of },
    note: 'no TIP Report placement for this country in the data',
  };
  let stale = false;
  let lastRow: TierYear | null = null;
  for (const cov of coverage) {
    const row = byYear.get(cov.year);
    if (row) {
      current = { iso3, tier: row.tier, year: row.year, source: row.source, note: row.note };
      lastRow = row;
      stale = false;
      continue;
    }
    if (current.tier === 'not ranked' || current.tier === 'Special Case' || !lastRow) continue;
    if (RANKED.every((t) => cov.complete.has(t))) {
      // Absent from a year whose ranked lists are complete: the data may miss it; stop inferring.
      stale = true;
      current = { ...current, note: joinNotes(current.note, `absent from the complete ${cov.year} lists`) };
      continue;
    }
    if (stale || !cov.complete.has('Tier 2 Watch List') || !cov.complete.has('Tier 3')) continue;
    const t1Complete = cov.complete.has('Tier 1');
    const record: SourceRef = {
      dataset: meta.dataset,
      record: `absent from the ${cov.year} ${[...cov.complete].join(', ')} lists (tip_tiers_coverage.csv); last row ${lastRow.year}`,
      as_of: meta.as_of,
    };
    current = {
      iso3,
      tier: t1Complete ? 'Tier 2' : 'Tier 1 or 2',
      year: cov.year,
      source: record,
      note: t1Complete
        ? `inferred: not on the ${cov.year} Tier 1, Watch List or Tier 3 lists; last listed as ${lastRow.tier} in ${lastRow.year}`
        : `not on the ${cov.year} Watch List or Tier 3 lists; last listed as ${lastRow.tier} in ${lastRow.year}`,
    };
  }
  return current;
}

function joinNotes(a: string, b: string): string {
  return a ? `${a}; ${b}` : b;
}

function readCoverage(text: string): YearCoverage[] {
  const file = 'tip_tiers_coverage.csv';
  const rows = tableRows(parseCsvTable(text, file), {
    year: col.required,
    complete_tiers: col.text,
    partial_tiers: col.text,
    notes: col.text,
  });
  const out: YearCoverage[] = [];
  for (const r of rows) {
    const span = /^(\d{4})(?:-(\d{4}))?$/.exec(r.year.trim());
    if (!span)
      throw rowError(
        file,
        r.$row,
        r.$line,
        'year',
        `expected a year or a span like 2001-2015, found "${r.year}"`,
      );
    const tiers = (column: 'complete_tiers' | 'partial_tiers'): Set<Tier> => {
      const set = new Set<Tier>();
      for (const t of r[column].split(';').map((x) => x.trim())) {
        if (!t) continue;
        if (!(TIERS as readonly string[]).includes(t)) {
          throw rowError(
            file,
            r.$row,
            r.$line,
            column,
            `expected tiers from ${TIERS.join(', ')} separated by ;, found "${t}"`,
          );
        }
        set.add(t as Tier);
      }
      return set;
    };
    const from = Number(span[1]);
    const to = Number(span[2] ?? span[1]);
    for (let y = from; y <= to; y++) {
      out.push({
        year: y,
        complete: tiers('complete_tiers'),
        partial: tiers('partial_tiers'),
        note: r.notes,
      });
    }
  }
  out.sort((a, b) => a.year - b.year);
  for (let i = 1; i < out.length; i++) {
    if (out[i]!.year === out[i - 1]!.year) {
      throw new TipwatchError('reference_data', `data/${file}: year ${out[i]!.year} is covered twice`);
    }
  }
  return out;
}
