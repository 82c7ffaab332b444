import type { ListEntry } from './list-entry.js';
import type { MatchCandidate, MatchOptions, NameMatcher } from './name-matcher.js';
import type { NameNormaliser } from './name-normaliser.js';
import { applyCountry, type PreparedName, prepareName, SCORE_SETTINGS, scorePrepared } from './name-score.js';
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
}

/** One name (primary or alias) of one entry, prepared for scoring. */
interface Variant {
  entry: number;
  name: string;
  prepared: PreparedName;
}

const ALPHA3 = /^[A-Za-z]{3}$/;
const LETTERS = /^[a-z]+$/;

/** Index keys of a prepared name: distinctive tokens, their 4-letter prefixes and sounds, acronyms. */
function nameKeys(p: PreparedName, out: Set<string>): void {
  const tokens = p.norm.tokens;
  let distinctive = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (p.weights[i]! < COMMON_CUT) continue;
    distinctive++;
    out.add(`t${t}`);
    if (t.length > 4) out.add(`p${t.slice(0, 4)}`);
    const code = p.codes[i]!;
    if (code.length >= 2) out.add(`m${code}`);
    if (t.length >= 2 && t.length <= 6 && LETTERS.test(t)) out.add(`a${t}`);
  }
  if (tokens.length >= 2) {
    let initials = '';
    for (const t of tokens) initials += t[0];
    out.add(`a${initials}`);
  }
  // Names made only of common words are found by their exact word bag (they need an exact match anyway).
  if (distinctive === 0) out.add(`x${p.bag}`);
}

/**
 * Creates the list matcher: every entry's name and aliases normalised once, token weights from the
 * list's own word frequencies (plus the stoplists), and a blocking index on distinctive tokens, their
 * 4-letter prefixes, their Double Metaphone codes and acronyms, so a query is scored in full only
 * against the few names it shares something distinctive with. A query sharing nothing distinctive with
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

  const raw: { entry: number; name: string; norm: ReturnType<NameNormaliser['normalise']> }[] = [];
  entries.forEach((entry, index) => {
    const seen = new Set<string>();
    for (const name of [entry.name, ...entry.aliases]) {
      if (!name.trim()) continue;
      const norm = normaliser.normalise(name);
      const key = `${norm.text}|${norm.legalForms.join(' ')}`;
      if (norm.tokens.length === 0 || seen.has(key)) continue;
      seen.add(key);
      raw.push({ entry: index, name, norm });
    }
  });
  const weigh: TokenWeigher = listTokenWeigher(raw.map((r) => r.norm.tokens));
  const variants: Variant[] = raw.map((r) => ({
    entry: r.entry,
    name: r.name,
    prepared: prepareName(r.name, r.norm, weigh),
  }));

  const index = new Map<string, number[]>();
  const keys = new Set<string>();
  variants.forEach((v, id) => {
    keys.clear();
    nameKeys(v.prepared, keys);
    for (const k of keys) {
      const posting = index.get(k);
      if (posting) posting.push(id);
      else index.set(k, [id]);
    }
  });
  // Keys shared by very many names select nothing: skip them at query time.
  const maxPosting = Math.max(500, Math.floor(variants.length * 0.02));

  const hits = new Float64Array(variants.length);
  const touched: number[] = [];
  const queryKeys = new Set<string>();

  const candidatesFor = (q: PreparedName): number[] => {
    if (options.exhaustive) return variants.map((_, i) => i);
    queryKeys.clear();
    nameKeys(q, queryKeys);
    touched.length = 0;
    for (const k of queryKeys) {
      const posting = index.get(k);
      if (!posting || posting.length > maxPosting) continue;
      // Exact tokens count most, then sounds, then prefixes and acronyms.
      const w = k[0] === 't' || k[0] === 'x' ? 1 : k[0] === 'm' ? 0.6 : 0.4;
      for (const id of posting) {
        if (hits[id] === 0) touched.push(id);
        hits[id]! += w;
      }
    }
    let picked = touched.slice();
    if (picked.length > maxCandidates) {
      picked.sort((a, b) => hits[b]! - hits[a]! || a - b);
      picked = picked.slice(0, maxCandidates);
    }
    for (const id of touched) hits[id] = 0;
    return picked;
  };

  const match = (name: string, opts: MatchOptions = {}): MatchCandidate[] => {
    const limit = opts.limit ?? 5;
    const minScore = opts.minScore ?? 0;
    const norm = normaliser.normalise(name);
    if (norm.tokens.length === 0 || limit <= 0) return [];
    const q = prepareName(name, norm, weigh);
    const country = opts.country ? resolveCountry(opts.country) : null;

    const best = new Map<number, { variant: number; score: number }>();
    for (const id of candidatesFor(q)) {
      const v = variants[id]!;
      let detail = scorePrepared(q, v.prepared, false);
      detail = applyCountry(detail, country, entries[v.entry]!.country, false);
      if (detail.score <= 0 || detail.score < minScore) continue;
      const prev = best.get(v.entry);
      if (!prev || detail.score > prev.score) best.set(v.entry, { variant: id, score: detail.score });
    }
    const ranked = [...best.values()].sort(
      (a, b) =>
        b.score - a.score ||
        (entries[variants[a.variant]!.entry]!.id < entries[variants[b.variant]!.entry]!.id ? -1 : 1),
    );
    return ranked.slice(0, limit).map(({ variant }) => {
      const v = variants[variant]!;
      const entry = entries[v.entry]!;
      const detail = applyCountry(scorePrepared(q, v.prepared, true), country, entry.country, true);
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
