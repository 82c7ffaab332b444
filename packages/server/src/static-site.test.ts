import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app.js';
import { testApp } from './app-fixture.case.js';
import { SITE_CSP, staticSite } from './static-site.js';

/** A script large enough to be worth compressing. */
const BIG_JS = `export const rows = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => `row ${i}`))};\n`;

describe('createApp({ site: staticSite(dir) })', () => {
  let parent: string;
  let dir: string;
  let fixture: Awaited<ReturnType<typeof testApp>>;
  let app: ReturnType<typeof createApp>;

  beforeAll(async () => {
    parent = mkdtempSync(join(tmpdir(), 'tipwatch-site-'));
    dir = join(parent, 'site');
    mkdirSync(join(dir, 'assets'), { recursive: true });
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>app</title><div id="root"></div>');
    writeFileSync(join(dir, 'assets', 'index-abc123.js'), 'console.log(1)');
    writeFileSync(join(dir, 'assets', 'big-def456.js'), BIG_JS);
    writeFileSync(join(dir, 'robots.txt'), 'User-agent: *');
    writeFileSync(join(parent, 'outside-secret.txt'), 'CONTENT-OUTSIDE-THE-SITE');
    fixture = await testApp();
    app = createApp({ ...fixture.deps, site: staticSite(dir) });
  });

  afterAll(async () => {
    await fixture.close();
    rmSync(parent, { recursive: true, force: true });
  });

  it('serves index.html at / instead of the plain page, revalidated on every load', async () => {
    const res = await app.request('/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(res.headers.get('content-security-policy')).toBe(SITE_CSP);
    expect(await res.text()).toContain('<div id="root">');
  });

  it('answers every page address with index.html, so a reload works', async () => {
    for (const path of ['/countries/THA', '/grants', '/workspace/users']) {
      const res = await app.request(path);
      expect(res.status, path).toBe(200);
      expect(await res.text(), path).toContain('<div id="root">');
    }
  });

  it('serves hashed assets as immutable, other files revalidated', async () => {
    const js = await app.request('/assets/index-abc123.js');
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toMatch(/text\/javascript/);
    expect(js.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const txt = await app.request('/robots.txt');
    expect(txt.headers.get('cache-control')).toBe('no-cache');
  });

  it('gzips text files for clients that accept it, and only for them', async () => {
    const gz = await app.request('/assets/big-def456.js', {
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(gz.headers.get('vary')).toBe('accept-encoding');
    const bytes = Buffer.from(await gz.arrayBuffer());
    expect(bytes.length).toBeLessThan(BIG_JS.length);
    expect(gunzipSync(bytes).toString('utf8')).toBe(BIG_JS);
    const plain = await app.request('/assets/big-def456.js');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toBe(BIG_JS);
    const refused = await app.request('/assets/big-def456.js', {
      headers: { 'accept-encoding': 'gzip;q=0' },
    });
    expect(refused.headers.get('content-encoding')).toBeNull();
  });

  it('gives a missing file a 404, not the page', async () => {
    const res = await app.request('/assets/missing-0000.js');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/json/);
  });

  it('keeps API paths to the API: unknown ones are JSON 404s, known ones answer', async () => {
    const unknown = await app.request('/api/nothing-here');
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { error: { code: string } }).error.code).toBe('not_found');
    const countries = await app.request('/api/countries?limit=1');
    expect(countries.status).toBe(200);
    const feed = await app.request('/feed.atom');
    expect(feed.headers.get('content-type')).toMatch(/atom/);
  });

  it('never serves a file outside its folder', async () => {
    for (const path of [
      '/../outside-secret.txt',
      '/%2e%2e/outside-secret.txt',
      '/assets/..%2f..%2foutside-secret.txt',
    ]) {
      const res = await app.request(path);
      expect(await res.text(), path).not.toContain('CONTENT-OUTSIDE-THE-SITE');
    }
  });

  it('without a site, / stays the plain page linking the API description', async () => {
    const res = await fixture.app.request('/');
    expect(await res.text()).toContain('/api/openapi.json');
  });
});
