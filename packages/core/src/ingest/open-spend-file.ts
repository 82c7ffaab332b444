import iconv from 'iconv-lite';
import { TipwatchError } from '../errors.js';
import type { Problem } from '../model/problem.js';
import type { RejectedRow, SpendRow } from '../model/spend-row.js';
import { sampleDecimalMark } from './amount-parser.js';
import { ByteReader } from './byte-reader.js';
import { type ColumnPlan, checkSupplierNames, planColumns } from './column-mapper.js';
import { type CsvRecord, CsvTokenizer } from './csv-tokenizer.js';
import { decideDateOrder } from './date-parser.js';
import { sniffDelimiter } from './delimiter-sniffer.js';
import { sniffEncoding } from './encoding-sniffer.js';
import { findHeader, HEADER_SEARCH_RECORDS } from './header-finder.js';
import { isRejected, RowBuilder } from './row-builder.js';
import { sharesArePercentages } from './share-parser.js';
import type { ByteSource, DetectedLayout, IngestBatch, SpendFile, SpendFileOptions } from './spend-file.js';
import { readXlsxSheets, type SheetRow, type SheetRows } from './xlsx-reader.js';

/** Bytes read before deciding format, encoding and delimiter. */
const SAMPLE_BYTES = 64 * 1024;
/**
 * Bytes handed to the text decoder at a time. V8 decodes a pure-ASCII slice on a fast path into a one-byte
 * string; one non-ASCII byte sends the whole slice to the slow two-byte path. Spend files sprinkle a few
 * non-ASCII names (`A.Ş.`, a Chinese address) everywhere: nearly every 64 KB slice holds one, most 8 KB
 * slices do not (measured on the benchmark file: 1.9 CPU s per million rows in 64 KB slices, 0.26 s in 4 KB).
 */
const DECODE_SLICE = 8 * 1024;
/**
 * Rows (parsed + rejected) per batch. Small enough that a batch in flight (its rows, screened rows and
 * output text) is mostly gone before the next young-generation collection, rather than promoted to the old
 * generation, whose garbage lets V8 grow the heap: on the 1M-row benchmark file 500 rows gave a lower peak
 * RSS than 2,000 at the same CPU time.
 */
export const BATCH_SIZE = 500;

/**
 * Opens a spend / supplier / import file given as a byte stream (CSV in any common encoding and delimiter,
 * or XLSX). Reads just enough to detect the format, encoding, delimiter, header and layout, which are
 * returned in `layout` for the user to check; `batches` then streams the rest, once, in input order.
 *
 * Every data row comes out either as a `SpendRow` or as a `RejectedRow` with its reason. Blank lines (and
 * rows whose every field is empty) are not rows: they get no row number and are counted in one problem.
 * Problems found while streaming (blank lines, unparsed dates, an unterminated quote) are appended to
 * `layout.problems` when the stream ends. Throws `TipwatchError` only for a file that cannot be read at all.
 */
export async function openSpendFile(source: ByteSource, options: SpendFileOptions = {}): Promise<SpendFile> {
  const reader = new ByteReader(source);
  const sample = await reader.peek(SAMPLE_BYTES);
  if (sample.byteLength === 0)
    throw new TipwatchError('empty_file', 'The file is empty: no header row found.');
  const isZip = sample[0] === 0x50 && sample[1] === 0x4b && sample[2] === 0x03 && sample[3] === 0x04;
  const format = options.format ?? (isZip ? 'xlsx' : 'csv');
  if (format === 'xlsx' && !isZip) {
    const looksLikeText = !looksBinary(
      controlCharacters(new TextDecoder('utf-8').decode(sample.subarray(0, 8192))),
    );
    throw new TipwatchError(
      'not_xlsx',
      'The file is not a valid XLSX workbook' +
        (looksLikeText
          ? ': it holds plain text, so it may be a CSV file with the wrong extension (rename it to .csv).'
          : ' (an XLSX workbook is a ZIP archive; this file is not one): save it again as .xlsx or .csv.'),
    );
  }
  if (format === 'xlsx') return openXlsx(reader, options);
  if (options.sheet !== undefined) {
    throw new TipwatchError(
      'sheet_not_xlsx',
      `--sheet ${options.sheet}: the file is read as CSV, which has no sheets; --sheet is for XLSX workbooks.`,
    );
  }
  if (sample[0] === 0xd0 && sample[1] === 0xcf && sample[2] === 0x11 && sample[3] === 0xe0) {
    throw new TipwatchError(
      'legacy_xls',
      'This is an old Excel .xls workbook, which is not read: save it as .xlsx or .csv.',
    );
  }
  if (isZip) {
    throw new TipwatchError(
      'not_csv',
      'This is a ZIP archive, not a CSV file: unzip it, or read it as XLSX.',
    );
  }
  return openCsv(reader, sample, options);
}

