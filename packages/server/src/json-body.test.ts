import { describe, expect, it } from 'vitest';
import { accountsAppPerTest, ORIGIN, PASSWORD } from './auth/accounts-fixture.case.js';

const t = accountsAppPerTest();

describe('jsonBodyAnyType()', () => {
  it('reads JSON sent without a JSON Content-Type (fetch’s text/plain, curl -d’s form type, none)', async () => {
    // A string body with no headers: fetch labels it text/plain.
    const signIn = await t.request('/api/session', {
      method: 'POST',
      body: JSON.stringify({ email: 'editor@office.example', password: PASSWORD }),
    });
    expect(signIn.status).toBe(200);
    const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const headers = { cookie, origin: ORIGIN, 'x-csrf-token': (await signIn.json()).csrf_token };
    const token = await t.request('/api/tokens', {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded' },
      body: JSON.stringify({ name: 'script' }),
    });
    expect(token.status).toBe(201);
    const news = await t.request('/api/news', {
      method: 'POST',
      headers: { authorization: `Bearer ${(await token.json()).token}` },
      body: JSON.stringify({ title: 'Example', body: 'Made-up text.', source: { record: 'Example memo' } }),
    });
    expect(news.status).toBe(201);
  });

  it('still answers 400 in the error shape for a body that is not JSON', async () => {
    const res = await t.request('/api/session', { method: 'POST', body: 'email=a&password=b' });
    expect(res.status).toBe(400);
    expect((await res.json()).error.code).toBe('bad_body');
  });
});
