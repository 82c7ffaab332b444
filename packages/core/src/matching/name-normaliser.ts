import anyAscii from 'any-ascii';
import { hasHan, romaniseChinese } from './chinese-romaniser.js';
import { buildLegalFormTable, type LegalForm, type LegalFormTable } from './legal-forms.js';

/** A name reduced to what the scorer compares. */
export interface NormalisedName {
  /**
   * Name tokens: lower-case ASCII, legal forms taken out, abbreviations canonicalised, `the`, a leading
   * vessel prefix (`F/V`) and the number marker (`No.` in `No. 7`) dropped.
   */
  tokens: string[];
  /** Comparison keys of the legal forms found (`gmbh`, `coltd`, …), in order. */
  legalForms: string[];
  /** Their generic classes (`llc`, `jsc`, …), without duplicates or blanks. */
  legalKinds: string[];
  /**
   * Every token in order, legal forms included, before canonicalisation (for run-together names); a
   * vessel prefix dropped from `tokens` is not among them.
   */
  allTokens: string[];
  /** `tokens` joined with single spaces. */
  text: string;
}

export interface NameNormaliser {
  normalise(name: string): NormalisedName;
  /** Lower-cases, transliterates and splits on punctuation; no legal-form or abbreviation handling. */
  tokenise(text: string): string[];
  readonly legalForms: LegalFormTable;
}

/**
 * Abbreviations and their spelled-out forms, each mapped to one canonical token so that
 * `HOSHINE SILICON IND` and `Hoshine Silicon Industry` compare equal.
 */
// Maps, not object literals: a token such as `constructor` must not find Object.prototype members.
const CANONICAL = new Map<string, string>();
function canon(to: string, ...from: string[]): void {
  for (const f of from) CANONICAL.set(f, to);
}
canon(
  'mfg',
  'mfg',
  'manufacturing',
  'manufacture',
  'manufacturer',
  'manufacturers',
  'manufactory',
  'mfrs',
  'mfr',
);
canon('ind', 'ind', 'inds', 'indus', 'industry', 'industries', 'industrial');
canon('intl', 'intl', 'international', 'internationale', 'internacional');
canon('tech', 'tech', 'technology', 'technologies', 'technological', 'techn', 'technol');
canon('info', 'info', 'information');
canon('natl', 'natl', 'national');
canon('dept', 'dept', 'department');
canon('svc', 'svc', 'svcs', 'service', 'services');
canon('mgmt', 'mgmt', 'management');
canon('assn', 'assn', 'assoc', 'association');
canon('bros', 'bros', 'brothers');
canon('hldg', 'hldg', 'hldgs', 'holding', 'holdings');
canon('chem', 'chem', 'chemical', 'chemicals');
canon('eng', 'eng', 'engg', 'engineering');
canon('dev', 'dev', 'devt', 'development');
canon('and', 'and', 'und', 'et');
canon('agri', 'agri', 'agric', 'agriculture', 'agricultural');
// Industry words as trade data and shipping records abbreviate them (`Hunan Nanmo Biotech`, `Coal & Elec`,
// `New Matls`, `Magnesium Prods`). `Elec` stands for electric and electricity here, not electronics, which
// is another industry and kept apart; `prod` (products or production) is left as written.
canon('biotech', 'biotech', 'biotec', 'biotechnology', 'biotechnologies', 'biotechnological');
canon('electric', 'elec', 'electric', 'electrical', 'electricity');
canon('material', 'matl', 'matls', 'material', 'materials');
canon('warehouse', 'whse', 'warehouse', 'warehouses', 'warehousing');
canon('products', 'prods', 'product', 'products');
canon('eqpt', 'eqpt', 'equipment', 'equipments');
canon('pharm', 'pharm', 'pharma', 'pharmaceutical', 'pharmaceuticals');
canon('group', 'group', 'grp');
// Trade words as manifests and supplier files shorten them (`ESQUEL TEX`, `YASHENG INTL TRDG`, `HAIR ACC`,
// `Heavy Duty Mach`). `Mach` stands for machine and machinery, which name the same trade (`Machine Works`,
// `Machinery Plant`). `Log` is left as written: it is as often the word log (timber) as logistics.
canon('textile', 'tex', 'textile', 'textiles');
canon('trading', 'trdg', 'trading');
canon('machinery', 'mach', 'machine', 'machines', 'machinery');
canon('accessories', 'acc', 'accs', 'accessory', 'accessories');
canon('first', 'first', '1st');
canon('second', 'second', '2nd');
canon('third', 'third', '3rd');