async function openCsv(
  reader: ByteReader,
  sample: Uint8Array,
  options: SpendFileOptions,
): Promise<SpendFile> {
  const choice = sniffEncoding(sample, options.encoding);
  const decoder = textDecoder(choice.encoding);
  const chunks = slices(reader.chunks(), DECODE_SLICE)[Symbol.asyncIterator]();
  let undecodable = false;
  const decode = (c: Uint8Array) => {
    const t = decoder.write(c);
    if (!undecodable && t.includes('\uFFFD')) undecodable = true;
    return t;
  };

  // Decode the first chunk(s) to sniff the delimiter and find the header.
  let text = '';
  let ended = false;
  while (text.length < SAMPLE_BYTES / 2 && !ended) {
    const next = await chunks.next();
    if (next.done === true) {
      ended = true;
      text += decoder.end();
    } else {
      text += decode(next.value);
    }
  }
  checkLooksLikeText(text, choice.encoding);
  const delimiter = sniffDelimiter(text);
  let tokenizer = new CsvTokenizer(delimiter);
  let pending: CsvRecord[] = tokenizer.push(text);
  if (ended) pending.push(...tokenizer.end());
  /** The text decoded while looking for the header, read again once the header's width is known. */
  const searched = [text];

  // The header is the first of the first non-blank records that names a supplier column: a title, notes,
  // blank lines or Excel's `sep=` line may come before it.
  const head: CsvRecord[] = [];
  let nonBlank = 0;
  for (;;) {
    while (pending.length > 0 && nonBlank < HEADER_SEARCH_RECORDS) {
      const r = pending.shift()!;
      head.push(r);
      if (!isBlank(r.fields)) nonBlank++;
    }
    if (nonBlank >= HEADER_SEARCH_RECORDS || ended) break;
    const next = await chunks.next();
    const more = next.done === true ? decoder.end() : decode(next.value);
    searched.push(more);
    pending.push(...tokenizer.push(more));
    if (next.done === true) {
      ended = true;
      pending.push(...tokenizer.end());
    }
  }
  const candidates = head.filter((r) => !isBlank(r.fields));
  if (candidates.length === 0)
    throw new TipwatchError('empty_file', 'The file has no header row: it is blank.');
  const found = findHeader(
    candidates.map((r) => csvHeaders(r.fields)),
    options.map,
  );
  checkNotMarkupOrJson(text, found >= 0);
  // No recognisable header: planColumns names the columns of the first non-blank line in its error.
  const header = candidates[Math.max(found, 0)]!;
  let blankLines = 0;

  const headers = csvHeaders(header.fields);
  // Read the text after the header again, now that a record's field count is known: a line with a stray
  // quote is then read alone instead of taking the lines after it into its field.
  tokenizer = new CsvTokenizer(delimiter);
  tokenizer.expectFields(headers.length);
  pending = tokenizer.push(searched.join(''));
  searched.length = 0;
  if (ended) pending.push(...tokenizer.end());
  pending = pending.filter((r) => r.line > header.line);

  const plan = planColumns(
    headers,
    options.map,
    pending.map((r) => r.fields),
  );
  const layout = describe('csv', choice.encoding, choice.source, delimiter, headers, plan);
  layout.problems.push(...linesAboveHeader(header.line, 'line'));
  markPercentShares(
    plan,
    pending.map((r) => r.fields),
  );
  markDateOrder(
    plan,
    pending.map((r) => r.fields),
  );
  checkSupplierNames(
    plan,
    headers,
    pending.map((r) => r.fields[plan.index.supplier ?? 0] ?? ''),
  );
  const decimalComma = decideDecimalComma(
    plan,
    headers,
    pending.map((r) => r.fields),
    delimiter,
    layout.problems,
  );
  const builder = new RowBuilder(plan, headers, { decimalComma });

  async function* batches(): AsyncGenerator<IngestBatch> {
    let batch: IngestBatch = { rows: [], rejects: [] };
    let size = 0;
    let row = 0;
    let records = pending;
    for (;;) {
      for (const r of records) {
        if (isBlank(r.fields)) {
          blankLines++;
          continue;
        }
        row++;
        const out =
          r.unclosedQuoteField === undefined
            ? builder.build(r.fields, row, r.line)
            : builder.unclosedQuote(r.fields, row, r.line, r.unclosedQuoteField);
        if ('reason' in out) batch.rejects.push(out);
        else batch.rows.push(out);
        if (++size >= BATCH_SIZE) {
          yield batch;
          batch = { rows: [], rejects: [] };
          size = 0;
        }
      }
      if (ended) break;
      const next = await chunks.next();
      if (next.done === true) {
        ended = true;
        records = [...tokenizer.push(decoder.end()), ...tokenizer.end()];
      } else {
        records = tokenizer.push(decode(next.value));
      }
    }
    layout.problems.push(...streamProblems(blankLines, tokenizer.unterminatedQuoteLine), ...builder.notes());
    if (undecodable) {
      layout.problems.push({
        code: 'undecodable_bytes',
        message:
          `Some bytes are not valid ${choice.encoding} and were replaced by \uFFFD: if names look wrong, ` +
          "give the file's encoding (e.g. windows-1252, gb18030).",
        expected: `text in ${choice.encoding}`,
      });
    }
    if (size > 0 || row === 0) yield batch;
  }

  return { layout, batches: once(batches()) };
}

