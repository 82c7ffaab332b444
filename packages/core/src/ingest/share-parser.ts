/**
 * Reads a share of workers (e.g. migrant workers) as a fraction 0–1: `35%` → 0.35, `0.35` → 0.35, `35` →
 * 0.35. A bare number above 1 is a percentage, one from 0 to 1 a fraction, so a bare `1` means all workers;
 * write `1%` for one percent. A decimal comma is accepted (`35,5%`). Returns null for empty or
 * non-numeric text and for values outside 0–100 %.
 */
export function parseShare(text: string): number | null {
  let s = text.trim();
  if (s === '') return null;
  let percent = false;
  if (s.endsWith('%')) {
    percent = true;
    s = s.slice(0, -1).trim();
  }
  s = s.replace(',', '.');
  if (!/^\d+(\.\d+)?$|^\.\d+$/.test(s)) return null;
  const n = Number(s);
  const share = percent || n > 1 ? n / 100 : n;
  if (share < 0 || share > 1) return null;
  return Math.round(share * 1e6) / 1e6;
}

/**
 * Reads a head count: `1200`, `1,200`, `1 200`, `1200.0`. Ranges such as `1001-5000` (used by some
 * disclosures) are not a count and give null, like any other non-numeric text.
 */
export function parseCount(text: string): number | null {
  const s = text.trim().replace(/[\s\u00a0,']/g, '');
  if (s === '' || !/^\d+(\.0+)?$/.test(s)) return null;
  return Number(s);
}
