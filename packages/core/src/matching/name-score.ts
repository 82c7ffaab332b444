import { doubleMetaphone } from 'double-metaphone';
import { isPinyinSyllable } from './chinese-romaniser.js';
import { isCommonEnglish } from './common-english.js';
import { jaroWinkler } from './jaro-winkler.js';
import { levenshteinSimilarity } from './levenshtein.js';
import type { MatchReason } from './name-matcher.js';
import { isNumberMarker, type NameNormaliser, type NormalisedName } from './name-normaliser.js';
import { isPlaceWord } from './place-words.js';
import {
  COMMON_CUT,
  ORGANISATION_WORDS,
  REGION_WORDS,
  STOP_WORDS,
  stoplistWeight,
  type TokenWeigher,
} from './token-weights.js';

/**
 * The scoring constants, in one place so the benchmark can report them. Tuned on the even-numbered
 * labelled pairs of `data/matching/opensanctions_cases.csv` only.
 */
export const SCORE_SETTINGS = {
  /** Default match threshold. */
  threshold: 0.75,
  /** Token pairs below this Jaro-Winkler similarity do not align unless they sound alike. */
  fuzzyMin: 0.8,
  /** The same for pairs where one word has four letters or fewer. */
  shortMin: 0.9,
  /** Similarity given to a pair that fails `fuzzyMin` but shares a Double Metaphone code (the phonetic gate). */
  phoneticSim: 0.86,
  /** Pairs sounding different must reach at least this to align at all. */
  phoneticFloor: 0.7,
  /**
   * Pairs sounding alike pass the phonetic gate only when their edit similarity exceeds this: more than
   * half of the longer word's letters must stay in place. Double Metaphone keeps a word's consonants and
   * drops its vowels, so different words share a code (`kanghua` / `kwong`, both KNK, five of seven letters
   * changed), where spellings of one word keep most of their letters (`husayn` / `hussein`, `kuang` / `kwong`).
   */
  phoneticEditMin: 0.5,
  /**
   * Similarity of two short words (3–4 letters, one side) one typing slip apart: a letter changed, added,
   * dropped or two swapped (`cvc` / `cvs`, `ford` / `fjord`), beside a distinctive word that agrees exactly.
   */
  oneEditSim: 0.8,
  /** Similarity of a single-letter initial to a word starting with it. */
  initialSim: 0.7,
  /** Share of a one-sided unmatched token's weight added to the denominator (an extra word: `Deutsche Bank Trust`). */
  extensionPenalty: 0.3,
  /** Share for unmatched tokens on both sides (a different word: `Bank of Armenia` / `Bank of America`). */
  substitutionPenalty: 1,
  /** Subtracted when both names carry legal forms of different classes (AG vs GmbH). */
  legalPenalty: 0.3,
  /** Ceiling for names whose aligned tokens are all common words, unless the names are equal. */
  commonCap: 0.6,
  /**
   * Score at least given to names whose words agree exactly but for words of the kind of organisation
   * (`ORGANISATION_WORDS`: group, holdings, enterprises, industry, company …), one name's or both names',
   * or for one name's country (`Esquel Enterprises` / `Esquel Group`, `Hoshine Silicon (Malaysia)` /
   * `Hoshine Silicon Industry`): the listed group's holding, sister company or arm in a country, worth
   * checking. It is below the threshold: the labelled pairs take such names now for other entities than
   * the listed one (`ABC International` / `A.B.C. Company`, `Banco Santander S.A.` / `Banco Santander
   * México S.A.`), now for the same (`Deutsche Bank (Schweiz) AG` / `Deutsche Bank AG`). The distinctive
   * words in common must include a name of its own, not only places and common English words (`Great
   * Group` / `Great Enterprises`), and two countries, one in each name, get no floor (two arms of a group).
   */
  organisationWordsFloor: 0.7,
  /** Added to a score when both countries are known and agree (bounded by 1), subtracted when they differ. */
  countryAgrees: 0.03,
  countryDiffers: 0.1,
  /**
   * Subtracted instead of `countryDiffers` when the names are not the same words and only one distinctive
   * word of theirs agrees (`Giant Knitting Manufacturing` in Viet Nam / `Giant Manufacturing` in Taiwan):
   * one shared word is weak evidence, which another country outweighs. Names with the same words, or
   * with two distinctive words in common, keep the smaller penalty, unless the listed name has a word of
   * its own that the other lacks (`Finca Monte Grande` in Mexico / `Monte Grande S.A.` in Argentina): the
   * names differ in a word and the countries differ too.
   */
  countryDiffersWeak: 0.2,
  /**
   * Ceiling, after the country signal, for names whose countries are both known and differ (Hong Kong or
   * Macao against China aside): just under the threshold, so that a namesake or an arm abroad is a lead to
   * check, a possible match, never a match (`Western Gold Co Ltd` in Australia against the Chinese
   * `Western Gold Co., Ltd.`, `British American Tobacco plc` against `British American Tobacco Malawi`).
   */
  countryDiffersCap: 0.74,
  /**
   * Ceiling, before the country signal, for names that may be a listed group's other company but not the
   * listed one: the listed name has a place of its own the other lacks or names another place for
   * (`JA Solar Technology` / `Donghai JA Solar Technology`, `Zhejiang Huafu Melange Yarn` / `Akesu Huafu
   * Melange Yarn`), a group's plants being told apart by their place. Agreeing countries keep it under the
   * threshold (0.73): a possible match.
   */
  leadCap: 0.7,
};

/** A name prepared for scoring: normalised, weighted, with phonetic codes computed once. */
export interface PreparedName {
  original: string;
  norm: NormalisedName;
  weights: number[];
  /** Primary Double Metaphone code per token ('' for tokens with digits). */
  codes: string[];
  /** Per token, a bit per letter a–z it contains (a cheap bound before the string metrics). */
  masks: number[];
  /**
   * Per token, its index in a vocabulary shared by the names compared (a list's words), or -1 for a
   * word outside it; null without a vocabulary. Tokens of the vocabulary compare by index.
   */
  ids: Int32Array | null;
  /**
   * Per token, the index of the place it spells when another spelling names the same place (`hotan` and
   * `hetian`, see `PlaceSpellings`), or -1; null or absent without place spellings at hand.
   */
  places?: Int32Array | null;
  /**
   * Per token, 1 when it is the name of a country (`malaysia`, `schweiz`) as a country resolver reads
   * it, else 0; null or absent without a resolver at hand. Such a word beside a name says where the
   * organisation's arm is, as `REGION_WORDS` do.
   */
  countries?: Uint8Array | null;
  /** The length of `tokens` joined without spaces (`good will` = `goodwill`). */
  squashedLength: number;
  /** The same for all tokens, legal forms included (`siemens ag` = `siemensag`). */
  squashedAllLength: number;
}

/** What a caller that already knows a name's tokens hands to `prepareName`: one entry per token. */
export interface TokenFeatures {
  weights: number[];
  codes: string[];
  masks: number[];
  ids: Int32Array | null;
  places?: Int32Array | null;
  countries?: Uint8Array | null;
}

const DIGIT = /\d/;

// Supplier names repeat their words: codes are cached (and the cache dropped when it grows large).
const codeCache = new Map<string, string>();

/** Primary Double Metaphone code of a token, or '' when it has digits. */
export function phoneticCode(token: string): string {
  let code = codeCache.get(token);
  if (code !== undefined) return code;
  code = DIGIT.test(token) ? '' : doubleMetaphone(token)[0];
  if (codeCache.size >= 100_000) codeCache.clear();
  codeCache.set(token, code);
  return code;
}

// Set in a token's mask when it has a character other than a–z (a digit, after normalisation).
const DIGIT_BIT = 1 << 26;

/** A bit per letter a–z the token contains, and `DIGIT_BIT` for any other character. */
export function letterMask(token: string): number {
  let m = 0;
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i) - 97;
    if (c >= 0 && c < 26) m |= 1 << c;
    else m |= DIGIT_BIT;
  }
  return m;
}

