import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type WorkspaceApp, workspaceApp } from '../workspace/workspace-fixture.case.js';

describe('GET /api/alerts and /api/alerts.atom', () => {
  let t: WorkspaceApp;
  beforeAll(async () => {
    t = await workspaceApp();
    const alert = (org_id: number, title: string, at: string, supplier: string) => ({
      org_id,
      created_at: at,
      dataset: 'uflpa_entities',
      as_of: '2025-01-15',
      title,
      matches: [{ supplier, country: 'CHN', matched_name: 'LISTED CO', score: 0.95, record: 'row 3' }],
    });
    const s = t.workspace.screenings;
    await s.addAlert(
      alert(t.orgs.acme.id, 'first for Acme', '2026-01-10T00:00:00.000Z', '<img src=x onerror=alert(1)>'),
    );
    await s.addAlert(alert(t.orgs.other.id, 'for Other only', '2026-01-11T00:00:00.000Z', 'Other Co'));
    await s.addAlert(alert(t.orgs.acme.id, 'second for Acme', '2026-01-12T00:00:00.000Z', 'Acme Supplier'));
  });
  afterAll(async () => {
    await t.close();
  });

  it('lists the organisation’s own alerts, newest first, in pages', async () => {
    const res = await t.request('/api/alerts?limit=1', { headers: t.bearer(t.users.acme.viewer.token) });
    expect(res.status).toBe(200);
    const page = await res.json();
    expect(page.items.map((a: { title: string }) => a.title)).toEqual(['second for Acme']);
    const next = await (
      await t.request(`/api/alerts?limit=1&cursor=${page.next_cursor}`, {
        headers: t.bearer(t.users.acme.viewer.token),
      })
    ).json();
    expect(next.items.map((a: { title: string }) => a.title)).toEqual(['first for Acme']);
    expect(next.next_cursor).toBeNull();
    const theirs = await (
      await t.request('/api/alerts', { headers: t.bearer(t.users.other.viewer.token) })
    ).json();
    expect(theirs.items.map((a: { title: string }) => a.title)).toEqual(['for Other only']);
  });

  it('needs a signed-in caller for both', async () => {
    expect((await t.request('/api/alerts')).status).toBe(401);
    expect((await t.request('/api/alerts.atom')).status).toBe(401);
  });

  it('gives the organisation’s alerts as Atom, supplier names escaped', async () => {
    const res = await t.request('/api/alerts.atom', { headers: t.bearer(t.users.acme.viewer.token) });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    const xml = await res.text();
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
    expect(xml).toContain('second for Acme');
    expect(xml).toContain('first for Acme');
    expect(xml).not.toContain('for Other only');
    expect(xml).not.toContain('<img');
    expect(xml.match(/<entry>/g)).toHaveLength(2);
  });
});
