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

/** The COTS answer of a cell, and whether its wording was understood at all. */
export interface CotsReading {
  readonly cots: boolean | null;
  readonly understood: boolean;
}

/** Said to be COTS. */
const COTS: CotsReading = Object.freeze({ cots: true, understood: true });
/** Said not to be COTS. */
const NOT_COTS: CotsReading = Object.freeze({ cots: false, understood: true });
/** Understood, but saying nothing either way (blank, `commercial item`, FPDS's A, B, C, E). */
const COTS_UNKNOWN: CotsReading = Object.freeze({ cots: null, understood: true });
/** Wording not understood (`maybe`). */
const NOT_UNDERSTOOD: CotsReading = Object.freeze({ cots: null, understood: false });

/**
 * The COTS answer of a cell, and whether its wording was understood at all (`maybe` is not). The answers are
 * shared, frozen objects, so a caller may keep them for the distinct values of a column.
 */
export function readCots(text: string, fromCommercialProcedures: boolean): CotsReading {
  const s = text.trim().toUpperCase();
  if (s === '') return COTS_UNKNOWN;
  if (fromCommercialProcedures) {
    if (s === 'D' || s.includes('NOT USED')) return NOT_COTS;
    const known = /^[ABCE]$/.test(s) || /COMMERCIAL|12\.102|803/.test(s);
    return known ? COTS_UNKNOWN : NOT_UNDERSTOOD;
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
    if (labelled && (w === '' || YES.has(w) || COMMERCIAL_ONLY.has(w))) return COTS;
    if (!labelled && (w === '' || NO.has(w) || COMMERCIAL_ONLY.has(w))) return NOT_COTS;
  }
  if (YES.has(w)) return COTS;
  if (NO.has(w) || NON_COMMERCIAL.has(w)) return NOT_COTS;
  return COMMERCIAL_ONLY.has(w) || w === 'UNKNOWN' ? COTS_UNKNOWN : NOT_UNDERSTOOD;
}

const YES = new Set(['YES', 'Y', 'TRUE', '1', 'X', 'COTS', 'COMMERCIALLY AVAILABLE OFF THE SHELF']);
const NO = new Set(['NO', 'N', 'FALSE', '0', 'NOT COTS', 'NON COTS', 'NONCOTS']);
/** Commercial, but not said to be off the shelf: COTS unknown. */
const COMMERCIAL_ONLY = new Set(['COMMERCIAL', 'COMMERCIAL ITEM', 'COMMERCIAL PRODUCT']);
/** Not commercial, so not COTS either (a COTS item is a commercial product). */
const NON_COMMERCIAL = new Set(['NON COMMERCIAL', 'NONCOMMERCIAL', 'NOT COMMERCIAL']);