/**
 * The spelled-out words of CANONICAL long enough to be recognised with a letter missing or, from nine
 * letters, one letter wrong (`Holdngs`, `Warehusing`, `Develpment`, `Manufaaturing`), by their first two
 * letters. A misspelt spelled-out word would otherwise meet its listed counterpart only as the short form
 * (`hldg`, `dev`, `mfg`), which it cannot be fuzzily aligned with. The first two letters (three for a wrong
 * letter) and the last are kept as written: `national` and `rational`, `products` and `produce` stay apart.
 */
const TYPO_MIN_DELETED = 8;
const TYPO_MIN_REPLACED = 9;
const SPELLED_OUT = new Map<string, string[]>();
for (const [word, to] of CANONICAL) {
  if (word.length < TYPO_MIN_DELETED || word === to) continue;
  const head = word.slice(0, 2);
  const list = SPELLED_OUT.get(head);
  if (list) list.push(word);
  else SPELLED_OUT.set(head, [word]);
}

/** True when `t` is `word` with one letter left out, neither of its first two nor its last. */
function missesOneLetter(word: string, t: string): boolean {
  const last = t.length - 1;
  if (t.charCodeAt(last) !== word.charCodeAt(last + 1)) return false;
  let i = 2;
  while (i < last && t.charCodeAt(i) === word.charCodeAt(i)) i++;
  for (let k = i; k < last; k++) if (t.charCodeAt(k) !== word.charCodeAt(k + 1)) return false;
  return true;
}

/** True when `t` is `word` with one letter replaced, neither of its first three nor its last. */
function replacesOneLetter(word: string, t: string): boolean {
  const last = t.length - 1;
  if (t.charCodeAt(last) !== word.charCodeAt(last) || t.charCodeAt(2) !== word.charCodeAt(2)) return false;
  let diff = 0;
  for (let k = 3; k < last; k++) if (t.charCodeAt(k) !== word.charCodeAt(k) && ++diff > 1) return false;
  return diff === 1;
}

/** The canonical form of a spelled-out word `t` misspells by one letter, if exactly one fits. */
function misspeltCanonical(t: string): string | undefined {
  if (t.length < TYPO_MIN_DELETED - 1) return undefined;
  const list = SPELLED_OUT.get(t.slice(0, 2));
  if (!list) return undefined;
  let found: string | undefined;
  for (const word of list) {
    const fits =
      (word.length === t.length + 1 && missesOneLetter(word, t)) ||
      (word.length === t.length && word.length >= TYPO_MIN_REPLACED && replacesOneLetter(word, t));
    if (!fits) continue;
    const to = CANONICAL.get(word)!;
    if (found !== undefined && found !== to) return undefined;
    found = to;
  }
  return found;
}

/**
 * Abbreviations read as their word only after a name's first word (`ESQUEL GRP`): as the first word they
 * are as often initials or a name of their own (`GRP Pipes`, glass-reinforced plastic; `ACC Limited`; `Tex`
 * and `Mach` as given or family names) and stay as written.
 */
const NOT_FIRST = new Set(['grp', 'tex', 'mach', 'acc', 'accs']);

/**
 * The token `t` as compared: its canonical form when it has one (`role` has `CANON`) or misspells a word
 * that has one, else itself.
 */
function canonical(t: string, role: number, first: boolean): string {
  if (!(role & CANON)) return misspeltCanonical(t) ?? t;
  if (first && NOT_FIRST.has(t)) return t;
  return CANONICAL.get(t)!;
}

/** `Bio-Tech` and `Bio Technology` as one word, the way `Biotech` and `Biotechnology` are written. */
function joinBioTech(tokens: string[]): string[] {
  if (!tokens.includes('bio')) return tokens;
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i] === 'bio' && tokens[i + 1] === 'tech') {
      out.push('biotech');
      i++;
    } else out.push(tokens[i]!);
  }
  return out;
}

