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
 * Parses a reference CSV (RFC 4180, comma, `#` comment lines, then the header) into rows keyed by column. Reference
 * files are small and trusted to be UTF-8, so this is a plain whole-text parser; structural damage (a
 * field count that disagrees with the header, an unclosed quote) is a `TipwatchError` naming the line.
 */
export function parseCsvTable(text: string, file: string): CsvTable {
  const records = tokenize(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, file);
  // Comment lines before the header ("# as_of: …") are provenance, not data.
  while (records.length > 0 && records[0]!.fields[0]?.startsWith('#')) records.shift();
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
  const n = s.length;
  let fields: string[] = [];
  let line = 1;
  let recordLine = 1;
  let i = 0;
  // Fields are cut out with indexOf/slice rather than built a character at a time: far faster on the
  // megabyte-sized taxonomies.
  while (i <= n) {
    let value: string;
    if (s.charCodeAt(i) === 34) {
      const startLine = line;
      let j = i + 1;
      let parts = '';
      for (;;) {
        const q = s.indexOf('"', j);
        if (q < 0) {
          throw new TipwatchError(
            'reference_data',
            `data/${file}: line ${startLine}: expected a closing quote for the field that opens here`,
          );
        }
        parts += s.slice(j, q);
        if (s.charCodeAt(q + 1) === 34) {
          parts += '"';
          j = q + 2;
          continue;
        }
        j = q + 1;
        break;
      }
      for (let k = parts.indexOf('\n'); k >= 0; k = parts.indexOf('\n', k + 1)) line++;
      value = parts;
      i = j;
      // Text after a closing quote up to the delimiter is kept, as lenient readers do.
      let k = i;
      while (k < n && s.charCodeAt(k) !== 44 && s.charCodeAt(k) !== 10 && s.charCodeAt(k) !== 13) k++;
      value += s.slice(i, k);
      i = k;
    } else {
      let k = i;
      while (k < n) {
        const c = s.charCodeAt(k);
        if (c === 44 || c === 10 || c === 13) break;
        k++;
      }
      value = s.slice(i, k);
      i = k;
    }
    fields.push(value);
    if (i >= n) {
      if (!(fields.length === 1 && fields[0] === '')) out.push({ fields, line: recordLine });
      break;
    }
    const c = s.charCodeAt(i);
    if (c === 44) {
      i++;
      continue;
    }
    // End of record: \n, \r\n or \r.
    out.push({ fields, line: recordLine });
    fields = [];
    i += c === 13 && s.charCodeAt(i + 1) === 10 ? 2 : 1;
    line++;
    recordLine = line;
    if (i === n) break;
  }
  return out;
}
