import type { ListEntry } from './list-entry.js';

/** One token pairing or penalty that explains a score. */
export interface MatchReason {
  /** e.g. `aligned`, `unmatched_query`, `unmatched_candidate`, `country_agrees`, `country_differs`, `exact`. */
  code: string;
  detail: string;
  /** The score contribution or penalty, where one applies. */
  weight?: number;
}

export interface MatchCandidate {
  entry: ListEntry;
  id: string;
  list: string;
  /** The entry's primary name. */
  name: string;
  /** The name or alias of the entry that matched best. */
  matched_name: string;
  /** Deterministic 0–1 score. */
  score: number;
  why: MatchReason[];
}

export interface MatchOptions {
  /** The query's country: ISO alpha-2, alpha-3 or a name. */
  country?: string | null;
  /** At most this many candidates, best first (default 5). */
  limit?: number;
  /** Only candidates scoring at least this (default: return the best ones whatever their score). */
  minScore?: number;
}

/** What the screening engine and the API need of a matcher. */
export interface NameMatcher {
  /** The default threshold at which a candidate counts as a match. */
  readonly threshold: number;
  match(name: string, options?: MatchOptions): MatchCandidate[];
}
