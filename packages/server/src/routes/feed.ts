import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { type DatasetVersion, escapeHtml, type NewsItem } from '@tipwatch/core';
import { Feed } from 'feed';
import type { AppDeps } from '../deps.js';
import { byDateDesc } from '../schemas.js';

const route = createRoute({
  method: 'get',
  path: '/feed.atom',
  summary: 'The news as an Atom feed',
  description:
    'Atom requires an `updated` instant on every entry. A dated item uses its date; an item the source gives no date for uses the as-of date of its dataset (or, when the dataset has none, the time it was imported), its title starts with "(undated)" and its summary says so. No publication date is given for undated items.',
  responses: {
    200: { content: { 'application/atom+xml': { schema: z.string() } }, description: 'Atom 1.0 feed' },
  },
});

/** A source date `YYYY`, `YYYY-MM` or `YYYY-MM-DD` as the first instant it covers (UTC). */
function startOf(date: string): Date | null {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(date);
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2] ?? '1') - 1, Number(m[3] ?? '1')));
  return Number.isNaN(d.getTime()) ? null : d;
}

/** When the dataset an item comes from was last changed: its as-of date, else its import time. */
function datasetInstant(version: DatasetVersion | undefined, now: Date): Date {
  if (version?.as_of) return startOf(version.as_of) ?? new Date(version.imported_at);
  return version ? new Date(version.imported_at) : now;
}

/** News rows with the stored dataset version they were read from. */
export interface VersionedNews {
  version: DatasetVersion;
  rows: readonly NewsItem[];
}

/** Builds the Atom document for news items; `origin` is the server's own address for links. */
export function atomFeed(news: readonly VersionedNews[], origin: string, now: Date): string {
  const pairs = news.flatMap(({ version, rows }) => rows.map((row) => ({ row, version })));
  pairs.sort((a, b) => byDateDesc(a.row, b.row));
  const entries = pairs.map(({ row: n, version }) => {
    const dated = n.date !== null ? startOf(n.date) : null;
    const updated = dated ?? datasetInstant(version, now);
    const note = dated
      ? n.date!.length < 10
        ? `Dated ${n.date} by the source (no exact day). `
        : ''
      : 'Undated: the source gives no date; the entry time is that of its dataset. ';
    // Atom readers render these as HTML (type="html"): text from the store is escaped, never markup.
    return {
      title: escapeHtml(dated ? n.title : `(undated) ${n.title}`),
      id: `urn:tipwatch:news:${encodeURIComponent(n.id)}`,
      link: n.url ?? `${origin}/api/news#${encodeURIComponent(n.id)}`,
      date: updated,
      ...(dated ? { published: dated } : {}),
      description: escapeHtml(`${note}${n.body} (source: ${n.source.dataset}, ${n.source.record})`),
    };
  });
  const newest = entries.reduce<Date | null>((max, e) => (max && max >= e.date ? max : e.date), null);
  const feed = new Feed({
    title: 'tipwatch news',
    id: 'urn:tipwatch:news',
    link: `${origin}/`,
    updated: newest ?? datasetInstant(undefined, now),
    generator: 'tipwatch',
    feedLinks: { atom: `${origin}/feed.atom` },
    copyright: 'Each item keeps the licence of its source',
  });
  for (const e of entries) feed.addItem(e);
  return feed.atom1();
}

export function registerFeed(app: OpenAPIHono, { store, clock }: AppDeps): void {
  app.openapi(route, async (c) => {
    const versions = (await store.datasets()).filter((d) => d.kind === 'news');
    const news = await Promise.all(
      versions.map(async (version) => ({
        version,
        rows: await store.rows('news', { dataset: version.dataset }),
      })),
    );
    const xml = atomFeed(news, new URL(c.req.url).origin, clock());
    return c.body(xml, 200, { 'content-type': 'application/atom+xml; charset=utf-8' });
  });
}
