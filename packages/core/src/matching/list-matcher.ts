import type { ListEntry } from './list-entry.js';
import type { MatchCandidate, MatchOptions, NameMatcher } from './name-matcher.js';
import type { NameNormaliser, NormalisedName } from './name-normaliser.js';
import { splitNameNote } from './name-note.js';
import {
  applyCountry,
  isCountryWord,
  joinedLength,
  letterMask,
  markCountryPairs,
  type PreparedName,
  phoneticCode,
  prepareName,
  SCORE_SETTINGS,
  type ScoreDetail,
  scorePrepared,
  wordBag,
} from './name-score.js';
import { type PlaceNames, placeSpellings } from './place-spellings.js';
import { COMMON_CUT, listTokenWeigher, type TokenWeigher } from './token-weights.js';

export interface MatcherOptions {
  normaliser: NameNormaliser;
  /** The score at which a candidate counts as a match (default `SCORE_SETTINGS.threshold`). */
  threshold?: number;
  /** Resolves a country spelling (ISO alpha-2, alpha-3, a name) to ISO alpha-3, or null. */
  resolveCountry?: (text: string) => string | null;
  /**
   * Score every name instead of the index's candidates: slow, for checking the index. Default false.
   */
  exhaustive?: boolean;
  /** How many of the index's best candidates are scored in full (default 24). */
  maxCandidates?: number;
  /**
   * A gazetteer (the reference data's `xinjiang`) whose spellings of one place count as one word
   * (`Hotan` / `Hetian`, `Kashgar` / `Kashi`; see `placeSpellings`). Default none, which only small matchers
   * over made-up entries should rely on: a matcher that screens real data passes the reference data's
   * gazetteer (as the CLI's engine and its list-change alerts do), else `HOTAN TAIDA APPAREL` does not find
   * the order on Hetian Taida Apparel.
   */
  places?: PlaceNames;
}

/** One name (primary or alias) of one entry, prepared for scoring. */
interface Variant {
  entry: number;
  name: string;
  prepared: PreparedName;
}

/** A candidate kept while scoring: the entry's best name so far. */
interface Kept {
  variant: number;
  score: number;
  detail: ScoreDetail | null;
}

const ALPHA3 = /^[A-Za-z]{3}$/;

/** True when the token is 2–6 letters a–z (a possible acronym); a charCode loop, no regex per token. */
function acronymLike(t: string): boolean {
  const n = t.length;
  if (n < 2 || n > 6) return false;
  for (let i = 0; i < n; i++) {
    const c = t.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return true;
}

/**
 * What the matcher knows of one token, looked up once per query token: its weight, phonetic code,
 * letter mask, index in the list's vocabulary, and the postings it adds to the candidates' hits.
 */
interface TokenInfo {
  /** Index in the list's vocabulary, or -1 for a word no listed name has. */
  id: number;
  weight: number;
  code: string;
  mask: number;
  /** The index of the place it spells when the place has other spellings, or -1. */
  place: number;
  /** 1 when it names a country (`isCountryWord`, by the `resolveCountry` option), else 0. */
  country: number;
  /** The postings of its blocking keys that are looked up, in order, and the hit each adds. */
  postings: number[][];
  hits: number[];
}

/** The blocking index: one map per kind of key, each from key to the ids of the names having it. */
interface BlockingIndex {
  /** Distinctive tokens. */
  token: Map<string, number[]>;
  /** Their first four letters (tokens longer than four). */
  prefix: Map<string, number[]>;
  /** Their primary Double Metaphone codes (two or more letters). */
  sound: Map<string, number[]>;
  /** Short all-letter distinctive tokens, found by a query's initials (`PLA` for `People's Liberation Army`). */
  short: Map<string, number[]>;
  /** The initials of multi-word names, found by a query's short tokens and by its initials. */
  initials: Map<string, number[]>;
  /** Word bags of names made only of common words (they need an exact match anyway). */
  bag: Map<string, number[]>;
  /**
   * Two adjacent tokens run together, at least one of them distinctive (`dawang` for `Da Wang`,
   * `fa7` for `Zhen Fa 7`), found by a query's word written as one (`DAWANG 1`).
   */
  joined: Map<string, number[]>;
}

function put(map: Map<string, number[]>, key: string, id: number): void {
  const posting = map.get(key);
  if (!posting) map.set(key, [id]);
  else if (posting[posting.length - 1] !== id) posting.push(id);
}

function initials(tokens: string[]): string {
  let s = '';
  for (const t of tokens) s += t[0];
  return s;
}

function indexName(index: BlockingIndex, p: PreparedName, id: number): void {
  const tokens = p.norm.tokens;
  let distinctive = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (p.weights[i]! < COMMON_CUT) continue;
    distinctive++;
    put(index.token, t, id);
    if (t.length > 4) put(index.prefix, t.slice(0, 4), id);
    const code = p.codes[i]!;
    if (code.length >= 2) put(index.sound, code, id);
    if (acronymLike(t)) put(index.short, t, id);
  }
  if (tokens.length >= 2) put(index.initials, initials(tokens), id);
  if (distinctive === 0) put(index.bag, wordBag(tokens), id);
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (p.weights[i]! >= COMMON_CUT || p.weights[i + 1]! >= COMMON_CUT) {
      put(index.joined, tokens[i]! + tokens[i + 1]!, id);
    }
  }
}

