import type { DatasetDiff } from '../dataset-diff.js';
import { type KnowledgeKind, type KnowledgeRow, kindTraits } from '../knowledge-kind.js';
import type { TierHistoryRow } from '../tier-history-row.js';

/** A row named for people: its store key and its title (an entity's name, a country, a placement). */
export interface NamedRow {
  key: string;
  name: string;
}

export interface RenamedRow {
  key: string;
  from: string;
  to: string;
}

export interface ChangedFields {
  key: string;
  name: string;
  /** Dotted paths of the fields that differ (`advancement_level`, `child_work.working_share`). */
  fields: string[];
}

export interface TierChange {
  iso3: string;
  country: string;
  year: number;
  from: string;
  to: string;
}

/**
 * What an import changed since the version in force, in the words of its kind: entities added, removed and
 * renamed (same stable id, another name), tier placements changed (a country's tier in a year), and other
 * changed rows with their fields (for ILAB countries: changed profiles).
 */
export interface ImportChanges {
  added: NamedRow[];
  removed: NamedRow[];
  renamed: RenamedRow[];
  tiers_changed: TierChange[];
  changed: ChangedFields[];
  unchanged: number;
}

/** Describes a store diff of `kind` rows as the changes a user is told about. */
export function describeChanges<K extends KnowledgeKind>(
  kind: K,
  diff: DatasetDiff<KnowledgeRow<K>>,
): ImportChanges {
  const traits = kindTraits(kind);
  const named = (row: KnowledgeRow<K>): NamedRow => ({ key: traits.keyOf(row), name: traits.titleOf(row) });
  const changes: ImportChanges = {
    added: [],
    removed: [],
    renamed: [],
    tiers_changed: [],
    changed: [],
    unchanged: diff.unchanged,
  };
  let added = [...diff.added];
  let removed = [...diff.removed];
  if (kind === 'tiers') {
    // Tier rows are keyed by country, year and tier: a new tier for a year is one row out and one row in.
    const paired = pairTierChanges(removed as TierHistoryRow[], added as TierHistoryRow[]);
    changes.tiers_changed = paired.changes;
    added = added.filter((r) => !paired.used.has(r as TierHistoryRow));
    removed = removed.filter((r) => !paired.used.has(r as TierHistoryRow));
  }
  changes.added = added.map(named);
  changes.removed = removed.map(named);
  for (const c of diff.changed) {
    const before = traits.titleOf(c.before);
    const after = traits.titleOf(c.after);
    if (c.fields.includes('name') && before !== after) {
      changes.renamed.push({ key: c.key, from: before, to: after });
      const rest = c.fields.filter((f) => f !== 'name');
      if (rest.length > 0) changes.changed.push({ key: c.key, name: after, fields: rest });
    } else {
      changes.changed.push({ key: c.key, name: after, fields: c.fields });
    }
  }
  return changes;
}

function pairTierChanges(
  removed: TierHistoryRow[],
  added: TierHistoryRow[],
): { changes: TierChange[]; used: Set<TierHistoryRow> } {
  const slot = (r: TierHistoryRow) => `${r.iso3}:${r.year}`;
  const group = (rows: TierHistoryRow[]) => {
    const m = new Map<string, TierHistoryRow[]>();
    for (const r of rows) m.set(slot(r), [...(m.get(slot(r)) ?? []), r]);
    return m;
  };
  const out = group(removed);
  const into = group(added);
  const changes: TierChange[] = [];
  const used = new Set<TierHistoryRow>();
  for (const [key, news] of into) {
    const olds = out.get(key);
    // Only a one-for-one swap is a change of tier; two placements for a year (a noted conflict) stay rows.
    if (olds?.length !== 1 || news.length !== 1) continue;
    const [before] = olds as [TierHistoryRow];
    const [after] = news as [TierHistoryRow];
    changes.push({
      iso3: after.iso3,
      country: after.country,
      year: after.year,
      from: before.tier,
      to: after.tier,
    });
    used.add(before);
    used.add(after);
  }
  return { changes, used };
}

/** The changes as lines of text, e.g. `renamed 1: uflpa:… "Old" → "New"`; `no changes (N rows)` when none. */
export function formatChanges(kind: KnowledgeKind, changes: ImportChanges, maxNamed = 20): string[] {
  const noun =
    kind === 'countries'
      ? 'profiles'
      : kind === 'tiers'
        ? 'placements'
        : kind === 'goods'
          ? 'goods'
          : 'entries';
  const list = (items: string[]) =>
    items.length > maxNamed
      ? `${items.slice(0, maxNamed).join('; ')}; and ${items.length - maxNamed} more`
      : items.join('; ');
  const lines: string[] = [];
  if (changes.added.length > 0)
    lines.push(`${noun} added ${changes.added.length}: ${list(changes.added.map((r) => r.name))}`);
  if (changes.removed.length > 0)
    lines.push(`${noun} removed ${changes.removed.length}: ${list(changes.removed.map((r) => r.name))}`);
  if (changes.renamed.length > 0)
    lines.push(
      `renamed ${changes.renamed.length}: ${list(changes.renamed.map((r) => `"${r.from}" → "${r.to}"`))}`,
    );
  if (changes.tiers_changed.length > 0) {
    lines.push(
      `tiers changed ${changes.tiers_changed.length}: ${list(
        changes.tiers_changed.map((t) => `${t.country} ${t.year} ${t.from} → ${t.to}`),
      )}`,
    );
  }
  if (changes.changed.length > 0) {
    lines.push(
      `${noun} changed ${changes.changed.length}: ${list(changes.changed.map((c) => `${c.name} (${c.fields.join(', ')})`))}`,
    );
  }
  if (lines.length === 0) lines.push(`no changes (${changes.unchanged} ${noun})`);
  return lines;
}