/** A worksheet with a recognisable header, read as far as the header search goes. */
interface SheetCandidate {
  sheet: SheetRows;
  rows: AsyncIterator<SheetRow>;
  /** The rows read so far: the whole sheet when `complete`. */
  head: SheetRow[];
  /** The header's position in `head`. */
  at: number;
  complete: boolean;
  /** The fields its header maps (`ColumnPlan.mapping`). */
  fields: string[];
  /** The rows under its header that read as data rows (not totals or note lines); ∞ for a sheet not read to its end. */
  dataRows: number;
}

/**
 * Whether sheet `a` is more likely the one a user means than `b`: one with data rows before one without (a
 * summary sheet whose only line is `All suppliers`, a header with no rows under it), then the one whose header
 * maps more fields (a detail sheet's vendor, country, item, HS code, date and amount before a summary's
 * supplier and total), then the one with more data rows.
 */
function betterSheet(a: SheetCandidate, b: SheetCandidate): boolean {
  if (a.dataRows > 0 !== b.dataRows > 0) return a.dataRows > 0;
  if (a.fields.length !== b.fields.length) return a.fields.length > b.fields.length;
  return a.dataRows > b.dataRows;
}

/** What is said of a sheet with a recognisable header: its name, place, fields mapped and data rows. */
interface OtherSheet {
  name: string;
  position: number;
  fields: string[];
  rows: number;
}

function otherSheet(c: SheetCandidate): OtherSheet {
  return { name: c.sheet.name, position: c.sheet.position, fields: c.fields, rows: c.dataRows };
}

/** Why the sheet read was chosen over the others with a header known when it was (none: ''). */
function whySheet(read: OtherSheet, others: readonly OtherSheet[]): string {
  if (others.length === 0) return '';
  const of = ': of the sheets with a recognisable header,';
  if (read.rows > 0 && others.every((o) => o.rows === 0)) return `${of} it alone has rows to screen`;
  const rivals = read.rows > 0 ? others.filter((o) => o.rows > 0) : others;
  if (rivals.every((o) => o.fields.length < read.fields.length)) {
    return `${of} its header maps the most fields (${read.fields.length}: ${read.fields.join(', ')})`;
  }
  if (rivals.every((o) => o.fields.length < read.fields.length || o.rows < read.rows)) {
    return `${of} it has the most rows`;
  }
  return `${of} it comes first of those that map as many fields`;
}

