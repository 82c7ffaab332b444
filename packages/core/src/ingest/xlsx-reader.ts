import { Readable } from 'node:stream';
import { TipwatchError } from '../errors.js';
import { ALL_SYMBOLS } from './currency-symbols.js';
import { formatDateCell } from './date-parser.js';

/** One worksheet row as text cells, with its sheet row number. */
export interface SheetRow {
  cells: string[];
  line: number;
  /**
   * The number cells whose number format writes digits otherwise than `cells` does, as the sheet shows them
   * (by 0-based position; absent when there are none): `2002.9` formatted `0000.00` shows `2002.90`, `807.19`
   * shows `0807.19`, `84714` formatted `000000` shows `084714`. A code column (HS, NAICS, PSC) is read so; in
   * an amount column the number itself is what counts.
   */
  shown?: (string | undefined)[];
}

/** One worksheet: its name, its 1-based position among the workbook's sheets, and its rows. */
export interface SheetRows {
  name: string;
  position: number;
  /** Rows with at least one non-empty cell, read once; stopping early skips the rest of the sheet. */
  rows: AsyncIterable<SheetRow>;
  /**
   * The columns (0-based) whose `shown` text is wanted, for the rows read after it is set: a reader that
   * has found the code columns sets it, and other number cells are then not written out twice. Unset (the
   * header and sample rows), every column's is given.
   */
  shownColumns?: ReadonlySet<number>;
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
  keepEntriesToTheEnd(stream);
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
      const read: SheetRows = {
        name: typeof name === 'string' && name !== '' ? name : `Sheet ${position}`,
        position,
        rows: sheetRows(sheet, () => read.shownColumns),
      };
      yield read;
    }
  } catch (err) {
    throw unreadable(err);
  }
}

/**
 * exceljs pipes the workbook's bytes into unzipper's `Parse` stream and reads the zip entries from it until
 * its `end` event. unzipper 0.10 emits that `end` itself as soon as its input is all written, not when the
 * entries it has read out are all handed on (unzipper pull request #346), and exceljs then drops the
 * entries still waiting in the stream: now and then the workbook's last ones, `xl/workbook.xml` among them,
 * so that a valid workbook whose sheets come before it failed to read (about one read in 300 here). The
 * stream's own `end`, after its last entry has been read, is the only one let through.
 */
function keepEntriesToTheEnd(source: Readable): void {
  const pipe = source.pipe;
  source.pipe = function pipeInto<T extends NodeJS.WritableStream>(
    this: Readable,
    destination: T,
    options?: { end?: boolean },
  ): T {
    const entries = destination as unknown as Readable;
    const emit = entries.emit;
    entries.emit = function emitEnd(this: Readable, event: string | symbol, ...args: unknown[]): boolean {
      if (event === 'end' && !this.readableEnded) return false;
      return emit.call(this, event, ...args);
    };
    return pipe.call(this, destination, options) as T;
  };
}

interface StreamedRow {
  values: unknown;
  number: number;
  getCell(column: number): { numFmt?: unknown };
}

