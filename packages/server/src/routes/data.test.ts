import { describe, expect, it } from 'vitest';
import { getJson, type Json, testAppPerFile } from '../app-fixture.case.js';

const t = testAppPerFile();

describe('GET /api/data', () => {
  it('lists the reference datasets with their gaps and the stored datasets with their versions', async () => {
    const { status, body } = await getJson(t.app, '/api/data');
    expect(status).toBe(200);
    const uflpa = body.reference.find((d: Json) => d.id === 'uflpa_entities');
    expect(uflpa.gaps.length).toBeGreaterThan(0);
    const tiers = body.knowledge_base.find((d: Json) => d.dataset === 'tip_tiers');
    expect(tiers.kind).toBe('tiers');
    expect(tiers.versions).toHaveLength(1);
    expect(tiers.versions[0].in_force).toBe(true);
    expect(tiers.versions[0].row_count).toBeGreaterThan(100);
  });
});