/**
 * The note naming the other sheets with a recognisable header, which are not read (one sheet is read per
 * file), and how to read one of them.
 */
function otherSheetsNote(read: OtherSheet, others: readonly OtherSheet[]): Problem {
  const sorted = others.slice().sort((a, b) => a.position - b.position);
  const listed = sorted.map((o) => {
    const rows =
      o.rows === 0 ? 'no rows to screen' : Number.isFinite(o.rows) ? `${o.rows} row(s)` : 'more rows';
    return `"${o.name}" (sheet ${o.position}: ${o.fields.length} field(s), ${rows})`;
  });
  const names = listed.length === 1 ? listed[0] : `${listed.slice(0, -1).join(', ')} and ${listed.at(-1)}`;
  return {
    code: 'other_sheets_with_header',
    message:
      `${sorted.length === 1 ? 'Another worksheet also has' : 'Other worksheets also have'} a recognisable header: ${names}; ` +
      `only "${read.name}" was read. To read another, say so with --sheet "${sorted[0]!.name}".`,
  };
}

/** A sheet row's cells as a record of the header's width (trailing empty cells dropped, short rows padded). */
function sheetFields(cells: string[], width: number): string[] {
  let used = cells.length;
  while (used > width && cells[used - 1]!.trim() === '') used--;
  return used > width ? cells.slice(0, used) : padTo(cells, width);
}

/** A sheet's first rows as a candidate when one of them is a recognisable header, else null. */
function sheetCandidate(
  sheet: SheetRows,
  rows: AsyncIterator<SheetRow>,
  head: SheetRow[],
  complete: boolean,
  options: SpendFileOptions,
): SheetCandidate | null {
  const at = findHeader(
    head.map((r) => sheetHeaders(r.cells)),
    options.map,
  );
  if (at < 0) return null;
  const headers = sheetHeaders(head[at]!.cells);
  const under = head.slice(at + 1).map((r) => sheetFields(r.cells, headers.length));
  const plan = planColumns(headers, options.map, under);
  let data = 0;
  if (complete) {
    const builder = new RowBuilder(plan, headers, { cellNumbers: true });
    for (const fields of under) if (!isRejected(builder.build(fields, 1, 1))) data++;
  }
  return {
    sheet,
    rows,
    head,
    at,
    complete,
    fields: Object.keys(plan.mapping),
    dataRows: complete ? data : Number.POSITIVE_INFINITY,
  };
}

/**
 * A sheet's first rows: up to the header search's length and one more, so that a sheet read to its end is
 * known to be (`complete`) and can be compared with the sheets after it.
 */
async function sheetHead(rows: AsyncIterator<SheetRow>): Promise<{ head: SheetRow[]; complete: boolean }> {
  const head: SheetRow[] = [];
  while (head.length <= HEADER_SEARCH_RECORDS) {
    const r = await rows.next();
    if (r.done === true) return { head, complete: true };
    head.push(r.value);
  }
  return { head, complete: false };
}

