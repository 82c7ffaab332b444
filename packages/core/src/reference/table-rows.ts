import { z } from 'zod';
import { TipwatchError } from '../errors.js';
import type { CsvTable } from './csv-table.js';

/** Zod column types for reference CSVs; each message says what the column expects. */
export const col = {
  text: z.string(),
  required: z.string().trim().min(1, { error: 'expected a value, found an empty cell' }),
  iso3: z
    .string()
    .regex(/^[A-Z]{3}$/, { error: 'expected an ISO 3166-1 alpha-3 code (three capital letters)' }),
  iso2: z
    .string()
    .regex(/^[A-Z]{2}$/, { error: 'expected an ISO 3166-1 alpha-2 code (two capital letters)' }),
  date: z.string().refine(isIsoDate, { error: 'expected a date as YYYY-MM-DD' }),
  year: z.string().regex(/^(19|20)\d\d$/, { error: 'expected a four-digit year' }),
  bool: z.enum(['true', 'false'], { error: 'expected true or false' }),
  amount: z.string().regex(/^\d+(\.\d+)?$/, { error: 'expected a plain number such as 550000' }),
};

/** True when `s` is a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

export type Located<T> = T & { readonly $row: number; readonly $line: number };

/**
 * Checks that the table has the required columns and that every row satisfies `shape`; returns the rows
 * typed, each with its data row and line. The first failure is a `TipwatchError` naming the file, row,
 * line and column and what was expected.
 */
export function tableRows<S extends z.ZodRawShape>(
  table: CsvTable,
  shape: S,
): Located<z.infer<z.ZodObject<S>>>[] {
  const missing = Object.keys(shape).filter((c) => !table.header.includes(c));
  if (missing.length > 0) {
    throw new TipwatchError(
      'reference_data',
      `data/${table.file}: line 1: expected column(s) ${missing.map((c) => `"${c}"`).join(', ')} in the header`,
    );
  }
  const schema = z.object(shape);
  const out: Located<z.infer<z.ZodObject<S>>>[] = [];
  for (const r of table.rows) {
    const parsed = schema.safeParse(r.values);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const column = String(issue.path[0] ?? '');
      const found = r.values[column] ?? '';
      throw rowError(table.file, r.row, r.line, column, `${issue.message}, found "${found}"`);
    }
    out.push(
      Object.assign(parsed.data as object, { $row: r.row, $line: r.line }) as Located<
        z.infer<z.ZodObject<S>>
      >,
    );
  }
  return out;
}

/** The error for one bad cell of a reference file. */
export function rowError(
  file: string,
  row: number,
  line: number,
  column: string,
  what: string,
): TipwatchError {
  return new TipwatchError(
    'reference_data',
    `data/${file}: row ${row} (line ${line}), column "${column}": ${what}`,
    [{ code: 'reference_data', message: what, row, line, column }],
  );
}