/** The length of the tokens joined without spaces. */
export function joinedLength(tokens: readonly string[]): number {
  let n = 0;
  for (const t of tokens) n += t.length;
  return n;
}

/** The tokens sorted and joined with spaces: equal for names with the same words in any order. */
export function wordBag(tokens: readonly string[]): string {
  return tokens.length === 1 ? tokens[0]! : tokens.slice().sort().join(' ');
}

/**
 * Prepares a normalised name for scoring with the given token weights. `features`, when the caller
 * already has the tokens' weights, codes, masks and vocabulary indexes, are used as they are.
 */
export function prepareName(
  original: string,
  norm: NormalisedName,
  weigh: TokenWeigher,
  features?: TokenFeatures,
): PreparedName {
  const tokens = norm.tokens;
  return {
    original,
    norm,
    weights: features?.weights ?? tokens.map(weigh),
    codes: features?.codes ?? tokens.map(phoneticCode),
    masks: features?.masks ?? tokens.map(letterMask),
    ids: features?.ids ?? null,
    places: features?.places ?? null,
    countries: features?.countries ?? null,
    squashedLength: joinedLength(tokens),
    squashedAllLength: joinedLength(norm.allTokens),
  };
}

/** True when two token lists of the same total length spell the same once spaces are removed. */
function sameJoined(a: readonly string[], b: readonly string[]): boolean {
  let i = 0;
  let j = 0;
  let p = 0;
  let q = 0;
  while (i < a.length && j < b.length) {
    const ta = a[i]!;
    const tb = b[j]!;
    if (ta.charCodeAt(p) !== tb.charCodeAt(q)) return false;
    if (++p === ta.length) {
      i++;
      p = 0;
    }
    if (++q === tb.length) {
      j++;
      q = 0;
    }
  }
  return i === a.length && j === b.length;
}

/** True when all tokens of both, legal forms included, spell the same once spaces are removed. */
function allJoinedEqual(q: PreparedName, c: PreparedName): boolean {
  return q.squashedAllLength === c.squashedAllLength && sameJoined(q.norm.allTokens, c.norm.allTokens);
}

/** True when both names spell the same once spaces are removed, with or without legal forms. */
function joinedEqual(q: PreparedName, c: PreparedName): boolean {
  return (
    (q.squashedLength === c.squashedLength && sameJoined(q.norm.tokens, c.norm.tokens)) ||
    allJoinedEqual(q, c)
  );
}

/** True when token `i` of `q` equals token `j` of `c`: by vocabulary index where either has one. */
function sameToken(q: PreparedName, i: number, c: PreparedName, j: number): boolean {
  const qi = q.ids;
  const ci = c.ids;
  if (qi !== null && ci !== null) {
    const a = qi[i]!;
    const b = ci[j]!;
    if (a >= 0 || b >= 0) return a === b;
  }
  return q.norm.tokens[i] === c.norm.tokens[j];
}

// Scratch for comparing two names' vocabulary indexes as multisets.
let bagQ = new Int32Array(32);
let bagC = new Int32Array(32);

/** True when both names have the same words in any order (their word bags are equal). */
function sameWords(q: PreparedName, c: PreparedName): boolean {
  const n = q.norm.tokens.length;
  if (n !== c.norm.tokens.length) return false;
  if (n === 1) return sameToken(q, 0, c, 0);
  const qi = q.ids;
  const ci = c.ids;
  if (qi !== null && ci !== null) {
    // Words outside the vocabulary (-1) can be told apart only by their text: when both names have
    // some, the text decides; when one has some, the names differ.
    let outQ = 0;
    let outC = 0;
    if (bagQ.length < n) {
      bagQ = new Int32Array(n * 2);
      bagC = new Int32Array(n * 2);
    }
    for (let k = 0; k < n; k++) {
      bagQ[k] = qi[k]!;
      bagC[k] = ci[k]!;
      if (bagQ[k]! < 0) outQ++;
      if (bagC[k]! < 0) outC++;
    }
    if (outQ === 0 || outC === 0) {
      if (outQ !== outC) return false;
      const a = bagQ.subarray(0, n).sort();
      const b = bagC.subarray(0, n).sort();
      for (let k = 0; k < n; k++) if (a[k] !== b[k]) return false;
      return true;
    }
  }
  return wordBag(q.norm.tokens) === wordBag(c.norm.tokens);
}

/** True when `a` from `ai` on equals `b` from `bi` on. */
function tailEqual(a: string, ai: number, b: string, bi: number): boolean {
  if (a.length - ai !== b.length - bi) return false;
  for (let i = ai, j = bi; i < a.length; i++, j++) if (a.charCodeAt(i) !== b.charCodeAt(j)) return false;
  return true;
}

/** True when `a` and `b` differ by exactly one changed, added, dropped or transposed character. */
function oneEditApart(a: string, b: string): boolean {
  const la = a.length;
  const lb = b.length;
  if (la - lb > 1 || lb - la > 1) return false;
  let i = 0;
  while (i < la && i < lb && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === la && i === lb) return false;
  // The tails after the first difference must agree, shifted by the kind of edit.
  if (la === lb) {
    if (tailEqual(a, i + 1, b, i + 1)) return true;
    return (
      i + 1 < la &&
      a.charCodeAt(i) === b.charCodeAt(i + 1) &&
      a.charCodeAt(i + 1) === b.charCodeAt(i) &&
      tailEqual(a, i + 2, b, i + 2)
    );
  }
  return la > lb ? tailEqual(a, i + 1, b, i) : tailEqual(a, i, b, i + 1);
}

/** The number of bits set in a 32-bit integer. */
function bitCount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/**
 * An upper bound of `tokenSim` for words of lengths `la` and `lb` of which at most `m` positions can
 * match: it bounds Jaro-Winkler (Jaro with all `m` matched and untransposed, the prefix bonus at most
 * 0.4 of the rest) and the edit similarity (`m` over the longer length). Non-decreasing in `m`.
 */
function similarityBound(m: number, la: number, lb: number): number {
  const jaroMax = (m / la + m / lb + 1) / 3;
  return (jaroMax + 0.4 * (1 - jaroMax) + m / Math.max(la, lb)) / 2;
}

/** True when words of these lengths are too different in length to reach `fuzzyMin` by spelling. */
function lengthsApart(la: number, lb: number): boolean {
  const ratio = la < lb ? la / lb : lb / la;
  return ratio < 2 * SCORE_SETTINGS.fuzzyMin - 1;
}

/**
 * The least count of matching positions with which `similarityBound` reaches `min` for words of
 * lengths `la` and `lb` (more than the shorter length when none does). The bound grows with the count,
 * so a count below this fails the bound and one at or above it passes.
 */
function matchesNeeded(la: number, lb: number, min: number): number {
  const most = Math.min(la, lb);
  let m = 0;
  while (m <= most && similarityBound(m, la, lb) < min) m++;
  return m;
}

// The tests above as tables for words shorter than LENGTHS letters (nearly all), indexed by
// la * LENGTHS + lb: computed with the same functions, so they decide exactly as those do.
const LENGTHS = 40;
const LENGTHS_APART = new Uint8Array(LENGTHS * LENGTHS);
const NEED_SHORT = new Uint8Array(LENGTHS * LENGTHS);
const NEED_FUZZY = new Uint8Array(LENGTHS * LENGTHS);
for (let la = 1; la < LENGTHS; la++) {
  for (let lb = 1; lb < LENGTHS; lb++) {
    LENGTHS_APART[la * LENGTHS + lb] = lengthsApart(la, lb) ? 1 : 0;
    NEED_SHORT[la * LENGTHS + lb] = matchesNeeded(la, lb, SCORE_SETTINGS.shortMin);
    NEED_FUZZY[la * LENGTHS + lb] = matchesNeeded(la, lb, SCORE_SETTINGS.fuzzyMin);
  }
}

// A slip in a short word counts only beside a distinctive word that agrees exactly (`CVC Health` / `CVS Health`):
// alone, `Snow` / `Snoe` are two names. Set by scorePrepared() before its fuzzy pairs.
let oneEditAllowed = false;

