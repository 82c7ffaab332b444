import { describe, expect, it } from 'vitest';
import { getJson, type Json, testAppPerFile } from '../app-fixture.case.js';

const t = testAppPerFile();
const get = (path: string) => getJson(t.app, path);

describe('GET /api/search', () => {
  it('finds hotlines, countries and reports by their words', async () => {
    const { status, body } = await get('/api/search?q=hotline');
    expect(status).toBe(200);
    expect(body.items.length).toBeGreaterThan(0);
    expect(body.items.every((h: Json) => typeof h.title === 'string' && h.row)).toBe(true);
    const syria = await get('/api/search?q=Syrian%20refugee');
    expect(syria.body.items.map((h: Json) => h.key)).toContain('tip-office-2016:icmpd-syria-study');
  });

  it('pages with the store cursor and refuses a cursor of another query', async () => {
    const first = await get('/api/search?q=hotline&limit=2');
    expect(first.body.items).toHaveLength(2);
    const second = await get(`/api/search?q=hotline&limit=2&cursor=${first.body.next_cursor}`);
    expect(second.status).toBe(200);
    const keys = [...first.body.items, ...second.body.items].map((h: Json) => h.key);
    expect(new Set(keys).size).toBe(keys.length);
    const other = await get(`/api/search?q=cotton&cursor=${first.body.next_cursor}`);
    expect(other.status).toBe(400);
    expect(other.body.error.details.parameter).toBe('cursor');
  });

  it('needs q: 400 naming it when missing or blank', async () => {
    for (const path of ['/api/search', '/api/search?q=%20%20']) {
      const { status, body } = await get(path);
      expect(status).toBe(400);
      expect(body.error.details.parameter).toBe('q');
    }
  });
});
