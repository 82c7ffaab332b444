import { Readable } from 'node:stream';
import { TipwatchError } from '../errors.js';
import { formatDateCell } from './date-parser.js';

/** One worksheet row as text cells, with its sheet row number. */
export interface SheetRow {
  cells: string[];
  line: number;
}

/**
 * Streams the rows of the first worksheet that has data, with exceljs's streaming reader (memory does not
 * grow with the sheet). Cells become text: numbers as JavaScript writes them, date cells as `YYYY-MM-DD`,
 * formulas as their cached result, rich text and hyperlinks as their text, errors as ''. Empty rows are
 * skipped. A file exceljs cannot open is a `TipwatchError`. exceljs is loaded on the first workbook read, not
 * with the module: it takes longer to load than a small CSV file takes to screen.
 */
export async function* readXlsxRows(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<SheetRow> {
  const { default: ExcelJS } = await import('exceljs');
  const stream = Readable.from(chunks, { objectMode: false });
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(stream, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'emit',
  });
  let sawData = false;
  try {
    for await (const sheet of workbook) {
      for await (const row of sheet) {
        const values = row.values as unknown[];
        const cells: string[] = [];
        let any = false;
        for (let i = 1; i < values.length; i++) {
          const text = cellText(values[i]);
          cells.push(text);
          if (text !== '') any = true;
        }
        if (!any) continue;
        sawData = true;
        yield { cells, line: row.number };
      }
      if (sawData) return;
    }
  } catch (err) {
    if (err instanceof TipwatchError) throw err;
    throw new TipwatchError(
      'unreadable_xlsx',
      `The file looks like an XLSX workbook (a ZIP archive) but could not be read: ${(err as Error).message}`,
    );
  }
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