function tokenSim(a: string, b: string, codeA: string, codeB: string, maskA: number, maskB: number): number {
  if (a === b) return 1;
  const la = a.length;
  const lb = b.length;
  // Numbers align only when equal (`88` is not `8`).
  if ((maskA | maskB) & DIGIT_BIT) return 0;
  if (la === 1 || lb === 1) {
    // An initial against a word (no array to destructure: this runs for every token pair).
    return la !== lb && a.charCodeAt(0) === b.charCodeAt(0) ? SCORE_SETTINGS.initialSim : 0;
  }
  if (oneEditAllowed && (la <= 4 || lb <= 4) && la >= 3 && lb >= 3 && oneEditApart(a, b))
    return SCORE_SETTINGS.oneEditSim;
  // The edit similarity cannot exceed shorter / longer length: skip pairs too different in length to
  // reach the fuzzy minimum, unless they sound alike.
  const small = la < LENGTHS && lb < LENGTHS;
  if (
    (small ? LENGTHS_APART[la * LENGTHS + lb] === 1 : lengthsApart(la, lb)) &&
    (codeA === '' || codeA !== codeB)
  )
    return 0;
  // Short words differ by a letter too easily (`snow` / `snoe`): they need a closer match.
  const min = la <= 4 || lb <= 4 ? SCORE_SETTINGS.shortMin : SCORE_SETTINGS.fuzzyMin;
  const soundAlike = min === SCORE_SETTINGS.fuzzyMin && codeA !== '' && codeA === codeB;
  if (!soundAlike) {
    // Upper bound of the similarity from the letters the two share: positions of each whose letter
    // occurs in the other bound both the Jaro matches and the longest common subsequence. First from
    // the masks alone (each letter of one word missing from the other takes at least one position),
    // which settles most pairs without reading a character; the bound grows with the count, so a
    // pair failing it fails the exact count too.
    // Both tests compare the count with the least that reaches `min` (a table for common lengths).
    const need = small
      ? (min === SCORE_SETTINGS.shortMin ? NEED_SHORT : NEED_FUZZY)[la * LENGTHS + lb]!
      : matchesNeeded(la, lb, min);
    const maxInB = la - bitCount(maskA & ~maskB);
    const maxInA = lb - bitCount(maskB & ~maskA);
    if (Math.min(maxInA, maxInB) < need) return 0;
    let inB = 0;
    for (let i = 0; i < la; i++) if (maskB & (1 << (a.charCodeAt(i) - 97))) inB++;
    let inA = 0;
    for (let i = 0; i < lb; i++) if (maskA & (1 << (b.charCodeAt(i) - 97))) inA++;
    if (Math.min(inA, inB) < need) return 0;
  }
  const jw = jaroWinkler(a, b);
  if (jw < SCORE_SETTINGS.phoneticFloor) return 0;
  // Jaro-Winkler finds the candidates; the edit distance grades them (it punishes a changed middle,
  // `petromechanical` / `petrochemical`, that Jaro-Winkler forgives).
  const edit = levenshteinSimilarity(a, b);
  const sim = (jw + edit) / 2;
  if (sim >= min) return sim;
  if (soundAlike && edit > SCORE_SETTINGS.phoneticEditMin) return Math.max(sim, SCORE_SETTINGS.phoneticSim);
  return 0;
}

function acronyms(a: string[], b: string[], usedA: Uint8Array, usedB: Uint8Array): number {
  let found = 0;
  for (let i = 0; i < a.length; i++) {
    const t = a[i]!;
    const len = t.length;
    if (usedA[i] || len < 2 || len > 6 || len > b.length) continue;
    for (let j = 0; j + len <= b.length; j++) {
      let ok = true;
      for (let k = 0; k < len; k++) {
        if (usedB[j + k] || b[j + k]!.charCodeAt(0) !== t.charCodeAt(k)) {
          ok = false;
          break;
        }
      }
      if (!ok) continue;
      // A stop word is never an acronym (looked up only once its letters fit: most tokens fail first).
      if (STOP_WORDS.has(t)) break;
      usedA[i] = 1;
      for (let k = 0; k < len; k++) usedB[j + k] = 1;
      if (acrBuf.length < 3 * (found + 1)) {
        const next = new Int32Array(acrBuf.length * 2);
        next.set(acrBuf);
        acrBuf = next;
      }
      acrBuf[3 * found] = i;
      acrBuf[3 * found + 1] = j;
      acrBuf[3 * found + 2] = len;
      found++;
      break;
    }
  }
  return found;
}

// Scratch buffers for the alignment: reused across calls to keep the hot path allocation-light.
let usedQ = new Uint8Array(32);
let usedC = new Uint8Array(32);
let simBuf = new Float64Array(256);
let acrBuf = new Int32Array(48);

// The running sums of one scorePrepared() call (module state instead of a closure: no allocation per call).
let accNum = 0;
let accDen = 0;
let accDistinctive = false;
let accDistinctiveCount = 0;
/** The listed name's word of the last distinctive pair aligned word to word ('' for a joined word or an acronym). */
let accDistinctiveC = '';
/** True while every distinctive pair aligned so far pairs Chinese syllables (`hua` = `hua`). */
let accSyllablesOnly = true;
/** True while every distinctive pair aligned so far has a place or a common English word on the listed side. */
let accWeakOnly = true;
/** How many distinctive pairs aligned so far have a place on the listed side (`aksu` = `akesu`). */
let accPlaces = 0;

let accWhy: MatchReason[] | null = null;

/** Adds an aligned pair; `wordQ` and `wordC` are its two words when it pairs one word with one word. */
function alignPair(
  sim: number,
  wq: number,
  wc: number,
  code: string,
  detail: string,
  wordQ = '',
  wordC = '',
  distinguishes = true,
): void {
  const w = (wq + wc) / 2;
  accNum += sim * w;
  accDen += w;
  if (distinguishes && wq >= COMMON_CUT && wc >= COMMON_CUT) {
    accDistinctive = true;
    accDistinctiveCount++;
    accDistinctiveC = wordC;
    if (accSyllablesOnly && (wordQ === '' || !isPinyinSyllable(wordQ) || !isPinyinSyllable(wordC))) {
      accSyllablesOnly = false;
    }
    const place = wordC !== '' && isPlaceWord(wordC);
    if (place) accPlaces++;
    if (accWeakOnly && !place && (wordC === '' || !isCommonEnglish(wordC))) accWeakOnly = false;
  }
  if (accWhy) accWhy.push({ code, detail, weight: r4(sim * w) });
}

/**
 * The bookkeeping of one syllable of a word run together from two Chinese syllables (`dawang` = `da wang`):
 * each counts as a pair of its own, distinctive when it and the other side's word are, so that a run-together
 * spelling meets the same rules on syllables as the spaced one.
 */
function syllablePart(syllable: string, weight: number, otherWeight: number): void {
  if (weight < COMMON_CUT || otherWeight < COMMON_CUT) return;
  accDistinctive = true;
  accDistinctiveCount++;
  accDistinctiveC = syllable;
  if (accWeakOnly && !(isPlaceWord(syllable) || isCommonEnglish(syllable))) accWeakOnly = false;
}

// The `why` of every unexplained score: nothing is ever added to it.
const NO_REASONS: MatchReason[] = Object.freeze([]) as unknown as MatchReason[];

export interface ScoreDetail {
  score: number;
  why: MatchReason[];
  /**
   * Set when the match is weak evidence (see `countryDiffersWeak`): `one_word` when the names are not the
   * same words and at most one distinctive word of theirs agrees, `own_word` when the listed name keeps a
   * word of its own the other lacks. Absent: not weak, or not known.
   */
  weak?: 'one_word' | 'own_word';
  /**
   * True when the name (the first of the two) names a country that the other lacks (`Top Glove (Thailand)`):
   * it says itself that it is an arm abroad, so another country is no evidence against it (see `applyCountry`).
   */
  countryNamed?: true;
}

const r4 = (x: number) => Math.round(x * 10000) / 10000;

