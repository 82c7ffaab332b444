import { describe, expect, it } from 'vitest';
import {
  accountsApp,
  accountsAppPerTest,
  JSON_BODY,
  ORIGIN,
  PASSWORD,
} from '../auth/accounts-fixture.case.js';

const t = accountsAppPerTest();

/** A new API token of a user, made through the API. */
async function tokenOf(email: string): Promise<string> {
  const res = await t.request('/api/tokens', {
    method: 'POST',
    headers: await t.sessionHeaders(email),
    body: JSON.stringify({ name: 'script' }),
  });
  expect(res.status).toBe(201);
  return (await res.json()).token;
}

const PROTECTED: [string, string][] = [
  ['GET', '/api/me'],
  ['DELETE', '/api/session'],
  ['DELETE', '/api/sessions'],
  ['POST', '/api/me/password'],
  ['GET', '/api/users'],
  ['POST', '/api/users'],
  ['PATCH', '/api/users/1'],
  ['POST', '/api/users/1/reset-password'],
  ['GET', '/api/tokens'],
  ['POST', '/api/tokens'],
  ['DELETE', '/api/tokens/1'],
  ['GET', '/api/audit'],
];

describe('protected routes', () => {
  it('answer 401 to anonymous callers, and to a made-up cookie or token', async () => {
    for (const [method, path] of PROTECTED) {
      const init = { method, headers: JSON_BODY, ...(method === 'GET' ? {} : { body: '{}' }) };
      expect([method, path, (await t.request(path, init)).status]).toEqual([method, path, 401]);
      const cookie = await t.request(path, {
        ...init,
        headers: { ...JSON_BODY, cookie: 'tipwatch_session=forged' },
      });
      expect([method, path, cookie.status]).toEqual([method, path, 401]);
      const bearer = await t.request(path, {
        ...init,
        headers: { ...JSON_BODY, authorization: `Bearer tw_${'A'.repeat(43)}` },
      });
      expect([method, path, bearer.status]).toEqual([method, path, 401]);
    }
  });

  it('answer 403 to a role that may not use them', async () => {
    const viewer = await t.sessionHeaders('viewer@acme.example');
    const analyst = await t.sessionHeaders('analyst@acme.example');
    const id = t.users.viewer.id;
    for (const headers of [viewer, analyst]) {
      for (const [method, path, body] of [
        ['GET', '/api/users', undefined],
        ['POST', '/api/users', { email: 'new@acme.example', role: 'admin' }],
        ['PATCH', `/api/users/${id}`, { role: 'admin' }],
        ['POST', `/api/users/${id}/reset-password`, {}],
        ['GET', '/api/audit', undefined],
      ] as const) {
        const res = await t.request(path, {
          method,
          headers,
          ...(body ? { body: JSON.stringify(body) } : {}),
        });
        expect([method, path, res.status]).toEqual([method, path, 403]);
      }
    }
    expect((await t.accounts.user(id))?.role).toBe('viewer');
  });
});

