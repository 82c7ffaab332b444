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

function build(fileMap: Map<string, string>) {
  const ref = loadReferenceData(fileMap);
  const matcher = createMatcher(ref.listEntries, {
    normaliser: createNameNormaliser(fileMap.get('matching/org_types_aliases.csv') ?? ''),
    resolveCountry: (t) => ref.countries.resolve(t),
  });
  return createScreener(ref, matcher, parseWeights(fileMap.get('weights.json') ?? ''), {
    today: '2026-11-29',
  });
}
const screener = build(files);
const find = (s: ReturnType<typeof build>, row: Parameters<typeof spendRow>[0], kind: string) =>
  s.screen(spendRow(row)).findings.filter((f) => f.kind === kind);

describe('createScreener(loadReferenceData(files), createMatcher(…), …).screen(row)', () => {
  it('matches a real CBP order under the spelling of a spend file', () => {
    const [hit] = find(
      screener,
      { supplier: 'HOSHINE SILICON IND CO LTD', supplier_country: 'CN' },
      'entity',
    );
    expect(hit?.summary).toContain('Hoshine Silicon Industry');
    expect(hit?.summary).toContain('2021-06-24');
    expect(hit?.source.dataset).toBe('cbp_wro');
  });

  it('matches a real UFLPA entity and cites its basis', () => {
    const [hit] = find(
      screener,
      { supplier: 'Xinjiang Zhongtai Chemical Co Ltd', supplier_country: 'China' },
      'entity',
    );
    expect(hit?.summary).toContain('UFLPA Entity List');
    expect(hit?.summary).toContain('2023-06-12');
  });

  it('applies the UFLPA presumption to Urumqi with China, not to Aksu in Kazakhstan', () => {
    expect(
      find(screener, { supplier_address: 'Urumqi', supplier_country: 'China' }, 'import_ban')[0]?.summary,
    ).toContain('Public Law 117-78');
    expect(
      find(screener, { supplier_address: 'Aksu', supplier_country: 'Kazakhstan' }, 'import_ban'),
    ).toEqual([]);
  });

  it('hits Turkmenistan cotton and gives Bangladesh garments their ILAB finding', () => {
    expect(
      find(screener, { hs_code: '5201.00', origin_country: 'Turkmenistan' }, 'import_ban')[0]?.summary,
    ).toContain('2018-05-18');
    expect(find(screener, { hs_code: '6109.10', origin_country: 'Bangladesh' }, 'goods')[0]?.summary).toMatch(
      /^Garments from Bangladesh: ILAB list, child labour, forced labour \(found via HS/,
    );
  });

  it('does not apply an order whose status the parser reads as revoked', () => {
    const csv = files.get('lists/cbp_wro.csv') ?? '';
    const line = csv.split('\n').find((l) => l.includes('All Turkmenistan Cotton')) ?? '';
    expect(line).not.toBe('');
    const revokedLine = line.replace(/"active \(per source comment ""active entries only""\)"/, 'revoked');
    expect(revokedLine).not.toBe(line);
    const revoked = build(new Map([...files, ['lists/cbp_wro.csv', csv.replace(line, revokedLine)]]));
    expect(find(revoked, { hs_code: '5201.00', origin_country: 'Turkmenistan' }, 'import_ban')).toEqual([]);
  });
});