/**
 * Scores two prepared names, 0–1, deterministically:
 *
 * 1. Tokens are aligned one-to-one, best pairs first: equal tokens and spellings of one place, a token
 *    equal to two adjacent ones run together (`goodwill` / `good will`), then fuzzy pairs by Jaro-Winkler
 *    ≥ `fuzzyMin`, or ≥ `phoneticFloor` when both sound alike (Double Metaphone: the phonetic gate) and
 *    keep more than `phoneticEditMin` of their spelling.
 * 2. score = Σ sim·w / (Σ w + penalties) over aligned pairs (w the mean of both tokens' weights), where
 *    unmatched tokens add their weight times `extensionPenalty` when only one side has them and
 *    `substitutionPenalty` when both sides do.
 * 3. Names equal once spaces are removed score at least 0.95; differing legal-form classes subtract
 *    `legalPenalty`; if no distinctive token aligned and the word bags differ, the score is capped at
 *    `commonCap` (`Xinjiang Trading` never matches on `Xinjiang` and `Trading`).
 *
 * With `explain`, `why` lists every pairing and penalty; without it `why` is empty (the fast path).
 * With `explainZero` false, a score of 0 comes without its reasons (for callers that drop such names).
 */
export function scorePrepared(
  q: PreparedName,
  c: PreparedName,
  explain = false,
  explainZero = true,
): ScoreDetail {
  const why: MatchReason[] = explain ? [] : NO_REASONS;
  const qt = q.norm.tokens;
  const ct = c.norm.tokens;
  const nq = qt.length;
  const nc = ct.length;
  if (nq === 0 || nc === 0) return { score: 0, why };
  if (usedQ.length < nq) usedQ = new Uint8Array(nq * 2);
  if (usedC.length < nc) usedC = new Uint8Array(nc * 2);
  usedQ.fill(0, 0, nq);
  usedC.fill(0, 0, nc);

  accNum = 0;
  accDen = 0;
  accDistinctive = false;
  accDistinctiveCount = 0;
  accDistinctiveC = '';
  accSyllablesOnly = true;
  accWeakOnly = true;
  accPlaces = 0;
  accWhy = explain ? why : null;

  // Exact pairs first.
  const qw = q.weights;
  const cw = c.weights;
  for (let i = 0; i < nq; i++) {
    for (let j = 0; j < nc; j++) {
      if (usedC[j] === 0 && sameToken(q, i, c, j)) {
        usedQ[i] = 1;
        usedC[j] = 1;
        alignPair(1, qw[i]!, cw[j]!, 'aligned', explain ? `${qt[i]} = ${ct[j]}` : '', qt[i]!, ct[j]!);
        break;
      }
    }
  }
  // Two spellings of one place (`hotan` / `hetian`, `kashi` / `kashgar`): the same word, as equal tokens are.
  const qp = q.places;
  const cp = c.places;
  if (qp && cp) {
    for (let i = 0; i < nq; i++) {
      const place = qp[i]!;
      if (usedQ[i] || place < 0) continue;
      for (let j = 0; j < nc; j++) {
        if (usedC[j] || cp[j] !== place) continue;
        usedQ[i] = 1;
        usedC[j] = 1;
        alignPair(
          1,
          qw[i]!,
          cw[j]!,
          'aligned',
          explain ? `${qt[i]} = ${ct[j]} (one place)` : '',
          qt[i]!,
          ct[j]!,
        );
        break;
      }
    }
  }
  // Run-together words: one token equal to two adjacent tokens of the other side.
  if (nq !== nc || nq > 1) {
    for (let i = 0; i < nq; i++) {
      if (usedQ[i]) continue;
      for (let j = 0; j + 1 < nc; j++) {
        if (usedC[j] || usedC[j + 1]) continue;
        const a = ct[j]!;
        const b = ct[j + 1]!;
        const t = qt[i]!;
        if (t.length === a.length + b.length && t.startsWith(a) && t.endsWith(b)) {
          usedQ[i] = 1;
          usedC[j] = 1;
          usedC[j + 1] = 1;
          const syllables = isPinyinSyllable(a) && isPinyinSyllable(b);
          alignPair(
            1,
            qw[i]!,
            Math.max(cw[j]!, cw[j + 1]!),
            'joined',
            explain ? `${t} = ${a} ${b}` : '',
            '',
            '',
            !syllables,
          );
          if (syllables) {
            syllablePart(b, cw[j + 1]!, qw[i]!);
            syllablePart(a, cw[j]!, qw[i]!);
          }
          break;
        }
      }
    }
    for (let j = 0; j < nc; j++) {
      if (usedC[j]) continue;
      for (let i = 0; i + 1 < nq; i++) {
        if (usedQ[i] || usedQ[i + 1]) continue;
        const a = qt[i]!;
        const b = qt[i + 1]!;
        const t = ct[j]!;
        if (t.length === a.length + b.length && t.startsWith(a) && t.endsWith(b)) {
          usedC[j] = 1;
          usedQ[i] = 1;
          usedQ[i + 1] = 1;
          const syllables = isPinyinSyllable(a) && isPinyinSyllable(b);
          alignPair(
            1,
            Math.max(qw[i]!, qw[i + 1]!),
            cw[j]!,
            'joined',
            explain ? `${a} ${b} = ${t}` : '',
            '',
            '',
            !syllables,
          );
          if (syllables) {
            syllablePart(b, qw[i + 1]!, cw[j]!);
            syllablePart(a, qw[i]!, cw[j]!);
          }
          break;
        }
      }
    }
  }
  // Acronyms: a token equal to the initials of two or more adjacent tokens of the other side (`pla` /
  // `people's liberation army`, `us` / `united states`). Two initials fit countless names (`hy` is Hai Yang,
  // Hua Yi, Hami Yarn …): they align but, like a common word, never make a match on their own.
  let found = acronyms(qt, ct, usedQ, usedC);
  // The distinctive pairs where the name's word is the initials of the listed name's (the list never gives them).
  let initialsOnly = 0;
  for (let k = 0; k < found; k++) {
    const i = acrBuf[3 * k]!;
    const j = acrBuf[3 * k + 1]!;
    const len = acrBuf[3 * k + 2]!;
    if (len > 2 && qw[i]! >= COMMON_CUT && cw[j]! >= COMMON_CUT) initialsOnly++;
    alignPair(
      1,
      qw[i]!,
      cw[j]!,
      'acronym',
      explain ? `${qt[i]} = ${ct.slice(j, j + len).join(' ')}` : '',
      '',
      '',
      len > 2,
    );
  }
  found = acronyms(ct, qt, usedC, usedQ);
  for (let k = 0; k < found; k++) {
    const j = acrBuf[3 * k]!;
    const i = acrBuf[3 * k + 1]!;
    const len = acrBuf[3 * k + 2]!;
    alignPair(
      1,
      qw[i]!,
      cw[j]!,
      'acronym',
      explain ? `${qt.slice(i, i + len).join(' ')} = ${ct[j]}` : '',
      '',
      '',
      len > 2,
    );
  }
  // Fuzzy pairs, best first: a similarity matrix in a reused buffer, the best free pair taken each round.
  oneEditAllowed = accDistinctive;
  if (simBuf.length < nq * nc) simBuf = new Float64Array(nq * nc * 2);
  let open = 0;
  const cc = c.codes;
  const cm = c.masks;
  for (let i = 0; i < nq; i++) {
    const row = i * nc;
    if (usedQ[i]) {
      simBuf.fill(0, row, row + nc);
      continue;
    }
    const a = qt[i]!;
    const codeA = q.codes[i]!;
    const maskA = q.masks[i]!;
    for (let j = 0; j < nc; j++) {
      const sim = usedC[j] ? 0 : tokenSim(a, ct[j]!, codeA, cc[j]!, maskA, cm[j]!);
      simBuf[row + j] = sim;
      if (sim > 0) open++;
    }
  }
  while (open > 0) {
    let bestK = -1;
    let bestSim = 0;
    for (let k = 0; k < nq * nc; k++) {
      if (simBuf[k]! > bestSim) {
        bestSim = simBuf[k]!;
        bestK = k;
      }
    }
    if (bestK < 0) break;
    const i = Math.floor(bestK / nc);
    const j = bestK - i * nc;
    usedQ[i] = 1;
    usedC[j] = 1;
    alignPair(
      bestSim,
      qw[i]!,
      cw[j]!,
      'aligned',
      explain ? `${qt[i]} ~ ${ct[j]} (${r4(bestSim)})` : '',
      qt[i]!,
      ct[j]!,
    );
    for (let jj = 0; jj < nc; jj++) simBuf[i * nc + jj] = 0;
    for (let ii = 0; ii < nq; ii++) simBuf[ii * nc + j] = 0;
    open = 0;
    for (let k = 0; k < nq * nc; k++) if (simBuf[k]! > 0) open++;
  }
  // Nothing aligned: the score is 0 unless the names are equal once spaces are removed (most of the
  // candidates a list's index finds end here).
  if (accDen === 0 && open === 0 && (!explain || !explainZero) && !joinedEqual(q, c)) {
    return { score: 0, why: NO_REASONS };
  }
  let uq = 0;
  let uc = 0;
  for (let i = 0; i < nq; i++) {
    if (usedQ[i]) continue;
    uq += qw[i]!;
    if (explain) why.push({ code: 'unmatched_query', detail: qt[i]!, weight: r4(qw[i]!) });
  }
  for (let j = 0; j < nc; j++) {
    if (usedC[j]) continue;
    uc += cw[j]!;
    if (explain) why.push({ code: 'unmatched_candidate', detail: ct[j]!, weight: r4(cw[j]!) });
  }
  const sub = Math.min(uq, uc);
  const penalty =
    SCORE_SETTINGS.substitutionPenalty * 2 * sub + SCORE_SETTINGS.extensionPenalty * (Math.max(uq, uc) - sub);
  let score = accDen > 0 ? accNum / (accDen + penalty) : 0;
  if (
    score < SCORE_SETTINGS.organisationWordsFloor &&
    accDistinctive &&
    // A name of its own in common, or a place named as the group is with the other's arm named with its
    // country (`Zijin Mining (Serbia)` / `Zijin Mining Group`, Zijin being a county too).
    (!accWeakOnly || (accPlaces > 0 && unmatchedCountry(q, usedQ))) &&
    accNum === accDen &&
    (uq > 0 || uc > 0) &&
    organisationWordsDiffer(q, usedQ, c, usedC)
  ) {
    // Every pair aligned is equal, among them a name of its own, and what is left over on either side
    // says what kind of organisation it is or where: the group's holding or an arm of it (`Esquel
    // Enterprises` / `Esquel Group`), which the substitution penalty would take for another name.
    score = SCORE_SETTINGS.organisationWordsFloor;
    if (explain)
      why.push({
        code: 'organisation_words_differ',
        detail: 'the same name but for words of the kind of organisation or of a country',
        weight: SCORE_SETTINGS.organisationWordsFloor,
      });
  }

  const squashedEqual = q.squashedLength === c.squashedLength && sameJoined(qt, ct);
  // Equal once spaces are removed, with or without legal forms (`Yunnan1st Prison`): the same name.
  const joinedAll = squashedEqual || allJoinedEqual(q, c);
  if (joinedAll) {
    if (score < 0.95) {
      score = 0.95;
      if (explain) why.push({ code: 'joined', detail: 'equal once spaces are removed' });
    }
  }
  const exact = sameWords(q, c);
  if (exact && explain) why.push({ code: 'exact', detail: 'same words' });

  const qk = q.norm.legalKinds;
  const ck = c.norm.legalKinds;
  if (qk.length > 0 && ck.length > 0 && !shareAny(qk, ck)) {
    score -= SCORE_SETTINGS.legalPenalty;
    if (explain) {
      why.push({
        code: 'legal_form_differs',
        detail: `${q.norm.legalForms.join(' ')} / ${c.norm.legalForms.join(' ')}`,
        weight: -SCORE_SETTINGS.legalPenalty,
      });
    }
  }
  if (!accDistinctive && !exact && !squashedEqual && score > SCORE_SETTINGS.commonCap) {
    score = SCORE_SETTINGS.commonCap;
    if (explain)
      why.push({
        code: 'common_words_only',
        detail: 'no distinctive word matched',
        weight: SCORE_SETTINGS.commonCap,
      });
  }
  if (
    !exact &&
    !joinedAll &&
    score > SCORE_SETTINGS.commonCap &&
    accSyllablesOnly &&
    (accDistinctiveCount === 1 ||
      (accDistinctiveCount === 2 &&
        (unmatchedOwnWordOrNumber(c, usedC) || (unmatchedWord(q, usedQ) && unmatchedWord(c, usedC)))))
  ) {
    // One Chinese syllable (`Wang`, `Li`, `Da`) is a surname or a part of countless names: alone it tells
    // nothing (`Wang Ltd` is not the vessel `Da Wang`). Two tell little more when the listed name has more
    // of its own, its hull number or another word (`Hua Li Garment` is not the vessel `Hua Li 8`), or when
    // each name has a word the other lacks (`Hua Sheng Garment Factory` / `Hua Sheng Knitting Factory`).
    score = SCORE_SETTINGS.commonCap;
    if (explain)
      why.push({
        code: 'syllables_only',
        detail: `only Chinese syllables in common (${accDistinctiveCount === 1 ? accDistinctiveC : 'two'}), which countless names have`,
        weight: SCORE_SETTINGS.commonCap,
      });
  }
  if (
    accDistinctiveCount >= 1 &&
    accWeakOnly &&
    !exact &&
    !joinedAll &&
    score > SCORE_SETTINGS.commonCap &&
    !numberAligned(c, usedC) &&
    ((accDistinctiveCount === 1 && unmatchedOwnWord(c, usedC)) ||
      (accPlaces === 0 &&
        (unmatchedInnerWord(c, usedC, q) || (qt.length === 1 && unmatchedTrade(c, usedC, q)))) ||
      (accPlaces === 1 && unmatchedOwnName(c, usedC)) ||
      unmatchedOwnWord(q, usedQ) ||
      (unmatchedNumber(c, usedC) && numberMarked(c)))
  ) {
    // The distinctive words in common are places (`Ninghai Textile` / `Ninghai Huafu Textile`) or common
    // English words (`Dongguan Shoes` / `Dongguan Oasis Shoes`, `Top Quality Glove` / `Top Glove`), and one
    // of the names has a word of its own that the other lacks: the words shared are what countless
    // companies have, what is left over says which company each is. The listed name's number after `No.` is
    // such a word: it tells the plant or prison from its siblings (`Tianjin Printing Co` is not `Tianjin
    // No. 2 Printing Plant`), where a bare number may be a renamed vessel's (`Victory` / `Victory 3`).
    // A number in common (`841 Cotton Transfer Warehouse`) says it as well. One place and common words
    // in common, however many, say where a company is and what it makes, which countless companies share
    // as they share the place alone: the listed name's own name is needed (`Aksu Yarn Co` is not `Akesu
    // Huafu Melange Yarn`). Two places in common are left to the count above: a place's name is often a
    // trade name too (`Binzhou Yintai Industrial`, where Yintai is also a district of Tongchuan).
    // With common English words in common and no place, a word of the listed name left out that is
    // neither its place nor its trade, however common, says the names differ (`Great Energy` is not
    // `Xinjiang Great New Energy`, `Hair Accessories` is not `Hetian Haolin Hair Accessories`, `Rare Earth
    // Group Holdings` is not `Rare Earth Magnesium Technology Group Holdings`): names made of common words
    // are told apart by nothing else. A name that is one such word alone is not a listed name that has its
    // trade besides (`Union Co` is not `Union Biotech`, `Top Co` is not `Top Glove`), while a place beside
    // it says more (`Dongguan Oasis Co` for `Dongguan Oasis Shoes`).
    score = SCORE_SETTINGS.commonCap;
    if (explain)
      why.push({
        code: 'own_word_missing',
        detail: `only places or common words in common (${accDistinctiveC}${accDistinctiveCount > 1 ? ' …' : ''}); a word of one name's own is missing from the other`,
        weight: SCORE_SETTINGS.commonCap,
      });
  }
  if (!exact && !joinedAll && score > SCORE_SETTINGS.leadCap) {
    const place = unmatchedPlace(c, usedC);
    if (place !== '') {
      // The listed name has a place of its own that the other lacks or names another place for: a group
      // names its plants by their place (`Donghai JA Solar Technology`, `Akesu Huafu Melange Yarn`), and
      // the rest of the name is the group's, which its other companies share. A lead, not the listed plant.
      score = SCORE_SETTINGS.leadCap;
      if (explain)
        why.push({
          code: 'place_differs',
          detail: `the listed name's place (${place}) is not in the other name: maybe another company of the group`,
          weight: SCORE_SETTINGS.leadCap,
        });
    }
  }
  if (!exact && !joinedAll && score > SCORE_SETTINGS.leadCap) {
    const place = anyUnmatchedPlace(c, usedC);
    if (place !== '') {
      const other = anyUnmatchedPlace(q, usedQ);
      if (other !== '' || (!REGION_WORDS.has(place) && !ownNameAligned(c, usedC))) {
        // The listed name's place, however many companies share it (`Tianjin`, `Xuzhou`, `Xinjiang`), is
        // replaced by another (`Jinan Forging and Pressing Machine Works` is not the Xuzhou works, `Shanghai
        // Nonferrous Metals` not Xinjiang's), or left out of a name with nothing of the listed name's own
        // besides (`Pipe Fitting Factory`, `No. 2 Printing Plant`): the words left are what countless
        // factories are called. With a name of its own in common (`Minlong Warehousing`), or another place
        // of the listed name's (`Laiyang Heavy Duty Machinery Factory` without `Shandong`), the place left
        // out is only a shorter spelling, and so is a region left out (`Great New Energy` for `Xinjiang
        // Great New Energy`), which most of the list's names open with.
        score = SCORE_SETTINGS.leadCap;
        if (explain)
          why.push({
            code: 'place_differs',
            detail:
              other !== ''
                ? `the listed name's place (${place}) is another than the other name's (${other})`
                : `the listed name's place (${place}) is not in the other name, which has no word of the listed name's own`,
            weight: SCORE_SETTINGS.leadCap,
          });
      }
    }
  }
  if (
    !exact &&
    !joinedAll &&
    score > SCORE_SETTINGS.leadCap &&
    unmatchedInnerNumber(c, usedC) &&
    !numberAligned(c, usedC) &&
    !ownNameAligned(c, usedC)
  ) {
    // The listed name's number is all that tells it from what countless others are called (`841 Cotton
    // Transfer Warehouse` against `Cotton Transfer Warehouse`): left out, a possible match. A number at a
    // name's end is left alone: it may be a renamed vessel's (`Victory` / `Victory 3`).
    score = SCORE_SETTINGS.leadCap;
    if (explain)
      why.push({
        code: 'own_word_missing',
        detail:
          "the listed name's number is not in the other name, which has no word of the listed name's own",
        weight: SCORE_SETTINGS.leadCap,
      });
  }
  if (
    !exact &&
    !joinedAll &&
    score > SCORE_SETTINGS.leadCap &&
    (q.norm.legalForms.length > 0 || c.norm.legalForms.length > 0)
  ) {
    const own = lastOwnName(c, usedC);
    const extra = own === '' && commonEnglishAligned(c, usedC) ? lastOwnName(q, usedQ) : '';
    if (own !== '' || extra !== '') {
      // A company's name is told from its namesakes by its last name word as by the others: a listed
      // company with a name word of its own that the other lacks, even its last (`PT Sinar Jaya Abadi`
      // against `PT Sinar Jaya`), may be another company of the same common name. Names of people
      // (no legal form) often leave out a middle or last name, and are left alone. The same the other way,
      // for a listed name that a common English word helps make (`Union`, `Top`): the other company's last
      // name word, which the listed name lacks (`Union Kogyo Seiki` against `Union Kogyo`). A name of words
      // of its own (`Deutsche Bank`) with a word added is more often the company's arm (`Deutsche Bank
      // (Schweiz)`).
      score = SCORE_SETTINGS.leadCap;
      if (explain)
        why.push({
          code: 'own_name_missing',
          detail:
            own !== ''
              ? `a name word of the listed company's own (${own}) is not in the other name`
              : `a name word of the other company's own (${extra}) is not in the listed name`,
          weight: SCORE_SETTINGS.leadCap,
        });
    }
  }
  if (
    initialsOnly > 0 &&
    initialsOnly === accDistinctiveCount &&
    !exact &&
    !joinedAll &&
    score > SCORE_SETTINGS.commonCap
  ) {
    const own = unmatchedQualifier(q, usedQ);
    if (own !== '') {
      // Initials the list never gives fit countless names, and many are trade terms (`RMG`, ready-made
      // garments, is also Rizhao Meijia Group): they stand for the listed name when they are the whole name
      // (`PLA`), or beside the country of its arm (`PLA China`), not beside a word of the name's own that the
      // listed name lacks (`RMG Apparel`, `Dhaka RMG`).
      score = SCORE_SETTINGS.commonCap;
      if (explain)
        why.push({
          code: 'initials_only',
          detail: `only initials in common, which the list does not give, and a word of the name's own: ${own}`,
          weight: SCORE_SETTINGS.commonCap,
        });
    }
  }
  const oneWord = !exact && !squashedEqual && accDistinctiveCount <= 1;
  const ownWord = !oneWord && !exact && !joinedAll && unmatchedOwnWord(c, usedC);
  return {
    score: r4(Math.min(1, Math.max(0, score))),
    why,
    ...(oneWord ? { weak: 'one_word' as const } : ownWord ? { weak: 'own_word' as const } : {}),
    ...(unmatchedCountry(q, usedQ) ? { countryNamed: true } : {}),
  };
}

