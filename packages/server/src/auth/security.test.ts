import { EDITABLE_KINDS } from '@tipwatch/core';
import { describe, expect, it } from 'vitest';
import { ACCOUNT_BODY_LIMIT } from '../body-size-limit.js';
import { accountsAppPerTest, JSON_BODY, ORIGIN, PASSWORD } from './accounts-fixture.case.js';
import { SESSION_COOKIE } from './principal.js';

const t = accountsAppPerTest();

interface Change {
  method: string;
  path: string;
  /** Who may make the change (their role and organisation allow it). */
  as: string;
  body?: unknown;
}

/** Every state-changing account and editing route, with a caller allowed to use it. */
function changes(): Change[] {
  const admin = 'admin@acme.example';
  const editor = 'editor@office.example';
  const analystId = t.users.analyst.id;
  const account: Change[] = [
    { method: 'DELETE', path: '/api/session', as: admin },
    { method: 'DELETE', path: '/api/sessions', as: admin },
    { method: 'POST', path: '/api/me/password', as: admin, body: {} },
    { method: 'POST', path: '/api/users', as: admin, body: { email: 'new@acme.example', role: 'viewer' } },
    { method: 'PATCH', path: `/api/users/${analystId}`, as: admin, body: { role: 'viewer' } },
    { method: 'POST', path: `/api/users/${analystId}/reset-password`, as: admin },
    { method: 'POST', path: '/api/tokens', as: admin, body: { name: 'script' } },
    { method: 'DELETE', path: '/api/tokens/999', as: admin },
  ];
  const editing = EDITABLE_KINDS.flatMap((kind): Change[] => [
    { method: 'POST', path: `/api/${kind}`, as: editor, body: {} },
    { method: 'PUT', path: `/api/${kind}/x`, as: editor, body: {} },
    { method: 'PATCH', path: `/api/${kind}/x`, as: editor, body: {} },
    { method: 'DELETE', path: `/api/${kind}/x`, as: editor },
    { method: 'POST', path: `/api/${kind}/x/retire`, as: editor },
    { method: 'POST', path: `/api/${kind}/x/restore`, as: editor },
  ]);
  return [...account, ...editing];
}

async function call(change: Change, headers: Record<string, string>) {
  const res = await t.request(change.path, {
    method: change.method,
    headers: { ...JSON_BODY, ...headers },
    ...(change.body === undefined ? {} : { body: JSON.stringify(change.body) }),
  });
  const text = await res.text();
  return { status: res.status, body: text === '' ? null : JSON.parse(text) };
}

describe('CSRF', () => {
  it('refuses every cookie-authenticated change without the CSRF token, with a wrong one, or from another origin; a bearer token needs none', async () => {
    const sessions = new Map<string, { cookie: string; csrf: string }>();
    for (const email of ['admin@acme.example', 'editor@office.example'])
      sessions.set(email, await t.signIn(email));
    for (const change of changes()) {
      const { cookie, csrf } = sessions.get(change.as) as { cookie: string; csrf: string };
      const attempts: [string, Record<string, string>][] = [
        ['no token', { cookie, origin: ORIGIN }],
        ['wrong token', { cookie, origin: ORIGIN, 'x-csrf-token': `${csrf.slice(0, -2)}xx` }],
        ['token of another session', { cookie, origin: ORIGIN, 'x-csrf-token': 'a'.repeat(43) }],
        ['foreign origin', { cookie, origin: 'https://evil.example', 'x-csrf-token': csrf }],
      ];
      for (const [what, headers] of attempts) {
        const res = await call(change, headers);
        expect([change.method, change.path, what, res.status]).toEqual([
          change.method,
          change.path,
          what,
          403,
        ]);
        expect(res.body.error.code).toBe('forbidden');
      }
    }
    // Nothing was changed by any refused request.
    expect(await t.accounts.audit(t.orgs.acme.id)).toEqual([]);
    expect(await t.accounts.audit(t.orgs.office.id)).toEqual([]);
    expect(
      (await t.request('/api/me', { headers: { cookie: sessions.get('admin@acme.example')?.cookie ?? '' } }))
        .status,
    ).toBe(200);

    const tokens = new Map<string, string>();
    for (const [email, session] of sessions) {
      const res = await t.request('/api/tokens', {
        method: 'POST',
        headers: { ...JSON_BODY, cookie: session.cookie, origin: ORIGIN, 'x-csrf-token': session.csrf },
        body: JSON.stringify({ name: 'script' }),
      });
      tokens.set(email, (await res.json()).token);
    }
    for (const change of changes()) {
      const res = await call(change, { authorization: `Bearer ${tokens.get(change.as)}` });
      // Past authentication and CSRF: the route answers on its own terms (done, bad body, no such record).
      expect([change.method, change.path, [401, 403].includes(res.status)]).toEqual([
        change.method,
        change.path,
        false,
      ]);
    }
  });

  it('refuses a sign-in posted from another origin (login CSRF)', async () => {
    const res = await t.request('/api/session', {
      method: 'POST',
      headers: { ...JSON_BODY, origin: 'https://evil.example' },
      body: JSON.stringify({ email: 'admin@acme.example', password: PASSWORD }),
    });
    expect(res.status).toBe(403);
    expect(res.headers.get('set-cookie')).toBeNull();
  });
});