describe('CSRF protection', () => {
  it('refuses a cookie-authenticated POST without the token, or from a foreign origin; a Bearer token needs neither', async () => {
    const { cookie, csrf } = await t.signIn('analyst@acme.example');
    const body = JSON.stringify({ name: 'n' });
    const noToken = await t.request('/api/tokens', {
      method: 'POST',
      headers: { ...JSON_BODY, cookie },
      body,
    });
    expect(noToken.status).toBe(403);
    const wrongToken = await t.request('/api/tokens', {
      method: 'POST',
      headers: { ...JSON_BODY, cookie, 'x-csrf-token': `${csrf.slice(0, -1)}x` },
      body,
    });
    expect(wrongToken.status).toBe(403);
    const foreign = await t.request('/api/tokens', {
      method: 'POST',
      headers: { ...JSON_BODY, cookie, 'x-csrf-token': csrf, origin: 'https://evil.example' },
      body,
    });
    expect(foreign.status).toBe(403);
    expect(await t.accounts.tokens(t.users.analyst.id)).toEqual([]);
    const same = await t.request('/api/tokens', {
      method: 'POST',
      headers: { ...JSON_BODY, cookie, 'x-csrf-token': csrf, origin: ORIGIN },
      body,
    });
    expect(same.status).toBe(201);
    const token = (await same.json()).token;
    const bearer = await t.request('/api/tokens', {
      method: 'POST',
      headers: { ...JSON_BODY, authorization: `Bearer ${token}`, origin: 'https://evil.example' },
      body,
    });
    expect(bearer.status).toBe(201);
  });

  it('accepts an origin listed in the options', async () => {
    const listed = await accountsApp({ allowedOrigins: ['https://app.example'] });
    try {
      const { cookie, csrf } = await listed.signIn('analyst@acme.example');
      const res = await listed.request('/api/tokens', {
        method: 'POST',
        headers: { ...JSON_BODY, cookie, 'x-csrf-token': csrf, origin: 'https://app.example' },
        body: JSON.stringify({ name: 'n' }),
      });
      expect(res.status).toBe(201);
    } finally {
      await listed.close();
    }
  });
});

describe('GET /api/users', () => {
  it('lists only the admin’s own organisation, without password hashes', async () => {
    const res = await t.request('/api/users', {
      headers: { cookie: (await t.signIn('admin@acme.example')).cookie },
    });
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(JSON.parse(text).items.map((u: { email: string }) => u.email)).toEqual([
      'admin@acme.example',
      'analyst@acme.example',
      'viewer@acme.example',
    ]);
    expect(text).not.toContain('scrypt');
    expect(text).not.toContain('password');
  });
});

describe('POST /api/users', () => {
  it('creates a user of the admin’s organisation with a one-time password that signs in', async () => {
    const res = await t.request('/api/users', {
      method: 'POST',
      headers: await t.sessionHeaders('admin@acme.example'),
      body: JSON.stringify({ email: ' New.Analyst@Acme.example ', role: 'analyst' }),
    });
    expect(res.status).toBe(201);
    const { user, password } = await res.json();
    expect(user).toMatchObject({
      email: 'new.analyst@acme.example',
      role: 'analyst',
      org_id: t.orgs.acme.id,
    });
    expect(password).toMatch(/^[A-Za-z2-9]{20}$/);
    const signIn = await t.signIn('new.analyst@acme.example', password);
    expect(signIn.res.status).toBe(200);
    expect(signIn.body.org.name).toBe('Acme');
  });

  it('answers 409 for an address in use (in any organisation) and 400 for a bad role or address', async () => {
    const headers = await t.sessionHeaders('admin@acme.example');
    const post = (body: object) =>
      t.request('/api/users', { method: 'POST', headers, body: JSON.stringify(body) });
    expect((await post({ email: 'admin@other.example', role: 'viewer' })).status).toBe(409);
    const badRole = await post({ email: 'x@acme.example', role: 'owner' });
    expect(badRole.status).toBe(400);
    expect((await badRole.json()).error.details.field).toBe('role');
    expect((await post({ email: 'not an address', role: 'viewer' })).status).toBe(400);
  });
});