/**
 * True when the last token of `c`, most often its trade, was left unaligned and is a word of its own: not
 * a place, a word of a country or part of the world, of the kind of organisation or a stop word, and no
 * number (`biotech` of `Union Biotech`, `glove` of `Top Glove`).
 */
function unmatchedTrade(c: PreparedName, usedC: Uint8Array, q: PreparedName): boolean {
  const j = c.norm.tokens.length - 1;
  if (j < 0 || usedC[j] !== 0) return false;
  const t = c.norm.tokens[j]!;
  return !(
    inLegalForm(t, q) ||
    DIGIT.test(t) ||
    isPlaceWord(t) ||
    REGION_WORDS.has(t) ||
    ORGANISATION_WORDS.has(t) ||
    STOP_WORDS.has(t) ||
    (c.countries != null && c.countries[j] === 1)
  );
}

/**
 * The last token of `c` when it was left unaligned and is a name word of its own (`abadi` of `PT Sinar Jaya
 * Abadi`): distinctive, four letters or more, not a common English word, a place, a word of a country or
 * part of the world or of the kind of organisation; else ''.
 */
function lastOwnName(c: PreparedName, usedC: Uint8Array): string {
  const j = c.norm.tokens.length - 1;
  if (j < 1 || usedC[j] !== 0) return '';
  const t = c.norm.tokens[j]!;
  if (c.weights[j]! < COMMON_CUT || t.length < 4 || DIGIT.test(t) || isCommonEnglish(t)) return '';
  if (isPlaceWord(t) || REGION_WORDS.has(t) || ORGANISATION_WORDS.has(t) || STOP_WORDS.has(t)) return '';
  if (c.countries != null && c.countries[j] === 1) return '';
  return t;
}

