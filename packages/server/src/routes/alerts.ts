import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Alert } from '@tipwatch/core';
import { escapeHtml } from '@tipwatch/core';
import { Feed } from 'feed';
import { authenticate } from '../auth/principal.js';
import { requireRole, type WorkspaceContext } from '../workspace/workspace-context.js';
import { pageJson, pageParams } from './screenings.js';

/** The alerts of one organisation as an Atom document; `origin` is the server's own address for links. */
export function alertsAtom(
  alerts: readonly Alert[],
  org: { id: number; name: string },
  origin: string,
  now: Date,
): string {
  const feed = new Feed({
    title: `tipwatch alerts for ${escapeHtml(org.name)}`,
    id: `urn:tipwatch:alerts:${org.id}`,
    link: `${origin}/api/alerts`,
    updated: alerts[0] ? new Date(alerts[0].created_at) : now,
    generator: 'tipwatch',
    feedLinks: { atom: `${origin}/api/alerts.atom` },
    copyright: 'Each list keeps the licence of its source',
  });
  for (const a of alerts) {
    // Atom readers render these as HTML (type="html"): supplier names are escaped, never markup.
    const lines = a.matches.map(
      (m) =>
        `${m.supplier}${m.country ? ` (${m.country})` : ''} matches “${m.matched_name}” (score ${m.score.toFixed(2)}; ${a.dataset}, ${m.record})`,
    );
    feed.addItem({
      title: escapeHtml(a.title),
      id: `urn:tipwatch:alert:${a.org_id}:${a.id}`,
      link: `${origin}/api/alerts#${a.id}`,
      date: new Date(a.created_at),
      description: escapeHtml(lines.join('; ')),
    });
  }
  return feed.atom1();
}

/**
 * `GET /api/alerts` (the organisation's alerts, newest first, paged) and `GET /api/alerts.atom` (the same as
 * an Atom feed, for a feed reader that sends a bearer token): saved suppliers that newly match a list after
 * the list changed.
 */
export function registerAlerts(app: OpenAPIHono, w: WorkspaceContext): void {
  app.get('/api/alerts', async (c) => {
    const who = await authenticate(c, w.auth);
    requireRole(who, 'read');
    const page = pageParams(c.req.query('limit'), c.req.query('cursor'));
    const rows = await w.screenings.alerts(who.org.id, { limit: page.limit + 1, offset: page.offset });
    return c.json(pageJson(rows, page), 200);
  });

  app.get('/api/alerts.atom', async (c) => {
    const who = await authenticate(c, w.auth);
    requireRole(who, 'read');
    const alerts = await w.screenings.alerts(who.org.id, { limit: 100, offset: 0 });
    const xml = alertsAtom(alerts, who.org, new URL(c.req.url).origin, w.auth.clock());
    return c.body(xml, 200, { 'content-type': 'application/atom+xml; charset=utf-8' });
  });
}
