import { z } from 'zod';
import { TipwatchError } from '../errors.js';
import type { DatasetInfo } from './dataset-info.js';
import { isIsoDate } from './table-rows.js';

const datasetSchema = z.object({
  id: z.string().regex(/^[a-z0-9_]+$/, { error: 'expected a lower-case id of letters, digits and _' }),
  title: z.string().min(1),
  file: z
    .string()
    .regex(/^[A-Za-z0-9_./-]+$/, { error: 'expected a path relative to the data folder' })
    .refine((f) => !f.startsWith('/') && !f.split('/').includes('..'), {
      error: 'expected a path inside the data folder',
    }),
  source: z.string().min(1),
  as_of: z.string().refine(isIsoDate, { error: 'expected a date as YYYY-MM-DD' }),
  licence: z.string().min(1),
  rows: z.number().int().nonnegative(),
  gaps: z.array(z.string()),
  imported: z
    .object({
      version: z.number().int().positive(),
      imported_at: z.string().min(1),
      source_file: z.string().nullable(),
    })
    .optional(),
});

const manifestSchema = z.object({
  datasets: z.array(datasetSchema).min(1),
});

/**
 * Reads `data/manifest.json`. A manifest that is not JSON, misses a field or repeats an id or file is a
 * `TipwatchError` naming the dataset entry and field.
 */
export function parseManifest(text: string): DatasetInfo[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new TipwatchError(
      'reference_data',
      `data/manifest.json: expected JSON (${err instanceof Error ? err.message : String(err)})`,
    );
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const path = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');
    throw new TipwatchError(
      'reference_data',
      `data/manifest.json: at ${path || 'top level'}: ${issue.message}`,
    );
  }
  const seen = new Set<string>();
  for (const d of parsed.data.datasets) {
    for (const k of [`id ${d.id}`, `file ${d.file}`]) {
      if (seen.has(k)) throw new TipwatchError('reference_data', `data/manifest.json: ${k} is listed twice`);
      seen.add(k);
    }
  }
  return parsed.data.datasets;
}

/**
 * Counts a file's rows the way the manifest does: data rows for CSV (header excluded, passed in by the
 * caller who parsed it), column names for a `.txt` column list (non-empty lines that are not `#`
 * comments), second-level sections for Markdown, and for XML the elements like the root's first child
 * (two-space indented, as the ILAB files are).
 */
export function countRows(file: string, text: string, csvRows?: number): number {
  if (file.endsWith('.csv')) {
    if (csvRows === undefined) throw new Error('countRows: a CSV needs its parsed row count');
    return csvRows;
  }
  const lines = text.split(/\r?\n/);
  if (file.endsWith('.md')) return lines.filter((l) => l.startsWith('## ')).length;
  if (file.endsWith('.xml')) {
    const tags = lines.map((l) => /^ {2}<([A-Za-z_]+)>\s*$/.exec(l)?.[1]).filter((t) => t !== undefined);
    return tags.filter((t) => t === tags[0]).length;
  }
  return lines.filter((l) => l.trim() !== '' && !l.startsWith('#')).length;
}

/** Throws when a file's row count disagrees with its manifest entry. */
export function checkRowCount(info: DatasetInfo, actual: number): void {
  if (actual !== info.rows) {
    throw new TipwatchError(
      'reference_data',
      `data/${info.file}: expected ${info.rows} rows as data/manifest.json says, found ${actual}`,
    );
  }
}