const DROPPED = new Set(['the']);

// Roles of a token in normalise(), as bits: it begins a legal form, ends one, is dropped, has a
// canonical form, or is a number word.
const FIRST = 1;
const LAST = 2;
const DROP = 4;
const CANON = 8;
const NUMBER_WORD = 16;

// English number words, so that `Brigade Forty-Four` and `Brigade 44` compare equal.
const UNITS = new Map<string, number>(
  Object.entries({
    zero: 0,
    one: 1,
    two: 2,
    three: 3,
    four: 4,
    five: 5,
    six: 6,
    seven: 7,
    eight: 8,
    nine: 9,
    ten: 10,
    eleven: 11,
    twelve: 12,
    thirteen: 13,
    fourteen: 14,
    fifteen: 15,
    sixteen: 16,
    seventeen: 17,
    eighteen: 18,
    nineteen: 19,
  }),
);
const TENS = new Map<string, number>(
  Object.entries({
    twenty: 20,
    thirty: 30,
    forty: 40,
    fourty: 40,
    fifty: 50,
    sixty: 60,
    seventy: 70,
    eighty: 80,
    ninety: 90,
  }),
);

/** Replaces number words by digits in place: `forty four` → `44`, `three` → `3`. */
function numberWords(tokens: string[]): string[] {
  let any = false;
  for (const t of tokens) if (UNITS.has(t) || TENS.has(t)) any = true;
  if (!any) return tokens;
  let changed = false;
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const tens = TENS.get(t);
    if (tens !== undefined) {
      const next = tokens[i + 1];
      const unit =
        next === undefined
          ? undefined
          : (UNITS.get(next) ?? (/^[1-9]$/.test(next) ? Number(next) : undefined));
      if (unit !== undefined && unit > 0 && unit < 10) {
        out.push(String(tens + unit));
        i++;
      } else out.push(String(tens));
      changed = true;
      continue;
    }
    const unit = UNITS.get(t);
    if (unit !== undefined) {
      out.push(String(unit));
      changed = true;
      continue;
    }
    out.push(t);
  }
  return changed ? out : tokens;
}

// Roman numerals of series (`Partners IV`, `Fund XII`), 1–39. Read only after the first token, and the
// ambiguous ones (`i`, `v`, `x` as initials or words) only as the last token. `xi` is never one: it is a
// pinyin syllable (`Wang Xi`), and read as 11 it would let `Zhang Wei Xi` match `Zhang Wei Li`.
const ROMAN = new Map<string, number>();
{
  const units = ['', 'i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix'];
  for (let tens = 0; tens < 4; tens++) {
    for (let u = 0; u < 10; u++) if (tens + u > 0) ROMAN.set('x'.repeat(tens) + units[u], tens * 10 + u);
  }
}
const ROMAN_LAST_ONLY = new Set(['i', 'v', 'x']);
ROMAN.delete('xi');

/** Replaces series numerals by digits: `partners iv` → `partners 4`. */
function romanNumerals(tokens: string[]): string[] {
  let out: string[] | null = null;
  const last = tokens.length - 1;
  for (let i = 1; i <= last; i++) {
    const t = tokens[i]!;
    const c = t.charCodeAt(0);
    // Every numeral starts with i, v or x: most tokens are passed over on their first letter.
    if (c !== 105 && c !== 118 && c !== 120) continue;
    const n = ROMAN.get(t);
    if (n === undefined || (i < last && ROMAN_LAST_ONLY.has(t))) continue;
    out ??= tokens.slice();
    out[i] = String(n);
  }
  return out ?? tokens;
}

/**
 * The number marker: `No. 7`, `NO.7`, `No 7` and `#7` all name the number 7 (the tokeniser already drops `#`;
 * `№` and `Nº` read as `No`). The marker is dropped before a number, so that every style is the number
 * alone, as lists write it (`Zhen Fa 7`); `no` before anything else is a word and stays.
 */
