import { ALL_SYMBOLS, codeAlias, isIsoCurrencyCode } from './currency-symbols.js';

/** An amount read from text, with the ISO currency code written inside it ('' when none). */
export interface ParsedAmount {
  value: number;
  currency: string;
  /** The currency symbol written beside the number (`€`, `R$`, `$`), when there is one. */
  symbol?: string;
  /**
   * Set when one `.` followed by exactly three digits was read as thousands grouping in a file whose decimal
   * mark is the point (`150.000` → 150000): the writer may have meant three decimals.
   */
  pointAsGrouping?: true;
  /** The multiplier word written after the number (`Mio` in `2,3 Mio`), which `value` includes. */
  multiplier?: string;
}

export interface AmountStyle {
  /**
   * The file writes decimals with a comma (`1.234,50`). Only decides `1,234` (one comma followed by exactly
   * three digits), which is then 1.234. The reader sets it when the amount column's first values write a
   * decimal comma (`sampleDecimalMark`), and otherwise for `;`-delimited files, which is how spreadsheets
   * export in decimal-comma locales.
   */
  decimalComma?: boolean;
  /**
   * The text may be a spreadsheet's number cell written out in full (`150.125`): a number in that form is read
   * as written. Text no number cell gives (`150.000`, `1.234,5`) is read by the rules.
   */
  cellNumbers?: boolean;
}

/** What a user is told when an amount does not parse. */
export const AMOUNT_EXPECTED = 'a number such as 1234.50, $1,234.50, 1.234,50, (500) or USD 1,000';

/** Three letters that are an ISO 4217 code (`EUR`; not `MIO`, `TSD`, `STK`) or stand for one (`RMB`). */
const isCode = (letters: string) =>
  /^[A-Z]{3}$/.test(letters) && (isIsoCurrencyCode(letters) || codeAlias(letters) !== null);

/**
 * Words written after a number that multiply it, by the power of ten each stands for: German `Tsd`,
 * `Tausend`, `Mio`, `Mrd` (Milliarde, 10⁹), English `k`, `thousand`, `mn`, `million`, `bn`. Lower case,
 * without a closing `.`.
 */
const MULTIPLIERS: ReadonlyMap<string, number> = new Map([
  ['k', 3],
  ['tsd', 3],
  ['tausend', 3],
  ['thousand', 3],
  ['mio', 6],
  ['mn', 6],
  ['million', 6],
  ['millions', 6],
  ['millionen', 6],
  ['mrd', 9],
  ['milliarde', 9],
  ['milliarden', 9],
  ['bn', 9],
]);
/**
 * Multiplier words that mean different amounts to different writers, never applied: `M` and `MM` are a
 * thousand and a million in accounting usage (after the Roman numeral) but a million elsewhere, `B` a
 * billion or nothing, `billion` 10⁹ in English but `Billion` 10¹² in German, `mil` a thousand in Spanish and
 * Portuguese but a million in English shorthand; Brazilian `mi` is a million but one letter from `mil`, and
 * `bi` is 10⁹ in Brazil but 10¹² in Portugal (bilião).
 */
