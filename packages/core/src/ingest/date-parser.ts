const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/;
const YMD_SLASH = /^(\d{4})\/(\d{1,2})\/(\d{1,2})(?: .*)?$/;
const US = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?: .*)?$/;
const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?: .*)?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;

/**
 * Reads a date as `YYYY-MM-DD`: ISO (`2021-04-23`, with or without a time), `2021/04/23`, US `04/23/2021`
 * (slashes are always month first, as in US federal data), European `23.04.2021`, and `20210423`.
 * Returns '' when the text is none of these or not a real calendar day; the caller decides what to say.
 */
export function parseDate(text: string): string {
  const s = text.trim();
  if (s === '') return '';
  if (s.length === 10 && s.charCodeAt(4) === 45 && s.charCodeAt(7) === 45) {
    const y = Number(s.slice(0, 4));
    const mo = Number(s.slice(5, 7));
    const d = Number(s.slice(8, 10));
    if (Number.isInteger(y) && Number.isInteger(mo) && Number.isInteger(d)) return isoDate(y, mo, d);
  }
  let m = ISO.exec(s) ?? YMD_SLASH.exec(s) ?? COMPACT.exec(s);
  if (m !== null) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = US.exec(s);
  if (m !== null) return isoDate(Number(m[3]), Number(m[1]), Number(m[2]));
  m = DOTTED.exec(s);
  if (m !== null) return isoDate(Number(m[3]), Number(m[2]), Number(m[1]));
  return '';
}

/** Formats a spreadsheet date cell (a JS Date at UTC midnight, as exceljs gives it) as `YYYY-MM-DD`. */
export function formatDateCell(d: Date): string {
  if (Number.isNaN(d.getTime())) return '';
  return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

function isoDate(y: number, mo: number, d: number): string {
  if (y < 1900 || y > 2200 || mo < 1 || mo > 12 || d < 1) return '';
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = mo === 2 ? (leap ? 29 : 28) : mo === 4 || mo === 6 || mo === 9 || mo === 11 ? 30 : 31;
  if (d > days) return '';
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
