import { describe, expect, it } from 'vitest';
import { testAppPerFile } from '../app-fixture.case.js';
import { atomFeed } from './feed.js';

const t = testAppPerFile();

describe('GET /feed.atom', () => {
  it('gives an Atom feed where the undated item is marked undated and has no published date', async () => {
    const res = await t.app.request('http://localhost:8080/feed.atom');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/atom+xml');
    const xml = await res.text();
    const entries = xml.split('<entry>').slice(1);
    expect(entries).toHaveLength(3);
    const dated = entries.find((e) => e.includes('Rethink Supply Chains'))!;
    expect(dated).toContain('<updated>2016-02-01T00:00:00.000Z</updated>');
    expect(dated).toContain('<published>2016-02-01T00:00:00.000Z</published>');
    const undated = entries.find((e) => e.includes('Secretary Kerry'))!;
    expect(undated).toContain('(undated) Secretary Kerry');
    expect(undated).not.toContain('<published>');
    // The entry time is its dataset's as-of date (or import time), not a guessed news date.
    const version = (await t.deps.store.datasets()).find((d) => d.kind === 'news')!;
    const instant = version.as_of
      ? `${version.as_of}T00:00:00.000Z`
      : new Date(version.imported_at).toISOString();
    expect(undated).toContain(`<updated>${instant}</updated>`);
    expect(xml).toContain('http://localhost:8080/feed.atom');
  });
});

describe('atomFeed(news, origin, now)', () => {
  it('times an undated item of a dataset without as-of date by its import, and a month-only date by its first day', () => {
    const source = { dataset: 'd', record: 'r', as_of: null };
    const version = {
      dataset: 'd',
      kind: 'news' as const,
      version: 1,
      imported_at: '2026-03-04T05:06:07.000Z',
      as_of: null,
      row_count: 2,
      checksum: 'x',
      source_file: null,
      imported_by: 'test',
      in_force: true,
    };
    const rows = [
      { id: 'a', title: 'A', date: null, body: 'b', countries: [], url: null, source },
      {
        id: 'm',
        title: 'M',
        date: '2015-06',
        body: 'b',
        countries: [],
        url: 'https://example.org/m',
        source,
      },
    ];
    const xml = atomFeed([{ version, rows }], 'http://h', new Date('2030-01-01T00:00:00Z'));
    const [m, a] = xml.split('<entry>').slice(1);
    expect(m).toContain('<updated>2015-06-01T00:00:00.000Z</updated>');
    expect(m).toContain('Dated 2015-06 by the source (no exact day).');
    expect(a).toContain('<updated>2026-03-04T05:06:07.000Z</updated>');
    expect(a).toContain('(undated) A');
    // The feed's own time is its newest entry, not the clock.
    expect(xml.split('<entry>')[0]).toContain('<updated>2026-03-04T05:06:07.000Z</updated>');
  });
});
