/**
 * Reads whether a row is for commercially available off-the-shelf (COTS) items.
 *
 * A plain yes/no column (`yes`, `y`, `true`, `1`, `cots` / `no`, `n`, `false`, `0`) says so directly.
 *
 * FPDS / USAspending record only `commercial_item_acquisition_procedures` (codes: A commercial item /
 * "COMMERCIAL PRODUCTS/SERVICES", B supplies or services pursuant to FAR 12.102(f), C services pursuant to
 * FAR 12.102(g), D "COMMERCIAL ITEM PROCEDURES NOT USED" / "COMMERCIAL PRODUCTS/SERVICES PROCEDURES NOT
 * USED", E DoD section 803 procedures). COTS items are a narrow subset of commercial products, so "commercial
 * procedures used" does not make an item COTS: A, B, C and E give null (unknown). Only D gives false: an
 * acquisition made without commercial procedures is not one of COTS items.
 */
export function parseCots(text: string, fromCommercialProcedures: boolean): boolean | null {
  const s = text.trim().toUpperCase();
  if (s === '') return null;
  if (fromCommercialProcedures) {
    if (s === 'D' || s.includes('NOT USED')) return false;
    return null;
  }
  if (['YES', 'Y', 'TRUE', '1', 'COTS', 'X'].includes(s)) return true;
  if (['NO', 'N', 'FALSE', '0', 'NOT COTS', 'NON-COTS'].includes(s)) return false;
  return null;
}
