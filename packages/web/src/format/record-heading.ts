import type { MessageKey } from '../i18n/messages.js';

type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/**
 * What a report is called on the pages: its title; a report the source gave no title is named by its
 * publishers (from the record itself), else "Report without a title". Never an empty heading or link.
 */
export function reportHeading(r: { title: string; publishers: readonly string[] }, t: Translate): string {
  const title = r.title.trim();
  if (title !== '') return title;
  const publishers = r.publishers.map((p) => p.trim()).filter(Boolean);
  return publishers.length > 0
    ? t('reports.by', { publishers: publishers.join(', ') })
    : t('reports.untitled');
}

/** A search hit as the search API returns it: the record itself is in `row`. */
export interface HitWithRow {
  kind: string;
  title: string;
  row?: unknown;
}

function field(row: unknown, name: string): unknown {
  return typeof row === 'object' && row !== null ? (row as Record<string, unknown>)[name] : undefined;
}

/**
 * A search hit's link text: its title, else what the record gives in its place (a report's publishers, a
 * grant's recipient), else "News item without a title" for news and "Untitled" for anything else.
 */
export function hitHeading(hit: HitWithRow, t: Translate): string {
  const title = hit.title.trim();
  if (title !== '') return title;
  if (hit.kind === 'reports') {
    const publishers = field(hit.row, 'publishers');
    return reportHeading(
      {
        title,
        publishers: Array.isArray(publishers) ? publishers.filter((p) => typeof p === 'string') : [],
      },
      t,
    );
  }
  if (hit.kind === 'grants') {
    const recipient = field(hit.row, 'recipient');
    if (typeof recipient === 'string' && recipient.trim() !== '') return recipient.trim();
  }
  return hit.kind === 'news' ? t('news.untitled') : t('search.untitled');
}
