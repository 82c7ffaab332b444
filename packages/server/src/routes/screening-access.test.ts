import { readFileSync } from 'node:fs';
import type { Role } from '@tipwatch/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type WorkspaceApp, workspaceApp, workspaceAppPerFile } from '../workspace/workspace-fixture.case.js';

const CSV = readFileSync(
  new URL('../../../cli/src/commands/fixtures/mixed-spend.csv', import.meta.url),
  'utf8',
);

type Caller = 'anonymous' | Role;
type Org = 'own' | 'other';
const CALLERS: Caller[] = ['anonymous', 'viewer', 'analyst', 'editor', 'admin'];
const ORGS: Org[] = ['own', 'other'];

/** Every screening endpoint: how to call it on a screening, and whether it reads or changes. */
const ENDPOINTS = {
  list: { method: 'GET', path: () => '/api/screenings', need: 'read' },
  create: { method: 'POST', path: () => '/api/screenings', need: 'screen' },
  get: { method: 'GET', path: (id: string) => `/api/screenings/${id}`, need: 'read' },
  register: { method: 'GET', path: (id: string) => `/api/screenings/${id}/register`, need: 'read' },
  findings: { method: 'GET', path: (id: string) => `/api/screenings/${id}/findings`, need: 'read' },
  'row findings': {
    method: 'GET',
    path: (id: string) => `/api/screenings/${id}/findings?row=1`,
    need: 'read',
  },
  summary: { method: 'GET', path: (id: string) => `/api/screenings/${id}/summary`, need: 'read' },
  report: { method: 'GET', path: (id: string) => `/api/screenings/${id}/report`, need: 'read' },
  plan: { method: 'GET', path: (id: string) => `/api/screenings/${id}/plan`, need: 'read' },
  rejects: { method: 'GET', path: (id: string) => `/api/screenings/${id}/rejects`, need: 'read' },
  'register.csv': { method: 'GET', path: (id: string) => `/api/screenings/${id}/register.csv`, need: 'read' },
  delete: { method: 'DELETE', path: (id: string) => `/api/screenings/${id}`, need: 'screen' },
  disposition: {
    method: 'PUT',
    path: (id: string, findingId: number) => `/api/screenings/${id}/findings/${findingId}/disposition`,
    need: 'screen',
  },
} as const;
type Endpoint = keyof typeof ENDPOINTS;

const SUCCESS: Record<Endpoint, number> = {
  list: 200,
  create: 202,
  get: 200,
  register: 200,
  findings: 200,
  'row findings': 200,
  summary: 200,
  report: 200,
  plan: 200,
  rejects: 200,
  'register.csv': 200,
  delete: 204,
  disposition: 200,
};

/**
 * The status each cell must answer. Anonymous: 401 everywhere. A screening of another organisation: 404
 * on every path that names one, whatever the role, so ids do not leak. Otherwise viewers read (200) and
 * may not change anything (403); analysts, editors and admins may do everything. Listing and creating
 * name no screening: they act in the caller's own organisation.
 */
function expected(caller: Caller, org: Org, endpoint: Endpoint): number {
  if (caller === 'anonymous') return 401;
  const namesScreening = endpoint !== 'list' && endpoint !== 'create';
  if (namesScreening && org === 'other') return 404;
  if (ENDPOINTS[endpoint].need === 'screen' && caller === 'viewer') return 403;
  return SUCCESS[endpoint];
}

describe('screening endpoints: role × organisation × endpoint', () => {
  let t: WorkspaceApp;
  let target: string;
  let findingId: number;
  beforeAll(async () => {
    t = await workspaceApp();
    target = (await (await t.upload(t.users.acme.analyst.token, CSV, 'acme.csv')).json()).id;
    await t.runWorker();
    const findings = await (
      await t.request(`/api/screenings/${target}/findings`, { headers: t.bearer(t.users.acme.admin.token) })
    ).json();
    findingId = findings.items[0].id;
  });
  afterAll(async () => {
    await t.close();
  });

  const cells = CALLERS.flatMap((caller) =>
    ORGS.flatMap((org) =>
      (Object.keys(ENDPOINTS) as Endpoint[]).map((endpoint) => ({
        caller,
        org,
        endpoint,
        status: expected(caller, org, endpoint),
      })),
    ),
  );

  it('covers 5 callers × 2 organisations × 13 endpoints', () => {
    expect(cells).toHaveLength(130);
  });

  for (const cell of cells) {
    it(`${cell.caller} of the ${cell.org} organisation: ${cell.endpoint} → ${cell.status}`, async () => {
      const { caller, org, endpoint } = cell;
      const spec = ENDPOINTS[endpoint];
      // The screening is Acme's: "own" callers are Acme's users, "other" callers are Other's.
      const user = caller === 'anonymous' ? null : t.users[org === 'own' ? 'acme' : 'other'][caller];
      // Deleting for real needs a screening of its own, so the shared one stays for the other cells.
      let id = target;
      if (endpoint === 'delete' && org === 'own') {
        id = (await (await t.upload(t.users.acme.analyst.token, CSV, 'to-delete.csv')).json()).id;
      }
      const headers: Record<string, string> = user ? t.bearer(user.token) : {};
      const init: RequestInit = { method: spec.method, headers };
      if (endpoint === 'create') init.body = t.uploadBody(CSV, 'matrix.csv');
      if (endpoint === 'disposition') {
        headers['content-type'] = 'application/json';
        init.body = JSON.stringify({ state: 'under_review', note: 'matrix' });
      }
      const res = await t.request(spec.path(id, findingId), init);
      expect(res.status).toBe(cell.status);
      if (res.status >= 400) {
        const body = await res.json();
        expect(body.error.code).toBe({ 401: 'unauthorized', 403: 'forbidden', 404: 'not_found' }[res.status]);
      }
      if (endpoint === 'list' && res.status === 200) {
        const ids = (await res.json()).items.map((s: { id: string }) => s.id);
        expect(ids.includes(target)).toBe(org === 'own');
      }
      // Whatever the cell did, Acme's screening is still there.
      const still = await t.workspace.screenings.screening(t.orgs.acme.id, target);
      expect(still?.status).toBe('done');
    });
  }
});

