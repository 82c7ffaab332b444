import type { RejectedRow } from '../model/spend-row.js';
import { csvLine, csvNumberCell, csvTextCell } from './csv-cell.js';

/** The header line of `rejects.csv`: `row,ref,reason`, then the input file's own headers. */
export function rejectsCsvHeader(fileHeaders: readonly string[]): string {
  return csvLine(['row', 'ref', 'reason', ...fileHeaders.map(csvTextCell)]);
}

/** The `rejects.csv` lines of one batch of rejected rows (no header), original fields kept in order. */
export function rejectsCsvChunk(rejects: readonly RejectedRow[]): string {
  let out = '';
  for (const r of rejects) {
    out += csvLine([
      csvNumberCell(r.row),
      csvTextCell(r.ref),
      csvTextCell(r.reason),
      ...r.fields.map(csvTextCell),
    ]);
  }
  return out;
}
