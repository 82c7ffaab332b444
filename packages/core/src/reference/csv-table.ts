import { TipwatchError } from '../errors.js';

/** One data row of a reference CSV: its values by column, its 1-based data row and physical line. */
export interface CsvTableRow {
  row: number;
  line: number;
  values: Record<string, string>;
}

export interface CsvTable {
  file: string;
  header: string[];
  rows: CsvTableRow[];
}

/**
 * Parses a reference CSV (RFC 4180, comma, first line the header) into rows keyed by column. Reference
 * files are small and trusted to be UTF-8, so this is a plain whole-text parser; structural damage (a
 * field count that disagrees with the header, an unclosed quote) is a `TipwatchError` naming the line.
 */
export function parseCsvTable(text: string, file: string): CsvTable {
  const records = tokenize(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, file);
  const head = records[0];
  if (!head || head.fields.every((f) => f === '')) {
    throw new TipwatchError('reference_data', `data/${file}: line 1: expected a header line, found none`);
  }
  const header = head.fields.map((f) => f.trim());
  const rows: CsvTableRow[] = [];
  for (let i = 1; i < records.length; i++) {
    const rec = records[i]!;
    if (rec.fields.length === 1 && rec.fields[0] === '') continue;
    if (rec.fields.length !== header.length) {
      throw new TipwatchError(
        'reference_data',
        `data/${file}: row ${rows.length + 1} (line ${rec.line}): expected ${header.length} fields as in the header, found ${rec.fields.length}`,
      );
    }
    const values: Record<string, string> = {};
    for (let c = 0; c < header.length; c++) values[header[c]!] = rec.fields[c]!;
    rows.push({ row: rows.length + 1, line: rec.line, values });
  }
  return { file, header, rows };
}

interface RawRecord {
  fields: string[];
  line: number;
}

function tokenize(s: string, file: string): RawRecord[] {
  const out: RawRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let i = 0;
  const n = s.length;
  while (i < n) {
    const ch = s[i]!;
    if (ch === '"' && field === '') {
      // Quoted field: runs to the next lone quote; doubled quotes are one quote.
      const startLine = line;
      i++;
      let closed = false;
      while (i < n) {
        const q = s[i]!;
        if (q === '"') {
          if (s[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          closed = true;
          break;
        }
        if (q === '\n') line++;
        field += q;
        i++;
      }
      if (!closed) {
        throw new TipwatchError(
          'reference_data',
          `data/${file}: line ${startLine}: expected a closing quote for the field that opens here`,
        );
      }
      continue;
    }
    if (ch === ',') {
      fields.push(field);
      field = '';
      i++;
      continue;
    }
    if (ch === '\r' || ch === '\n') {
      fields.push(field);
      out.push({ fields, line: recordLine });
      fields = [];
      field = '';
      i += ch === '\r' && s[i + 1] === '\n' ? 2 : 1;
      line++;
      recordLine = line;
      continue;
    }
    field += ch;
    i++;
  }
  if (field !== '' || fields.length > 0) {
    fields.push(field);
    out.push({ fields, line: recordLine });
  }
  return out;
}
