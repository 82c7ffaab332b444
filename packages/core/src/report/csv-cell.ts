/**
 * CSV cells for files people open in spreadsheets: RFC 4180 quoting plus OWASP's rule against formula
 * injection (a cell starting with `=`, `+`, `-`, `@`, tab or CR gets a leading `'`). Built with charCode
 * checks rather than regular expressions because registers run to a million rows.
 */

const EQUALS = 0x3d;
const PLUS = 0x2b;
const MINUS = 0x2d;
const AT = 0x40;
const TAB = 0x09;
const CR = 0x0d;

/** True when a spreadsheet could read the text as a formula (OWASP CSV injection rule). */
export function isFormulaLike(text: string): boolean {
  if (text.length === 0) return false;
  const c = text.charCodeAt(0);
  return c === EQUALS || c === PLUS || c === MINUS || c === AT || c === TAB || c === CR;
}

/**
 * One CSV cell holding user text: neutralised against formula injection, then quoted when it holds a comma,
 * quote, CR or LF (quotes doubled).
 */
export function csvTextCell(text: string): string {
  const safe = isFormulaLike(text) ? `'${text}` : text;
  // indexOf is a native scan, much faster than a per-character loop in JS on long summaries.
  const hasQuote = safe.indexOf('"') !== -1;
  if (!hasQuote && safe.indexOf(',') === -1 && safe.indexOf('\n') === -1 && safe.indexOf('\r') === -1) {
    return safe;
  }
  return `"${hasQuote ? safe.replaceAll('"', '""') : safe}"`;
}

/**
 * One CSV cell holding a number the engine computed (never user text), so a real negative number stays
 * a number. Non-finite values and null become an empty cell.
 */
export function csvNumberCell(value: number | null | undefined): string {
  return value === null || value === undefined || !Number.isFinite(value) ? '' : String(value);
}

/** A CSV line (CRLF-terminated, as RFC 4180 writes it) from cells already made safe. */
export function csvLine(cells: readonly string[]): string {
  return `${cells.join(',')}\r\n`;
}
