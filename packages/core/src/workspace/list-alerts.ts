import type { NameMatcher } from '../matching/name-matcher.js';
import type { AlertMatch, NewAlert } from './alert.js';
import type { SavedSupplier } from './saved-supplier.js';

/** The list that changed: its dataset id and title, and the date of its new version. */
export interface ChangedList {
  dataset: string;
  title: string;
  as_of: string | null;
}

/**
 * The saved suppliers that match the new version of a list and did not match the version before it, per
 * organisation. Names only (with the supplier's country), through the same matcher the screening uses, at
 * its threshold: `before` and `after` are matchers over the list's entries of each version. A supplier that
 * matched an entry before and matches the same entry now is not new; one that now matches another entry is.
 *
 * @example newListMatches(saved, matcherOver(oldEntries), matcherOver(newEntries))
 */
export function newListMatches(
  suppliers: readonly SavedSupplier[],
  before: NameMatcher,
  after: NameMatcher,
): Map<number, AlertMatch[]> {
  const byOrg = new Map<number, AlertMatch[]>();
  for (const s of suppliers) {
    const options = { country: s.country, minScore: after.threshold, limit: 3 };
    const now = after.match(s.name, options);
    if (now.length === 0) continue;
    const earlier = new Set(
      before.match(s.name, { ...options, minScore: before.threshold }).map((c) => c.id),
    );
    const fresh = now.find((c) => !earlier.has(c.id));
    if (fresh === undefined) continue;
    const list = byOrg.get(s.org_id) ?? [];
    list.push({
      supplier: s.name,
      country: s.country,
      matched_name: fresh.matched_name,
      score: fresh.score,
      record: fresh.entry.source.record,
    });
    byOrg.set(s.org_id, list);
  }
  return byOrg;
}

/** One alert per organisation with new matches, e.g. "3 suppliers newly match the UFLPA Entity List of 2025-01-15". */
export function listChangeAlerts(
  matches: ReadonlyMap<number, AlertMatch[]>,
  list: ChangedList,
  createdAt: string,
): NewAlert[] {
  const alerts: NewAlert[] = [];
  for (const [org_id, found] of matches) {
    const n = found.length;
    const when = list.as_of === null ? '' : ` of ${list.as_of}`;
    alerts.push({
      org_id,
      created_at: createdAt,
      dataset: list.dataset,
      as_of: list.as_of,
      title: `${n} supplier${n === 1 ? '' : 's'} newly match${n === 1 ? 'es' : ''} the ${list.title}${when}`,
      matches: found,
    });
  }
  return alerts.sort((a, b) => a.org_id - b.org_id);
}