describe('PATCH /api/users/{id}', () => {
  it('changes a role and disables a user, ending their sessions', async () => {
    const headers = await t.sessionHeaders('admin@acme.example');
    const victim = await t.signIn('analyst@acme.example');
    const id = t.users.analyst.id;
    const role = await t.request(`/api/users/${id}`, {
      method: 'PATCH',
      headers,
      body: JSON.stringify({ role: 'editor' }),
    });
    expect(role.status).toBe(200);
    expect((await role.json()).user.role).toBe('editor');
    expect((await t.request('/api/me', { headers: { cookie: victim.cookie } })).status).toBe(401);
    const off = await t.request(`/api/users/${id}`, {
      method: 'PATCH',
      headers,
      body: JSON.stringify({ disabled: true }),
    });
    expect((await off.json()).user.disabled).toBe(true);
    expect((await t.signIn('analyst@acme.example')).res.status).toBe(401);
  });

  it('gives 404 for a user of another organisation, the same as for no user at all', async () => {
    const headers = await t.sessionHeaders('admin@acme.example');
    const body = JSON.stringify({ role: 'viewer' });
    const foreign = await t.request(`/api/users/${t.users.otherAdmin.id}`, {
      method: 'PATCH',
      headers,
      body,
    });
    const missing = await t.request('/api/users/999999', { method: 'PATCH', headers, body });
    expect(foreign.status).toBe(404);
    expect(missing.status).toBe(404);
    const [a, b] = [(await foreign.json()).error, (await missing.json()).error];
    expect(a.code).toBe(b.code);
    expect(a.message).not.toContain('Other');
    expect((await t.accounts.user(t.users.otherAdmin.id))?.role).toBe('admin');
  });

  it('keeps the last active admin', async () => {
    const headers = await t.sessionHeaders('admin@acme.example');
    const res = await t.request(`/api/users/${t.users.admin.id}`, {
      method: 'PATCH',
      headers,
      body: JSON.stringify({ role: 'viewer' }),
    });
    expect(res.status).toBe(409);
    expect((await t.accounts.user(t.users.admin.id))?.role).toBe('admin');
  });
});

describe('POST /api/users/{id}/reset-password', () => {
  it('gives a one-time password, voids the old one and ends the user’s sessions', async () => {
    const victim = await t.signIn('viewer@acme.example');
    const res = await t.request(`/api/users/${t.users.viewer.id}/reset-password`, {
      method: 'POST',
      headers: await t.sessionHeaders('admin@acme.example'),
    });
    expect(res.status).toBe(200);
    const { password } = await res.json();
    expect((await t.request('/api/me', { headers: { cookie: victim.cookie } })).status).toBe(401);
    expect((await t.signIn('viewer@acme.example')).res.status).toBe(401);
    expect((await t.signIn('viewer@acme.example', password)).res.status).toBe(200);
  });

  it('gives 404 for a user of another organisation and changes nothing', async () => {
    const res = await t.request(`/api/users/${t.users.otherAdmin.id}/reset-password`, {
      method: 'POST',
      headers: await t.sessionHeaders('admin@acme.example'),
    });
    expect(res.status).toBe(404);
    expect((await t.signIn('admin@other.example')).res.status).toBe(200);
  });
});

describe('API tokens', () => {
  it('work as Bearer until revoked, then 401', async () => {
    const token = await tokenOf('analyst@acme.example');
    const bearer = { authorization: `Bearer ${token}` };
    const me = await t.request('/api/me', { headers: bearer });
    expect(me.status).toBe(200);
    expect((await me.json()).csrf_token).toBeNull();
    const listed = await (await t.request('/api/tokens', { headers: bearer })).json();
    expect(JSON.stringify(listed)).not.toContain(token);
    expect(JSON.stringify(listed)).not.toContain('token_hash');
    const id = listed.items[0].id;
    expect((await t.request(`/api/tokens/${id}`, { method: 'DELETE', headers: bearer })).status).toBe(204);
    expect((await t.request('/api/me', { headers: bearer })).status).toBe(401);
  });

  it('are stored as a hash only', async () => {
    const token = await tokenOf('viewer@acme.example');
    const [stored] = await t.accounts.tokens(t.users.viewer.id);
    expect(stored?.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored?.token_hash).not.toContain(token.slice(3));
  });

  it('of another user cannot be revoked by a non-admin, nor by another organisation’s admin (404)', async () => {
    await tokenOf('analyst@acme.example');
    const [stored] = await t.accounts.tokens(t.users.analyst.id);
    const path = `/api/tokens/${stored?.id}`;
    expect(
      (await t.request(path, { method: 'DELETE', headers: await t.sessionHeaders('viewer@acme.example') }))
        .status,
    ).toBe(404);
    expect(
      (await t.request(path, { method: 'DELETE', headers: await t.sessionHeaders('admin@other.example') }))
        .status,
    ).toBe(404);
    expect((await t.accounts.tokens(t.users.analyst.id))[0]?.revoked_at).toBeNull();
    expect(
      (await t.request(path, { method: 'DELETE', headers: await t.sessionHeaders('admin@acme.example') }))
        .status,
    ).toBe(204);
  });

  it('of a disabled user no longer work', async () => {
    const token = await tokenOf('viewer@acme.example');
    await t.accounts.updateUser(t.users.viewer.id, { disabled: true, updated_at: t.clock.now.toISOString() });
    expect((await t.request('/api/me', { headers: { authorization: `Bearer ${token}` } })).status).toBe(401);
  });
});

