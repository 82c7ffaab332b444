/** A row present in both versions whose content differs. */
export interface ChangedRow<T> {
  key: string;
  before: T;
  after: T;
  /** Dotted paths of the fields that differ (`advancement_level`, `child_work.working_share`). */
  fields: string[];
}

/** What changed between two versions of a dataset, rows matched by key. */
export interface DatasetDiff<T> {
  added: T[];
  removed: T[];
  changed: ChangedRow<T>[];
  unchanged: number;
}

export interface DiffOptions {
  /** Top-level fields not compared (e.g. `source` when only the as-of date moved). */
  ignore?: string[];
}

/**
 * Compares two versions of a dataset: rows are matched by `keyOf`, and for matched rows every field is compared
 * by value (objects field by field, arrays as a whole). Output keeps the order of `newRows` (added, changed) and
 * `oldRows` (removed). A key repeated within one side keeps its last row.
 */
export function diffDatasets<T>(
  oldRows: readonly T[],
  newRows: readonly T[],
  keyOf: (row: T) => string,
  options: DiffOptions = {},
): DatasetDiff<T> {
  const ignore = new Set(options.ignore ?? []);
  const before = new Map<string, T>();
  for (const row of oldRows) before.set(keyOf(row), row);
  const after = new Map<string, T>();
  for (const row of newRows) after.set(keyOf(row), row);

  const diff: DatasetDiff<T> = { added: [], removed: [], changed: [], unchanged: 0 };
  for (const [key, row] of after) {
    const old = before.get(key);
    if (old === undefined) {
      diff.added.push(row);
      continue;
    }
    const fields: string[] = [];
    changedPaths(old, row, '', fields, ignore);
    if (fields.length > 0) diff.changed.push({ key, before: old, after: row, fields });
    else diff.unchanged++;
  }
  for (const [key, row] of before) if (!after.has(key)) diff.removed.push(row);
  return diff;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function changedPaths(a: unknown, b: unknown, prefix: string, out: string[], ignore: Set<string>): void {
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
    for (const key of keys) {
      if (prefix === '' && ignore.has(key)) continue;
      const path = prefix === '' ? key : `${prefix}.${key}`;
      const va = a[key];
      const vb = b[key];
      if (isPlainObject(va) && isPlainObject(vb)) changedPaths(va, vb, path, out, ignore);
      else if (canonicalJson(va) !== canonicalJson(vb)) out.push(path);
    }
    return;
  }
  if (canonicalJson(a) !== canonicalJson(b)) out.push(prefix === '' ? '(row)' : prefix);
}

/** JSON with object keys sorted, so equal values give equal text whatever their key order. */
export function canonicalJson(value: unknown): string {
  return (
    JSON.stringify(value, (_key, v: unknown) => {
      if (!isPlainObject(v)) return v;
      const sorted: Record<string, unknown> = {};
      for (const k of Object.keys(v).sort()) sorted[k] = v[k];
      return sorted;
    }) ?? 'undefined'
  );
}
