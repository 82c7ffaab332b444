import { CsvTokenizer } from './csv-tokenizer.js';

/** The delimiters the reader recognises, in order of preference on a tie. */
export const DELIMITERS = [',', ';', '\t', '|'] as const;

/**
 * Picks the delimiter from the start of a file (the header and the first lines), parsing with each
 * candidate so that delimiters inside quotes do not count. The best candidate splits the header into
 * the most fields while the following lines keep the same field count; a file with one column gets `,`.
 */
export function sniffDelimiter(sample: string, maxLines = 50): string {
  let best: string = ',';
  let bestScore = 0;
  for (const d of DELIMITERS) {
    const t = new CsvTokenizer(d);
    const records = t.push(sample).filter((r) => !(r.fields.length === 1 && r.fields[0]!.trim() === ''));
    if (records.length === 0) {
      const tail = t.end().filter((r) => !(r.fields.length === 1 && r.fields[0]!.trim() === ''));
      records.push(...tail);
    }
    const head = records[0];
    if (head === undefined || head.fields.length < 2) continue;
    const rest = records.slice(1, maxLines);
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
