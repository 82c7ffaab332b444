import type { Finding } from '../model/finding.js';
import type { ScreenedRow } from '../model/screened-row.js';

/** One line of `findings.jsonl`: a finding with the row it belongs to. */
export interface FindingRecord {
  row: number;
  ref: string;
  supplier: string;
  kind: Finding['kind'];
  level: Finding['level'];
  summary: string;
  source: Finding['source'];
  matched_name?: string;
  score?: number;
  details?: Finding['details'];
}

/** The finding with its row's identity, keys in a fixed order so files diff cleanly. */
export function findingRecord(row: ScreenedRow, finding: Finding): FindingRecord {
  const record: FindingRecord = {
    row: row.input.row,
    ref: row.input.ref,
    supplier: row.input.supplier,
    kind: finding.kind,
    level: finding.level,
    summary: finding.summary,
    source: { dataset: finding.source.dataset, record: finding.source.record, as_of: finding.source.as_of },
  };
  if (finding.matched_name !== undefined) record.matched_name = finding.matched_name;
  if (finding.score !== undefined) record.score = finding.score;
  if (finding.details !== undefined) record.details = finding.details;
  return record;
}

/**
 * The `findings.jsonl` lines of one batch of screened rows: one JSON object per finding, LF-terminated.
 * (One `JSON.stringify` per record measured faster than hand-built strings with the row part shared.)
 */
export function findingsJsonlChunk(rows: readonly ScreenedRow[]): string {
  let out = '';
  for (const r of rows) {
    for (const f of r.findings) out += `${JSON.stringify(findingRecord(r, f))}\n`;
  }
  return out;
}
