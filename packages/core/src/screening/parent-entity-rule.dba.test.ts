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
const matcher = createMatcher(ref.listEntries, {
  normaliser: createNameNormaliser(files.get('matching/org_types_aliases.csv') ?? ''),
  resolveCountry: (t) => ref.countries.resolve(t),
});
const screener = createScreener(ref, matcher, parseWeights(files.get('weights.json') ?? ''), {
  today: '2026-11-29',
});
const entities = (row: Parameters<typeof spendRow>[0]) =>
  screener.screen(spendRow(row)).findings.filter((f) => f.kind === 'entity');

describe('createScreener(…).screen(row): the name the supplier does business as', () => {
  const supplier = { supplier: 'XIANGYANG STORAGE TECHNOLOGY CO LTD', supplier_country: 'CHN' };

  it('matches a DBA name against the lists as a party of the supplier', () => {
    expect(entities(supplier)).toEqual([]);
    const hits = entities({ ...supplier, dba: 'CAMEL GROUP CO LTD' });
    expect(hits.map((f) => f.summary)).toEqual([
      expect.stringMatching(
        /^Doing business as "CAMEL GROUP CO LTD" matches UFLPA Entity List: "Camel Group/,
      ),
    ]);
    expect(hits[0]?.details).toMatchObject({ matched_on: 'dba', dba: 'CAMEL GROUP CO LTD' });
    expect(hits[0]?.source.dataset).toBe('uflpa_entities');
  });

  it("matches it in the supplier's country: a supplier elsewhere than the entry's lowers the score", () => {
    const [home] = entities({ ...supplier, dba: 'CAMEL GROUP CO LTD' });
    const [abroad] = entities({ ...supplier, supplier_country: 'DEU', dba: 'CAMEL GROUP CO LTD' });
    expect(home?.score).toBe(1);
    expect(abroad?.score).toBeLessThan(1);
  });

  it('gives nothing for an unlisted DBA, a DBA that is the supplier, or an entry already matched', () => {
    expect(entities({ ...supplier, dba: 'ACME STORAGE' })).toEqual([]);
    const listed = { supplier: 'Hoshine Silicon Industry Co., Ltd.', supplier_country: 'China' };
    const alone = entities(listed);
    expect(alone).toHaveLength(1);
    expect(entities({ ...listed, dba: 'HOSHINE SILICON INDUSTRY CO LTD' })).toEqual(alone);
    const parent = entities({ ...supplier, parent_company: 'CAMEL GROUP CO LTD' });
    expect(parent).toHaveLength(1);
    expect(entities({ ...supplier, parent_company: 'CAMEL GROUP CO LTD', dba: 'Camel Group' })).toEqual(
      parent,
    );
  });

  it('does not reuse the findings of a row that differs only in its DBA', () => {
    expect(entities({ ...supplier, dba: 'CAMEL GROUP CO LTD' })).toHaveLength(1);
    expect(entities({ ...supplier, dba: 'ACME STORAGE' })).toEqual([]);
    expect(entities({ ...supplier, dba: 'CAMEL GROUP CO LTD' })).toHaveLength(1);
  });
});
