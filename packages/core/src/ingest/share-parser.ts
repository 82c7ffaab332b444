/**
 * Reads a share of workers (e.g. migrant workers) as a fraction 0–1: `35%` → 0.35, `0.35` → 0.35, `35` →
 * 0.35. A bare number above 1 is a percentage, one from 0 to 1 a fraction, so a bare `1` means all workers;
 * write `1%` for one percent. In a column of percentages (`percentColumn`: one of its values is above 1)
 * every bare number is a percentage: `1` → 0.01, `0.5` → 0.005. A decimal comma is
 * accepted (`35,5%`). `<1%` is a share below 1 %: read as the middle of that range, 0.5 %, which stays under
 * every threshold from 1 % up. `>50%` (also `>=50%`, `≥50%`) is a share above 50 %: read as its bound, 50 %,
 * the least it can be, so it reaches the thresholds up to 50 % and no higher one. Returns null for empty or non-numeric text and for values outside 0–100 %.
 */
export function parseShare(text: string, percentColumn = false): number | null {
  let s = text.trim();
  if (s === '') return null;
  let below = false;
  if (s.startsWith('<')) {
    below = true;
    s = s.slice(1).trim();
  } else {
    const above = /^(?:>=?|≥)/.exec(s);
    if (above !== null) s = s.slice(above[0].length).trim();
  }
  let percent = percentColumn;
  if (s.endsWith('%')) {
    percent = true;
    s = s.slice(0, -1).trim();
  }
  s = s.replace(',', '.');
  if (!/^\d+(\.\d+)?$|^\.\d+$/.test(s)) return null;
  const n = Number(s);
  if (below && n === 0) return null;
  const value = percent || n > 1 ? n / 100 : n;
  if (value < 0 || value > 1) return null;
  const share = below ? value / 2 : value;
  return Math.round(share * 1e6) / 1e6;
}

/** Whether the sampled values of a share column hold a bare number above 1, making it a column of percentages. */
export function sharesArePercentages(values: string[]): boolean {
  for (const v of values) {
    const s = v.trim().replace(',', '.');
    if (/^\d+(\.\d+)?$/.test(s) && Number(s) > 1) return true;
  }
  return false;
}

/**
 * Reads a head count: `1200`, `1,200`, `1 200`, `1200.0`. A band, as Open Supply Hub and some disclosures
 * give (`1001-5000`, `More than 10000`, `10000+`), is read as its lower bound (1001, 10000): a count the
 * facility is known to reach, so the workforce findings never overstate it. A band with only an upper bound
 * (`Less than 1000`) gives null, like any other non-numeric text.
 */
export function parseCount(text: string): number | null {
  return readCount(text).count;
}

/**
 * Reads a head count as `parseCount` does, and says whether it was a band read as its lower bound (`band`:
 * the count is the least the facility has, not its size), so the reader can say so.
 */
export function readCount(text: string): { count: number | null; band: boolean } {
  const s = text.trim();
  if (s === '') return NO_COUNT;
  const range = /^(.+?)\s*(?:-|–|—|to)\s*(.+)$/i.exec(s);
  if (range !== null && wholeNumber(range[2]!) !== null) return bandFrom(range[1]!);
  const more = /^(?:more than|over|above|>=?)\s*(.+)$/i.exec(s) ?? /^(.+?)\s*\+$/.exec(s);
  if (more !== null) return bandFrom(more[1]!);
  return { count: wholeNumber(s), band: false };
}

/** The answer for an empty cell, shared (most files have no worker counts). */
const NO_COUNT: { readonly count: null; readonly band: false } = Object.freeze({ count: null, band: false });

function bandFrom(lower: string): { count: number | null; band: boolean } {
  const count = wholeNumber(lower);
  return { count, band: count !== null };
}

function wholeNumber(text: string): number | null {
  const s = text.trim().replace(/[\s\u00a0,']/g, '');
  if (s === '' || !/^\d+(\.0+)?$/.test(s)) return null;
  return Number(s);
}