/** The letters of a word run together with a number (`zhenfa` of `zhenfa7`), or null. */
function lettersBeforeDigits(t: string): string | null {
  const n = t.length;
  let i = n;
  while (i > 0 && t.charCodeAt(i - 1) >= 48 && t.charCodeAt(i - 1) <= 57) i--;
  if (i === n || i < 2) return null;
  for (let k = 0; k < i; k++) {
    const c = t.charCodeAt(k);
    if (c < 97 || c > 122) return null;
  }
  return t.slice(0, i);
}

/**
 * A copy of a normalised name, for keeping. The matcher keeps copies of its list's names and drops
 * the normaliser's own objects at once: V8 allocates the objects of a code site whose objects mostly
 * survive straight into the old generation (allocation-site pretenuring), so keeping the list's names
 * as normalise() made them would have every later query's normalisation allocated there too, to be
 * freed only by full collections (normalise() about three times slower once a list was built).
 */
function copyOf(norm: NormalisedName): NormalisedName {
  return {
    tokens: norm.tokens.slice(),
    legalForms: norm.legalForms.slice(),
    legalKinds: norm.legalKinds.slice(),
    allTokens: norm.allTokens.slice(),
    text: norm.text,
  };
}

/**
 * Creates the list matcher: every entry's name and aliases normalised once (without the explanatory
 * notes a source put in brackets, see `splitNameNote`), token weights from the
 * list's own word frequencies (plus the stoplists), and a blocking index on distinctive tokens, their
 * 4-letter prefixes, their Double Metaphone codes, acronyms and pairs of adjacent words run together
 * (`DAWANG 1` finds `Da Wang 1`, `ZHENFA7` finds `Zhen Fa 7`), so a query is scored in full only
 * against the few names it shares something distinctive with. Prefixes and sounds are looked up only
 * for query tokens the list does not have as such, and keys shared by more than 0.2% of the names
 * (at least 100) are skipped. A query sharing nothing distinctive with
 * any name returns no candidates (no name of the list could reach the threshold).
 *
 * `match()` returns candidates best first (ties by id), one per entry (its best-matching name), with the
 * explanation of each score.
 */
