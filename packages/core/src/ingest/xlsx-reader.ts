import { Readable } from 'node:stream';
import { TipwatchError } from '../errors.js';
import { formatDateCell } from './date-parser.js';

/** One worksheet row as text cells, with its sheet row number. */
export interface SheetRow {
  cells: string[];
  line: number;
}

/** One worksheet: its name, its 1-based position among the workbook's sheets, and its rows. */
export interface SheetRows {
  name: string;
  position: number;
  /** Rows with at least one non-empty cell, read once; stopping early skips the rest of the sheet. */
  rows: AsyncIterable<SheetRow>;
}

/**
 * Streams the worksheets of a workbook in order, each with its rows, through exceljs's streaming reader
 * (memory does not grow with the sheet). A sheet not read, or read in part, is skipped when the next one is
 * asked for. Cells become text: numbers as JavaScript writes them, date cells as `YYYY-MM-DD`, formulas as
 * their cached result, rich text and hyperlinks as their text, errors as ''. Empty rows are skipped. A file
 * exceljs cannot open is a `TipwatchError` that says so plainly (exceljs's own message is of no use to a
 * user). exceljs is loaded on the first workbook read, not with the module: it takes longer to load than a
 * small CSV file takes to screen.
 */
export async function* readXlsxSheets(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<SheetRows> {
  const { default: ExcelJS } = await import('exceljs');
  const stream = Readable.from(chunks, { objectMode: false });
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(stream, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'emit',
  });
  let position = 0;
  try {
    for await (const sheet of workbook) {
      position++;
      const name = (sheet as { name?: unknown }).name;
      yield {
        name: typeof name === 'string' && name !== '' ? name : `Sheet ${position}`,
        position,
        rows: sheetRows(sheet),
      };
    }
  } catch (err) {
    throw unreadable(err);
  }
}

interface StreamedRow {
  values: unknown;
  number: number;
  getCell(column: number): { numFmt?: unknown };
}

async function* sheetRows(sheet: AsyncIterable<StreamedRow>): AsyncGenerator<SheetRow> {
  try {
    for await (const row of sheet) {
      const values = row.values as unknown[];
      const cells: string[] = [];
      let any = false;
      for (let i = 1; i < values.length; i++) {
        const text = percentText(values[i], row, i) ?? cellText(values[i]);
        cells.push(text);
        if (text !== '') any = true;
      }
      if (any) yield { cells, line: row.number };
    }
  } catch (err) {
    throw unreadable(err);
  }
}

function unreadable(err: unknown): TipwatchError {
  if (err instanceof TipwatchError) return err;
  return new TipwatchError(
    'unreadable_xlsx',
    'The file is not a valid XLSX workbook: it is a ZIP archive, but its worksheets could not be read ' +
      '(a damaged or incomplete file, or another kind of ZIP). Open it in a spreadsheet program and save it ' +
      'again as .xlsx, or export it as CSV.',
  );
}

/**
 * A number shown as a percentage (`0.35` formatted `0%`) as the text the sheet shows, `35%`: a share
 * column holds fractions in such cells and whole percentages in plain ones, and only the `%` tells them
 * apart once the cell is text.
 */
function percentText(v: unknown, row: StreamedRow, column: number): string | null {
  const n =
    typeof v === 'number'
      ? v
      : typeof v === 'object' && v !== null && typeof (v as { result?: unknown }).result === 'number'
        ? ((v as { result: number }).result as number)
        : null;
  if (n === null || !Number.isFinite(n)) return null;
  const format = row.getCell(column).numFmt;
  if (typeof format !== 'string' || !format.includes('%')) return null;
  return `${Number((n * 100).toPrecision(12))}%`;
}

function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) return formatDateCell(v);
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if ('result' in o) return cellText(o.result);
    if ('formula' in o || 'sharedFormula' in o) return '';
    if (Array.isArray(o.richText)) {
      return (o.richText as { text?: unknown }[])
        .map((r) => (typeof r.text === 'string' ? r.text : ''))
        .join('');
    }
    if ('text' in o) return cellText(o.text);
    if ('error' in o) return '';
  }
  return String(v);
}
