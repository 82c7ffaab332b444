import { describe, expect, it } from 'vitest';
import { getJson, type Json, testAppPerFile } from '../app-fixture.case.js';

const t = testAppPerFile();

const get = (path: string) => getJson(t.app, path);

describe('GET /api/countries', () => {
  it('lists every ISO country with its latest TIP placement and ILAB advancement level', async () => {
    const all: Json[] = [];
    let cursor: string | null = null;
    do {
      const { status, body } = await get(`/api/countries?limit=100${cursor ? `&cursor=${cursor}` : ''}`);
      expect(status).toBe(200);
      all.push(...body.items);
      cursor = body.next_cursor;
    } while (cursor);
    expect(all.length).toBe(t.deps.ref.countries.all().length);
    expect(new Set(all.map((c) => c.iso3)).size).toBe(all.length);
    const chn = all.find((c) => c.iso3 === 'CHN');
    expect(chn.tip.tier).toBe(t.deps.ref.tiers.latest('CHN').tier);
    expect(chn.tip.tier).toBe('Tier 3');
    const afg = all.find((c) => c.iso3 === 'AFG');
    expect(afg.ilab_advancement_level).toBe((await t.deps.store.country('AFG'))?.advancement_level);
    expect(afg.ilab_advancement_level).not.toBeNull();
    // A country ILAB has no profile for has no level, not a made-up one.
    expect(all.find((c) => c.iso3 === 'DEU').ilab_advancement_level).toBeNull();
  });

  it('pages with an opaque cursor, without repeats or gaps', async () => {
    const first = await get('/api/countries?limit=7');
    const second = await get(`/api/countries?limit=7&cursor=${first.body.next_cursor}`);
    const both = await get('/api/countries?limit=14');
    expect(first.body.items).toHaveLength(7);
    expect([...first.body.items, ...second.body.items]).toEqual(both.body.items);
  });

  it('filters by tier and by part of the name', async () => {
    const { body } = await get('/api/countries?tier=Tier%203&limit=100');
    expect(body.items.length).toBeGreaterThan(5);
    for (const c of body.items) expect(c.tip.tier).toBe('Tier 3');
    expect(body.items.map((c: Json) => c.iso3)).toContain('PRK');
    const named = await get('/api/countries?q=turkmen');
    expect(named.body.items.map((c: Json) => c.iso3)).toEqual(['TKM']);
  });

  it('rejects a bad tier, limit or cursor with 400 naming the parameter', async () => {
    for (const [query, parameter] of [
      ['tier=Tier%205', 'tier'],
      ['limit=0', 'limit'],
      ['limit=101', 'limit'],
      ['limit=ten', 'limit'],
      ['cursor=not-a-cursor', 'cursor'],
    ] as const) {
      const { status, body } = await get(`/api/countries?${query}`);
      expect(status, query).toBe(400);
      expect(body.error.code).toBe('bad_parameter');
      expect(body.error.details.parameter).toBe(parameter);
      expect(body.error.message).toContain(parameter);
    }
  });
});

describe('GET /api/countries/{iso3}', () => {
  it('gives China with its tier history, ILAB profile and goods, listed entities, bans and hotlines', async () => {
    const { status, body } = await get('/api/countries/chn');
    expect(status).toBe(200);
    expect(body.iso3).toBe('CHN');
    expect(body.tier_history.length).toBe(t.deps.ref.tiers.history('CHN').length);
    expect(body.tier_history.map((h: Json) => h.year)).toEqual(
      [...body.tier_history.map((h: Json) => h.year)].sort((a: number, b: number) => a - b),
    );
    expect(body.ilab_profile.name).toBe('China');
    expect(body.ilab_goods.map((g: Json) => g.good)).toContain('Cotton');
    expect(body.listed_entities.some((e: Json) => /hoshine/i.test(e.name))).toBe(true);
    for (const e of body.listed_entities) expect(e.country).toBe('CHN');
    expect(body.import_bans.some((b: Json) => /xinjiang/i.test(b.text))).toBe(true);
    for (const b of body.import_bans) expect(['revoked', 'modified']).not.toContain(b.status);
    // The UFLPA presumption is the widest ban located in China, cited as screening cites it.
    expect(body.import_bans[0]).toMatchObject({ order_type: 'UFLPA', scope: 'region', date: '' });
    expect(body.import_bans[0].source.record).toContain('Public Law 117-78');
  });

  it('gives Thailand its grants and Ghana its partnership, each with its source', async () => {
    const tha = await get('/api/countries/THA');
    expect(tha.body.grants.map((g: Json) => g.id)).toEqual(['tip-office-2016:lpn-thailand']);
    expect(tha.body.grants[0].source.dataset).toBe('seed_tip_office_homepage');
    const gha = await get('/api/countries/GHA');
    expect(gha.body.partnerships).toHaveLength(1);
  });

  it('is 404 JSON for an unknown code and 400 for a code that is not three letters', async () => {
    const unknown = await get('/api/countries/XXX');
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('not_found');
    const bad = await get('/api/countries/CH1');
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.parameter).toBe('iso3');
  });
});

describe('GET /api/countries/{iso3} after an import', () => {
  it('shows the new version in force on the next request', async () => {
    const before = await get('/api/countries/USA');
    expect(before.body.hotlines.length).toBeGreaterThan(0);
    const others = t.deps.ref.hotlines.filter((h) => h.iso3 !== 'USA');
    await t.deps.store.importDataset(
      'hotlines',
      { dataset: 'hotlines', as_of: null, source_file: null, imported_by: 'server tests' },
      others,
    );
    const after = await get('/api/countries/USA');
    expect(after.body.hotlines).toEqual([]);
    expect(after.body.tier_history).toEqual(before.body.tier_history);
  });
});