async function openXlsx(reader: ByteReader, options: SpendFileOptions): Promise<SpendFile> {
  const sheets = readXlsxSheets(reader.chunks())[Symbol.asyncIterator]();
  const wanted = options.sheet?.trim();
  const names: string[] = [];
  /** Sheets with no recognisable header (or empty). */
  const headerless: string[] = [];
  /** Sheets with a recognisable header that were not chosen. */
  const others: OtherSheet[] = [];
  let firstRow: SheetRow | undefined;
  let chosen: { sheet: SheetRows; rows: AsyncIterator<SheetRow>; head: SheetRow[]; at: number } | undefined;
  // Without --sheet, the sheet a user means is chosen among those with a header (see `betterSheet`). A sheet
  // is read once, as it streams: one that ends within the rows read for its header is kept whole and
  // compared with the sheets after it; a longer one is read when it is at least as good as the best before
  // it, and the sheets after it are then only looked at, for the note that names them.
  let best: SheetCandidate | undefined;
  /** Every sheet of the workbook was looked at before the rows are read. */
  let allSeen = true;
  for (;;) {
    const next = await sheets.next();
    if (next.done === true) break;
    const sheet = next.value;
    names.push(sheet.name);
    const rows = sheet.rows[Symbol.asyncIterator]();
    if (wanted !== undefined && !isSheet(sheet, wanted)) {
      // Start the sheet before leaving it: exceljs may have spooled it to a temporary file, which it deletes
      // as soon as the next sheet is asked for, and a read of it not yet opened would then fail.
      await rows.next();
      await rows.return?.();
      continue;
    }
    const { head, complete } = await sheetHead(rows);
    if (head.length === 0) {
      if (wanted !== undefined) {
        throw new TipwatchError('empty_file', `--sheet ${wanted}: the sheet "${sheet.name}" is empty.`);
      }
      headerless.push(sheet.name);
      continue;
    }
    firstRow ??= head[0];
    if (wanted !== undefined) {
      // With --sheet and no recognisable header, planColumns names the columns of its first row.
      const at = findHeader(
        head.map((r) => sheetHeaders(r.cells)),
        options.map,
      );
      chosen = { sheet, rows, head, at: Math.max(at, 0) };
      break;
    }
    const candidate = sheetCandidate(sheet, rows, head, complete, options);
    if (candidate === null) {
      headerless.push(sheet.name);
      if (!complete) await rows.return?.();
      continue;
    }
    if (best !== undefined && !betterSheet(candidate, best)) {
      others.push(otherSheet(candidate));
      if (!complete) await rows.return?.();
      continue;
    }
    if (best !== undefined) others.push(otherSheet(best));
    best = candidate;
    if (!complete) {
      allSeen = false;
      break;
    }
  }
  if (chosen === undefined && best !== undefined) chosen = best;
  if (chosen === undefined) {
    if (wanted !== undefined) {
      throw new TipwatchError(
        'unknown_sheet',
        `--sheet ${wanted}: the workbook has no such sheet (give its name or its number from 1). ` +
          `Sheets in this workbook: ${names.map((n) => `"${n}"`).join(', ')}.`,
      );
    }
    if (names.length === 0) {
      throw new TipwatchError(
        'unreadable_xlsx',
        'The file is not a valid XLSX workbook: it is a ZIP archive with no worksheet in it. Unzip it, or ' +
          'export the spreadsheet as .xlsx or .csv.',
      );
    }
    if (firstRow === undefined) {
      throw new TipwatchError('empty_file', 'The workbook has no worksheet with data: no header row found.');
    }
    planColumns(sheetHeaders(firstRow.cells), options.map);
    throw new TipwatchError('no_header', 'No header row found in the workbook.');
  }
  const { sheet, rows, head, at } = chosen;
  const headerRow = head[at]!;
  const headers = sheetHeaders(headerRow.cells);
  const width = headers.length;
  const plan = planColumns(
    headers,
    options.map,
    head.slice(at + 1).map((r) => r.cells),
  );
  const layout = describe('xlsx', 'xlsx', 'xlsx', '', headers, plan);
  layout.sheet = sheet.name;
  const passed = headerless.filter((n) => names.indexOf(n) < sheet.position - 1).map((n) => `"${n}"`);
  const read = best === undefined ? null : otherSheet(best);
  layout.problems.push({
    code: 'sheet_read',
    message:
      `Read the worksheet "${sheet.name}" (sheet ${sheet.position} of the workbook)` +
      (wanted !== undefined || read === null
        ? ', as --sheet asked.'
        : `${whySheet(read, others)}${passed.length > 0 ? `; the sheets before it have no recognisable header: ${passed.join(', ')}` : ''}.`),
  });
  if (read !== null && allSeen && others.length > 0) layout.problems.push(otherSheetsNote(read, others));
  layout.problems.push(...linesAboveHeader(headerRow.line, 'sheet row'));
  const buffered = head.slice(at + 1);
  markPercentShares(
    plan,
    buffered.map((r) => r.cells),
  );
  markDateOrder(
    plan,
    buffered.map((r) => r.cells),
  );
  checkSupplierNames(
    plan,
    headers,
    buffered.map((r) => r.cells[plan.index.supplier ?? 0] ?? ''),
  );
  const builder = new RowBuilder(plan, headers, { cellNumbers: true });
  const codeColumns = [plan.index.hs_code, plan.index.naics, plan.index.psc].filter(
    (i): i is number => i !== undefined,
  );
  // Only the code columns are read as the sheet shows them: the rows still to come carry no other.
  sheet.shownColumns = new Set(codeColumns);

  async function* batches(): AsyncGenerator<IngestBatch> {
    let batch: IngestBatch = { rows: [], rejects: [] };
    let row = 0;
    for (;;) {
      let next = buffered.shift();
      if (next === undefined) {
        const r = await rows.next();
        if (r.done === true) break;
        next = r.value;
      }
      const { line, shown } = next;
      const cells = shown === undefined ? next.cells : codesAsShown(next.cells, shown, codeColumns);
      // Spreadsheets leave out trailing empty cells: only non-empty cells past the header make a row ragged.
      const fields = sheetFields(cells, width);
      row++;
      const out: SpendRow | RejectedRow = builder.build(fields, row, line);
      if ('reason' in out) batch.rejects.push(out);
      else batch.rows.push(out);
      if (batch.rows.length + batch.rejects.length >= BATCH_SIZE) {
        yield batch;
        batch = { rows: [], rejects: [] };
      }
    }
    layout.problems.push(...builder.notes());
    // The sheets after a long one read as it streamed are looked at now, for the note that names them.
    const after = await finishWorkbook(sheets, read !== null && !allSeen ? options : null);
    if (read !== null && !allSeen && others.length + after.length > 0) {
      layout.problems.push(otherSheetsNote(read, [...others, ...after]));
    }
    if (batch.rows.length + batch.rejects.length > 0 || row === 0) yield batch;
  }

  return { layout, batches: once(batches()) };
}

