import type { Problem } from '../model/problem.js';

/** Values that mean "no value" in a country column, not worth a problem. */
const NO_VALUE = new Set(['n/a', 'na', '-', '--', 'none', 'null', 'unknown', 'not available', 'nil']);

const PLACE_NOT_UNDERSTOOD =
  "the place was not understood: those rows were screened with the supplier's or origin country where the file gives one, " +
  'and a service among them was not tested against FAR 52.222-50(h), which asks where it is performed.';
const OCONUS =
  ' OCONUS (outside the continental United States) is not taken as abroad: for the FAR the United States includes Alaska and Hawaii.';

/** Distinct values named in a problem; the rest are counted. */
const SHOWN = 3;

interface ColumnTally {
  /** True for the place-of-performance column, whose rows keep their other countries. */
  place: boolean;
  count: number;
  /** The first distinct values, each at its first row. */
  first: { value: string; row: number; line: number }[];
  seen: Set<string>;
}

/**
 * Counts, per country column, the values that resolve to no country: such a row is screened without a
 * country (no TIP tier, no country-wide order), so the run reports them rather than drop them silently.
 */
export class UnknownCountries {
  private readonly columns = new Map<string, ColumnTally>();

  /** Notes one cell of `column` that resolved to no country (`row`, `line` as in `SpendRow`). */
  add(column: string, value: string, row: number, line: number, field = ''): void {
    if (NO_VALUE.has(value.toLowerCase())) return;
    let t = this.columns.get(column);
    if (t === undefined) {
      t = { place: field === 'place_of_performance', count: 0, first: [], seen: new Set() };
      this.columns.set(column, t);
    }
    t.count++;
    if (t.first.length < SHOWN && !t.seen.has(value)) {
      t.seen.add(value);
      t.first.push({ value, row, line });
    }
  }

  /**
   * One problem per column, e.g. `3 value(s) in column "Country" are not a known country: "Narnia"
   * (row 4), "Atlantis" (row 7), … those rows were screened without a country.`
   */
  problems(): Problem[] {
    const out: Problem[] = [];
    for (const [column, t] of this.columns) {
      const shown = t.first.map((f) => `"${f.value}" (row ${f.row})`);
      const more = t.count > t.first.length && t.seen.size >= SHOWN ? ', …' : '';
      const first = t.first[0]!;
      out.push({
        code: 'unknown_country',
        message:
          `${t.count} value(s) in column "${column}" are not a known country: ${shown.join(', ')}${more}; ` +
          (t.place
            ? PLACE_NOT_UNDERSTOOD
            : 'those rows were screened without a country (no TIP tier or country-wide finding).') +
          (t.place && [...t.seen].some((v) => /^\s*oconus\s*$/i.test(v)) ? OCONUS : ''),
        row: first.row,
        line: first.line,
        column,
        expected: 'a country name or ISO 3166 code',
      });
    }
    return out;
  }
}
