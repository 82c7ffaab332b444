import { CsvTokenizer } from './csv-tokenizer.js';

/** The delimiters the reader recognises, in order of preference on a tie. */
export const DELIMITERS = [',', ';', '\t', '|'] as const;

/** Lines of one field (a title above the header) passed over before the header is taken. */
const TITLE_LINES = 20;

/**
 * Picks the delimiter from the start of a file (the header and the first lines), parsing with each
 * candidate so that delimiters inside quotes do not count. The best candidate splits the header into
 * the most fields while the following lines keep the same field count; a file with one column gets `,`.
 * Lines of one field above the header (a title) are passed over, and Excel's `sep=;` first line names the
 * delimiter outright.
 */
export function sniffDelimiter(sample: string, maxLines = 50): string {
  const sep = /^\uFEFF?sep=([^\r\n])\r?\n/i.exec(sample);
  if (sep !== null) return sep[1]!;
  let best: string = ',';
  let bestScore = 0;
  for (const d of DELIMITERS) {
    const t = new CsvTokenizer(d);
    const records = t.push(sample).filter((r) => !(r.fields.length === 1 && r.fields[0]!.trim() === ''));
    if (records.length === 0) {
      const tail = t.end().filter((r) => !(r.fields.length === 1 && r.fields[0]!.trim() === ''));
      records.push(...tail);
    }
    let at = 0;
    while (at < TITLE_LINES && at < records.length - 1 && records[at]!.fields.length < 2) at++;
    const head = records[at];
    if (head === undefined || head.fields.length < 2) continue;
    const rest = records.slice(at + 1, at + maxLines);
    const same = rest.filter((r) => r.fields.length === head.fields.length).length;
    const consistency = rest.length === 0 ? 1 : same / rest.length;
    const score = head.fields.length * (0.1 + consistency);
    if (score > bestScore) {
      bestScore = score;
      best = d;
    }
  }
  return best;
}
