import type { DatasetDiff } from './dataset-diff.js';

export interface DiffSummaryOptions {
  /** How many keys to name per group before "and N more" (default 10). */
  maxNamed?: number;
}

/**
 * One line per kind of change, for "what changed since the version in force", e.g.
 * `changed 2: AFG (advancement_level), GHA (region)`. An empty diff gives `no changes`.
 */
export function summariseDiff<T>(
  diff: DatasetDiff<T>,
  keyOf: (row: T) => string,
  options: DiffSummaryOptions = {},
): string[] {
  const max = options.maxNamed ?? 10;
  const named = (items: string[]): string =>
    items.length > max
      ? `${items.slice(0, max).join(', ')} and ${items.length - max} more`
      : items.join(', ');
  const lines: string[] = [];
  if (diff.added.length > 0) lines.push(`added ${diff.added.length}: ${named(diff.added.map(keyOf))}`);
  if (diff.removed.length > 0)
    lines.push(`removed ${diff.removed.length}: ${named(diff.removed.map(keyOf))}`);
  if (diff.changed.length > 0) {
    lines.push(
      `changed ${diff.changed.length}: ${named(diff.changed.map((c) => `${c.key} (${c.fields.join(', ')})`))}`,
    );
  }
  return lines.length === 0 ? [`no changes (${diff.unchanged} rows)`] : lines;
}
