import { describe, expect, it } from 'vitest';
import { getJson, testAppPerFile } from '../app-fixture.case.js';

const t = testAppPerFile();
const get = (path: string) => getJson(t.app, path);

describe('GET /api/news', () => {
  it('lists dated items first and marks undated ones, giving them no date', async () => {
    const { status, body } = await get('/api/news');
    expect(status).toBe(200);
    expect(body.items.map((n: { date: string | null; undated: boolean }) => [n.date, n.undated])).toEqual([
      ['2016-02-01', false],
      [null, true],
      [null, true],
    ]);
  });

  it('pages and rejects a cursor it did not give out', async () => {
    const first = await get('/api/news?limit=2');
    const second = await get(`/api/news?limit=2&cursor=${first.body.next_cursor}`);
    expect(second.body.items).toHaveLength(1);
    expect(second.body.items[0].undated).toBe(true);
    expect(second.body.next_cursor).toBeNull();
    const ids = [...first.body.items, ...second.body.items].map((n: { id: string }) => n.id);
    expect(new Set(ids).size).toBe(3);
    const bad = await get('/api/news?cursor=bzEuLTE');
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.parameter).toBe('cursor');
  });
});
