import { describe, expect, it } from 'vitest';
import {
  accountsApp,
  accountsAppPerTest,
  JSON_BODY,
  ORIGIN,
  PASSWORD,
} from '../auth/accounts-fixture.case.js';

const t = accountsAppPerTest();

describe('POST /api/session', () => {
  it('signs in with an HttpOnly, SameSite, path-wide cookie, not Secure over http, and returns the CSRF token', async () => {
    const { res, body, setCookie } = await t.signIn('Admin@Acme.example');
    expect(res.status).toBe(200);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    expect(setCookie).toMatch(/Path=\//);
    expect(setCookie).not.toMatch(/Secure/);
    expect(body).toMatchObject({
      role: 'admin',
      org: { name: 'Acme' },
      user: { email: 'admin@acme.example' },
    });
    expect(body.csrf_token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(JSON.stringify(body)).not.toContain(PASSWORD);
  });

  it('sets a Secure cookie when the request is https', async () => {
    const res = await t.app.request('https://localhost/api/session', {
      method: 'POST',
      headers: JSON_BODY,
      body: JSON.stringify({ email: 'admin@acme.example', password: PASSWORD }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('set-cookie')).toMatch(/Secure/);
  });

  it('says the same for an unknown address and a wrong password', async () => {
    const unknown = await t.signIn('nobody@acme.example');
    const wrong = await t.signIn('admin@acme.example', 'not the password at all');
    expect(unknown.res.status).toBe(401);
    expect(wrong.res.status).toBe(401);
    expect(unknown.body).toEqual(wrong.body);
    expect(unknown.setCookie).toBe('');
  });

  it('refuses a disabled user', async () => {
    await t.accounts.updateUser(t.users.viewer.id, { disabled: true, updated_at: t.clock.now.toISOString() });
    expect((await t.signIn('viewer@acme.example')).res.status).toBe(401);
  });

  it('refuses a sign-in posted from another origin', async () => {
    const res = await t.request('/api/session', {
      method: 'POST',
      headers: { ...JSON_BODY, origin: 'https://evil.example' },
      body: JSON.stringify({ email: 'admin@acme.example', password: PASSWORD }),
    });
    expect(res.status).toBe(403);
  });

  it('issues a new session id at every sign-in; the cookie the browser came with is no longer valid', async () => {
    const first = await t.signIn('analyst@acme.example');
    expect((await t.request('/api/me', { headers: { cookie: first.cookie } })).status).toBe(200);
    const second = await t.signIn('analyst@acme.example', PASSWORD, first.cookie);
    expect(second.cookie).not.toBe('');
    expect(second.cookie).not.toBe(first.cookie);
    expect(second.csrf).not.toBe(first.csrf);
    expect((await t.request('/api/me', { headers: { cookie: first.cookie } })).status).toBe(401);
    expect((await t.request('/api/me', { headers: { cookie: second.cookie } })).status).toBe(200);
  });

  it('answers the 6th wrong password in the window with 429 and Retry-After, even the right one after, until the window passes', async () => {
    for (let i = 0; i < 5; i++) {
      expect((await t.signIn('analyst@acme.example', `wrong password ${i}`)).res.status).toBe(401);
    }
    const sixth = await t.signIn('analyst@acme.example', 'wrong password 6');
    expect(sixth.res.status).toBe(429);
    expect(sixth.body.error.code).toBe('too_many_requests');
    expect(Number(sixth.res.headers.get('retry-after'))).toBe(15 * 60);
    const right = await t.signIn('analyst@acme.example');
    expect(right.res.status).toBe(429);
    expect(right.setCookie).toBe('');
    t.clock.now = new Date(t.clock.now.getTime() + 10 * 60 * 1000);
    const later = await t.signIn('analyst@acme.example');
    expect(later.res.status).toBe(429);
    expect(Number(later.res.headers.get('retry-after'))).toBe(5 * 60);
    t.clock.now = new Date(t.clock.now.getTime() + 5 * 60 * 1000 + 1);
    expect((await t.signIn('analyst@acme.example')).res.status).toBe(200);
  });

  it('limits failed sign-ins per client address across e-mail addresses', async () => {
    const limited = await accountsApp({ perAddress: { max: 3, windowMs: 60_000 } });
    try {
      for (const who of ['a@x.example', 'b@x.example', 'c@x.example']) {
        expect((await limited.signIn(who, 'wrong password!')).res.status).toBe(401);
      }
      expect((await limited.signIn('admin@acme.example')).res.status).toBe(429);
    } finally {
      await limited.close();
    }
  });

  it('rejects a body that is not JSON, or misses the password, with 400 naming the field', async () => {
    const notJson = await t.request('/api/session', { method: 'POST', headers: JSON_BODY, body: '{' });
    expect(notJson.status).toBe(400);
    const missing = await t.request('/api/session', {
      method: 'POST',
      headers: JSON_BODY,
      body: JSON.stringify({ email: 'admin@acme.example' }),
    });
    expect(missing.status).toBe(400);
    expect((await missing.json()).error.details.field).toBe('password');
  });
});

describe('GET /api/me', () => {
  it('needs a session or a token', async () => {
    const res = await t.request('/api/me');
    expect(res.status).toBe(401);
    expect((await res.json()).error.code).toBe('unauthorized');
  });

  it('ends with the session: expired sessions are not valid', async () => {
    const { cookie } = await t.signIn('viewer@acme.example');
    t.clock.now = new Date(t.clock.now.getTime() + 12 * 60 * 60 * 1000);
    expect((await t.request('/api/me', { headers: { cookie } })).status).toBe(401);
  });
});

describe('DELETE /api/session', () => {
  it('signs out: the cookie no longer works', async () => {
    const { cookie, csrf } = await t.signIn('viewer@acme.example');
    const res = await t.request('/api/session', {
      method: 'DELETE',
      headers: { cookie, 'x-csrf-token': csrf, origin: ORIGIN },
    });
    expect(res.status).toBe(204);
    expect((await t.request('/api/me', { headers: { cookie } })).status).toBe(401);
  });

  it('is refused without the CSRF token', async () => {
    const { cookie } = await t.signIn('viewer@acme.example');
    expect((await t.request('/api/session', { method: 'DELETE', headers: { cookie } })).status).toBe(403);
    expect((await t.request('/api/me', { headers: { cookie } })).status).toBe(200);
  });
});

describe('DELETE /api/sessions', () => {
  it('signs out everywhere: every session of the user ends, other users keep theirs', async () => {
    const laptop = await t.signIn('analyst@acme.example');
    const phone = await t.signIn('analyst@acme.example');
    const colleague = await t.signIn('viewer@acme.example');
    const res = await t.request('/api/sessions', {
      method: 'DELETE',
      headers: { cookie: laptop.cookie, 'x-csrf-token': laptop.csrf },
    });
    expect(res.status).toBe(200);
    expect((await res.json()).revoked).toBe(2);
    expect((await t.request('/api/me', { headers: { cookie: phone.cookie } })).status).toBe(401);
    expect((await t.request('/api/me', { headers: { cookie: laptop.cookie } })).status).toBe(401);
    expect((await t.request('/api/me', { headers: { cookie: colleague.cookie } })).status).toBe(200);
  });
});

describe('POST /api/me/password', () => {
  it('changes the password with the current one, and ends the sessions', async () => {
    const { cookie, csrf } = await t.signIn('viewer@acme.example');
    const headers = { ...JSON_BODY, cookie, 'x-csrf-token': csrf };
    const wrong = await t.request('/api/me/password', {
      method: 'POST',
      headers,
      body: JSON.stringify({ current_password: 'not it at all', new_password: 'another fine passphrase' }),
    });
    expect(wrong.status).toBe(403);
    const short = await t.request('/api/me/password', {
      method: 'POST',
      headers,
      body: JSON.stringify({ current_password: PASSWORD, new_password: 'short' }),
    });
    expect(short.status).toBe(400);
    const ok = await t.request('/api/me/password', {
      method: 'POST',
      headers,
      body: JSON.stringify({ current_password: PASSWORD, new_password: 'another fine passphrase' }),
    });
    expect(ok.status).toBe(200);
    expect((await t.request('/api/me', { headers: { cookie } })).status).toBe(401);
    expect((await t.signIn('viewer@acme.example')).res.status).toBe(401);
    expect((await t.signIn('viewer@acme.example', 'another fine passphrase')).res.status).toBe(200);
  });
});

describe('one-time passwords', () => {
  const admin = async () => {
    const { cookie, csrf } = await t.signIn('admin@acme.example');
    return { ...JSON_BODY, cookie, 'x-csrf-token': csrf };
  };

  it('signs in until the user sets their own, each time asking for it; then only the own password signs in', async () => {
    const created = await t.request('/api/users', {
      method: 'POST',
      headers: await admin(),
      body: JSON.stringify({ email: 'new@acme.example', role: 'analyst' }),
    });
    const { password } = await created.json();
    const first = await t.signIn('new@acme.example', password);
    expect(first.res.status).toBe(200);
    expect(first.body.password_change_required).toBe(true);
    const me = await (await t.request('/api/me', { headers: { cookie: first.cookie } })).json();
    expect(me.password_change_required).toBe(true);
    // A script (or a second browser) signs in again with it, and is asked again.
    const second = await t.signIn('new@acme.example', password);
    expect(second.res.status).toBe(200);
    expect(second.body.password_change_required).toBe(true);
    // The first session sets the user's own password with the one-time password as the current one.
    const headers = { ...JSON_BODY, cookie: first.cookie, 'x-csrf-token': first.csrf };
    const same = await t.request('/api/me/password', {
      method: 'POST',
      headers,
      body: JSON.stringify({ current_password: password, new_password: password }),
    });
    expect(same.status).toBe(400);
    const own = 'a passphrase of my own';
    const changed = await t.request('/api/me/password', {
      method: 'POST',
      headers,
      body: JSON.stringify({ current_password: password, new_password: own }),
    });
    expect(changed.status).toBe(200);
    for (let i = 0; i < 2; i++) {
      const again = await t.signIn('new@acme.example', own);
      expect(again.res.status).toBe(200);
      expect(again.body.password_change_required).toBe(false);
    }
    expect((await t.signIn('new@acme.example', password)).res.status).toBe(401);
  });

  it('an admin’s reset gives a one-time password again; an own password is never one-time', async () => {
    const own = await t.signIn('viewer@acme.example');
    expect(own.body.password_change_required).toBe(false);
    expect((await t.signIn('viewer@acme.example')).res.status).toBe(200);
    const reset = await t.request(`/api/users/${t.users.viewer.id}/reset-password`, {
      method: 'POST',
      headers: await admin(),
    });
    const { password } = await reset.json();
    const first = await t.signIn('viewer@acme.example', password);
    expect(first.body.password_change_required).toBe(true);
    // The reset replaced the user's own password.
    expect((await t.signIn('viewer@acme.example')).res.status).toBe(401);
  });
});
