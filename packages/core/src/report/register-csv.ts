import type { Finding } from '../model/finding.js';
import { levelRank } from '../model/level.js';
import type { ScreenedRow } from '../model/screened-row.js';
import { csvLine, csvNumberCell, csvTextCell } from './csv-cell.js';

/** The columns of `register.csv`, one line per screened row. */
export const REGISTER_COLUMNS = [
  'row',
  'ref',
  'supplier',
  'country',
  'level',
  'score',
  'findings',
  'top_reason',
] as const;

/** The header line of `register.csv`. */
export function registerCsvHeader(): string {
  return csvLine([...REGISTER_COLUMNS]);
}

/** The highest-level finding of a row (the first among equals), or undefined when it has none. */
export function topFinding(findings: readonly Finding[]): Finding | undefined {
  let top: Finding | undefined;
  for (const f of findings) {
    if (top === undefined || levelRank(f.level) > levelRank(top.level)) top = f;
  }
  return top;
}

/**
 * Writes the `register.csv` lines of one batch of screened rows (no header) to `write`, one line per call,
 * so a caller that encodes as it goes never builds one string for the whole batch.
 */
export function writeRegisterCsv(rows: readonly ScreenedRow[], write: (text: string) => void): void {
  for (const r of rows) {
    // Plain concatenation: this runs once per row of files of a million rows.
    write(
      `${csvNumberCell(r.input.row)},${csvTextCell(r.input.ref)},${csvTextCell(r.input.supplier)},` +
        `${csvTextCell(r.country ?? '')},${r.level},${csvNumberCell(r.score)},${r.findings.length},` +
        `${csvTextCell(topFinding(r.findings)?.summary ?? '')}\r\n`,
    );
  }
}

/** The `register.csv` lines of one batch of screened rows (no header), ready to append to the file. */
export function registerCsvChunk(rows: readonly ScreenedRow[]): string {
  let out = '';
  writeRegisterCsv(rows, (text) => {
    out += text;
  });
  return out;
}
