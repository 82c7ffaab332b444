import { join } from 'node:path';
import { createMatcher, createNameNormaliser } from '@tipwatch/core';
import { createApp } from '@tipwatch/server';
import { openAccountStore, openStore } from '@tipwatch/storage';
import { describe, expect, it } from 'vitest';
import { DATA_DIR } from '../capture-effects.case.js';
import { cliSandbox } from '../cli-sandbox.case.js';

// biome-ignore lint/suspicious/noExplicitAny: tests read response bodies field by field
type Json = any;

import { loadReferenceFromDir } from '../reference-loader.js';

const { tmp, tipwatch } = cliSandbox('admin');
let fresh = 0;

/** An app over the accounts of a data directory (no knowledge content needed for these routes). */
async function appOn(dataDir: string) {
  const env = {};
  const store = await openStore({ dataDir, env });
  const accounts = await openAccountStore({ dataDir, env });
  const ref = await loadReferenceFromDir(DATA_DIR);
  const matcher = createMatcher([], { normaliser: createNameNormaliser('') });
  const app = createApp({ store, ref, matcher, clock: () => new Date(), accounts });
  return {
    request: async (path: string, init?: RequestInit) =>
      (await app.request(`http://localhost${path}`, init)) as Omit<Response, 'json'> & {
        json(): Promise<Json>;
      },
    close: async () => {
      await accounts.close();
      await store.close();
    },
  };
}

describe('tipwatch admin create-user', () => {
  it('creates the organisation and an admin, prints a one-time password as JSON that signs in', async () => {
    const dir = join(tmp, `d${++fresh}`);
    const r = await tipwatch(
      'admin',
      'create-user',
      '--org',
      'Acme',
      '--role',
      'admin',
      'Ada@Acme.example',
      '--data-dir',
      dir,
      '--json',
    );
    expect(r.code).toBe(0);
    const printed = JSON.parse(r.out);
    expect(Object.keys(printed)).toEqual(['email', 'org', 'role', 'password']);
    expect(printed).toMatchObject({ email: 'ada@acme.example', org: 'Acme', role: 'admin' });
    expect(printed.password).toMatch(/^[A-Za-z2-9]{20}$/);

    const second = await tipwatch(
      '--data-dir',
      dir,
      'admin',
      'create-user',
      '--org',
      'Acme',
      '--role',
      'viewer',
      'bob@acme.example',
    );
    expect(second.code).toBe(0);
    expect(second.out).toMatch(
      /^created bob@acme.example, viewer of Acme\none-time password \(shown once\): [A-Za-z2-9]{20}\n$/,
    );

    const api = await appOn(dir);
    try {
      const res = await api.request('/api/session', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'ada@acme.example', password: printed.password }),
      });
      expect(res.status).toBe(200);
      const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      const users = await (await api.request('/api/users', { headers: { cookie } })).json();
      expect(users.items.map((u: { email: string }) => u.email)).toEqual([
        'ada@acme.example',
        'bob@acme.example',
      ]);
      const audit = await (await api.request('/api/audit', { headers: { cookie } })).text();
      expect(
        JSON.parse(audit).items.map((e: { actor: string; action: string }) => `${e.actor} ${e.action}`),
      ).toEqual(['cli user.create', 'cli user.create']);
      expect(audit).not.toContain(printed.password);
    } finally {
      await api.close();
    }
  });

  it('refuses an unknown role, a bad address and an address in use', async () => {
    const dir = join(tmp, `d${++fresh}`);
    const role = await tipwatch(
      'admin',
      'create-user',
      '--org',
      'A',
      '--role',
      'owner',
      'a@a.example',
      '--data-dir',
      dir,
    );
    expect(role.code).toBe(2);
    expect(role.err).toContain('--role: expected one of viewer, analyst, editor, admin, found "owner"');
    const email = await tipwatch(
      'admin',
      'create-user',
      '--org',
      'A',
      '--role',
      'admin',
      'nobody',
      '--data-dir',
      dir,
    );
    expect(email.code).toBe(2);
    expect(email.err).toContain('EMAIL: expected an e-mail address, found "nobody"');
    expect(
      (
        await tipwatch(
          'admin',
          'create-user',
          '--org',
          'A',
          '--role',
          'admin',
          'a@a.example',
          '--data-dir',
          dir,
        )
      ).code,
    ).toBe(0);
    const again = await tipwatch(
      'admin',
      'create-user',
      '--org',
      'B',
      '--role',
      'admin',
      'A@a.example',
      '--data-dir',
      dir,
    );
    expect(again.code).toBe(1);
    expect(again.err).toContain('a user with e-mail a@a.example exists already');
    expect(again.out).toBe('');
  });

  it('marks a new organisation as the office with --office, and refuses it for an existing other one', async () => {
    const dir = join(tmp, `d${++fresh}`);
    expect(
      (
        await tipwatch(
          'admin',
          'create-user',
          '--org',
          'Office',
          '--office',
          '--role',
          'editor',
          'e@office.example',
          '--data-dir',
          dir,
        )
      ).code,
    ).toBe(0);
    expect(
      (
        await tipwatch(
          'admin',
          'create-user',
          '--org',
          'Acme',
          '--role',
          'admin',
          'a@acme.example',
          '--data-dir',
          dir,
        )
      ).code,
    ).toBe(0);
    const wrong = await tipwatch(
      'admin',
      'create-user',
      '--org',
      'Acme',
      '--office',
      '--role',
      'editor',
      'x@acme.example',
      '--data-dir',
      dir,
    );
    expect(wrong.code).toBe(2);
    const accounts = await openAccountStore({ dataDir: dir, env: {} });
    try {
      expect((await accounts.organisationByName('Office'))?.is_office).toBe(true);
      expect((await accounts.organisationByName('Acme'))?.is_office).toBe(false);
      expect(await accounts.userByEmail('x@acme.example')).toBeNull();
    } finally {
      await accounts.close();
    }
  });
});

describe('tipwatch admin create-token', () => {
  it('prints {"token"} once; the token works as Bearer, and only its hash is stored', async () => {
    const dir = join(tmp, `d${++fresh}`);
    await tipwatch(
      'admin',
      'create-user',
      '--org',
      'Acme',
      '--role',
      'analyst',
      'ana@acme.example',
      '--data-dir',
      dir,
    );
    const r = await tipwatch(
      'admin',
      'create-token',
      'ana@acme.example',
      '--name',
      'nightly',
      '--data-dir',
      dir,
      '--json',
    );
    expect(r.code).toBe(0);
    const { token } = JSON.parse(r.out);
    expect(token).toMatch(/^tw_[A-Za-z0-9_-]{43}$/);
    const api = await appOn(dir);
    try {
      const me = await (
        await api.request('/api/me', { headers: { authorization: `Bearer ${token}` } })
      ).json();
      expect(me).toMatchObject({
        role: 'analyst',
        org: { name: 'Acme' },
        user: { email: 'ana@acme.example' },
      });
      const tokens = await (
        await api.request('/api/tokens', { headers: { authorization: `Bearer ${token}` } })
      ).text();
      expect(JSON.parse(tokens).items.map((t: { name: string }) => t.name)).toEqual(['nightly']);
      expect(tokens).not.toContain(token);
    } finally {
      await api.close();
    }
  });

  it('exits 1 for an unknown user', async () => {
    const dir = join(tmp, `d${++fresh}`);
    const r = await tipwatch('admin', 'create-token', 'ghost@acme.example', '--data-dir', dir);
    expect(r.code).toBe(1);
    expect(r.err).toContain('no user with e-mail ghost@acme.example');
  });
});
