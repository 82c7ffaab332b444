import { ownString } from '../ingest/own-string.js';
import type { ListEntry } from '../matching/list-entry.js';
import type { MatchCandidate, NameMatcher } from '../matching/name-matcher.js';
import type { Finding } from '../model/finding.js';
import type { ReferenceData } from '../reference/reference-data.js';
import { type OrderDoubt, orderDoubt, type WroOrder } from '../reference/wro-order.js';
import { BoundedCache } from './bounded-cache.js';
import type { Weights } from './weights.js';

/** The titles of the reference data's own lists: only its entries are cited by them (see `official`). */
const LIST_TITLES: Record<string, string> = {
  uflpa: 'UFLPA Entity List',
  cbp_wro: 'CBP Withhold Release Orders and Findings',
};

const NO_FINDINGS: Finding[] = [];

/** Countries cached per supplier. */
const MAX_COUNTRIES = 8;

/** The findings of one supplier for one country, chained to those for its other countries. */
interface CountryFindings {
  country: string;
  findings: Finding[];
  next: CountryFindings | undefined;
}

/** At most this many entity findings per supplier (the best matches); the rest add nothing to read. */
const MAX_HITS = 3;

/**
 * The `entity` finding: the supplier name matches a listed entity at or above the threshold. A name that
 * matches nothing but scores just under the threshold (by `weights.possible_match.below_threshold`) gets
 * one finding for its best candidate instead, at `levels.entity_possible`, marked `details.possible_match`:
 * a subsidiary, an arm or a namesake in another country, or a differently written name of a listed entity
 * is a lead to check, not a match (the matcher keeps names whose countries differ under the threshold). Match
 * results are cached per distinct (name, country) in a bounded cache, since spend files repeat suppliers.
 */
export function createEntityRule(
  ref: ReferenceData,
  matcher: NameMatcher,
  weights: Weights,
  threshold: number,
  options: { cacheSize?: number; alsoBySupplier?: (supplier: string) => Finding[] } = {},
): (supplier: string, country: string | null) => Finding[] {
  const cacheSize = options.cacheSize ?? 200_000;
  // A supplier seen with one country and no findings (nearly all of them) is cached as that country's
  // text alone, with no chain object.
  const cache = new BoundedCache<CountryFindings | string>(cacheSize);
  const orderByRecord = new Map(ref.wroOrders.map((o) => [`${o.source.dataset}\u0001${o.source.record}`, o]));
  // The reference data's own entries. A user's list may have any name, `uflpa` or `cbp_wro` too (a file
  // uflpa.csv): its entries are cited as a user list's and never given an order of the real one, so an
  // entry counts as the official list's only when it is one of the reference data's own.
  const official = new Set<ListEntry>(ref.listEntries);
  const level = weights.levels.entity;
  const possibleLevel = weights.levels.entity_possible;
  // Scores are rounded to four places by the matcher: a margin of 0.1 under 0.75 is 0.65, not 0.6499….
  const floor = Math.max(0, Math.round((threshold - weights.possible_match.below_threshold) * 1e4) / 1e4);

  /** The CBP order of one of the reference data's own entries; none for a user list's entry. */
  function orderOf(entry: ListEntry): WroOrder | undefined {
    return official.has(entry)
      ? orderByRecord.get(`${entry.source.dataset}\u0001${entry.source.record}`)
      : undefined;
  }

  function describe(entry: ListEntry, order: WroOrder | undefined, doubt: OrderDoubt | null): string {
    let date = entry.listed_on ?? null;
    let basis = entry.basis ?? '';
    if (order !== undefined) {
      date = date ?? (order.date || null);
      basis = basis || order.order_type;
    }
    const parts = [date === null ? 'date not given' : `listed ${date}`];
    if (basis !== '') parts.push(basis);
    if (doubt !== null) parts.push(doubt.tag);
    return parts.join('; ');
  }

  function toFinding(c: MatchCandidate, possible: boolean): Finding {
    const list = (official.has(c.entry) ? LIST_TITLES[c.list] : undefined) ?? `user list "${c.list}"`;
    const via = c.matched_name === c.name ? '' : ` as "${c.matched_name}"`;
    const order = orderOf(c.entry);
    // The data's own doubt about the order (a disputed date, an unverified row) goes with every hit on it:
    // a tag in the parenthesis, the note itself quoted after the summary and kept whole in the details.
    const doubt = order === undefined ? null : orderDoubt(order);
    const quote = doubt?.quote == null ? '' : `. Data note: "${doubt.quote}"`;
    const details: NonNullable<Finding['details']> = {
      entry: c.id,
      list: c.list,
      entry_country: c.entry.country,
    };
    if (order?.note !== undefined && doubt !== null) details.source_note = order.note;
    if (possible) details.possible_match = true;
    const score = c.score.toFixed(2);
    const how = possible
      ? `possible match${via} at ${score}, under the ${threshold.toFixed(2)} threshold: check whether it is the same company`
      : `matched${via} at ${score}`;
    return {
      kind: 'entity',
      level: possible ? possibleLevel : level,
      summary: `${list}: "${c.name}" (${describe(c.entry, order, doubt)}) ${how}${quote}`,
      source: c.entry.source,
      matched_name: c.matched_name,
      score: c.score,
      details,
    };
  }

  // Keyed by the supplier string itself, then by country: no per-row key concatenation to hash. A supplier
  // nearly always comes with one country, so the countries of one supplier are a short chain, not a Map.
  return (supplier, country) => {
    if (supplier === '') return [];
    const countryKey = country ?? '';
    const cached = cache.get(supplier);
    if (cached === countryKey) return NO_FINDINGS;
    const first: CountryFindings | undefined =
      typeof cached === 'string' ? { country: cached, findings: NO_FINDINGS, next: undefined } : cached;
    let chain = 0;
    for (let e = first; e !== undefined; e = e.next, chain++) if (e.country === countryKey) return e.findings;

    const seen = new Set<string>();
    let findings: Finding[] = [];
    let possible: MatchCandidate | undefined;
    for (const c of matcher.match(supplier, { country, limit: MAX_HITS, minScore: floor })) {
      if (c.score < floor || seen.has(c.id)) continue;
      seen.add(c.id);
      if (c.score >= threshold) findings.push(toFinding(c, false));
      // A namesake or an arm in another country is a lead too: the matcher keeps such names under the
      // threshold, so that they are checked, not taken for the listed entity.
      else if (possible === undefined) possible = c;
    }
    // A near miss only where nothing matched: beside a match it adds nothing to act on.
    if (findings.length === 0 && possible !== undefined) findings.push(toFinding(possible, true));
    // Other per-supplier checks (e.g. named vessels) share this cache.
    if (options.alsoBySupplier !== undefined) findings.push(...options.alsoBySupplier(supplier));
    // Most suppliers match nothing: they share one empty list.
    if (findings.length === 0) findings = NO_FINDINGS;
    // Unresolved countries are the row's own text: keep a copy, not the reader's chunk.
    // A supplier written with many countries keeps only its latest few.
    const key = ownString(countryKey);
    cache.set(
      supplier,
      first === undefined && findings === NO_FINDINGS
        ? key
        : { country: key, findings, next: chain < MAX_COUNTRIES ? first : undefined },
    );
    return findings;
  };
}
