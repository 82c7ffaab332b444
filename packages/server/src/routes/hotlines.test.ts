import { describe, expect, it } from 'vitest';
import { getJson, type Json, testAppPerFile } from '../app-fixture.case.js';

const t = testAppPerFile();
const get = (path: string) => getJson(t.app, path);

describe('GET /api/hotlines', () => {
  it('gives a country its hotlines with dialable phone and text numbers', async () => {
    const { status, body } = await get('/api/hotlines?country=usa');
    expect(status).toBe(200);
    const national = body.items.find((h: Json) => h.name === 'National Human Trafficking Hotline');
    expect(national.phones).toEqual(['1-888-373-7888', '711']);
    expect(national.texts).toEqual(['233733']);
    expect(national.phone_text).toBe('1-888-373-7888; TTY: 711');
    for (const h of body.items) expect(h.iso3).toBe('USA');
  });

  it('pages through every hotline', async () => {
    const seen: Json[] = [];
    let cursor: string | null = null;
    do {
      const { body } = await get(`/api/hotlines?limit=10${cursor ? `&cursor=${cursor}` : ''}`);
      expect(body.items.length).toBeLessThanOrEqual(10);
      seen.push(...body.items);
      cursor = body.next_cursor;
    } while (cursor);
    expect(seen).toHaveLength(t.deps.ref.hotlines.length);
  });

  it('gives an empty page for a country without hotlines and 400 for a malformed code', async () => {
    expect((await get('/api/hotlines?country=ATA')).body.items).toEqual([]);
    const bad = await get('/api/hotlines?country=United%20States');
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.parameter).toBe('country');
  });
});