async function* sheetRows(
  sheet: AsyncIterable<StreamedRow>,
  shownColumns: () => ReadonlySet<number> | undefined,
): AsyncGenerator<SheetRow> {
  // A sheet uses a few number formats over and over: each is taken apart once.
  const formats = new Map<string, NumberFormat>();
  try {
    for await (const row of sheet) {
      const values = row.values as unknown[];
      const cells: string[] = [];
      const wanted = shownColumns();
      let shown: (string | undefined)[] | undefined;
      let any = false;
      for (let i = 1; i < values.length; i++) {
        const v = values[i];
        const n = numberOf(v);
        const format = n === null ? null : numberFormat(row.getCell(i).numFmt, formats);
        const text = (n === null || format === null ? null : formattedText(n, format)) ?? cellText(v);
        cells.push(text);
        if (text !== '') any = true;
        if (typeof v === 'number' && format !== null && (wanted === undefined || wanted.has(i - 1))) {
          const digits = digitFormatText(v, format.digits);
          if (digits !== null && digits !== text) {
            shown ??= [];
            shown[i - 1] = digits;
          }
        }
      }
      if (any) yield shown === undefined ? { cells, line: row.number } : { cells, line: row.number, shown };
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
 * A number cell whose format says more than its value, as text that says it too: a percentage (`0.35`
 * formatted `0%`) as the sheet shows it, `35%` (a share column holds fractions in such cells and whole
 * percentages in plain ones, and only the `%` tells them apart once the cell is text); an amount in a
 * currency format (`"£"#,##0.00`, `[$€-407] #,##0.00`, `[$EUR] 0.00`) with its symbol or code, which the
 * amount reader then takes for the row's currency. Null for any other cell.
 */
function formattedText(n: number, format: NumberFormat): string | null {
  if (format.percent) return `${Number((n * 100).toPrecision(12))}%`;
  const currency = format.currency;
  if (currency === null) return null;
  const sign = n < 0 ? '-' : '';
  return /^[A-Z]{3}$/.test(currency)
    ? `${sign}${currency} ${exactText(Math.abs(n))}`
    : `${sign}${currency}${exactText(Math.abs(n))}`;
}

/** A number cell's value, or a formula's cached number; null for any other cell and for NaN or ±∞. */
function numberOf(v: unknown): number | null {
  const n =
    typeof v === 'number'
      ? v
      : typeof v === 'object' && v !== null && typeof (v as { result?: unknown }).result === 'number'
        ? ((v as { result: number }).result as number)
        : null;
  return n !== null && Number.isFinite(n) ? n : null;
}

/** What a number format says beyond the number: a percentage, a currency, or digits alone. */
interface NumberFormat {
  percent: boolean;
  currency: string | null;
  /** A format of digits alone: its leading zeros and fixed decimals (`0000.00`: 4 and 2); else null. */
  digits: { zeros: number; decimals: number } | null;
}

/** The formats no number cell is given more than its value by. */
const PLAIN_FORMAT: NumberFormat = Object.freeze({ percent: false, currency: null, digits: null });
/** Distinct formats a sheet's reader remembers. */
const FORMATS_KEPT = 256;

/** A cell's number format taken apart, once per distinct format string of the sheet. Null when it has none. */
function numberFormat(format: unknown, formats: Map<string, NumberFormat>): NumberFormat | null {
  if (typeof format !== 'string') return null;
  let read = formats.get(format);
  if (read === undefined) {
    read = readNumberFormat(format);
    if (formats.size >= FORMATS_KEPT) formats.clear();
    formats.set(format, read);
  }
  return read;
}

function readNumberFormat(format: string): NumberFormat {
  // The first section is the one for positive numbers (and for all, when it is the only one).
  const section = format.split(';')[0] ?? '';
  const percent = section.replace(/"[^"]*"/g, '').includes('%');
  const currency = percent ? null : formatCurrency(section);
  const m = DIGIT_FORMAT.exec(format.trim());
  const digits = m === null ? null : { zeros: m[1]!.length, decimals: m[2]?.length ?? 0 };
  return percent || currency !== null || digits !== null ? { percent, currency, digits } : PLAIN_FORMAT;
}

/**
 * The currency a number format shows: the ISO code or symbol of a `[$…-locale]` or `[$…]` part, else a
 * currency symbol written in the format (quoted or not). Null when it shows none.
 */
function formatCurrency(section: string): string | null {
  const bracket = /\[\$([^\]-]+)(?:-[0-9A-Fa-f]+)?\]/.exec(section);
  if (bracket !== null) {
    const token = bracket[1]!.trim();
    if (/^[A-Z]{3}$/.test(token) || ALL_SYMBOLS.includes(token)) return token;
  }
  // Quoted text may hold any symbol (`"kr"`, `"RM"`); outside quotes letters are format codes, so only
  // symbols that do not begin with a letter count there.
  const quoted = [...section.matchAll(/"([^"]*)"/g)].map((m) => m[1]!.trim());
  for (const symbol of ALL_SYMBOLS) if (quoted.includes(symbol)) return symbol;
  const bare = section
    .replace(/"[^"]*"/g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/\\/g, '');
  for (const symbol of ALL_SYMBOLS) if (!/^\p{L}/u.test(symbol) && bare.includes(symbol)) return symbol;
  return null;
}

/** A number format of digits alone: leading zeros, an optional point and fixed decimals (`0000.00`, `000000`). */
const DIGIT_FORMAT = /^(0+)(?:\.(0+))?$/;

/**
 * A non-negative number as a number format of digits alone writes it (`2002.9` in `0000.00` is `2002.90`;
 * `807.19` is `0807.19`; a whole number only with its leading zeros, `5201` stays `5201`); null for any other
 * format or number. Formats with grouping, text, colours or
 * sections are not codes' formats and are left alone.
 */
function digitFormatText(n: number, format: NumberFormat['digits']): string | null {
  if (format === null || !Number.isFinite(n) || n < 0) return null;
  // A whole number gains nothing from `.00`: only its leading zeros are written.
  const decimals = Number.isInteger(n) ? 0 : format.decimals;
  if (decimals > 20) return null;
  const fixed = n.toFixed(decimals);
  const point = fixed.indexOf('.');
  const whole = point < 0 ? fixed : fixed.slice(0, point);
  if (/e/i.test(whole)) return null;
  return whole.padStart(format.zeros, '0') + (point < 0 ? '' : fixed.slice(point));
}

/**
 * A positive number as text the amount reader reads back exactly: with exactly three decimals a `0` is
 * added (`150.125` → `150.1250`), since one point before three digits is read as grouping in typed text.
 */
function exactText(n: number): string {
  const text = String(n);
  return /\.\d{3}$/.test(text) ? `${text}0` : text;
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