export function createMatcher(entries: ListEntry[], options: MatcherOptions): NameMatcher {
  const { normaliser } = options;
  const threshold = options.threshold ?? SCORE_SETTINGS.threshold;
  const maxCandidates = options.maxCandidates ?? 24;
  const resolveCountry =
    options.resolveCountry ??
    ((text: string) => (ALPHA3.test(text.trim()) ? text.trim().toUpperCase() : null));
  // Countries among a name's words are read only with a resolver of names (the default reads codes).
  const countryResolver = options.resolveCountry;

  const raw: { entry: number; name: string; norm: NormalisedName }[] = [];
  entries.forEach((entry, index) => {
    const seen = new Set<string>();
    for (const given of [entry.name, ...entry.aliases]) {
      // A source's remark in a name ("Ninestar (with eight … subsidiaries …)") is shown, never matched.
      const name = splitNameNote(given).name;
      if (!name.trim()) continue;
      const norm = normaliser.normalise(name);
      const key = `${norm.text}|${norm.legalForms.join(' ')}`;
      if (norm.tokens.length === 0 || seen.has(key)) continue;
      seen.add(key);
      raw.push({ entry: index, name, norm: copyOf(norm) });
    }
  });
  const weigh: TokenWeigher = listTokenWeigher(raw.map((r) => r.norm.tokens));

  // The places with several spellings, numbered, and each one's spellings.
  const placeIndex = new Map<string, number>();
  const spellingsOf: string[][] = [];
  const spellings = options.places ? placeSpellings(options.places) : new Map<string, string>();
  for (const [word, place] of spellings) {
    let k = placeIndex.get(place);
    if (k === undefined) {
      k = spellingsOf.length;
      placeIndex.set(place, k);
      spellingsOf.push([]);
    }
    spellingsOf[k]!.push(word);
  }
  const placeOf = (t: string): number => {
    const place = spellings.get(t);
    return place === undefined ? -1 : placeIndex.get(place)!;
  };

  // The list's vocabulary: every token of every name, with what scoring and blocking need of it.
  const vocabulary = new Map<string, TokenInfo>();
  const infoOf = (t: string, id: number): TokenInfo => ({
    id,
    weight: weigh(t),
    code: phoneticCode(t),
    mask: letterMask(t),
    place: placeOf(t),
    country: countryResolver && isCountryWord(t, countryResolver) ? 1 : 0,
    postings: [],
    hits: [],
  });
  const countriesOf = (tokens: readonly string[], resolve: (text: string) => string | null) => {
    const out = Uint8Array.from(tokens, (t) => vocabulary.get(t)!.country);
    markCountryPairs(tokens, resolve, out);
    return out;
  };
  const variants: Variant[] = raw.map((r) => {
    const tokens = r.norm.tokens;
    const ids = new Int32Array(tokens.length);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      let info = vocabulary.get(t);
      if (!info) {
        info = infoOf(t, vocabulary.size);
        vocabulary.set(t, info);
      }
      ids[i] = info.id;
    }
    const features = {
      weights: tokens.map((t) => vocabulary.get(t)!.weight),
      codes: tokens.map((t) => vocabulary.get(t)!.code),
      masks: tokens.map((t) => vocabulary.get(t)!.mask),
      ids,
      places: spellingsOf.length > 0 ? Int32Array.from(tokens, (t) => vocabulary.get(t)!.place) : null,
      countries: countryResolver ? countriesOf(tokens, countryResolver) : null,
    };
    return { entry: r.entry, name: r.name, prepared: prepareName(r.name, r.norm, weigh, features) };
  });

  const index: BlockingIndex = {
    token: new Map(),
    prefix: new Map(),
    sound: new Map(),
    short: new Map(),
    initials: new Map(),
    bag: new Map(),
    joined: new Map(),
  };
  variants.forEach((v, id) => {
    indexName(index, v.prepared, id);
  });
  // Keys shared by very many names select nothing worth scoring: they are skipped at query time.
  const maxPosting = Math.max(100, Math.floor(variants.length * 0.002));
  const usable = (posting: number[] | undefined): posting is number[] =>
    posting !== undefined && posting.length <= maxPosting;

  /**
   * Fills in the postings a query token looks up. A common word never makes a match, so it is looked
   * up neither as a word nor as an acronym; a short word equal to a listed one is found as a word, so
   * as an acronym only the initials count. A token found as it is needs no fuzzy keys; only unknown
   * ones are looked up by prefix and sound.
   */
  const lookUp = (t: string, info: TokenInfo): TokenInfo => {
    if (info.weight < COMMON_CUT) return info;
    const keep = (posting: number[] | undefined, hit: number): boolean => {
      if (!usable(posting)) return false;
      info.postings.push(posting);
      info.hits.push(hit);
      return true;
    };
    if (acronymLike(t)) keep(index.initials.get(t), 0.4);
    // A word that is two listed words run together (`dawang` / `Da Wang`), also before a number
    // (`zhenfa7` / `Zhen Fa 7`, the scorer reads the whole name joined).
    keep(index.joined.get(t), 1);
    const letters = lettersBeforeDigits(t);
    if (letters !== null) {
      keep(index.joined.get(letters), 1);
      keep(index.token.get(letters), 1);
    }
    // Another spelling of its place (`hetian` for `hotan`) finds the names written with it.
    if (info.place >= 0) {
      for (const other of spellingsOf[info.place]!) if (other !== t) keep(index.token.get(other), 1);
    }
    if (keep(index.token.get(t), 1)) return info;
    if (t.length > 4) keep(index.prefix.get(t.slice(0, 4)), 0.4);
    if (info.code.length >= 2) keep(index.sound.get(info.code), 0.6);
    return info;
  };
  for (const [t, info] of vocabulary) lookUp(t, info);

  // Query tokens the list does not have, remembered (supplier names repeat their words) up to a bound.
  const MAX_REMEMBERED = 50_000;
  let tokenInfos = new Map(vocabulary);
  const tokenInfo = (t: string): TokenInfo => {
    let info = tokenInfos.get(t);
    if (info === undefined) {
      if (tokenInfos.size >= vocabulary.size + MAX_REMEMBERED) tokenInfos = new Map(vocabulary);
      info = lookUp(t, infoOf(t, -1));
      tokenInfos.set(t, info);
    }
    return info;
  };

  const hits = new Float64Array(variants.length);
  const touched: number[] = [];
  const add = (posting: number[] | undefined, w: number): void => {
    if (!usable(posting)) return;
    for (const id of posting) {
      if (hits[id] === 0) touched.push(id);
      hits[id]! += w;
    }
  };
  const byHits = (a: number, b: number) => hits[b]! - hits[a]! || a - b;

  // The query's tokens, filled by candidatesFor() and read by match() before the next call.
  const queryInfos: TokenInfo[] = [];
  // Candidates from the normalised tokens alone: most queries share nothing with the list and are
  // rejected here, before the query is prepared for scoring. The array returned is reused by the next
  // call (match() reads it before calling again).
  const candidatesFor = (norm: NormalisedName): number[] => {
    const tokens = norm.tokens;
    queryInfos.length = tokens.length;
    for (let i = 0; i < tokens.length; i++) queryInfos[i] = tokenInfo(tokens[i]!);
    if (options.exhaustive) return variants.map((_, i) => i);
    touched.length = 0;
    let distinctive = 0;
    for (let i = 0; i < tokens.length; i++) {
      const info = queryInfos[i]!;
      if (info.weight < COMMON_CUT) continue;
      distinctive++;
      const postings = info.postings;
      for (let k = 0; k < postings.length; k++) add(postings[k], info.hits[k]!);
    }
    if (tokens.length >= 2) {
      // Initials against initials too: a respelled word the other keys miss (`Tianjin Suguang` /
      // `Tianjin Shuguang`, where `tianjin` is too common to look up) is still found this way.
      const ini = initials(tokens);
      add(index.short.get(ini), 0.4);
      add(index.initials.get(ini), 0.4);
    }
    if (distinctive === 0) add(index.bag.get(wordBag(tokens)), 1);
    if (touched.length > maxCandidates) touched.sort(byHits);
    for (const id of touched) hits[id] = 0;
    if (touched.length > maxCandidates) touched.length = maxCandidates;
    return touched;
  };

  // The query prepared for scoring, refilled for each query from the tokens candidatesFor() looked up
  // (one object and its arrays for all queries, so that scoring a query allocates only its results).
  const query: PreparedName = {
    original: '',
    norm: { tokens: [], legalForms: [], legalKinds: [], allTokens: [], text: '' },
    weights: [],
    codes: [],
    masks: [],
    ids: new Int32Array(16),
    places: spellingsOf.length > 0 ? new Int32Array(16) : null,
    countries: countryResolver ? new Uint8Array(16) : null,
    squashedLength: 0,
    squashedAllLength: 0,
  };
  const prepareQuery = (name: string, norm: NormalisedName): PreparedName => {
    const n = queryInfos.length;
    if (query.ids!.length < n) {
      query.ids = new Int32Array(n * 2);
      if (query.places) query.places = new Int32Array(n * 2);
      if (query.countries) query.countries = new Uint8Array(n * 2);
    }
    const { weights, codes, masks, ids, places, countries } = query;
    for (let i = 0; i < n; i++) {
      const info = queryInfos[i]!;
      weights[i] = info.weight;
      codes[i] = info.code;
      masks[i] = info.mask;
      ids![i] = info.id;
      if (places) places[i] = info.place;
      if (countries) countries[i] = info.country;
    }
    // Two words that name a country together (`hong kong`, `sri lanka`).
    if (countries && countryResolver) {
      markCountryPairs(norm.tokens, countryResolver, countries);
    }
    query.original = name;
    query.norm = norm;
    query.squashedLength = joinedLength(norm.tokens);
    query.squashedAllLength = joinedLength(norm.allTokens);
    return query;
  };

  const bestSlot = new Int32Array(entries.length).fill(-1);
  const entryIdOf = (k: Kept) => entries[variants[k.variant]!.entry]!.id;
  const byScore = (a: Kept, b: Kept) => b.score - a.score || (entryIdOf(a) < entryIdOf(b) ? -1 : 1);
  const match = (name: string, opts: MatchOptions = {}): MatchCandidate[] => {
    const limit = opts.limit ?? 5;
    const minScore = opts.minScore ?? 0;
    const norm = normaliser.normalise(name);
    if (norm.tokens.length === 0 || limit <= 0) return [];
    const ids = candidatesFor(norm);
    if (ids.length === 0) return [];
    const q = prepareQuery(name, norm);
    const country = opts.country ? resolveCountry(opts.country) : null;

    // When every candidate will be returned (the usual case: the index found a few), each is explained
    // as it is scored, instead of scored twice. The score does not depend on the explanation.
    const explainNow = ids.length <= limit;
    // Each entry's best name, in reused per-entry arrays (most queries that get here keep nothing).
    const kept: Kept[] = [];
    for (const id of ids) {
      const v = variants[id]!;
      let detail = scorePrepared(q, v.prepared, explainNow, false);
      if (country) detail = applyCountry(detail, country, entries[v.entry]!.country, explainNow);
      if (detail.score <= 0 || detail.score < minScore) continue;
      const slot = bestSlot[v.entry]!;
      const keep = { variant: id, score: detail.score, detail: explainNow ? detail : null };
      if (slot < 0) {
        bestSlot[v.entry] = kept.length;
        kept.push(keep);
      } else if (detail.score > kept[slot]!.score) kept[slot] = keep;
    }
    for (const k of kept) bestSlot[variants[k.variant]!.entry] = -1;
    if (kept.length === 0) return [];
    const ranked = kept.sort(byScore);
    return ranked.slice(0, limit).map((k) => {
      const v = variants[k.variant]!;
      const entry = entries[v.entry]!;
      const detail =
        k.detail ?? applyCountry(scorePrepared(q, v.prepared, true), country, entry.country, true);
      return {
        entry,
        id: entry.id,
        list: entry.list,
        name: entry.name,
        matched_name: v.name,
        score: detail.score,
        why: detail.why,
      };
    });
  };

  return { threshold, match };
}
