/**
 * Explanatory notes in listed names. A list's name cell sometimes carries a remark of its source in
 * brackets, "Ninestar (with eight Zhuhai-based subsidiaries not named in the source)": the remark is
 * kept for display and citation, but the entry is matched on the name without it, or no supplier
 * named "Ninestar Corporation" would ever reach the threshold.
 *
 * Brackets that are part of a name or give another form of it stay: "(Group)" in "… Engineering
 * (Group) Co., Ltd.", a place ("(Xinjiang)"), a short form ("(XPCC)", "(BAT Malawi)"), a translation
 * ("(New Life)", "(Plastics Factory)"), another name of a prison ("(Changsha No. 4 Prison)") or a
 * spelling ("(or Xinsheng)"). A bracket is a note when it opens with a word that starts a remark
 * rather than a name ("with", "and its", "including", "not named", "subsidiaries", …) or when it runs
 * to more than `NOTE_MIN_WORDS - 1` words (no other form of a name in the lists is that long).
 */

/** A bracket of at least this many words is a remark, whatever its first word. */
export const NOTE_MIN_WORDS = 6;

/** First words of a remark: a bracket opening with one of these is a note, not a form of the name. */
const NOTE_START =
  /^(?:with|without|and\s+its|and\s+other|together\s+with|includ(?:ing|es)|incl\.?|excluding|except|not\s+named|subsidiar\w*|affiliates?|see|per|note|source|unnamed)\b/i;

/** A bracketed part of a name with the text around it (innermost brackets only). */
const BRACKET = /\s*\(([^()]*)\)/g;

/** A name split into the name to match and the notes taken off it. */
export interface NameWithNote {
  /** The name without its notes (the name as given when it has none). */
  name: string;
  /** The notes' texts, without brackets, in order; empty when the name has none. */
  notes: string[];
}

/** True when a bracket's text is an explanatory remark, not a part or another form of the name. */
export function isNameNote(inner: string): boolean {
  const text = inner.trim();
  if (text === '') return false;
  if (NOTE_START.test(text)) return true;
  return text.split(/\s+/).length >= NOTE_MIN_WORDS;
}

/**
 * Takes the explanatory notes off a listed name.
 *
 * @example
 * splitNameNote('Ninestar (with eight Zhuhai-based subsidiaries not named in the source)')
 * // → { name: 'Ninestar', notes: ['with eight Zhuhai-based subsidiaries not named in the source'] }
 * splitNameNote('Kashgar Construction Engineering (Group) Co., Ltd.')
 * // → { name: 'Kashgar Construction Engineering (Group) Co., Ltd.', notes: [] }
 */
export function splitNameNote(text: string): NameWithNote {
  if (!text.includes('(')) return { name: text, notes: [] };
  const notes: string[] = [];
  const name = text.replace(BRACKET, (whole, inner: string) => {
    if (!isNameNote(inner)) return whole;
    notes.push(inner.trim());
    return '';
  });
  if (notes.length === 0) return { name: text, notes };
  const rest = name.replace(/\s+/g, ' ').trim();
  // A cell that is all remark keeps its text: there is no other name to match.
  return rest === '' ? { name: text, notes: [] } : { name: rest, notes };
}
