/**
 * One dialable number: optional +country code, an optional bracketed area code, then groups of digits
 * joined by single spaces or hyphens, with an optional "ext." part.
 */
const NUMBER = /(?:\+\d{1,3}[\s-]?)?(?:\(\d{1,4}\)\s?)?\d+(?:[\s-]\d+)*(?:\s?ext\.?\s?\d+)?/g;

/**
 * The dialable numbers in a hotline's phone prose, in order. Kept: every number of three or more digits,
 * including TTY numbers ("TTY: 711" → "711") and numbers in brackets ("131 AFP (131 237)" → "131 237",
 * "(+31 70 333 44 44 from abroad)"). Dropped: numbers in a "(formerly …)" remark, and a number that runs
 * into letters (the vanity form "131 AFP"), since neither can be dialled as written.
 */
export function phoneNumbers(text: string): string[] {
  return numbersIn(text.replace(/\(\s*formerly[^)]*\)/gi, ' '));
}

/**
 * The numbers to text in a hotline's SMS prose: numbers outside brackets only, since the brackets hold
 * instructions and prices ("233733 (text HELP or INFO / BEFREE)" → "233733"). "same number" means the
 * phone numbers of the row, which the caller passes as `phones`.
 */
export function textNumbers(text: string, phones: string[]): string[] {
  const outside = text.replace(/\([^)]*\)/g, ' ');
  const found = numbersIn(outside);
  if (found.length === 0 && /\bsame number\b/i.test(text)) return [...phones];
  return found;
}

function numbersIn(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const number = m[0].trim();
    const after = text.slice((m.index ?? 0) + m[0].length);
    if (/^\s?[A-Z]{2,}\b/.test(after)) continue;
    if (number.replace(/\D/g, '').length < 3) continue;
    if (!out.includes(number)) out.push(number);
  }
  return out;
}