const AMBIGUOUS_MULTIPLIERS = new Set(['m', 'mm', 'b', 'billion', 'billions', 'mil', 'mill', 'mi', 'bi']);
/** A number followed by one word of letters (`2,3 Mio`, `500k`, `1.234,00 Stk`). */
const NUMBER_THEN_WORD = /^(.*[\d)])\s*(\p{L}+)\.?$/u;
/** The common case, read without the separator rules: `1234`, `-1234.5`. */
const PLAIN = /^-?\d{1,15}(\.\d+)?$/;
const GROUPING_SPACES = /[\s\u00a0\u202f']/g;
/** A decimal mark followed by one or two dashes (hyphen, en or em dash) in place of the cents. */
const WHOLE_UNITS_DASH = /(\d[.,])(?:--?|\u2013|\u2014)$/u;

/**
 * Parses a money amount as people write it: `$1,234.50`, `1.234,50`, `1 234,50`, `(500)` and `$ (500)`
 * (= -500), `-500`, `500-`, `500 EUR-`, `1.500,-` (whole euros, = 1500), `USD 1,000`, `1,000.00 USD`,
 * `R$ 1.234,56`, `1 234 kr`. A three-letter code before or after the
 * number sets the currency; a symbol before or after it (`CURRENCY_SYMBOLS`) is returned as `symbol`, for the
 * caller to weigh against the row's currency. With both separators the last one is the decimal mark; with
 * one kind used several times it is grouping; a single `,` or `.` is a decimal mark unless exactly three
 * digits follow it (and the digits before it are not `0`): then it is grouping (`150.000` → 150000,
 * `1,234` → 1234), except a comma in a decimal-comma file (`style.decimalComma`: `1,234` → 1.234). Returns
 * null when the text is not an amount.
 */
export function parseAmount(text: string, style: AmountStyle = {}): ParsedAmount | null {
  let s = text.trim();
  if (s === '') return null;
  if (PLAIN.test(s) && (plainIsDecimal(s, style) || !s.includes('.')))
    return { value: Number(s), currency: '' };
  let negative = false;
  let currency = '';
  if (s.startsWith('(') && s.endsWith(')')) {
    negative = true;
    s = s.slice(1, -1).trim();
  }
  // SAP writes the minus after the whole amount, currency included: `1.234,56 EUR-`.
  const minusAfterUnit = /\d.*[^\d\s.,-]\s*-$/u.test(s);
  if (minusAfterUnit) s = s.slice(0, -1).trimEnd();
  const head = s.slice(0, 3).toUpperCase();
  if (s.length > 3 && isCode(head) && !/\p{L}/u.test(s.charAt(3))) {
    currency = codeAlias(head) ?? head;
    s = s.slice(3).trim();
  } else {
    const tail = s.slice(-3).toUpperCase();
    if (s.length > 3 && isCode(tail) && /[\s\d.)]/.test(s.charAt(s.length - 4))) {
      currency = codeAlias(tail) ?? tail;
      s = s.slice(0, -3).trim();
    }
  }
  if (s.startsWith('(') && s.endsWith(')')) {
    if (negative) return null;
    negative = true;
    s = s.slice(1, -1).trim();
  }
  let symbol = '';
  let sign = '';
  if (s.startsWith('-') || s.startsWith('+')) {
    sign = s.charAt(0);
    s = s.slice(1).trimStart();
  }
  const lead = ALL_SYMBOLS.find((sym) => s.startsWith(sym));
  if (lead !== undefined) {
    symbol = lead;
    s = s.slice(lead.length).trimStart();
  } else {
    const trail = ALL_SYMBOLS.find((sym) => s.endsWith(sym));
    if (trail !== undefined && /[\d\s.)-]/.test(s.charAt(s.length - trail.length - 1))) {
      symbol = trail;
      s = s.slice(0, -trail.length).trimEnd();
    }
  }
  // Excel's accounting format puts the symbol outside the brackets of a negative: `$ (600,000.00)`.
  if (symbol !== '' && s.startsWith('(') && s.endsWith(')')) {
    if (negative || sign !== '') return null;
    negative = true;
    s = s.slice(1, -1).trim();
  }
  let power = 0;
  let multiplier = '';
  const worded = NUMBER_THEN_WORD.exec(s);
  if (worded !== null) {
    const found = MULTIPLIERS.get(worded[2]!.toLowerCase());
    if (found === undefined) return null;
    power = found;
    multiplier = worded[2]!;
    s = worded[1]!.trimEnd();
  }
  s = (sign + s).replace(GROUPING_SPACES, '');
  // Excel's accounting format writes zero as a dash: `-`, `- €`, `€ -`, `$ -`.
  if (s === '-' && power === 0 && !minusAfterUnit) return zeroAmount(currency, symbol, negative);
  // German and Swiss prices write whole units with a dash for the cents: `1.500,-`, `1.500,–`, `1'500.--`.
  s = s.replace(WHOLE_UNITS_DASH, (_, number: string) => `${number}00`);
  if (minusAfterUnit && negative) return null;
  let minus = minusAfterUnit;
  if (s.startsWith('-') || s.startsWith('+')) {
    if (minus) return null;
    minus = s.startsWith('-');
    s = s.slice(1);
  } else if (s.endsWith('-')) {
    if (minus) return null;
    minus = true;
    s = s.slice(0, -1);
  }
  if (minus) negative = !negative;
  const digits = normaliseSeparators(s, style.decimalComma === true);
  if (digits === null) return null;
  // Shifting the decimal point in the text keeps `2.3` × 10⁶ exact (2300000, not 2299999.9999999995).
  const value = Number(power === 0 ? digits : `${digits}e${power}`);
  if (!Number.isFinite(value)) return null;
  const out: ParsedAmount = { value: negative && value !== 0 ? -value : value, currency };
  if (symbol !== '') out.symbol = symbol;
  if (style.decimalComma !== true && /^\d+\.\d{3}$/.test(s) && !/^0+\./.test(s)) out.pointAsGrouping = true;
  if (multiplier !== '') out.multiplier = multiplier;
  return out;
}

