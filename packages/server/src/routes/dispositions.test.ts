import { readFileSync } from 'node:fs';
import { loadReferenceData, MANIFEST_FILE } from '@tipwatch/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realMatcher, referenceFiles } from '../app-fixture.case.js';
import type { ScreeningEngine } from '../jobs/screening-engine.js';
import { runNextJob } from '../jobs/screening-runner.js';
import { type WorkspaceApp, workspaceApp } from '../workspace/workspace-fixture.case.js';

const CSV = readFileSync(
  new URL('../../../cli/src/commands/fixtures/mixed-spend.csv', import.meta.url),
  'utf8',
);

/**
 * The engine of `realEngine()`, but with a later version of the CBP list that has one more (made-up) order
 * before all the others, so every listed entity is on another row than before.
 */
function engineWithShiftedCbpList(base: ScreeningEngine): ScreeningEngine {
  const files = referenceFiles('all');
  const manifest = JSON.parse(files.get(MANIFEST_FILE)!) as { datasets: { id: string; rows: number }[] };
  for (const d of manifest.datasets) if (d.id === 'cbp_wro') d.rows += 1;
  files.set(MANIFEST_FILE, JSON.stringify(manifest));
  const [header, ...rows] = files.get('lists/cbp_wro.csv')!.split('\n');
  const madeUp = '1950-01-01,Example Made-Up Trading Co,Toys,Mexico,WRO,active,test,unverified';
  files.set('lists/cbp_wro.csv', [header, madeUp, ...rows].join('\n'));
  const ref = loadReferenceData(files);
  return { ...base, ref, matcher: realMatcher(ref) };
}