/**
 * A sheet row's cells with its HS, NAICS and PSC number cells as the sheet shows them: a code typed as a
 * number loses the zeros its format shows (`2002.90` is the number 2002.9, `0807.19` is 807.19).
 */
function codesAsShown(cells: string[], shown: (string | undefined)[], codeColumns: number[]): string[] {
  let out = cells;
  for (const i of codeColumns) {
    const text = shown[i];
    if (text === undefined) continue;
    if (out === cells) out = cells.slice();
    out[i] = text;
  }
  return out;
}

/** The chunks of a byte stream cut into views of at most `size` bytes (no copy). */
async function* slices(chunks: AsyncIterable<Uint8Array>, size: number): AsyncGenerator<Uint8Array> {
  for await (const c of chunks) {
    if (c.byteLength <= size) {
      yield c;
      continue;
    }
    for (let at = 0; at < c.byteLength; at += size) yield c.subarray(at, Math.min(at + size, c.byteLength));
  }
}

interface StreamDecoder {
  write(bytes: Uint8Array): string;
  end(): string;
}

/**
 * A streaming decoder. UTF-8 goes through the platform's TextDecoder, measured faster than iconv-lite's
 * here; every other encoding through iconv-lite. Both drop a byte-order mark.
 */
function textDecoder(encoding: string): StreamDecoder {
  if (encoding === 'utf-8' || encoding === 'utf8') {
    const td = new TextDecoder('utf-8');
    return { write: (b) => td.decode(b, { stream: true }), end: () => td.decode() };
  }
  const d = iconv.getDecoder(encoding);
  return {
    write: (b) => d.write(Buffer.from(b.buffer, b.byteOffset, b.byteLength)),
    end: () => d.end() ?? '',
  };
}

function describe(
  format: 'csv' | 'xlsx',
  encoding: string,
  source: DetectedLayout['encoding_source'],
  delimiter: string,
  headers: string[],
  plan: ColumnPlan,
): DetectedLayout {
  return {
    format,
    encoding,
    encoding_source: source,
    delimiter,
    layout: plan.layout,
    headers,
    mapping: plan.mapping,
    unmapped: plan.unmapped,
    problems: [...plan.problems],
  };
}

