/**
 * Normalises HS, NAICS and PSC codes as they appear in real spend and import files
 * (`0306.16.00`, `HS 030616`, `236220`, `8405: OUTERWEAR, MEN'S`, `s201`) to the plain form used by the
 * taxonomy files and the crosswalk. Each function returns '' when the text holds no code.
 */

const LABEL = /^\s*(?:hts|hs|naics|psc)(?:\s*code)?(?:\s*[:#-]\s*|\s+)/i;

/** The code part of `HS code: 0306.16` or `8405: OUTERWEAR, MEN'S` (USAspending's `code: description`). */
function codePart(raw: string): string {
  const text = raw.replace(LABEL, '');
  const colon = text.indexOf(':');
  return colon >= 0 ? text.slice(0, colon) : text;
}

const HS_LEADING = /^\s*(\d[\d.\s]*)/;

/**
 * HS code to digits only: `0306.16.00` → `03061600`, `8541.43` → `854143`. HS codes have an even number
 * of digits, so an odd count means a spreadsheet dropped the leading zero (`30616` → `030616`).
 */
export function normalizeHsCode(raw: string): string {
  const match = HS_LEADING.exec(codePart(raw));
  if (!match?.[1]) return '';
  const digits = match[1].replace(/\D/g, '');
  if (digits.length === 0) return '';
  return digits.length % 2 === 1 ? `0${digits}` : digits;
}

const NAICS_LEADING = /^\s*(\d{2,6})(?![0-9])/;

/** NAICS code to its 2–6 digits: `236220`, `236220 - Commercial…` → `236220`; a range `48-49` → `48`. */
export function normalizeNaicsCode(raw: string): string {
  const match = NAICS_LEADING.exec(codePart(raw));
  return match?.[1] ?? '';
}

const PSC_LEADING = /^\s*([A-Za-z0-9]{4}|[A-Za-z0-9]{1,2})(?![A-Za-z0-9])/;

/** PSC code (4 characters, or a 1–2 character group) upper-cased: `s201` → `S201`, `8405: OUTERWEAR, MEN'S` → `8405`, `Y1AA` stays. */
export function normalizePscCode(raw: string): string {
  const match = PSC_LEADING.exec(codePart(raw));
  return match?.[1] ? match[1].toUpperCase() : '';
}
