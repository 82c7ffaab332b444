import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp } from '../app-fixture.case.js';

let t: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  t = await testApp();
});
afterAll(async () => {
  await t.close();
});

describe('GET /feed.atom', () => {
  it('gives an Atom feed where the undated item is marked undated and has no published date', async () => {
    const res = await t.app.request('http://localhost:8080/feed.atom');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/atom+xml');
    const xml = await res.text();
    const entries = xml.split('<entry>').slice(1);
    expect(entries).toHaveLength(2);
    const dated = entries.find((e) => e.includes('Rethink Supply Chains'))!;
    expect(dated).toContain('<updated>2016-02-01T00:00:00.000Z</updated>');
    expect(dated).toContain('<published>2016-02-01T00:00:00.000Z</published>');
    const undated = entries.find((e) => e.includes('Secretary Kerry'))!;
    expect(undated).toContain('(undated) Secretary Kerry');
    expect(undated).not.toContain('<published>');
    // Its dataset has no as-of date: the entry time is the import time, not a guessed news date.
    const imported = (await t.deps.store.datasets()).find((d) => d.kind === 'news')!.imported_at;
    expect(undated).toContain(`<updated>${new Date(imported).toISOString()}</updated>`);
    expect(xml).toContain('http://localhost:8080/feed.atom');
  });
});