/**
 * A migrant-share column is read as percentages throughout when one of the rows read ahead (those decoded
 * with the header) holds a bare value above 1: `1` next to `35` is 1 %, not 100 %.
 */
function markPercentShares(plan: ColumnPlan, sample: string[][]): void {
  const at = plan.index.migrant_share;
  if (plan.sharePercent || at === undefined) return;
  plan.sharePercent = sharesArePercentages(sample.map((fields) => fields[at] ?? ''));
}

/**
 * The date column's slash dates are read day first when one of the rows read ahead (those decoded with the
 * header) holds a date that can only be read so (`31/12/2024`) and none that can only be read month first
 * (`12/31/2024`); month first otherwise, as US spend files write dates. The row builder notes what was
 * assumed and the rows that contradict it.
 */
function markDateOrder(plan: ColumnPlan, sample: string[][]): void {
  const at = plan.index.date;
  if (at === undefined) return;
  plan.dateOrder = decideDateOrder(sample.map((fields) => fields[at] ?? ''));
}

/**
 * Whether a CSV file's amounts have a decimal comma: as the amount column's values in the rows read ahead show
 * (`1.234,56`, `950,00` in an Excel "Unicode text" export, which is tab-delimited whatever the locale), else
 * when the file is `;`-delimited, as spreadsheets export in decimal-comma locales. Where the values decide
 * otherwise than the delimiter would have, a note says so: `12,500` is then 12.5, or 12500.
 */
function decideDecimalComma(
  plan: ColumnPlan,
  headers: string[],
  sample: string[][],
  delimiter: string,
  problems: Problem[],
): boolean {
  const byDelimiter = delimiter === ';';
  const at = plan.index.amount;
  if (at === undefined) return byDelimiter;
  const sampled = sampleDecimalMark(sample.map((fields) => fields[at] ?? ''));
  if (sampled === null || sampled.decimalComma === byDelimiter) return byDelimiter;
  const column = headers[at] ?? 'amount';
  problems.push({
    code: 'decimal_mark',
    message: sampled.decimalComma
      ? `Amounts are read with a decimal comma (1.234,56 is 1234.56, and 12,500 is 12.5), as column ` +
        `"${column}" writes them in its first rows (first: "${sampled.example}"), though the file is not ` +
        '";"-delimited.'
      : `Amounts are read with a decimal point (1,234.56 is 1234.56, and 12,500 is 12500), as column ` +
        `"${column}" writes them in its first rows (first: "${sampled.example}"), though ";"-delimited files ` +
        'usually write a decimal comma.',
    column,
  });
  return sampled.decimalComma;
}

/** A CSV record's fields as headers: trimmed, without a byte-order mark. */
function csvHeaders(fields: string[]): string[] {
  return fields.map((h, i) => (i === 0 ? h.replace(/^\uFEFF/, '') : h).trim());
}

/** A sheet row's cells as headers: trimmed, without the empty cells at its end. */
function sheetHeaders(cells: string[]): string[] {
  let width = cells.length;
  while (width > 0 && cells[width - 1]!.trim() === '') width--;
  return cells.slice(0, width).map((h) => h.trim());
}

/**
 * Goes through the sheets after the one read: exceljs deletes the temporary copies it made of spooled sheets
 * only as it moves past them, so a workbook left half-read would leave them on disk for as long as the
 * process runs (a server's, for one). Each is started and left; with `options`, its first rows are read
 * first, and the sheets with a recognisable header are returned.
 */
async function finishWorkbook(
  sheets: AsyncIterator<SheetRows>,
  options: SpendFileOptions | null,
): Promise<OtherSheet[]> {
  const found: OtherSheet[] = [];
  for (let next = await sheets.next(); next.done !== true; next = await sheets.next()) {
    const rows = next.value.rows[Symbol.asyncIterator]();
    if (options === null) {
      await rows.next();
    } else {
      const { head, complete } = await sheetHead(rows);
      const candidate = head.length === 0 ? null : sheetCandidate(next.value, rows, head, complete, options);
      if (candidate !== null) found.push(otherSheet(candidate));
    }
    await rows.return?.();
  }
  return found;
}