/** The first place of `c` left unaligned that is distinctive (`donghai`, `akesu`; not `xinjiang`), or ''. */
function unmatchedPlace(c: PreparedName, usedC: Uint8Array): string {
  const ct = c.norm.tokens;
  for (let j = 0; j < ct.length; j++) {
    const t = ct[j]!;
    if (usedC[j] === 0 && c.weights[j]! >= COMMON_CUT && !REGION_WORDS.has(t) && isPlaceWord(t)) return t;
  }
  return '';
}

/** True when a distinctive token of `c` that was aligned is a common English word (`union`, `top`). */
function commonEnglishAligned(c: PreparedName, usedC: Uint8Array): boolean {
  const ct = c.norm.tokens;
  for (let j = 0; j < ct.length; j++) {
    if (usedC[j] !== 0 && c.weights[j]! >= COMMON_CUT && isCommonEnglish(ct[j]!)) return true;
  }
  return false;
}

/** The first place of `p` left unaligned, however common (`tianjin`, `xinjiang`), or ''. */
function anyUnmatchedPlace(p: PreparedName, used: Uint8Array): string {
  const t = p.norm.tokens;
  for (let i = 0; i < t.length; i++) if (used[i] === 0 && isPlaceWord(t[i]!)) return t[i]!;
  return '';
}

