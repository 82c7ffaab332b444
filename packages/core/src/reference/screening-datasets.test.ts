import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseManifest } from './data-manifest.js';
import { screeningDatasets } from './screening-datasets.js';

const manifest = parseManifest(
  readFileSync(new URL('../../../../data/manifest.json', import.meta.url), 'utf8'),
);

describe('screeningDatasets(datasets)', () => {
  it('leaves out what only the knowledge base reads and keeps every dataset a finding cites', () => {
    const ids = screeningDatasets(manifest).map((d) => d.id);
    for (const id of ['dol_ilab_countries', 'dol_ilab_goods', 'seed_content', 'seed_tip_office_homepage']) {
      expect(manifest.map((d) => d.id)).toContain(id);
      expect(ids).not.toContain(id);
    }
    for (const id of [
      'tip_tiers',
      'tvpra_goods',
      'uflpa_entities',
      'cbp_wro',
      'hotlines',
      'far_thresholds',
    ]) {
      expect(ids).toContain(id);
    }
    expect(ids).toHaveLength(manifest.length - 4);
  });
});
