import { describe, expect, it } from 'vitest';
import { getJson, type Json, testAppPerFile } from '../app-fixture.case.js';

const t = testAppPerFile();
const get = (path: string) => getJson(t.app, path);

describe('GET /api/grants', () => {
  it('lists the grants with totals that leave the programme totals out', async () => {
    const { status, body } = await get('/api/grants');
    expect(status).toBe(200);
    expect(body.items.map((g: Json) => g.id)).toEqual(['tip-office-2016:lpn-thailand']);
    // The LPN grant only: the FY 2015 "over $18 million" and the $5 million CPC sum are not added.
    expect(body.totals).toEqual([{ currency: 'USD', amount: 600_000, grants: 1 }]);
    expect(body.programme_totals.map((p: Json) => [p.id, p.amount]).sort()).toEqual([
      ['tip-office-2016:fy2015-grants-total', 18_000_000],
      ['tip-office-2016:ghana-cpc-assistance', 5_000_000],
    ]);
    expect(body.programme_totals.find((p: Json) => p.amount === 18_000_000).amount_is_lower_bound).toBe(true);
  });

  it('filters grants and programme totals alike by country, P and fiscal year', async () => {
    const tha = await get('/api/grants?country=THA');
    expect(tha.body.items).toHaveLength(1);
    expect(tha.body.programme_totals).toEqual([]);
    const gha = await get('/api/grants?country=GHA');
    expect(gha.body.items).toEqual([]);
    expect(gha.body.totals).toEqual([]);
    expect(gha.body.programme_totals.map((p: Json) => p.id).sort()).toEqual([
      'tip-office-2016:fy2015-grants-total',
      'tip-office-2016:ghana-cpc-assistance',
    ]);
    // The page names no P for the LPN grant, so it is not a "prosecution" grant.
    const prosecution = await get('/api/grants?p=prosecution');
    expect(prosecution.body.items).toEqual([]);
    expect(prosecution.body.programme_totals.map((p: Json) => p.id)).toEqual([
      'tip-office-2016:fy2015-grants-total',
    ]);
    const fy = await get('/api/grants?fiscal_year=2015');
    expect(fy.body.items).toEqual([]);
    expect(fy.body.programme_totals.map((p: Json) => p.fiscal_year)).toEqual([2015]);
  });

  it('pages with a cursor and keeps the totals for every matching grant', async () => {
    const first = await get('/api/grants?limit=1');
    expect(first.body.items).toHaveLength(1);
    expect(first.body.next_cursor).toBeNull();
    expect(first.body.totals[0].grants).toBe(1);
  });

  it('rejects bad filters with 400 naming the parameter', async () => {
    for (const [query, parameter] of [
      ['p=protect', 'p'],
      ['fiscal_year=20x5', 'fiscal_year'],
      ['country=TH', 'country'],
      ['limit=1000', 'limit'],
    ] as const) {
      const { status, body } = await get(`/api/grants?${query}`);
      expect(status, query).toBe(400);
      expect(body.error.details.parameter).toBe(parameter);
    }
  });
});
