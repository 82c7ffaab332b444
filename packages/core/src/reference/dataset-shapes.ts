import { z } from 'zod';
import { parseCsvTable } from './csv-table.js';
import { col, isIsoDate, tableRows } from './table-rows.js';

const dateOrEmpty = z
  .string()
  .refine((s) => s === '' || isIsoDate(s), { error: 'expected a date as YYYY-MM-DD or nothing' });

/**
 * Column checks for the manifest CSVs that no reader of the engine parses at start-up (the taxonomies,
 * legal forms). `tipwatch data --check` runs them, so a damaged taxonomy is caught before a crosswalk
 * or import relies on it.
 */
const SHAPES: Record<string, z.ZodRawShape> = {
  hs_codes: {
    // Comtrade's table ends with its own "99…" (not specified) codes and a TOTAL row in section TOTAL.
    hscode: z
      .string()
      .regex(/^(\d{2}(\d{2}(\d{2})?)?|TOTAL)$/, { error: 'expected an HS code of 2, 4 or 6 digits' }),
    level: z.enum(['2', '4', '5', '6'], { error: 'expected 2, 4, 6 (or 5 for TOTAL)' }),
    parent: z.string().regex(/^(TOTAL|\d{2}|\d{4})$/, { error: 'expected TOTAL or a 2- or 4-digit HS code' }),
    section: z.string().regex(/^([IVXL]+|TOTAL)$/, { error: 'expected a Roman section number' }),
    description: col.required,
  },
  hs_sections: {
    section: z.string().regex(/^[IVXL]+$/, { error: 'expected a Roman section number' }),
    name: col.required,
  },
  naics_2022: {
    naics_code: z.string().regex(/^\d{2,6}$|^\d{2}-\d{2}$/, {
      error: 'expected a NAICS code of 2-6 digits or a range like 31-33',
    }),
    title: col.required,
    digits: z.string().regex(/^[2-6]$/, { error: 'expected 2 to 6' }),
  },
  psc_codes: {
    psc_code: z.string().regex(/^[A-Z0-9]{1,4}$/, { error: 'expected a PSC code of 1-4 letters or digits' }),
    start_date: dateOrEmpty,
    end_date: dateOrEmpty,
    active: z.enum(['Y', 'N'], { error: 'expected Y or N' }),
  },
  org_types_aliases: {
    alias: col.required,
    display: col.text,
    compare: col.text,
    generic: col.text,
  },
};

/**
 * Checks one manifest CSV against its column rules, if it has any; returns its data-row count.
 * Throws a `TipwatchError` naming file, row, line and column of the first bad cell.
 */
export function checkDatasetShape(id: string, file: string, text: string): number {
  const table = parseCsvTable(text, file);
  const shape = SHAPES[id];
  if (shape) tableRows(table, shape);
  return table.rows.length;
}
