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
 * of digits in every group, so an odd count says which zero a spreadsheet dropped from a number: the heading
 * before the first dot lost a leading one (`30616` → `030616`, `807.19` → `080719`), the digits after the
 * last dot a trailing one (`2002.9` is 2002.90 → `200290`, `6109.1` → `610910`).
 */
export function normalizeHsCode(raw: string): string {
  const match = HS_LEADING.exec(codePart(raw));
  if (!match?.[1]) return '';
  const groups = match[1]
    .split('.')
    .map((g) => g.replace(/\D/g, ''))
    .filter((g) => g !== '');
  if (groups.length === 0) return '';
  const first = groups[0]!;
  const head = first.length % 2 === 1 ? `0${first}` : first;
  if (groups.length === 1) return head;
  const last = groups[groups.length - 1]!;
  const tail = last.length % 2 === 1 ? `${last}0` : last;
  return [head, ...groups.slice(1, -1), tail].join('');
}

/** Separators between several HS codes in one cell (`610910,520512`, `6109.10; 5205.12`). */
const HS_LIST_SEPARATOR = /[,;|/\n]/;

/**
 * Every HS code of a cell that may hold several, each normalised as by {@link normalizeHsCode}. The first
 * is read as a single code is; each further one needs at least four digits (a heading), so a decimal comma
 * (`6109,1`) or a note after a comma (`0306.16, frozen`) adds no code.
 */
export function normalizeHsCodes(raw: string): string[] {
  const [head = '', ...rest] = codePart(raw).split(HS_LIST_SEPARATOR);
  const out: string[] = [];
  const first = normalizeHsCode(head);
  if (first !== '') out.push(first);
  for (const piece of rest) {
    const code = normalizeHsCode(piece);
    if (code.length >= 4 && !out.includes(code)) out.push(code);
  }
  return out;
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