describe('session fixation', () => {
  const cookieValue = (setCookie: string) => new RegExp(`${SESSION_COOKIE}=([^;]*)`).exec(setCookie)?.[1];

  it('never adopts a session id sent before sign-in, and ends the session the browser came with', async () => {
    const planted = `${SESSION_COOKIE}=attacker-chosen-id`;
    const first = await t.signIn('viewer@acme.example', PASSWORD, planted);
    expect(first.res.status).toBe(200);
    expect(cookieValue(first.setCookie)).not.toBe('attacker-chosen-id');
    expect((await t.request('/api/me', { headers: { cookie: planted } })).status).toBe(401);

    // An attacker's own valid session planted in the victim's browser ends when the victim signs in.
    const attacker = await t.signIn('analyst@acme.example');
    const victim = await t.signIn('viewer@acme.example', PASSWORD, attacker.cookie);
    expect(victim.cookie).not.toBe(attacker.cookie);
    expect((await t.request('/api/me', { headers: { cookie: attacker.cookie } })).status).toBe(401);
    const me = await (await t.request('/api/me', { headers: { cookie: victim.cookie } })).json();
    expect(me.user.email).toBe('viewer@acme.example');
  });

  it('ends every session at sign-out everywhere, clearing the cookie; earlier cookies stay invalid', async () => {
    const a = await t.signIn('viewer@acme.example');
    const b = await t.signIn('viewer@acme.example');
    const res = await t.request('/api/sessions', {
      method: 'DELETE',
      headers: { cookie: b.cookie, 'x-csrf-token': b.csrf, origin: ORIGIN },
    });
    expect(res.status).toBe(200);
    expect(cookieValue(res.headers.get('set-cookie') ?? '')).toBe('');
    for (const cookie of [a.cookie, b.cookie]) {
      expect((await t.request('/api/me', { headers: { cookie } })).status).toBe(401);
    }
  });
});

describe('brute force', () => {
  /** A sign-in from a given client address, as the Node server reports it. */
  const signInFrom = (address: string, password: string) =>
    t.app.request(
      `${ORIGIN}/api/session`,
      { method: 'POST', headers: JSON_BODY, body: JSON.stringify({ email: 'admin@acme.example', password }) },
      { incoming: { socket: { remoteAddress: address } } },
    );

  it('locks an account after five wrong passwords from different addresses; the right one waits out the window', async () => {
    for (let i = 1; i <= 5; i++)
      expect((await signInFrom(`10.0.0.${i}`, 'wrong password!')).status).toBe(401);
    const blocked = await signInFrom('10.0.0.99', PASSWORD);
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBe(15 * 60);
    expect(((await blocked.json()) as { error: { code: string } }).error.code).toBe('too_many_requests');
    t.clock.now = new Date(t.clock.now.getTime() + 15 * 60 * 1000 - 1000);
    expect((await signInFrom('10.0.0.99', PASSWORD)).status).toBe(429);
    t.clock.now = new Date(t.clock.now.getTime() + 1001);
    expect((await signInFrom('10.0.0.99', PASSWORD)).status).toBe(200);
  });
});

describe('oversized bodies on account routes', () => {
  it('are refused with 413 in the error shape', async () => {
    const { cookie, csrf } = await t.signIn('admin@acme.example');
    const headers = { ...JSON_BODY, cookie, 'x-csrf-token': csrf, origin: ORIGIN };
    const big = 'x'.repeat(ACCOUNT_BODY_LIMIT + 1);
    const cases: [string, string, unknown][] = [
      ['POST', '/api/session', { email: 'admin@acme.example', password: big }],
      ['POST', '/api/me/password', { current_password: PASSWORD, new_password: big }],
      ['POST', '/api/users', { email: 'a@acme.example', role: 'viewer', pad: big }],
      ['PATCH', `/api/users/${t.users.viewer.id}`, { role: 'viewer', pad: big }],
      ['POST', '/api/tokens', { name: big }],
    ];
    for (const [method, path, body] of cases) {
      const res = await t.request(path, { method, headers, body: JSON.stringify(body) });
      expect([method, path, res.status]).toEqual([method, path, 413]);
      const error = (await res.json()).error;
      expect(error).toMatchObject({ code: 'body_too_large', details: { limit: ACCOUNT_BODY_LIMIT } });
    }
    expect((await t.accounts.tokens(t.users.admin.id)).length).toBe(0);
  });
});