/** `--sheet` names a sheet by its name (case and surrounding spaces ignored) or its number from 1. */
function isSheet(sheet: SheetRows, wanted: string): boolean {
  if (sheet.name.trim().toLowerCase() === wanted.toLowerCase()) return true;
  return /^\d+$/.test(wanted) && Number(wanted) === sheet.position;
}

function linesAboveHeader(headerLine: number, unit: 'line' | 'sheet row'): Problem[] {
  const n = headerLine - 1;
  if (n <= 0) return [];
  return [
    {
      code: 'lines_above_header',
      message:
        `${n} ${unit}(s) above the header (${unit} ${headerLine}) were skipped: a title, notes or blank ` +
        'lines, not data rows. Rows are counted from the header.',
      line: headerLine,
    },
  ];
}

function isBlank(fields: string[]): boolean {
  for (const f of fields) if (f.trim() !== '') return false;
  return true;
}

function padTo(cells: string[], width: number): string[] {
  if (cells.length === width) return cells;
  const out = cells.slice(0, width);
  while (out.length < width) out.push('');
  return out;
}

function streamProblems(blankLines: number, unterminatedQuoteLine: number | null): Problem[] {
  const out: Problem[] = [];
  if (blankLines > 0) {
    out.push({
      code: 'blank_lines_skipped',
      message: `${blankLines} blank line(s) (or rows with every field empty) were skipped; they are not rows.`,
    });
  }
  if (unterminatedQuoteLine !== null) {
    out.push({
      code: 'unterminated_quote',
      message: `A quoted field opened on line ${unterminatedQuoteLine} is never closed: the rest of the file was read into it.`,
      line: unterminatedQuoteLine,
      expected: 'a closing double quote',
    });
  }
  return out;
}

/** The number of control characters (other than tab, newlines and form feed) in the first 8,192 of `text`. */
function controlCharacters(text: string): { n: number; bad: number } {
  const n = Math.min(text.length, 8192);
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) bad++;
  }
  return { n, bad };
}

function looksBinary({ n, bad }: { n: number; bad: number }): boolean {
  return n > 0 && bad > Math.max(2, n * 0.01);
}

/** Text in the wrong encoding still decodes; binary data shows up as NULs and control characters. */
function checkLooksLikeText(text: string, encoding: string): void {
  const { n, bad } = controlCharacters(text);
  if (looksBinary({ n, bad })) {
    throw new TipwatchError(
      'not_csv',
      `The file is neither CSV text nor an XLSX workbook (read as ${encoding}, ${bad} control characters in ` +
        `the first ${n}). Export it as CSV or XLSX, or give its encoding.`,
    );
  }
}

/**
 * Refuses JSON, HTML and XML saved under a CSV name (a web export, a report page saved as .csv or .xls), which
 * would otherwise be read as one odd column. Text that opens as such markup is refused even with a header
 * found in it (`[{"supplier": …`, `<!DOCTYPE html>`); text that merely starts with `[`, `{` or `<` only when
 * no header was found (a header may be written `[Supplier],[Country]`).
 */
function checkNotMarkupOrJson(text: string, headerFound: boolean): void {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  const first = start.charAt(0);
  const json = /^(\{\s*["}]|\[\s*[[{"\d\]-])/.test(start);
  const markup = /^<(?:\?xml|!doctype|!--|(?:html|table|head|body)\b)/i.test(start);
  if (!json && !markup && (headerFound || !'{[<'.includes(first) || first === '')) return;
  const kind = json || first !== '<' ? 'JSON' : 'HTML or XML';
  throw new TipwatchError(
    'not_csv',
    `The file looks like ${kind} (it starts with "${start.slice(0, 20).replace(/\s+/g, ' ')}"), not a CSV ` +
      'file: export the data as CSV (comma- or tab-separated, with a header row) or as an XLSX workbook.',
  );
}

/** An async iterable that refuses a second pass instead of silently yielding nothing. */
function once<T>(gen: AsyncGenerator<T>): AsyncIterable<T> {
  let used = false;
  return {
    [Symbol.asyncIterator]() {
      if (used) throw new TipwatchError('batches_consumed', 'The rows of this file were already read.');
      used = true;
      return gen;
    },
  };
}
