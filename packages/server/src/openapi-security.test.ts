import { EDITABLE_KINDS } from '@tipwatch/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AccountsApp, accountsApp } from './auth/accounts-fixture.case.js';
import { READ_SECURITY, WRITE_SECURITY } from './openapi-security.js';

let t: AccountsApp;
// biome-ignore lint/suspicious/noExplicitAny: the document is read as plain JSON
let doc: any;
beforeAll(async () => {
  t = await accountsApp();
  doc = await (await t.request('/api/openapi.json')).json();
});
afterAll(async () => {
  await t.close();
});

const ACCOUNT_ROUTES: [string, string][] = [
  ['get', '/api/me'],
  ['delete', '/api/session'],
  ['delete', '/api/sessions'],
  ['post', '/api/me/password'],
  ['get', '/api/users'],
  ['post', '/api/users'],
  ['patch', '/api/users/{id}'],
  ['post', '/api/users/{id}/reset-password'],
  ['get', '/api/tokens'],
  ['post', '/api/tokens'],
  ['delete', '/api/tokens/{id}'],
  ['get', '/api/audit'],
];

const EDITING_ROUTES: [string, string][] = EDITABLE_KINDS.flatMap((kind): [string, string][] => [
  ['post', `/api/${kind}`],
  ['put', `/api/${kind}/{id}`],
  ['patch', `/api/${kind}/{id}`],
  ['delete', `/api/${kind}/{id}`],
  ['post', `/api/${kind}/{id}/retire`],
  ['post', `/api/${kind}/{id}/restore`],
  ['get', `/api/${kind}/retired`],
]);

describe('GET /api/openapi.json', () => {
  it('declares the session cookie, the CSRF header and bearer tokens', () => {
    expect(doc.components.securitySchemes).toEqual({
      sessionCookie: expect.objectContaining({ type: 'apiKey', in: 'cookie', name: 'tipwatch_session' }),
      csrfToken: expect.objectContaining({ type: 'apiKey', in: 'header', name: 'X-CSRF-Token' }),
      bearerToken: expect.objectContaining({ type: 'http', scheme: 'bearer' }),
    });
  });

  it('lists every account and editing route with cookie (and CSRF on changes) or bearer security', () => {
    for (const [method, path] of [...ACCOUNT_ROUTES, ...EDITING_ROUTES]) {
      const operation = doc.paths[path]?.[method];
      expect([method, path, operation === undefined]).toEqual([method, path, false]);
      expect([method, path, operation.security]).toEqual([
        method,
        path,
        method === 'get' ? READ_SECURITY : WRITE_SECURITY,
      ]);
      expect(Object.keys(operation.responses)).toEqual(expect.arrayContaining(['401', '403']));
    }
    expect(doc.paths['/api/session'].post.security).toBeUndefined();
  });

  it('defines every schema it refers to, and names each operation’s parameters', () => {
    const refs = JSON.stringify(doc).match(/"#\/components\/schemas\/[^"]+"/g) ?? [];
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) {
      expect(doc.components.schemas[ref.slice('"#/components/schemas/'.length, -1)], ref).toBeDefined();
    }
    for (const [method, path] of [...ACCOUNT_ROUTES, ...EDITING_ROUTES]) {
      const names = (doc.paths[path][method].parameters ?? []).map((p: { name: string }) => p.name);
      expect([method, path, names]).toEqual([
        method,
        path,
        path.includes('{id}') ? ['id'] : expect.any(Array),
      ]);
    }
  });

  it('describes the editing bodies, with the citation required on a new record', () => {
    const body = doc.paths['/api/grants'].post.requestBody.content['application/json'].schema;
    const schema = body.$ref ? doc.components.schemas[body.$ref.split('/').pop()] : body;
    expect(schema.required).toEqual(expect.arrayContaining(['title', 'recipient', 'description', 'source']));
    expect(schema.additionalProperties).toBe(false);
    expect(doc.components.schemas.SourceCitation.required).toEqual(['record']);
  });
});