function numberMarkers(tokens: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t === 'no' && i + 1 < tokens.length && allDigits(tokens[i + 1]!, 0)) continue;
    out.push(t.length > 2 && t.startsWith('no') && allDigits(t, 2) ? t.slice(2) : t);
  }
  return out;
}

/** True when `t` from `from` on is one or more digits. */
function allDigits(t: string, from: number): boolean {
  if (t.length <= from) return false;
  for (let i = from; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** True when the token is the number marker `no`, or the marker run together with a number (`no7`). */
export function isNumberMarker(t: string): boolean {
  return t.charCodeAt(0) === 110 && t.charCodeAt(1) === 111 && (t.length === 2 || allDigits(t, 2));
}

/**
 * A vessel prefix in front of a name: fishing, motor or sailing vessel (`F/V Da Wang`, `M.V. Hellenic
 * Spirit`, `FV Zhen Fa 7`). It says what the entity is, not which one, and lists name vessels without it.
 * Written with a slash it is dropped whenever a name follows. Written with dots or bare (`FV`, `MV`) it
 * could be the initials of a company (`M.V. Traders`, `MV Holdings`), so it is dropped only when at least
 * two words of name follow; `S V` is only read with a slash or dots (`SV` is too often initials).
 */
const VESSEL_SLASH = /^\s*[fms]\s*\/\s*v(?![a-z0-9])\.?/i;
const VESSEL_DOTS = /^\s*(?:[fms]\s*\.\s*v\s*\.?|[fm]v(?=\s))(?![a-z0-9])/i;
/** The same spelled out, as CBP's orders write it (`Fishing Vessel: Da Wang 1`, `Vessel: …`). */
const VESSEL_WORDS = /^\s*(?:fishing\s+vessel\s*:?|vessel\s*:)(?=\s*\S)/i;
/**
 * Words that introduce another name of an entity, as lists and notes write them in front of it (`also known
 * as …`, `formerly known as …`, `a.k.a.`, `f/k/a`, `d/b/a`): they are not part of the name. Bare `AKA` or
 * `DBA` may be a company's initials and stay. `M/s` and `Messrs` (Indian vendor records: "M/s Natchi Apparel")
 * only address the company.
 */
const NAME_INTRO =
  /^\s*(?:(?:also|formerly|previously)\s+known\s+as|doing\s+business\s+as|trading\s+as|[afd]\s*[./]\s*[kb]\s*[./]\s*a\b\.?|m\s*\/\s*s\b\.?|messrs\b\.?)\s*:?(?=\s*\S)/i;

const ASCII_ONLY = /^[\x20-\x7e]*$/;

// The trade and service mark signs, which NFKC would turn into the letters TM and SM.
const MARK_SIGNS = /[\u2120\u2122]/g;
// Symbols and emoji (®, ©, °, ★, 🧤, flags, skin tones) and the tag characters of emoji flag sequences:
// transliterated, they would become words (`r`, `deg`, `gloves`). Letters, digits and ASCII are kept
// (`^` and the backtick are modifier symbols too), and so is whatever NFKC has already turned into letters
// (㈱ → (株), Ⓐ → A).
const SYMBOLS = /(?![\p{L}\p{N}\p{ASCII}])[\p{So}\p{Sk}\p{Extended_Pictographic}\u{e0020}-\u{e007f}]/gu;

/**
 * Splits text into lower-case ASCII tokens: accents and non-Latin scripts transliterated, symbols and
 * emoji dropped, `&` = and.
 */
export function tokeniseName(text: string): string[] {
  let s = text;
  if (!ASCII_ONLY.test(s)) {
    s = s.replace(MARK_SIGNS, ' ').normalize('NFKC').replace(SYMBOLS, ' ');
    if (hasHan(s)) s = romaniseChinese(s);
    s = anyAscii(s);
  }
  s = s.toLowerCase();
  const out: string[] = [];
  // A token is `joined` (pieces before a dot or apostrophe) plus s[start, i).
  let joined = '';
  let start = -1;
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      if (start < 0) start = i;
      continue;
    }
    if (c === 39 || c === 96 || c === 46) {
      const prev = i > 0 ? s.charCodeAt(i - 1) : 0;
      const next = i + 1 < n ? s.charCodeAt(i + 1) : 0;
      const prevDigit = prev >= 48 && prev <= 57;
      const nextDigit = next >= 48 && next <= 57;
      // A dot between digits separates (11,420.2 → 11 420 2); otherwise dots and apostrophes join
      // (A.B.C. → abc, L.L.C. → llc, Qa'ida → qaida).
      // A dot after a word of three or more letters, followed by a letter, separates (Banco.Nacional).
      const nextLetter = next >= 97 && next <= 122;
      const wordDot = c === 46 && nextLetter && start >= 0 && i - start >= 3;
      if (!(c === 46 && prevDigit && nextDigit) && !wordDot) {
        if (start >= 0) joined += s.slice(start, i);
        start = -1;
        // A possessive 's is dropped (Bank's → bank).
        if (c !== 46 && next === 115) {
          const after = i + 2 < n ? s.charCodeAt(i + 2) : 32;
          if (!((after >= 97 && after <= 122) || (after >= 48 && after <= 57))) i++;
        }
        continue;
      }
    }
    if (start >= 0) joined += s.slice(start, i);
    if (joined) out.push(joined);
    joined = '';
    start = -1;
    if (c === 38 && out.length > 0) out.push('and');
  }
  if (start >= 0) joined += s.slice(start);
  if (joined) out.push(joined);
  return out;
}