describe('a finding of one organisation named under a screening of another', () => {
  const t = workspaceAppPerFile();

  it('is not found when disposed of, for every such finding, and nothing of the owner changes', async () => {
    const acmeId = (await (await t.upload(t.users.acme.analyst.token, CSV, 'acme.csv')).json()).id;
    const otherId = (await (await t.upload(t.users.other.analyst.token, CSV, 'other.csv')).json()).id;
    await t.runWorker();
    const findingsOf = async (token: string, id: string) =>
      (
        await (
          await t.request(`/api/screenings/${id}/findings?limit=100`, { headers: t.bearer(token) })
        ).json()
      ).items as { id: number; disposition: unknown }[];
    const acmeFindings = await findingsOf(t.users.acme.admin.token, acmeId);
    const otherIds = new Set((await findingsOf(t.users.other.admin.token, otherId)).map((f) => f.id));
    expect(acmeFindings.length).toBeGreaterThan(0);
    for (const f of acmeFindings) {
      // Ids are global, so each of Acme's ids is unknown under Other's own screening.
      expect(otherIds.has(f.id)).toBe(false);
      for (const role of ['analyst', 'admin'] as const) {
        const res = await t.request(`/api/screenings/${otherId}/findings/${f.id}/disposition`, {
          method: 'PUT',
          headers: t.bearer(t.users.other[role].token, { 'content-type': 'application/json' }),
          body: JSON.stringify({ state: 'false_positive', note: 'not ours' }),
        });
        expect(res.status, `${role} ${f.id}`).toBe(404);
        expect((await res.json()).error.code).toBe('not_found');
      }
    }
    expect((await findingsOf(t.users.acme.admin.token, acmeId)).every((f) => f.disposition === null)).toBe(
      true,
    );
    expect((await t.accounts.audit(t.orgs.other.id)).some((a) => a.action === 'disposition.set')).toBe(false);
  });
});

describe('screening endpoints with a cookie session: the CSRF token', () => {
  let t: WorkspaceApp;
  let target: string;
  let findingId: number;
  let session: { cookie: string; csrf: string };
  beforeAll(async () => {
    t = await workspaceApp();
    target = (await (await t.upload(t.users.acme.analyst.token, CSV, 'acme.csv')).json()).id;
    await t.runWorker();
    findingId = (
      await (
        await t.request(`/api/screenings/${target}/findings`, { headers: t.bearer(t.users.acme.admin.token) })
      ).json()
    ).items[0].id;
    session = await t.signIn('analyst@acme.example');
    expect(session.cookie).not.toBe('');
  });
  afterAll(async () => {
    await t.close();
  });

  const cases = [
    { what: 'POST /api/screenings', method: 'POST', path: () => '/api/screenings', ok: 202 },
    {
      what: 'PUT …/disposition',
      method: 'PUT',
      path: () => `/api/screenings/${target}/findings/${findingId}/disposition`,
      ok: 200,
    },
    {
      what: 'DELETE /api/screenings/{id}',
      method: 'DELETE',
      path: () => `/api/screenings/${target}`,
      ok: 204,
    },
  ] as const;

  for (const c of cases) {
    it(`${c.what} without the CSRF token → 403, with it → ${c.ok}`, async () => {
      const body = () =>
        c.method === 'POST'
          ? t.uploadBody(CSV, 'csrf.csv')
          : c.method === 'PUT'
            ? JSON.stringify({ state: 'confirmed' })
            : undefined;
      const type: Record<string, string> = c.method === 'PUT' ? { 'content-type': 'application/json' } : {};
      const without = await t.request(c.path(), {
        method: c.method,
        headers: { cookie: session.cookie, ...type },
        body: body(),
      });
      expect(without.status).toBe(403);
      expect((await without.json()).error.message).toContain('X-CSRF-Token');
      const wrong = await t.request(c.path(), {
        method: c.method,
        headers: { cookie: session.cookie, 'x-csrf-token': 'not-the-token', ...type },
        body: body(),
      });
      expect(wrong.status).toBe(403);
      const withToken = await t.request(c.path(), {
        method: c.method,
        headers: { cookie: session.cookie, 'x-csrf-token': session.csrf, ...type },
        body: body(),
      });
      expect(withToken.status).toBe(c.ok);
    });
  }

  it('reads with the cookie alone', async () => {
    const res = await t.request('/api/screenings', { headers: { cookie: session.cookie } });
    expect(res.status).toBe(200);
  });
});
