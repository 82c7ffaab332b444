import Papa from 'papaparse';
import type { Problem } from '../model/problem.js';

/** One data row of a CSV, with its 1-based data row number and the physical line it starts on. */
interface CsvRow {
  row: number;
  line: number;
  cells: string[];
}

function readCsv(csvText: string): { header: string[]; rows: CsvRow[] } {
  const text = csvText.charCodeAt(0) === 0xfeff ? csvText.slice(1) : csvText;
  const data = Papa.parse<string[]>(text, { header: false, skipEmptyLines: false }).data;
  const newlines = (cells: string[]) => cells.reduce((n, c) => n + (c.match(/\n/g)?.length ?? 0), 0);
  const header = (data[0] ?? []).map((h) => h.trim().toLowerCase());
  const rows: CsvRow[] = [];
  let line = 1 + newlines(data[0] ?? []);
  for (let r = 1; r < data.length; r++) {
    const cells = data[r]!;
    line += 1;
    const start = line;
    line += newlines(cells);
    if (cells.length === 1 && cells[0]!.trim() === '') continue;
    rows.push({ row: rows.length + 1, line: start, cells });
  }
  return { header, rows };
}

function missingColumn(name: string, header: string[], expected: string): Problem {
  return {
    code: 'missing_column',
    message: `no "${name}" column (columns found: ${header.join(', ') || 'none'})`,
    line: 1,
    column: name,
    expected,
  };
}

export interface QueryRow {
  row: number;
  line: number;
  name: string;
  country: string;
}

/**
 * Reads a file of names to match: CSV with a `name` column and an optional `country` column. Rows
 * keep their order; a row without a name is kept (so output stays aligned with input) and reported.
 */
export function parseQueryFile(csvText: string): { rows: QueryRow[]; problems: Problem[] } {
  const { header, rows } = readCsv(csvText);
  const nameCol = header.indexOf('name');
  const countryCol = header.indexOf('country');
  if (nameCol < 0)
    return {
      rows: [],
      problems: [missingColumn('name', header, 'a header row with "name" and optionally "country"')],
    };
  const problems: Problem[] = [];
  const out = rows.map((r) => {
    const name = (r.cells[nameCol] ?? '').trim();
    if (!name) {
      problems.push({
        code: 'missing_name',
        message: `row ${r.row} (line ${r.line}): the name is empty`,
        row: r.row,
        line: r.line,
        column: 'name',
        expected: 'a supplier or entity name',
      });
    }
    return {
      row: r.row,
      line: r.line,
      name,
      country: countryCol >= 0 ? (r.cells[countryCol] ?? '').trim() : '',
    };
  });
  return { rows: out, problems };
}

export interface PairRow {
  row: number;
  line: number;
  query: string;
  candidate: string;
}

/** Reads a file of name pairs to score: CSV with `query` and `candidate` columns (others ignored). */
export function parsePairFile(csvText: string): { rows: PairRow[]; problems: Problem[] } {
  const { header, rows } = readCsv(csvText);
  const q = header.indexOf('query');
  const c = header.indexOf('candidate');
  const problems: Problem[] = [];
  if (q < 0) problems.push(missingColumn('query', header, 'a header row with "query" and "candidate"'));
  if (c < 0) problems.push(missingColumn('candidate', header, 'a header row with "query" and "candidate"'));
  if (problems.length > 0) return { rows: [], problems };
  return {
    rows: rows.map((r) => ({
      row: r.row,
      line: r.line,
      query: (r.cells[q] ?? '').trim(),
      candidate: (r.cells[c] ?? '').trim(),
    })),
    problems,
  };
}
