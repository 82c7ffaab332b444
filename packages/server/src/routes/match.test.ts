import { describe, expect, it } from 'vitest';
import { getJson, type Json, testAppPerFile } from '../app-fixture.case.js';
import { MATCH_BODY_LIMIT } from './match.js';

const t = testAppPerFile();
const post = (body: string, type = 'application/json') =>
  getJson(t.app, '/api/match', { method: 'POST', body, headers: { 'content-type': type } });

describe('POST /api/match', () => {
  it("gives the matcher's candidates with score and why", async () => {
    const { status, body } = await post(
      JSON.stringify({ name: 'HOSHINE SILICON IND CO LTD', country: 'CN' }),
    );
    expect(status).toBe(200);
    const best = body.candidates[0];
    expect(best.name).toMatch(/hoshine silicon/i);
    expect(best.is_match).toBe(true);
    expect(best.score).toBeGreaterThanOrEqual(body.threshold);
    expect(best.why.length).toBeGreaterThan(0);
    expect(best.entry.source.dataset).toBeTruthy();
    // The same as the matcher says directly.
    const direct = t.deps.matcher.match('HOSHINE SILICON IND CO LTD', { country: 'CN', limit: 5 });
    expect(body.candidates.map((c: Json) => [c.id, c.score])).toEqual(direct.map((c) => [c.id, c.score]));
  });

  it('rejects a missing name, a wrong type and a body that is not JSON with 400', async () => {
    const missing = await post(JSON.stringify({ country: 'CN' }));
    expect(missing.status).toBe(400);
    expect(missing.body.error.details.field).toBe('name');
    const wrong = await post(JSON.stringify({ name: 'x', limit: 'many' }));
    expect(wrong.body.error.details.field).toBe('limit');
    const broken = await post('{"name": ');
    expect(broken.status).toBe(400);
    expect(broken.body.error.code).toBe('bad_body');
  });

  it('refuses a body over the size limit with 413', async () => {
    const big = JSON.stringify({ name: 'a'.repeat(MATCH_BODY_LIMIT + 10) });
    const { status, body } = await post(big);
    expect(status).toBe(413);
    expect(body.error.code).toBe('body_too_large');
  });
});