/** A node of the legal-form tree: the form its path spells, if any, and the tokens that continue it. */
interface FormNode {
  form: LegalForm | null;
  next: Map<string, FormNode> | null;
}

interface Found {
  start: number;
  end: number;
  form: LegalForm;
}

/**
 * Creates the normaliser from the legal-forms CSV (`alias,display,compare,generic`, the vendored
 * `data/matching/org_types_aliases.csv`, handed in as text: core reads no files).
 *
 * Legal forms are taken out wherever they stand at the start or end of a name; inside a name only forms
 * of two or more tokens or four or more letters are, so that words like `as` or `sa` in the middle stay.
 * A name made only of legal-form words keeps them as its tokens.
 */
export function createNameNormaliser(legalFormsCsv: string): NameNormaliser {
  const table = buildLegalFormTable(legalFormsCsv, tokeniseName);
  const { forms, maxTokens } = table;
  // The alias keys as a tree of tokens, so that a scan builds no key strings and stops as soon as no
  // alias can continue.
  const trie: FormNode = { form: null, next: null };
  // Tokens that begin or end some alias: most tokens of a name are neither, and are passed over at once.
  const firsts = new Set<string>();
  const lasts = new Set<string>();
  for (const [key, form] of forms) {
    const parts = key.split(' ');
    firsts.add(parts[0]!);
    lasts.add(parts[parts.length - 1]!);
    let node = trie;
    for (const part of parts) {
      node.next ??= new Map();
      let child = node.next.get(part);
      if (!child) {
        child = { form: null, next: null };
        node.next.set(part, child);
      }
      node = child;
    }
    node.form = form;
  }

  const longestAt = (tokens: string[], start: number, limit: number): Found | null => {
    let best: Found | null = null;
    let node: FormNode | undefined = trie;
    for (let len = 1; len <= maxTokens && start + len <= limit; len++) {
      node = node.next?.get(tokens[start + len - 1]!);
      if (!node) break;
      if (node.form) best = { start, end: start + len, form: node.form };
      if (!node.next) break;
    }
    return best;
  };

  // What each special token can be, in one map: most tokens of a name are none of these, and are
  // passed over after a single lookup.
  const roles = new Map<string, number>();
  const mark = (token: string, role: number) => roles.set(token, (roles.get(token) ?? 0) | role);
  for (const t of firsts) mark(t, FIRST);
  for (const t of lasts) mark(t, LAST);
  for (const t of DROPPED) mark(t, DROP);
  for (const t of CANONICAL.keys()) mark(t, CANON);
  for (const t of UNITS.keys()) mark(t, NUMBER_WORD);
  for (const t of TENS.keys()) mark(t, NUMBER_WORD);

  // Reused across calls: normalise() runs once per distinct supplier name.
  let isLegalBuf = new Uint8Array(64);
  let roleBuf = new Uint8Array(64);
  const normaliseTokens = (all: string[]): NormalisedName => {
    const n = all.length;
    if (isLegalBuf.length < n) {
      isLegalBuf = new Uint8Array(n * 2);
      roleBuf = new Uint8Array(n * 2);
    }
    const isLegal = isLegalBuf;
    const role = roleBuf;
    let anyRole = 0;
    for (let i = 0; i < n; i++) {
      isLegal[i] = 0;
      role[i] = roles.get(all[i]!) ?? 0;
      anyRole |= role[i]!;
    }
    const found: Found[] = [];
    let lo = 0;
    while (lo < n && role[lo]! & DROP) lo++;
    let hi = n;
    if (anyRole & (FIRST | LAST)) {
      // Peel forms off the end, then off the start (`LLC SIEMENS LLC`, `OOO Gazprom`).
      for (let guard = 0; guard < 4 && hi > lo && role[hi - 1]! & LAST; guard++) {
        let hit: Found | null = null;
        for (let s = Math.max(lo, hi - maxTokens); s < hi; s++) {
          if (!(role[s]! & FIRST)) continue;
          const f = longestAt(all, s, hi);
          if (f && f.end === hi) {
            hit = f;
            break;
          }
        }
        if (!hit) break;
        found.push(hit);
        hi = hit.start;
      }
      for (let guard = 0; guard < 4 && lo < hi && role[lo]! & FIRST; guard++) {
        const f = longestAt(all, lo, hi);
        if (!f) break;
        found.push(f);
        lo = f.end;
      }
      for (let i = lo; i < hi; i++) {
        if (!(role[i]! & FIRST)) continue;
        const f = longestAt(all, i, hi);
        if (f && (f.end - f.start >= 2 || all[i]!.length >= 4)) {
          found.push(f);
          for (let k = f.start; k < f.end; k++) isLegal[k] = 1;
          i = f.end - 1;
        }
      }
      for (const f of found) for (let k = f.start; k < f.end; k++) isLegal[k] = 1;
    }
    let tokens: string[] = [];
    let numbers = false;
    let markers = false;
    for (let i = 0; i < n; i++) {
      const r = role[i]!;
      if (isLegal[i] || r & DROP) continue;
      tokens.push(canonical(all[i]!, r, tokens.length === 0));
      if (r & NUMBER_WORD) numbers = true;
      if (isNumberMarker(all[i]!)) markers = true;
    }
    if (tokens.length === 0) {
      for (let i = 0; i < n; i++) {
        const r = role[i]!;
        if (r & DROP) continue;
        tokens.push(canonical(all[i]!, r, tokens.length === 0));
        if (r & NUMBER_WORD) numbers = true;
        if (isNumberMarker(all[i]!)) markers = true;
      }
    }
    tokens = joinBioTech(tokens);
    tokens = romanNumerals(numbers ? numberWords(tokens) : tokens);
    if (markers) tokens = numberMarkers(tokens);
    if (found.length > 1) found.sort((a, b) => a.start - b.start);
    const legalForms: string[] = [];
    const legalKinds: string[] = [];
    for (const f of found) {
      legalForms.push(f.form.compare);
      if (f.form.generic && !legalKinds.includes(f.form.generic)) legalKinds.push(f.form.generic);
    }
    return { tokens, legalForms, legalKinds, allTokens: all, text: tokens.join(' ') };
  };

  const normalise = (original: string): NormalisedName => {
    const intro = NAME_INTRO.exec(original);
    const name = intro ? original.slice(intro[0].length) : original;
    const slash = VESSEL_SLASH.exec(name) ?? VESSEL_WORDS.exec(name);
    const prefix = slash ?? VESSEL_DOTS.exec(name);
    if (prefix) {
      const rest = normaliseTokens(tokeniseName(name.slice(prefix[0].length)));
      if (rest.tokens.length >= (slash ? 1 : 2)) return rest;
    }
    return normaliseTokens(tokeniseName(name));
  };

  return { normalise, tokenise: tokeniseName, legalForms: table };
}