describe('PUT /api/screenings/{id}/findings/{findingId}/disposition', () => {
  let t: WorkspaceApp;
  let first: string;
  let entityFinding: { id: number; supplier: string; kind: string };
  beforeAll(async () => {
    t = await workspaceApp();
    first = (await (await t.upload(t.users.acme.analyst.token, CSV, 'march.csv')).json()).id;
    await t.runWorker();
    const findings = await (
      await t.request(`/api/screenings/${first}/findings?limit=100`, {
        headers: t.bearer(t.users.acme.viewer.token),
      })
    ).json();
    entityFinding = findings.items.find((f: { kind: string; supplier: string }) => f.kind === 'entity');
    expect(entityFinding?.supplier).toBe('HOSHINE SILICON IND CO LTD');
  });
  afterAll(async () => {
    await t.close();
  });

  const put = (token: string, findingId: number | string, body: unknown, screening = first) =>
    t.request(`/api/screenings/${screening}/findings/${findingId}/disposition`, {
      method: 'PUT',
      headers: t.bearer(token, { 'content-type': 'application/json' }),
      body: JSON.stringify(body),
    });

  it('records a disposition and logs it with before and after', async () => {
    const res = await put(t.users.acme.analyst.token, entityFinding.id, {
      state: 'under_review',
      note: 'asked the buyer',
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      screening_id: first,
      finding_id: entityFinding.id,
      supplier: 'HOSHINE SILICON IND CO LTD',
      state: 'under_review',
      note: 'asked the buyer',
    });
    t.clock.now = new Date('2026-01-16T09:00:00Z');
    const again = await put(t.users.acme.admin.token, entityFinding.id, {
      state: 'confirmed',
      note: 'same company',
    });
    expect(again.status).toBe(200);
    const audit = await t.accounts.audit(t.orgs.acme.id, { limit: 10 });
    const changes = audit.filter((a) => a.action === 'disposition.set');
    expect(changes).toHaveLength(2);
    expect(changes[0]).toMatchObject({
      actor: 'admin@acme.example',
      before: { state: 'under_review', note: 'asked the buyer' },
      after: { state: 'confirmed', note: 'same company', updated_at: '2026-01-16T09:00:00.000Z' },
    });
    expect(changes[1]).toMatchObject({
      actor: 'analyst@acme.example',
      before: null,
      after: { state: 'under_review' },
    });
  });

  it('shows the disposition in the register, the findings and the report', async () => {
    const h = { headers: t.bearer(t.users.acme.viewer.token) };
    const reg = await (await t.request(`/api/screenings/${first}/register?kind=entity`, h)).json();
    const row = reg.items.find((r: { supplier: string }) => r.supplier === 'HOSHINE SILICON IND CO LTD');
    const marked = row.findings.find((f: { id: number }) => f.id === entityFinding.id);
    expect(marked.disposition).toMatchObject({ state: 'confirmed', note: 'same company' });
    const findings = await (await t.request(`/api/screenings/${first}/findings?limit=100`, h)).json();
    expect(findings.items.filter((f: { disposition: unknown }) => f.disposition !== null)).toHaveLength(1);
    const html = await (await t.request(`/api/screenings/${first}/report`, h)).text();
    expect(html.match(/Disposition: confirmed/g)).toHaveLength(1);
    expect(html).toContain('<span class="disposition-note">Note: same company</span>');
    // Apart from the badge, the note and their style, the report served is the one the job wrote.
    const written = readFileSync(`${t.filesDir}/${first}/report.html`, 'utf8');
    const unbadged = html
      .replace(/ <span class="disposition[^>]*>[^<]*<\/span>/g, '')
      .replace(/\.disposition\{[^\n]*\n/, '');
    expect(unbadged).toBe(written);
  });

  it('carries the disposition over to a later screening of the same supplier, in this organisation only', async () => {
    t.clock.now = new Date('2026-02-01T09:00:00Z');
    const later = (await (await t.upload(t.users.acme.analyst.token, CSV, 'april.csv')).json()).id;
    const theirs = (await (await t.upload(t.users.other.analyst.token, CSV, 'april.csv')).json()).id;
    await t.runWorker();
    const entityOf = async (token: string, id: string) => {
      const body = await (
        await t.request(`/api/screenings/${id}/findings?limit=100`, { headers: t.bearer(token) })
      ).json();
      return body.items.find((f: { kind: string }) => f.kind === 'entity');
    };
    const carried = await entityOf(t.users.acme.viewer.token, later);
    expect(carried.id).not.toBe(entityFinding.id);
    expect(carried.disposition).toMatchObject({ state: 'confirmed' });
    expect((await entityOf(t.users.other.viewer.token, theirs)).disposition).toBeNull();
  });

  it('still carries it over when a new version of the list has moved the entity to another row', async () => {
    t.clock.now = new Date('2026-03-01T09:00:00Z');
    const later = (await (await t.upload(t.users.acme.analyst.token, CSV, 'may.csv')).json()).id;
    const shifted = engineWithShiftedCbpList(t.engine);
    expect(
      await runNextJob({
        screenings: t.workspace.screenings,
        jobs: t.workspace.jobs,
        engine: shifted,
        filesDir: t.filesDir,
        worker: 'worker-with-new-list',
        clock: () => t.clock.now,
      }),
    ).toBe(true);
    const h = { headers: t.bearer(t.users.acme.viewer.token) };
    const before = (await (await t.request(`/api/screenings/${first}/findings?limit=100`, h)).json()).items;
    const after = (await (await t.request(`/api/screenings/${later}/findings?limit=100`, h)).json()).items;
    const original = before.find((f: { id: number }) => f.id === entityFinding.id);
    const moved = after.find((f: { kind: string }) => f.kind === 'entity');
    expect(moved.source.dataset).toBe(original.source.dataset);
    expect(moved.source.record).not.toBe(original.source.record);
    expect(moved.finding_key).toBe(original.finding_key);
    expect(moved.disposition).toMatchObject({ state: 'confirmed', note: 'same company' });
  });

  it('refuses viewers (403), unknown findings and other organisations (404), and bad bodies (400)', async () => {
    expect((await put(t.users.acme.viewer.token, entityFinding.id, { state: 'confirmed' })).status).toBe(403);
    expect((await put(t.users.acme.analyst.token, 999999, { state: 'confirmed' })).status).toBe(404);
    expect((await put(t.users.acme.analyst.token, 'abc', { state: 'confirmed' })).status).toBe(404);
    expect((await put(t.users.other.admin.token, entityFinding.id, { state: 'confirmed' })).status).toBe(404);
    const bad = await put(t.users.acme.analyst.token, entityFinding.id, { state: 'maybe' });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error).toMatchObject({ code: 'bad_body', details: { field: 'state' } });
    const noJson = await t.request(`/api/screenings/${first}/findings/${entityFinding.id}/disposition`, {
      method: 'PUT',
      headers: t.bearer(t.users.acme.analyst.token, { 'content-type': 'application/json' }),
      body: 'not json',
    });
    expect(noJson.status).toBe(400);
    const huge = await put(t.users.acme.analyst.token, entityFinding.id, {
      state: 'confirmed',
      note: 'x'.repeat(20_000),
    });
    expect(huge.status).toBe(413);
    const long = await put(t.users.acme.analyst.token, entityFinding.id, {
      state: 'confirmed',
      note: 'x'.repeat(2001),
    });
    expect(long.status).toBe(400);
    expect((await long.json()).error.details).toEqual({ field: 'note' });
  });
});
