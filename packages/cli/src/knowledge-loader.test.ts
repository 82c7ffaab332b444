import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureKnowledgeBase } from '@tipwatch/core';
import { openStore } from '@tipwatch/storage';
import { afterAll, describe, expect, it } from 'vitest';
import { captureEffects, DATA_DIR } from './capture-effects.case.js';
import { loadEngine } from './engine-loader.js';
import { hasKnowledgeBase, importedReferenceTexts } from './knowledge-loader.js';
import { readReferenceFiles } from './reference-loader.js';

const tmp = mkdtempSync(join(tmpdir(), 'tipwatch-kb-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('ensureKnowledgeBase(store, files)', () => {
  it('imports each vendored dataset once, citing its dataset and as-of date, and is idempotent', async () => {
    const dir = join(tmp, 'boot');
    const files = await readReferenceFiles(DATA_DIR, { all: true });
    const store = await openStore({ dataDir: dir, env: {} });
    try {
      const first = await ensureKnowledgeBase(store, files);
      expect(first.map((r) => [r.dataset, r.status, r.rows])).toEqual([
        ['dol_ilab_countries', 'imported', 143],
        ['tvpra_goods', 'imported', 467],
        ['tip_tiers', 'imported', 3473],
        ['hotlines', 'imported', 38],
        ['uflpa_entities', 'imported', 62],
        ['cbp_wro', 'imported', expect.any(Number)],
      ]);
      expect((await store.country('AFG'))?.source).toEqual({
        dataset: 'dol_ilab_countries',
        record: 'Afghanistan',
        as_of: '2023-08-01',
      });
      const uflpa = await store.listEntries('uflpa');
      expect(uflpa[0]?.source).toMatchObject({ dataset: 'uflpa_entities', as_of: expect.any(String) });
      const again = await ensureKnowledgeBase(store, files);
      expect(again.every((r) => r.status === 'present')).toBe(true);
      expect((await store.versions('tip_tiers')).map((v) => v.version)).toEqual([1]);
    } finally {
      await store.close();
    }
    // Bootstrapped versions carry no file text: screening keeps reading the vendored files.
    const { fx } = captureEffects();
    expect(await importedReferenceTexts(fx, dir)).toEqual([]);
  });
});

describe('loadEngine(effects)', () => {
  it('opens and creates no database when the data directory has none', async () => {
    const { fx } = captureEffects({ cwd: tmp });
    fx.knowledgeDir = join(tmp, 'nothing-here');
    expect(hasKnowledgeBase(fx.knowledgeDir, fx.env)).toBe(false);
    const engine = await loadEngine(fx);
    expect(engine.ref.datasets.some((d) => d.imported !== undefined)).toBe(false);
    expect(existsSync(fx.knowledgeDir)).toBe(false);
  });
});
