import { TipwatchError } from '../errors.js';
import type { CanonicalField } from '../model/spend-row.js';
import { planColumns } from './column-mapper.js';

/** Non-blank records looked at for the header: titles, notes and `sep=` lines above it come first. */
export const HEADER_SEARCH_RECORDS = 20;

/**
 * The position of the header among the first non-blank records of a file or sheet: the first one whose
 * columns `planColumns` can read (it names a supplier column, by a synonym or by `--map supplier=`), or
 * -1 when none does. Exported spreadsheets often put a title, a date or blank lines above the header.
 */
export function findHeader(
  records: string[][],
  overrides: Partial<Record<CanonicalField, string>> = {},
): number {
  const n = Math.min(records.length, HEADER_SEARCH_RECORDS);
  for (let i = 0; i < n; i++) {
    try {
      planColumns(records[i]!, overrides);
      return i;
    } catch (err) {
      if (!(err instanceof TipwatchError)) throw err;
    }
  }
  return -1;
}