/** The decimal mark a column's values prove, and the first value that proves it. */
export interface SampledDecimalMark {
  decimalComma: boolean;
  example: string;
}

/**
 * The decimal mark the sampled values of an amount column show, or null when none tells or they disagree. A
 * number with both marks shows its last one as the decimal mark (`1.234,56`, `1,234.56`); one with a single
 * `,` or `.` shows it when other than three digits follow (`950,00`, `12,5`, `950.5`). `12,500` and
 * `1.234` tell nothing: they may be grouping.
 */
export function sampleDecimalMark(values: readonly string[]): SampledDecimalMark | null {
  let comma: string | undefined;
  let point: string | undefined;
  for (const v of values) {
    for (const number of v.match(/\d[\d.,]*/g) ?? []) {
      const n = number.replace(/[.,]+$/, '');
      const lastComma = n.lastIndexOf(',');
      const lastDot = n.lastIndexOf('.');
      let mark = '';
      if (lastComma >= 0 && lastDot >= 0) mark = lastComma > lastDot ? ',' : '.';
      else if (lastComma >= 0 || lastDot >= 0) {
        const sep = lastComma >= 0 ? ',' : '.';
        const at = Math.max(lastComma, lastDot);
        if (n.indexOf(sep) === at && n.length - at - 1 !== 3) mark = sep;
      }
      if (mark === ',') comma ??= v.trim();
      else if (mark === '.') point ??= v.trim();
    }
  }
  if (comma !== undefined && point === undefined) return { decimalComma: true, example: comma };
  if (point !== undefined && comma === undefined) return { decimalComma: false, example: point };
  return null;
}

/** A zero written as a dash (accounting format), with the code or symbol written beside it. */
function zeroAmount(currency: string, symbol: string, bracketed: boolean): ParsedAmount | null {
  if (bracketed) return null;
  const out: ParsedAmount = { value: 0, currency };
  if (symbol !== '') out.symbol = symbol;
  return out;
}

/**
 * Why text that `parseAmount` does not read is no amount, when a word in it says so: a multiplier whose
 * size depends on the writer (`5 M`, `2 billion`), or a word that is neither a currency nor a multiplier
 * (`1.234,00 Stk`, a quantity in pieces). Null when no such word explains it, and for text without a number.
 */
