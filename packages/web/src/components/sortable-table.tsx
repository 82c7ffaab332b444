import { type ReactNode, useMemo, useState } from 'react';
import { useI18n } from '../i18n/i18n-context.js';

export interface Column<T> {
  key: string;
  label: string;
  /** The cell; `sortValue` orders the column (no sortValue: not sortable). */
  cell(row: T): ReactNode;
  sortValue?(row: T): string | number;
}

/**
 * A table whose sortable column headers are buttons; the sorted column says so with `aria-sort`. Wide tables
 * scroll inside their own box, never the page.
 */
export function SortableTable<T>(props: {
  caption: string;
  columns: Column<T>[];
  rows: readonly T[];
  rowKey(row: T): string;
  initialSort?: string;
}) {
  const { t, lang } = useI18n();
  const [sort, setSort] = useState<{ key: string; dir: 1 | -1 }>({
    key: props.initialSort ?? props.columns[0]?.key ?? '',
    dir: 1,
  });
  const sorted = useMemo(() => {
    const col = props.columns.find((c) => c.key === sort.key);
    const value = col?.sortValue;
    if (value === undefined) return props.rows;
    return [...props.rows].sort((a, b) => {
      const [x, y] = [value(a), value(b)];
      const d =
        typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), lang);
      return d * sort.dir;
    });
  }, [props.rows, props.columns, sort, lang]);
  return (
    <div className="table-box">
      <table>
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            {props.columns.map((c) => {
              const active = c.key === sort.key;
              return (
                <th
                  key={c.key}
                  scope="col"
                  aria-sort={active ? (sort.dir === 1 ? 'ascending' : 'descending') : undefined}
                >
                  {c.sortValue ? (
                    <button
                      type="button"
                      className="sort"
                      onClick={() => setSort({ key: c.key, dir: active ? (sort.dir === 1 ? -1 : 1) : 1 })}
                    >
                      {c.label}
                      <span aria-hidden="true">{active ? (sort.dir === 1 ? ' ▲' : ' ▼') : ' ↕'}</span>
                      <span className="visually-hidden">
                        {active
                          ? ` (${sort.dir === 1 ? t('common.ascending') : t('common.descending')})`
                          : ` (${t('common.sortBy', { column: c.label })})`}
                      </span>
                    </button>
                  ) : (
                    c.label
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {sorted.map((row) => (
            <tr key={props.rowKey(row)}>
              {props.columns.map((c) => (
                <td key={c.key}>{c.cell(row)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
