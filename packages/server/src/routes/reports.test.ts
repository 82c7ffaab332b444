import { describe, expect, it } from 'vitest';
import { getJson, testAppPerFile } from '../app-fixture.case.js';

const t = testAppPerFile();
const get = (path: string) => getJson(t.app, path);

describe('GET /api/reports', () => {
  it('lists reports newest first, undated last, and filters by country', async () => {
    const { body } = await get('/api/reports');
    expect(body.items.map((r: { date: string | null }) => r.date)).toEqual([
      '2015-12-09',
      '2015-06',
      null,
      null,
    ]);
    const syr = await get('/api/reports?country=SYR');
    expect(syr.body.items.map((r: { id: string }) => r.id)).toEqual(['tip-office-2016:icmpd-syria-study']);
    const bad = await get('/api/reports?limit=-1');
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.parameter).toBe('limit');
  });
});
