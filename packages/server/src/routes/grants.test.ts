import type { Grant } from '@tipwatch/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedGrants } from '../../../storage/src/knowledge-fixtures.case.js';
import { getJson, type Json, testApp } from '../app-fixture.case.js';
import { grantTotals } from './grants.js';

let t: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  t = await testApp();
});
afterAll(async () => {
  await t.close();
});
const get = (path: string) => getJson(t.app, path);

describe('GET /api/grants', () => {
  it('lists the grants with totals per currency over every grant matching the filters', async () => {
    const { status, body } = await get('/api/grants?limit=1');
    expect(status).toBe(200);
    expect(body.items).toHaveLength(1);
    expect(body.next_cursor).not.toBeNull();
    // Totals cover both grants although the page shows one.
    expect(body.totals).toEqual([{ currency: 'USD', amount: 5_600_000, grants: 2 }]);
    const next = await get(`/api/grants?limit=1&cursor=${body.next_cursor}`);
    expect(next.body.next_cursor).toBeNull();
    expect([body.items[0].id, next.body.items[0].id].sort()).toEqual(seedGrants.map((g) => g.id).sort());
  });

  it('filters by country, P and fiscal year', async () => {
    const tha = await get('/api/grants?country=THA');
    expect(tha.body.items.map((g: Json) => g.id)).toEqual(['tip-office-2016:lpn-thailand-fishing']);
    expect(tha.body.totals).toEqual([{ currency: 'USD', amount: 600_000, grants: 1 }]);
    const prosecution = await get('/api/grants?p=prosecution');
    expect(prosecution.body.items.map((g: Json) => g.id)).toEqual(['tip-office-2016:lpn-thailand-fishing']);
    // The home page gives neither grant a fiscal year, so none is one of 2015's.
    const fy = await get('/api/grants?fiscal_year=2015');
    expect(fy.body.items).toEqual([]);
    expect(fy.body.totals).toEqual([]);
  });

  it('rejects bad filters with 400 naming the parameter', async () => {
    for (const [query, parameter] of [
      ['p=protect', 'p'],
      ['fiscal_year=20x5', 'fiscal_year'],
      ['country=TH', 'country'],
    ] as const) {
      const { status, body } = await get(`/api/grants?${query}`);
      expect(status, query).toBe(400);
      expect(body.error.details.parameter).toBe(parameter);
    }
  });
});

describe('grantTotals(grants)', () => {
  it('sums per currency, never converting, and counts grants without an amount apart', () => {
    const base = seedGrants[0]!;
    const grants: Grant[] = [
      base,
      { ...base, id: 'b', amount: 100, currency: 'EUR' },
      { ...base, id: 'c', amount: null, currency: null },
    ];
    expect(grantTotals(grants)).toEqual({
      totals: [
        { currency: 'EUR', amount: 100, grants: 1 },
        { currency: 'USD', amount: 600_000, grants: 1 },
      ],
      without_amount: 1,
    });
  });
});
