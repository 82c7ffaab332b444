import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseWeights, type Role, type User } from '@tipwatch/core';
import {
  openPostgresAccountStore,
  openPostgresScreeningWorkspace,
  openPostgresStore,
  openSqliteAccountStore,
  openSqliteScreeningWorkspace,
  openSqliteStore,
} from '@tipwatch/storage';
import { dropSchemas } from '../../../storage/src/postgres/test-database.case.js';
import { createApp } from '../app.js';
import { type Json, readData, realMatcher, realReferenceData } from '../app-fixture.case.js';
import { hashPassword } from '../auth/password-hash.js';
import { SESSION_COOKIE } from '../auth/principal.js';
import { newApiToken, sha256Hex } from '../auth/secret-token.js';
import { fixturePer } from '../fixture-lifetime.case.js';
import type { ScreeningEngine } from '../jobs/screening-engine.js';
import { runNextJob } from '../jobs/screening-runner.js';

export const ORIGIN = 'http://localhost';
export const PASSWORD = 'a long enough passphrase';

/** The engine `tipwatch screen` loads, built from the vendored data folder. */
export function realEngine(): ScreeningEngine {
  const ref = realReferenceData();
  const matcher = realMatcher(ref);
  return {
    ref,
    matcher,
    weights: parseWeights(readData('weights.json'), 'data/weights.json'),
    settings: { 'entity match threshold': String(matcher.threshold), 'risk weights': 'data/weights.json' },
  };
}

const ROLES_OF = ['viewer', 'analyst', 'editor', 'admin'] as const;

/**
 * An app with accounts and the screening workspace on one fresh database (a SQLite file, or a schema of its
 * own in the PostgreSQL database at `postgres`), a real engine, and two organisations (Acme and Other) with
 * a user and an API token for each role.
 */
export async function workspaceApp(options: { uploadLimit?: number; postgres?: string } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'tipwatch-workspace-'));
  const file = join(dir, 'tipwatch.sqlite');
  const filesDir = join(dir, 'screenings');
  const url = options.postgres;
  const schema = `tw_ws_${randomBytes(4).toString('hex')}`;
  const onPg = url === undefined ? null : { connectionString: url, schema };
  const store = onPg ? await openPostgresStore(onPg) : await openSqliteStore(file);
  const accounts = onPg ? await openPostgresAccountStore(onPg) : await openSqliteAccountStore(file);
  const workspace = onPg
    ? await openPostgresScreeningWorkspace(onPg)
    : await openSqliteScreeningWorkspace(file);
  const engine = realEngine();
  const clock = { now: new Date('2026-01-15T12:00:00Z') };
  const app = createApp({
    store,
    ref: engine.ref,
    matcher: engine.matcher,
    clock: () => clock.now,
    accounts,
    workspace: {
      screenings: workspace.screenings,
      filesDir,
      ...(options.uploadLimit === undefined ? {} : { uploadLimit: options.uploadLimit }),
    },
  });
  const hash = await hashPassword(PASSWORD);
  const at = clock.now.toISOString();
  const acme = await accounts.createOrganisation({ name: 'Acme', is_office: false, created_at: at });
  const other = await accounts.createOrganisation({ name: 'Other', is_office: false, created_at: at });
  const users = {} as Record<'acme' | 'other', Record<Role, { user: User; token: string }>>;
  for (const [key, org] of [
    ['acme', acme],
    ['other', other],
  ] as const) {
    users[key] = {} as Record<Role, { user: User; token: string }>;
    for (const role of ROLES_OF) {
      const user = await accounts.createUser({
        org_id: org.id,
        email: `${role}@${key}.example`,
        role,
        password_hash: hash,
        created_at: at,
      });
      const token = newApiToken();
      await accounts.createToken({
        user_id: user.id,
        name: 'tests',
        token_hash: sha256Hex(token),
        created_at: at,
      });
      users[key][role] = { user, token };
    }
  }

  const request = async (path: string, init: RequestInit = {}) =>
    (await app.request(`${ORIGIN}${path}`, init)) as Omit<Response, 'json'> & { json(): Promise<Json> };
  const bearer = (token: string, extra: Record<string, string> = {}) => ({
    authorization: `Bearer ${token}`,
    ...extra,
  });

  /** A multipart upload of `content` as `name`, with extra form fields. */
  const uploadBody = (
    content: string | Uint8Array,
    name: string,
    fields: Record<string, string | string[]> = {},
  ) => {
    const form = new FormData();
    for (const [k, v] of Object.entries(fields))
      for (const one of Array.isArray(v) ? v : [v]) form.append(k, one);
    form.append('file', new Blob([content]), name);
    return form;
  };
  const upload = (
    token: string,
    content: string | Uint8Array,
    name = 'spend.csv',
    fields: Record<string, string | string[]> = {},
  ) =>
    request('/api/screenings', {
      method: 'POST',
      headers: bearer(token),
      body: uploadBody(content, name, fields),
    });

  let workerRuns = 0;
  /** Runs queued jobs with a real worker until the queue is empty; the number run. */
  const runWorker = async () => {
    let n = 0;
    while (
      await runNextJob({
        screenings: workspace.screenings,
        jobs: workspace.jobs,
        engine,
        filesDir,
        worker: `test-worker-${++workerRuns}`,
        clock: () => clock.now,
      })
    ) {
      n++;
    }
    return n;
  };

  /** Signs in with a password: the session cookie and CSRF token. */
  const signIn = async (email: string) => {
    const res = await request('/api/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: PASSWORD }),
    });
    const body = await res.json();
    const match = new RegExp(`${SESSION_COOKIE}=([^;]+)`).exec(res.headers.get('set-cookie') ?? '');
    return { cookie: match ? `${SESSION_COOKIE}=${match[1]}` : '', csrf: body.csrf_token as string };
  };

  return {
    app,
    dir,
    filesDir,
    engine,
    accounts,
    workspace,
    clock,
    orgs: { acme, other },
    users,
    request,
    bearer,
    upload,
    uploadBody,
    runWorker,
    signIn,
    close: async () => {
      await workspace.screenings.close();
      await accounts.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
      if (url !== undefined) await dropSchemas(url, [schema]);
    },
  };
}

export type WorkspaceApp = Awaited<ReturnType<typeof workspaceApp>>;

/** One `workspaceApp(options)` for the tests of the file or `describe` block it is called in (see `fixturePer`). */
export function workspaceAppPerFile(options: Parameters<typeof workspaceApp>[0] = {}): WorkspaceApp {
  return fixturePer('file', () => workspaceApp(options));
}
