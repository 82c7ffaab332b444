import { ownString } from './own-string.js';

/**
 * Reads whether a row is for commercially available off-the-shelf (COTS) items.
 *
 * A plain column says so directly: `yes`, `y`, `true`, `1`, `x`, `COTS`, `COTS item`, "commercially available
 * off-the-shelf (item)" (FAR 2.101's term) give true; `no`, `n`, `false`, `0`, `not COTS`, `non-COTS (item)`
 * give false. FAR 2.101 defines a COTS item as a commercial product sold in substantial quantities in the
 * commercial marketplace and offered to the Government without modification, so `commercial item` /
 * `commercial product` (or `commercial`) alone does not make an item COTS: null (unknown), as for FPDS below;
 * labelled so, `Commercial Product (COTS)` / `Commercial Item (COTS)`, it is (true), and `Commercial item
 * (non-COTS)` is not (false). For the same reason an item that is not commercial at all (`Non-commercial`,
 * `Noncommercial (item)`) is not COTS: false.
 *
 * FPDS / USAspending record only `commercial_item_acquisition_procedures` (codes: A commercial item /
 * "COMMERCIAL PRODUCTS/SERVICES", B supplies or services pursuant to FAR 12.102(f), C services pursuant to
 * FAR 12.102(g), D "COMMERCIAL ITEM PROCEDURES NOT USED" / "COMMERCIAL PRODUCTS/SERVICES PROCEDURES NOT
 * USED", E DoD section 803 procedures). COTS items are a narrow subset of commercial products, so "commercial
 * procedures used" does not make an item COTS: A, B, C and E give null (unknown). Only D gives false: an
 * acquisition made without commercial procedures is not one of COTS items.
 */
export function parseCots(text: string, fromCommercialProcedures: boolean): boolean | null {
  return readCots(text, fromCommercialProcedures).cots;
}

/** The COTS answer of a cell, and whether its wording was understood at all (`maybe` is not). */
export function readCots(text: string, fromCommercialProcedures: boolean): CotsReading {
  // A column holds a few distinct values: each is read once (the answers are shared, frozen objects).
  if (text.length > MEMO_TEXT) return readingOf(readCotsText(text, fromCommercialProcedures));
  const memo = fromCommercialProcedures ? procedureMemo : plainMemo;
  let reading = memo.get(text);
  if (reading === undefined) {
    reading = readingOf(readCotsText(text, fromCommercialProcedures));
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(ownString(text), reading);
  }
  return reading;
}

/** The COTS answer of a cell, and whether its wording was understood at all. */
export interface CotsReading {
  readonly cots: boolean | null;
  readonly understood: boolean;
}

const MEMO_LIMIT = 256;
/** Longer cells are read each time, not remembered. */
const MEMO_TEXT = 64;
const plainMemo = new Map<string, CotsReading>();
const procedureMemo = new Map<string, CotsReading>();
const READINGS: readonly CotsReading[] = [true, false, null].flatMap((cots) =>
  [true, false].map((understood) => Object.freeze({ cots, understood })),
);

function readingOf(r: { cots: boolean | null; understood: boolean }): CotsReading {
  return READINGS.find((x) => x.cots === r.cots && x.understood === r.understood)!;
}

function readCotsText(
  text: string,
  fromCommercialProcedures: boolean,
): { cots: boolean | null; understood: boolean } {
  const s = text.trim().toUpperCase();
  if (s === '') return { cots: null, understood: true };
  if (fromCommercialProcedures) {
    if (s === 'D' || s.includes('NOT USED')) return { cots: false, understood: true };
    const known = /^[ABCE]$/.test(s) || /COMMERCIAL|12\.102|803/.test(s);
    return { cots: null, understood: known };
  }
  // A bracketed `(COTS)` / `(non-COTS)` after the kind of item labels it: `Commercial Product (COTS)`.
  const tag = /\((NON[\s-]*|NOT\s+)?COTS\)/.exec(s);
  const w = s
    .replace(/\((?:NON[\s-]*|NOT\s+)?COTS\)/g, ' ')
    .replace(/[^A-Z0-9]+/g, ' ')
    .trim()
    .replace(/ (ITEMS?|PRODUCTS?)$/, '');
  if (tag !== null) {
    const labelled = tag[1] === undefined;
    if (labelled && (w === '' || YES.has(w) || COMMERCIAL_ONLY.has(w)))
      return { cots: true, understood: true };
    if (!labelled && (w === '' || NO.has(w) || COMMERCIAL_ONLY.has(w)))
      return { cots: false, understood: true };
  }
  if (YES.has(w)) return { cots: true, understood: true };
  if (NO.has(w) || NON_COMMERCIAL.has(w)) return { cots: false, understood: true };
  return { cots: null, understood: COMMERCIAL_ONLY.has(w) || w === 'UNKNOWN' };
}

const YES = new Set(['YES', 'Y', 'TRUE', '1', 'X', 'COTS', 'COMMERCIALLY AVAILABLE OFF THE SHELF']);
const NO = new Set(['NO', 'N', 'FALSE', '0', 'NOT COTS', 'NON COTS', 'NONCOTS']);
/** Commercial, but not said to be off the shelf: COTS unknown. */
const COMMERCIAL_ONLY = new Set(['COMMERCIAL', 'COMMERCIAL ITEM', 'COMMERCIAL PRODUCT']);
/** Not commercial, so not COTS either (a COTS item is a commercial product). */
const NON_COMMERCIAL = new Set(['NON COMMERCIAL', 'NONCOMMERCIAL', 'NOT COMMERCIAL']);