describe('GET /api/audit', () => {
  it('records who changed what, for the admin’s organisation only, and never a password or token', async () => {
    const admin = await t.sessionHeaders('admin@acme.example');
    const created = await (
      await t.request('/api/users', {
        method: 'POST',
        headers: admin,
        body: JSON.stringify({ email: 'n@acme.example', role: 'viewer' }),
      })
    ).json();
    const reset = await (
      await t.request(`/api/users/${created.user.id}/reset-password`, { method: 'POST', headers: admin })
    ).json();
    await t.request(`/api/users/${created.user.id}`, {
      method: 'PATCH',
      headers: admin,
      body: JSON.stringify({ role: 'analyst' }),
    });
    const token = await tokenOf('admin@acme.example');
    const changed = 'a brand new passphrase';
    const { cookie, csrf } = await t.signIn('n@acme.example', reset.password);
    await t.request('/api/me/password', {
      method: 'POST',
      headers: { ...JSON_BODY, cookie, 'x-csrf-token': csrf },
      body: JSON.stringify({ current_password: reset.password, new_password: changed }),
    });
    // Another organisation's change must not show up.
    await tokenOf('admin@other.example');

    const res = await t.request('/api/audit', { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
    const text = await res.text();
    const { items } = JSON.parse(text);
    expect(items.map((e: { action: string }) => e.action)).toEqual([
      'user.change_password',
      'token.create',
      'user.update',
      'user.reset_password',
      'user.create',
    ]);
    const update = items.find((e: { action: string }) => e.action === 'user.update');
    expect(update).toMatchObject({
      actor: 'admin@acme.example',
      actor_user_id: t.users.admin.id,
      target_type: 'user',
      target_id: String(created.user.id),
      before: { role: 'viewer' },
      after: { role: 'analyst' },
      at: t.clock.now.toISOString(),
    });
    for (const secret of [
      created.password,
      reset.password,
      changed,
      PASSWORD,
      token,
      token.slice(3),
      'scrypt$',
    ]) {
      expect(text).not.toContain(secret);
    }
  });

  it('pages with limit and before_id, and rejects a bad limit', async () => {
    const admin = await t.sessionHeaders('admin@acme.example');
    for (const name of ['a', 'b', 'c']) {
      await t.request('/api/tokens', { method: 'POST', headers: admin, body: JSON.stringify({ name }) });
    }
    const { cookie } = await t.signIn('admin@acme.example');
    const first = await (await t.request('/api/audit?limit=2', { headers: { cookie } })).json();
    expect(first.items.map((e: { after: { name: string } }) => e.after.name)).toEqual(['c', 'b']);
    const next = await (
      await t.request(`/api/audit?limit=2&before_id=${first.next_before_id}`, { headers: { cookie } })
    ).json();
    expect(next.items.map((e: { after: { name: string } }) => e.after.name)).toEqual(['a']);
    expect(next.next_before_id).toBeNull();
    expect((await t.request('/api/audit?limit=0', { headers: { cookie } })).status).toBe(400);
  });
});
