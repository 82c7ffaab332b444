import { describe, expect, it } from 'vitest';
import { getJson, testAppPerFile } from '../app-fixture.case.js';

const t = testAppPerFile();
const get = (path: string) => getJson(t.app, path);

describe('GET /api/partnerships', () => {
  it('lists the seed partnership with its source, filters by country and checks parameters', async () => {
    const { body } = await get('/api/partnerships');
    expect(
      body.items.map((p: { id: string; source: { dataset: string } }) => [p.id, p.source.dataset]),
    ).toEqual([['tip-office-2016:ghana-cpc', 'seed_tip_office_homepage']]);
    expect((await get('/api/partnerships?country=GHA')).body.items).toHaveLength(1);
    expect((await get('/api/partnerships?country=THA')).body.items).toEqual([]);
    const bad = await get('/api/partnerships?country=GH');
    expect([bad.status, bad.body.error.details.parameter]).toEqual([400, 'country']);
  });
});