/**
 * True when a token of `c` that was aligned is a place (`laiyang`) or a distinctive name of its own: not a
 * word of a country or part of the world, a common English word or a number (`minlong`, `esquel`; not
 * `pipe`, `2`, `xinjiang`).
 */
function ownNameAligned(c: PreparedName, usedC: Uint8Array): boolean {
  const ct = c.norm.tokens;
  for (let j = 0; j < ct.length; j++) {
    if (usedC[j] === 0) continue;
    const t = ct[j]!;
    if (isPlaceWord(t) && !REGION_WORDS.has(t)) return true;
    if (c.weights[j]! < COMMON_CUT) continue;
    if (DIGIT.test(t) || REGION_WORDS.has(t) || isCommonEnglish(t)) continue;
    return true;
  }
  return false;
}

/**
 * True when a token of `p` left unaligned says something of the name: not a place, a word of a country or
 * part of the world, of the kind of organisation or a stop word, and no number (`garment`, `knitting`).
 */
function unmatchedWord(p: PreparedName, used: Uint8Array): boolean {
  const t = p.norm.tokens;
  for (let i = 0; i < t.length; i++) {
    if (used[i] !== 0) continue;
    const w = t[i]!;
    if (DIGIT.test(w) || isPlaceWord(w) || REGION_WORDS.has(w) || ORGANISATION_WORDS.has(w)) continue;
    if (STOP_WORDS.has(w) || (p.countries != null && p.countries[i] === 1)) continue;
    return true;
  }
  return false;
}

/** True when a token of `q` left unaligned names a country (`Top Glove (Thailand)`, `Esquel Group (Sri Lanka)`). */
function unmatchedCountry(q: PreparedName, usedQ: Uint8Array): boolean {
  const countries = q.countries;
  if (!countries) return false;
  for (let i = 0; i < q.norm.tokens.length; i++) if (usedQ[i] === 0 && countries[i] === 1) return true;
  return false;
}

/**
 * True when a token of `c` left unaligned is a word of its name beyond its place and its trade: not a
 * place, a word of a country or part of the world or a stop word, no number (a bare number may be a renamed
 * vessel's), not the name's last word, most often its trade (`New` of `Xinjiang Great New Energy`,
 * however common a word), and, with `q`, not a word of `q`'s legal form (`inLegalForm`).
 */
function unmatchedInnerWord(c: PreparedName, usedC: Uint8Array, q?: PreparedName): boolean {
  const ct = c.norm.tokens;
  for (let j = 0; j < ct.length - 1; j++) {
    if (usedC[j] !== 0) continue;
    const t = ct[j]!;
    if (DIGIT.test(t) || isPlaceWord(t) || REGION_WORDS.has(t) || STOP_WORDS.has(t)) continue;
    if (q && inLegalForm(t, q)) continue;
    return true;
  }
  return false;
}

/**
 * True when `t` is a word of `q`'s legal form, or one slip from one (`joynt` of a listed `Joynt Stock
 * Company` against `Joint Stock Company`): a legal form the normaliser did not read for its slip, not a
 * word of the name's own.
 */
function inLegalForm(t: string, q: PreparedName): boolean {
  const all = q.norm.allTokens;
  if (all.length === q.norm.tokens.length) return false;
  for (const u of all) {
    if (q.norm.tokens.includes(u)) continue;
    if (u === t || (u.length >= 4 && t.length >= 4 && oneEditApart(u, t))) return true;
  }
  return false;
}

/**
 * Whether a word names a country as `resolve` reads it (`malaysia`, `schweiz`): four letters or more, as
 * shorter ones are as often codes or initials (`ind` is India's code and industry's abbreviation), and
 * not a common English word, which a resolver may read as a country's name in another language
 * (`island`, Iceland in German) or which is a country's only by chance (`turkey`).
 */
export function isCountryWord(token: string, resolve: (text: string) => string | null): boolean {
  return token.length >= 4 && !DIGIT.test(token) && !isCommonEnglish(token) && resolve(token) !== null;
}

/**
 * Per token, 1 when it names a country (`isCountryWord`) or is one of two adjacent words that together do
 * (`hong kong`, `sri lanka`, as a resolver reads them), else 0.
 */
export function countryWords(
  tokens: readonly string[],
  resolve: (text: string) => string | null,
): Uint8Array {
  const out = Uint8Array.from(tokens, (t) => (isCountryWord(t, resolve) ? 1 : 0));
  markCountryPairs(tokens, resolve, out);
  return out;
}

/** Sets `out` to 1 for both of two adjacent tokens that together name a country (`hong kong`). */
export function markCountryPairs(
  tokens: readonly string[],
  resolve: (text: string) => string | null,
  out: Uint8Array,
): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const a = tokens[i]!;
    const b = tokens[i + 1]!;
    if (a.length < 3 || b.length < 3 || DIGIT.test(a) || DIGIT.test(b)) continue;
    if (resolve(`${a} ${b}`) !== null) {
      out[i] = 1;
      out[i + 1] = 1;
    }
  }
}

/**
 * When every token of `p` left unaligned is a word of the kind of organisation (`ORGANISATION_WORDS`), of a
 * country or part of the world (`REGION_WORDS`, or a country's name by `p.countries`), a place (a group's
 * plants named by their towns: `Ningbo Huafu Textile` / `Ninghai Huafu Textile`) or a stop word: the
 * number of those of a country or part of the world among them. Otherwise -1.
 */
function organisationLeftOver(p: PreparedName, used: Uint8Array): number {
  const t = p.norm.tokens;
  const countries = p.countries;
  let where = 0;
  for (let i = 0; i < t.length; i++) {
    if (used[i] !== 0) continue;
    const w = t[i]!;
    if (ORGANISATION_WORDS.has(w) || STOP_WORDS.has(w)) continue;
    if (REGION_WORDS.has(w) || (countries && countries[i] === 1)) where++;
    else if (isPlaceWord(w)) continue;
    else return -1;
  }
  return where;
}

/**
 * True when both names are the same but for words of the kind of organisation or of one name's country
 * (`organisationWordsFloor`). Two countries, one in each name, name two arms of a group, which the labelled
 * pairs never take for one another (`Banco Santander México` / `Banco Santander Chile`, `Bowne Global
 * Solutions (France)` / `(Germany)`).
 */
function organisationWordsDiffer(
  q: PreparedName,
  usedQ: Uint8Array,
  c: PreparedName,
  usedC: Uint8Array,
): boolean {
  const inQ = organisationLeftOver(q, usedQ);
  if (inQ < 0) return false;
  const inC = organisationLeftOver(c, usedC);
  return inC >= 0 && (inQ === 0 || inC === 0);
}

/**
 * True when a token of `c` left unaligned is a word of its own: distinctive (not a common word or a
 * number), of three letters or more (`Top`; two letters are as often initials), and not the name's last
 * word, which is most often its trade (`Dongguan Oasis Shoes`: `Oasis` is its own, `Shoes` its trade), and
 * not a word of a country or part of the world.
 */
