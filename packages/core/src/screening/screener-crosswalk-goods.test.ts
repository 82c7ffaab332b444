import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../matching/list-matcher.js';
import { createNameNormaliser } from '../matching/name-normaliser.js';
import { loadReferenceData } from '../reference/load-reference-data.js';
import { createScreener } from './screener.js';
import { spendRow } from './screening-fixture.case.js';
import { parseWeights } from './weights.js';

// The goods and sector findings of rows the crosswalk reads, against the vendored data.
const dataDir = fileURLToPath(new URL('../../../../data/', import.meta.url));
const files = new Map<string, string>();
const walk = (d: string) => {
  for (const name of readdirSync(d)) {
    const p = join(d, name);
    if (statSync(p).isDirectory()) walk(p);
    else if (/\.(csv|json|md|txt|xml)$/.test(name))
      files.set(relative(dataDir, p).split('\\').join('/'), readFileSync(p, 'utf8'));
  }
};
walk(dataDir);

const ref = loadReferenceData(files);
const screener = createScreener(
  ref,
  createMatcher(ref.listEntries, {
    normaliser: createNameNormaliser(files.get('matching/org_types_aliases.csv') ?? ''),
    resolveCountry: (t) => ref.countries.resolve(t),
  }),
  parseWeights(files.get('weights.json') ?? ''),
  { today: '2026-11-29' },
);
const found = (row: Parameters<typeof spendRow>[0], kind: string) =>
  screener
    .screen(spendRow(row))
    .findings.filter((f) => f.kind === kind)
    .map((f) => f.summary.split(': ILAB list')[0]);

describe('createScreener(…).screen(row): the building materials of construction work', () => {
  it('checks the bricks of a construction contract against the ILAB list', () => {
    const row = { supplier: 'Foo Builders', supplier_country: 'Pakistan', psc: 'Y1AA' };
    expect(found({ ...row, description: 'Construct brick barracks' }, 'goods')).toEqual([
      'Bricks from Pakistan',
    ]);
    expect(found({ ...row, psc: 'Z2AA', description: 'Repair of brick wall' }, 'goods')).toEqual([]);
  });
});

describe('createScreener(…).screen(row): palm oil and palm fruit', () => {
  const palm = { supplier: 'Sabah Palm Oil Sdn Bhd', description: 'CRUDE PALM OIL' };

  it('gives Malaysian palm oil the finding of ILAB’s Malaysian palm fruit, as the material of the oil', () => {
    const expected = ['Palm Fruit from Malaysia, the material of the Crude Palm Oil'];
    expect(found({ ...palm, supplier_country: 'Malaysia', hs_code: '151110' }, 'goods')).toEqual(expected);
    expect(found({ ...palm, supplier_country: 'Malaysia' }, 'goods')).toEqual(expected);
    expect(found({ ...palm, supplier_country: 'Malaysia', description: 'Palmöl roh' }, 'goods')).toEqual([
      'Palm Fruit from Malaysia, the material of the Crude Palm Oil, Refined Palm Oil',
    ]);
  });

  it('gives Indonesian palm oil the oil’s own finding, with nothing from its material', () => {
    expect(found({ ...palm, supplier_country: 'Indonesia', hs_code: '151110' }, 'goods')).toEqual([
      'Crude Palm Oil from Indonesia',
    ]);
  });
});

describe('createScreener(…).screen(row): goods named in Turkish', () => {
  const denizli = { supplier: 'Denizli İplik AŞ', supplier_country: 'Turkey' };

  it('checks Turkish yarn and clothing without an HS code', () => {
    expect(found({ ...denizli, description: 'PAMUK İPLİĞİ Ne 30/1' }, 'goods')).toEqual([
      'Cotton from Türkiye, the material of the Thread/Yarn',
    ]);
    expect(found({ ...denizli, description: 'Hazır giyim' }, 'goods')).toEqual(['Garments from Türkiye']);
  });

  it('reads the Turkmen cotton of a Turkish yarn description for the CBP order', () => {
    const row = { ...denizli, description: 'Pamuk ipliği; Türkmen pamuğu' };
    expect(screener.screen(spendRow(row)).findings.map((f) => f.kind)).toContain('import_ban');
  });
});
