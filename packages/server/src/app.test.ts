import { describe, expect, it } from 'vitest';
import { getJson, type Json, testAppPerFile } from './app-fixture.case.js';

const t = testAppPerFile();

const ROUTES = [
  ['get', '/api/countries'],
  ['get', '/api/countries/{iso3}'],
  ['get', '/api/hotlines'],
  ['get', '/api/grants'],
  ['get', '/api/reports'],
  ['get', '/api/partnerships'],
  ['get', '/api/news'],
  ['get', '/api/search'],
  ['get', '/feed.atom'],
  ['post', '/api/match'],
  ['get', '/api/data'],
] as const;

describe('createApp(deps)', () => {
  it('serves an OpenAPI 3.1 document listing every route with its parameters', async () => {
    const { status, body } = await getJson(t.app, '/api/openapi.json');
    expect(status).toBe(200);
    expect(body.openapi).toBe('3.1.0');
    expect(Object.keys(body.paths).sort()).toEqual([...new Set(ROUTES.map(([, p]) => p))].sort());
    for (const [method, path] of ROUTES) {
      const op = body.paths[path][method];
      expect(op, `${method} ${path}`).toBeDefined();
      expect(op.responses['200'], `${method} ${path}`).toBeDefined();
    }
    const params = body.paths['/api/countries'].get.parameters.map((p: Json) => p.name).sort();
    expect(params).toEqual(['cursor', 'limit', 'q', 'tier']);
    expect(body.paths['/api/match'].post.requestBody.content['application/json'].schema).toBeDefined();
    // Every $ref points at a schema the document defines.
    const refs = JSON.stringify(body).match(/"#\/components\/schemas\/[^"]+"/g) ?? [];
    for (const ref of refs) {
      expect(body.components.schemas[ref.slice('"#/components/schemas/'.length, -1)], ref).toBeDefined();
    }
  });

  it('answers unknown paths under /api with 404 JSON and sets security headers', async () => {
    const { status, body, headers } = await getJson(t.app, '/api/nothing-here');
    expect(status).toBe(404);
    expect(body).toEqual({
      error: {
        code: 'not_found',
        message: 'no route GET /api/nothing-here',
        details: { path: '/api/nothing-here' },
      },
    });
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('x-frame-options')).toBe('SAMEORIGIN');
  });

  it('serves a plain page linking the API description at /', async () => {
    const res = await t.app.request('/');
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('href="/api/openapi.json"');
  });

  it('turns an unexpected failure into a 500 without a stack trace', async () => {
    const { createApp } = await import('./app.js');
    const broken = createApp({
      ...t.deps,
      store: {
        ...t.deps.store,
        hotlines: () => Promise.reject(new Error('disk on fire at /secret/path')),
      },
    });
    const original = console.error;
    console.error = () => {};
    try {
      const { status, body } = await getJson(broken, '/api/hotlines');
      expect(status).toBe(500);
      expect(body).toEqual({ error: { code: 'internal', message: 'internal error', details: {} } });
    } finally {
      console.error = original;
    }
  });
});
