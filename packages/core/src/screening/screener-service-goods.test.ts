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
const findings = (row: Parameters<typeof spendRow>[0], kind: string) =>
  screener
    .screen(spendRow(row))
    .findings.filter((f) => f.kind === kind)
    .map((f) => f.summary.split(':')[0]);

describe('createScreener(…).screen(row): goods named in the words of a service row', () => {
  const laundry = { supplier: 'Foo Ltd', supplier_country: 'China' };

  it('gives no goods finding for the goods a service is done on', () => {
    const row = { ...laundry, description: 'LAUNDRY SERVICE FOR COTTON UNIFORMS', psc: 'S209' };
    expect(findings(row, 'goods')).toEqual([]);
    expect(findings(row, 'sector')).toEqual(['High-risk sector']);
    expect(findings({ ...laundry, description: 'REPAIR OF GARMENTS' }, 'goods')).toEqual([]);
    expect(findings({ ...laundry, description: 'Laundry services' }, 'goods')).toEqual([]);
  });

  it('keeps the goods findings of a supplies row and of the codes of any row', () => {
    expect(findings({ ...laundry, description: 'COTTON UNIFORMS' }, 'goods')).toEqual([
      'Garments from China',
    ]);
    expect(findings({ ...laundry, description: 'REPAIR OF GARMENTS', psc: '8405' }, 'goods')).toEqual([
      'Garments from China',
    ]);
  });
});

describe('createScreener(…).screen(row): a colour name in a textile row', () => {
  const towels = { supplier: 'Acme Textiles', supplier_country: 'Argentina' };

  it('gives no goods or sector finding for the colour of a towel', () => {
    const row = { ...towels, description: 'TOWEL, BATH, OLIVE' };
    expect(findings(row, 'goods')).toEqual([]);
    expect(
      screener
        .screen(spendRow(row))
        .findings.filter((f) => f.kind === 'sector')
        .map((f) => f.details?.sector),
    ).toEqual(['textiles_apparel']);
  });

  it('still finds the olives of a row that buys them', () => {
    expect(findings({ ...towels, description: 'OLIVE OIL' }, 'goods')).toEqual(['Olives from Argentina']);
    expect(findings({ ...towels, description: 'OLIVES, CANNED' }, 'goods')).toEqual([
      'Olives from Argentina',
    ]);
  });
});