export function amountWordProblem(text: string): string | null {
  if (!/\d/.test(text)) return null;
  for (const found of text.matchAll(/\p{L}+/gu)) {
    const word = found[0];
    const lower = word.toLowerCase();
    if (MULTIPLIERS.has(lower) || inSymbol(text, word, found.index)) continue;
    if (word.length === 3 && isCode(word.toUpperCase())) continue;
    if (AMBIGUOUS_MULTIPLIERS.has(lower)) {
      return (
        `"${word}" after the number is a multiplier writers use for different amounts (a thousand, a ` +
        'million or a billion), so it was not applied: write the amount in full'
      );
    }
    return (
      `"${word}" is not a currency (an ISO 4217 code or a symbol) or a multiplier (Tsd, Mio, Mrd, k, ` +
      'million, bn): a quantity or a unit is not an amount'
    );
  }
  return null;
}

/** Whether the word found at `at` is the letters of a currency symbol written there (the `R` of `R$`). */
function inSymbol(text: string, word: string, at: number): boolean {
  return ALL_SYMBOLS.some((sym) => {
    const k = sym.indexOf(word);
    return k >= 0 && text.startsWith(sym, at - k);
  });
}

/**
 * Whether a plain `1234.567` is read as written: a point with other than three digits after it always is; with
 * three, only a spreadsheet number cell's own text (`150.125`, never `150.000`) or a leading `0` (`0.125`).
 */
function plainIsDecimal(s: string, style: AmountStyle): boolean {
  if (style.decimalComma === true) return false;
  const at = s.indexOf('.');
  if (at < 0 || s.length - at - 1 !== 3) return true;
  if (/^-?0+\./.test(s)) return true;
  return style.cellNumbers === true && String(Number(s)) === s;
}

/** Rewrites `1.234,50` / `1,234.50` / `1234,5` to `1234.50` form, or null when it is not a number. */
function normaliseSeparators(s: string, decimalComma: boolean): string | null {
  if (!/^[\d.,]+$/.test(s) || !/\d/.test(s)) return null;
  const lastComma = s.lastIndexOf(',');
  const lastDot = s.lastIndexOf('.');
  let decimal: ',' | '.' | '' = '';
  if (lastComma >= 0 && lastDot >= 0) {
    decimal = lastComma > lastDot ? ',' : '.';
  } else if (lastComma >= 0 || lastDot >= 0) {
    const sep = lastComma >= 0 ? ',' : '.';
    const at = Math.max(lastComma, lastDot);
    const several = s.indexOf(sep) !== at;
    const threeAfter = s.length - at - 1 === 3;
    const zeroBefore = /^0*$/.test(s.slice(0, at));
    if (several) decimal = '';
    else if (!threeAfter || zeroBefore) decimal = sep;
    else decimal = sep === ',' && decimalComma ? sep : '';
  }
  const grouping = decimal === ',' ? '.' : decimal === '.' ? ',' : s.includes(',') ? ',' : '.';
  let out = s;
  if (decimal !== '') {
    const at = s.lastIndexOf(decimal);
    const intPart = s.slice(0, at);
    const frac = s.slice(at + 1);
    if (intPart.includes(decimal) || frac.includes(',') || frac.includes('.')) return null;
    if (!validGrouping(intPart, grouping)) return null;
    out = `${intPart.split(grouping).join('')}.${frac}`;
  } else {
    if (s.includes(',') && s.includes('.')) return null;
    if (!validGrouping(s, grouping)) return null;
    out = s.split(grouping).join('');
  }
  if (out.startsWith('.')) out = `0${out}`;
  if (out.endsWith('.')) out = out.slice(0, -1);
  return /^\d+(\.\d+)?$/.test(out) ? out : null;
}

/** Groups after the first must have three digits (`1,234,567`; not `1,23,4`; Indian `1,23,456` is allowed). */
function validGrouping(intPart: string, grouping: string): boolean {
  if (!intPart.includes(grouping)) return true;
  const groups = intPart.split(grouping);
  if (groups[0] === '') return false;
  const last = groups[groups.length - 1]!;
  if (last.length !== 3) return false;
  return groups.slice(1, -1).every((g) => g.length === 2 || g.length === 3);
}
