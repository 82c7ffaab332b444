const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/;
const YMD_SLASH = /^(\d{4})\/(\d{1,2})\/(\d{1,2})(?: .*)?$/;
const US = /^(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?: .*)?$/;
const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?: .*)?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
/** `15-MAR-19`, `15-Mar-2019`, `15 March 2019`, `15 Sept. 2019` (a time may follow). */
const DAY_NAMED = /^(\d{1,2})(?:-|\s+)([A-Za-z]{3,9})\.?(?:-|\s+)(\d{4}|\d{2})(?:\s.*)?$/;
/** `March 15, 2019`, `Mar 15 2019`, `Mar. 15th, 2019` (a time may follow). */
const NAMED_DAY = /^([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?:,?\s.*)?$/;

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** The month (1–12) an English month name or its abbreviation (`Mar`, `Sept`, `MARCH`) names, or 0. */
function monthNamed(word: string): number {
  const w = word.toLowerCase();
  if (w === 'sept') return 9;
  for (let i = 0; i < 12; i++) {
    const name = MONTHS[i]!;
    if (w === name || w === name.slice(0, 3)) return i + 1;
  }
  return 0;
}

/**
 * A year as written: four digits as they are, two digits by the POSIX `strptime` pivot (as Python and C
 * read `%y`): 00–68 are 2000–2068, 69–99 are 1969–1999.
 */
function fullYear(digits: string): number {
  const y = Number(digits);
  if (digits.length !== 2) return y;
  return y <= 68 ? 2000 + y : 1900 + y;
}

/**
 * Reads a date as `YYYY-MM-DD`: ISO (`2021-04-23`, with or without a time), `2021/04/23`, slashes with the
 * year last (month first, `04/23/2021` as in US federal data, unless `dayFirst`: `23/04/2021`), European
 * `23.04.2021`, `20210423`, and dates with an English month name: `23-APR-21` and `23-Apr-2021` (Oracle and
 * FPDS reports), `23 April 2021`, `April 23, 2021`, `Apr 23, 2021`. A two-digit year (`04/23/21`,
 * `23.04.21`, `23-APR-21`) is 2000–2068 for 00–68 and 1969–1999 for 69–99, as POSIX `strptime` reads `%y`.
 * Returns '' when the text is none of these or not a real calendar day; the caller decides what to say.
 */
export function parseDate(text: string, dayFirst = false): string {
  const s = text.trim();
  if (s === '') return '';
  if (s.length === 10 && s.charCodeAt(4) === 45 && s.charCodeAt(7) === 45) {
    // Already YYYY-MM-DD, as most files write it: checked digit by digit, and returned as it is when real.
    const y = digitsAt(s, 0, 4);
    const mo = digitsAt(s, 5, 7);
    const d = digitsAt(s, 8, 10);
    if (y >= 0 && mo >= 0 && d >= 0) return isRealDay(y, mo, d) ? s : '';
  }
  let m = ISO.exec(s) ?? YMD_SLASH.exec(s) ?? COMPACT.exec(s);
  if (m !== null) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = US.exec(s);
  if (m !== null) {
    const [a, b, y] = [Number(m[1]), Number(m[2]), fullYear(m[3]!)];
    return dayFirst ? isoDate(y, b, a) : isoDate(y, a, b);
  }
  m = DOTTED.exec(s);
  if (m !== null) return isoDate(fullYear(m[3]!), Number(m[2]), Number(m[1]));
  m = DAY_NAMED.exec(s);
  if (m !== null) {
    const month = monthNamed(m[2]!);
    return month === 0 ? '' : isoDate(fullYear(m[3]!), month, Number(m[1]));
  }
  m = NAMED_DAY.exec(s);
  if (m !== null) {
    const month = monthNamed(m[1]!);
    return month === 0 ? '' : isoDate(Number(m[3]), month, Number(m[2]));
  }
  return '';
}

/**
 * The order a slash date with the year last (`12/08/2024`, `12/08/24`) can be read in: `day` when its first part is above
 * 12 and its second is not (`31/12/2024`), `month` when its second part is above 12 (`12/31/2024`), `either`
 * when both parts are 12 or below and differ (`12/08/2024`), and `null` when it is no such date or the two
 * orders read it alike (`05/05/2024`).
 */
export function slashDateOrder(text: string): 'day' | 'month' | 'either' | null {
  const m = US.exec(text.trim());
  if (m === null) return null;
  const a = Number(m[1]);
  const b = Number(m[2]);
  if (a > 12 && b <= 12) return 'day';
  if (b > 12 && a <= 12) return 'month';
  if (a <= 12 && b <= 12 && a !== b) return 'either';
  return null;
}

/** How a column's slash dates are read, decided from the values of its first rows. */
export interface DateOrder {
  dayFirst: boolean;
  /**
   * `sample`: a first row's date can be read one way only, and none the other way; `mixed`: some can be read
   * day first only and others month first only; `assumed`: none of the first rows tells, month first is
   * taken (as US spend files write dates).
   */
  basis: 'sample' | 'mixed' | 'assumed';
  /** The first value read day first only, and the first read month first only, in the sample. */
  dayFirstExample?: string;
  monthFirstExample?: string;
}

/**
 * Decides the order of a column's slash dates from sampled values: day first when one of them can only be
 * read day first and none only month first, and the reverse; when both occur, the order more of them prove
 * (month first on a tie); when none does, month first.
 */
export function decideDateOrder(values: readonly string[]): DateOrder {
  let day = 0;
  let month = 0;
  let dayFirstExample: string | undefined;
  let monthFirstExample: string | undefined;
  for (const v of values) {
    const order = slashDateOrder(v);
    if (order === 'day') {
      day++;
      dayFirstExample ??= v.trim();
    } else if (order === 'month') {
      month++;
      monthFirstExample ??= v.trim();
    }
  }
  if (day === 0 && month === 0) return { dayFirst: false, basis: 'assumed' };
  const out: DateOrder = {
    dayFirst: day > month,
    basis: day > 0 && month > 0 ? 'mixed' : 'sample',
  };
  if (dayFirstExample !== undefined) out.dayFirstExample = dayFirstExample;
  if (monthFirstExample !== undefined) out.monthFirstExample = monthFirstExample;
  return out;
}

/** Formats a spreadsheet date cell (a JS Date at UTC midnight, as exceljs gives it) as `YYYY-MM-DD`. */
export function formatDateCell(d: Date): string {
  if (Number.isNaN(d.getTime())) return '';
  return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** Excel's day numbers of 1990-01-01 and 2100-12-31: a plain number between them in a date column is a date. */
const SERIAL_FIRST = 32874;
const SERIAL_LAST = 73415;
const SERIAL = /^\d{5}(?:\.\d+)?$/;

/**
 * A spreadsheet's day number as `YYYY-MM-DD` (Excel's 1900 date system: day 45700 is 2025-02-12; a time of
 * day in the fraction is dropped), for a date cell formatted General, which a sheet gives as a plain number.
 * Only numbers of days from 1990 to 2100 are read, where spend and supplier files date their rows; '' for
 * any other text.
 */
export function excelSerialDate(text: string): string {
  const s = text.trim();
  if (!SERIAL.test(s)) return '';
  const days = Math.floor(Number(s));
  if (days < SERIAL_FIRST || days > SERIAL_LAST) return '';
  // Day 0 is 1899-12-30 for every day after Excel's 1900-02-29, which never was.
  return formatDateCell(new Date(Date.UTC(1899, 11, 30) + days * 86_400_000));
}

/** The number written by the digits of `s` from `start` to `end`, or -1 when one of them is no digit. */
function digitsAt(s: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/** Whether year, month and day make a calendar day of the years dates are read in (1900–2200). */
function isRealDay(y: number, mo: number, d: number): boolean {
  if (y < 1900 || y > 2200 || mo < 1 || mo > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = mo === 2 ? (leap ? 29 : 28) : mo === 4 || mo === 6 || mo === 9 || mo === 11 ? 30 : 31;
  return d <= days;
}

function isoDate(y: number, mo: number, d: number): string {
  if (!isRealDay(y, mo, d)) return '';
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