function unmatchedOwnWord(c: PreparedName, usedC: Uint8Array): boolean {
  const ct = c.norm.tokens;
  const countries = c.countries;
  for (let j = 0; j < ct.length - 1; j++) {
    if (usedC[j] !== 0 || c.weights[j]! < COMMON_CUT || ct[j]!.length < 3) continue;
    // A country's name says where the arm is (`Zijin Mining Group (Hong Kong)`), not which company.
    if (REGION_WORDS.has(ct[j]!) || (countries && countries[j] === 1)) continue;
    return true;
  }
  return false;
}

/**
 * True when a token of `c` left unaligned is a name of its own (`Huafu`, `Haolin`): an `unmatchedOwnWord`
 * that is neither a place nor a common English word, which may be a qualifier (`Zinc Oxide`, `Prefecture`)
 * as much as a name.
 */
function unmatchedOwnName(c: PreparedName, usedC: Uint8Array): boolean {
  const ct = c.norm.tokens;
  for (let j = 0; j < ct.length - 1; j++) {
    const t = ct[j]!;
    if (usedC[j] !== 0 || c.weights[j]! < COMMON_CUT || t.length < 3) continue;
    if (!isCommonEnglish(t) && !isPlaceWord(t)) return true;
  }
  return false;
}

/**
 * The first token of `q` left unaligned that says what the name is beyond its initials (`apparel`,
 * `dhaka`, a number), or '': stop words and words of a country or part of the world (`REGION_WORDS`) do not.
 */
function unmatchedQualifier(q: PreparedName, usedQ: Uint8Array): string {
  const qt = q.norm.tokens;
  for (let i = 0; i < qt.length; i++) {
    const t = qt[i]!;
    if (usedQ[i] === 0 && !STOP_WORDS.has(t) && !REGION_WORDS.has(t)) return t;
  }
  return '';
}

const DIGITS_ONLY = /^\d+$/;

/** True when a number of `c` was aligned (numbers align only with equal numbers): `841 Cotton …`. */
function numberAligned(c: PreparedName, usedC: Uint8Array): boolean {
  const ct = c.norm.tokens;
  for (let j = 0; j < ct.length; j++) if (usedC[j] !== 0 && DIGITS_ONLY.test(ct[j]!)) return true;
  return false;
}

/** True when a number of `c` was left unaligned (a vessel's hull number, a unit's number). */
function unmatchedNumber(c: PreparedName, usedC: Uint8Array): boolean {
  const ct = c.norm.tokens;
  for (let j = 0; j < ct.length; j++) if (usedC[j] === 0 && DIGITS_ONLY.test(ct[j]!)) return true;
  return false;
}

/** True when a number of `c` before its last word was left unaligned (`841` of `841 Cotton Transfer Warehouse`). */
function unmatchedInnerNumber(c: PreparedName, usedC: Uint8Array): boolean {
  const ct = c.norm.tokens;
  for (let j = 0; j < ct.length - 1; j++) if (usedC[j] === 0 && DIGITS_ONLY.test(ct[j]!)) return true;
  return false;
}

/** True when `c` numbers itself with a marker (`No. 2`, `No.4`), as units of one organisation do. */
function numberMarked(c: PreparedName): boolean {
  const all = c.norm.allTokens;
  for (let j = 0; j < all.length; j++) {
    const t = all[j]!;
    if (isNumberMarker(t) && (t.length > 2 || (j + 1 < all.length && DIGITS_ONLY.test(all[j + 1]!))))
      return true;
  }
  return false;
}

/** `unmatchedOwnWord`, or a number of `c` left unaligned. */
function unmatchedOwnWordOrNumber(c: PreparedName, usedC: Uint8Array): boolean {
  return unmatchedOwnWord(c, usedC) || unmatchedNumber(c, usedC);
}

function shareAny(a: readonly string[], b: readonly string[]): boolean {
  for (const x of a) if (b.includes(x)) return true;
  return false;
}

/**
 * Applies the country signal: agreement adds a little, disagreement takes off more, and more again
 * when the names share only one distinctive word (`countryDiffersWeak`), and keeps the score under the
 * threshold (`countryDiffersCap`). Hong Kong or Macao against China
 * neither adds nor takes off (see `PART_OF`).
 */
export function applyCountry(
  detail: ScoreDetail,
  queryIso3: string | null,
  entryIso3: string | null,
  explain: boolean,
): ScoreDetail {
  if (!queryIso3 || !entryIso3 || detail.score === 0) return detail;
  if (partOf(queryIso3, entryIso3) || partOf(entryIso3, queryIso3)) {
    // Neither agreement nor disagreement: a Hong Kong group listed under China is the same country to the
    // list, but Hong Kong is not where every Chinese company is.
    if (explain) {
      detail.why.push({
        code: 'country_compatible',
        detail: `${queryIso3} / ${entryIso3} (${PART_OF_NOTE})`,
        weight: 0,
      });
    }
    return detail;
  }
  if (queryIso3 === entryIso3) {
    const score = r4(Math.min(1, detail.score + SCORE_SETTINGS.countryAgrees));
    if (explain)
      detail.why.push({ code: 'country_agrees', detail: queryIso3, weight: SCORE_SETTINGS.countryAgrees });
    return { ...detail, score };
  }
  // A name that says it is the arm in a country (`Esquel Group (Sri Lanka)`) is not another company for
  // being there: no penalty. Either way, a name in another country than the listed one is a lead to
  // check, not the listed entity: the score stays under the threshold (`countryDiffersCap`).
  const penalty = detail.countryNamed
    ? 0
    : detail.weak !== undefined
      ? SCORE_SETTINGS.countryDiffersWeak
      : SCORE_SETTINGS.countryDiffers;
  const score = r4(Math.min(SCORE_SETTINGS.countryDiffersCap, Math.max(0, detail.score - penalty)));
  if (explain) {
    detail.why.push({
      code: 'country_differs',
      detail: `${queryIso3} / ${entryIso3}${detail.countryNamed ? ' (an arm named with its country)' : WEAK_NOTE[detail.weak ?? 'none']}; at most a possible match`,
      weight: -penalty,
    });
  }
  return { ...detail, score };
}

/**
 * Countries that the lists count as part of another: the UFLPA Entity List gives its Hong Kong-based
 * entries the country China ("China (Hong Kong-based group)"), and Hong Kong and Macao are Special
 * Administrative Regions of China. A supplier there does not differ in country from an entry listed
 * under China, nor the other way round.
 */
const PART_OF: Readonly<Record<string, string>> = { HKG: 'CHN', MAC: 'CHN' };
const PART_OF_NOTE = 'Hong Kong and Macao are part of China, as the lists have them';

function partOf(part: string, whole: string): boolean {
  return PART_OF[part] === whole;
}

/** What the country mismatch's explanation adds, by why the match is weak. */
const WEAK_NOTE = {
  none: '',
  one_word: ' (one distinctive word in common)',
  own_word: ' (and a word of the listed name missing)',
} as const;

export interface ScoreNamesOptions {
  /** Token weights (default: the stoplists alone, as no list is at hand). */
  weigh?: TokenWeigher;
  /** The two names' countries, any spelling `resolveCountry` understands. */
  countryA?: string | null;
  countryB?: string | null;
  /** Resolves countries, those given and those a name has among its words (`Hoshine Silicon (Malaysia)`). */
  resolveCountry?: (text: string) => string | null;
}

/**
 * Scores one pair of names (0–1) with the matcher's algorithm, with its explanation. Without a list
 * at hand, token weights come from the stoplists only.
 */
export function scoreNames(
  a: string,
  b: string,
  normaliser: NameNormaliser,
  opts: ScoreNamesOptions = {},
): ScoreDetail {
  const weigh = opts.weigh ?? stoplistWeight;
  const resolve = opts.resolveCountry;
  const prepare = (name: string): PreparedName => {
    const p = prepareName(name, normaliser.normalise(name), weigh);
    if (resolve) p.countries = countryWords(p.norm.tokens, resolve);
    return p;
  };
  const detail = scorePrepared(prepare(a), prepare(b), true);
  if (!resolve) return detail;
  const ca = opts.countryA ? resolve(opts.countryA) : null;
  const cb = opts.countryB ? resolve(opts.countryB) : null;
  return applyCountry(detail, ca, cb, true);
}
