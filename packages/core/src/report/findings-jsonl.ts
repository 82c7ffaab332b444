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

/** A finding's own fields as its line gives them, keys in a fixed order so files diff cleanly. */
function findingFields(f: Finding): Omit<FindingRecord, 'row' | 'ref' | 'supplier'> {
  const part: Omit<FindingRecord, 'row' | 'ref' | 'supplier'> = {
    kind: f.kind,
    level: f.level,
    summary: f.summary,
    source: { dataset: f.source.dataset, record: f.source.record, as_of: f.source.as_of },
  };
  if (f.matched_name !== undefined) part.matched_name = f.matched_name;
  if (f.score !== undefined) part.score = f.score;
  if (f.details !== undefined) part.details = f.details;
  return part;
}

/** The finding with its row's identity first. */
export function findingRecord(row: ScreenedRow, finding: Finding): FindingRecord {
  return { row: row.input.row, ref: row.input.ref, supplier: row.input.supplier, ...findingFields(finding) };
}

/** The finding's part of its JSON line, from `"kind"` to the closing brace. */
function findingPartJson(f: Finding): string {
  return JSON.stringify(findingFields(f)).slice(1);
}

/**
 * The finding's part of its JSON line, serialised once per finding object: the screener shares findings
 * between the rows of one supplier, code tuple or country.
 */
const findingJson = new WeakMap<Finding, string>();

function findingPart(f: Finding): string {
  let json = findingJson.get(f);
  if (json === undefined) {
    json = findingPartJson(f);
    findingJson.set(f, json);
  }
  return json;
}

/**
 * The finding's part of its line with the line's end, as UTF-8, encoded once per finding object (and kept
 * only as bytes): copying them costs a fraction of encoding the same text again for every row that shares
 * the finding.
 */
const findingBytes = new WeakMap<Finding, Uint8Array>();
const utf8 = new TextEncoder();

function findingLineBytes(f: Finding): Uint8Array {
  let bytes = findingBytes.get(f);
  if (bytes === undefined) {
    bytes = utf8.encode(`${findingPartJson(f)}\n`);
    findingBytes.set(f, bytes);
  }
  return bytes;
}

/**
 * Writes the `findings.jsonl` lines of one batch of screened rows to `write`, piece by piece, so a caller
 * that encodes as it goes never builds (and flattens) one string for the whole batch. Each line is exactly
 * `JSON.stringify(findingRecord(row, finding))`, built from the row's part and the finding's cached part.
 * A caller that writes bytes hands in `writeBytes` too: each finding's part then comes as cached UTF-8.
 */
export function writeFindingsJsonl(
  rows: readonly ScreenedRow[],
  write: (text: string) => void,
  writeBytes?: (bytes: Uint8Array) => void,
): void {
  for (const r of rows) {
    if (r.findings.length === 0) continue;
    const head = `{"row":${JSON.stringify(r.input.row)},"ref":${JSON.stringify(r.input.ref)},"supplier":${JSON.stringify(r.input.supplier)},`;
    for (const f of r.findings) {
      write(head);
      if (writeBytes === undefined) {
        write(findingPart(f));
        write('\n');
      } else {
        writeBytes(findingLineBytes(f));
      }
    }
  }
}

/** The `findings.jsonl` lines of one batch of screened rows: one JSON object per finding, LF-terminated. */
export function findingsJsonlChunk(rows: readonly ScreenedRow[]): string {
  let out = '';
  writeFindingsJsonl(rows, (text) => {
    out += text;
  });
  return out;
}
