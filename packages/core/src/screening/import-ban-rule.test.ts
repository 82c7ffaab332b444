import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { SpendRow } from '../model/spend-row.js';
import { createXinjiangGazetteer } from '../reference/xinjiang-gazetteer.js';
import { createScreener } from './screener.js';
import { buildTestReference, exactMatcher, spendRow } from './screening-fixture.case.js';
import { parseWeights } from './weights.js';

const dataDir = new URL('../../../../data/', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, dataDir), 'utf8');
// The full gazetteer over the real Xinjiang files, not the fixture's few places.
const ref = {
  ...buildTestReference(read),
  xinjiang: createXinjiangGazetteer({
    places: read('taxonomy/xinjiang_places.csv'),
    variants: read('taxonomy/xinjiang_name_variants.csv'),
    notes: read('taxonomy/xinjiang_name_notes.csv'),
  }),
};
const screener = createScreener(ref, exactMatcher(ref.listEntries), parseWeights(read('weights.json')), {
  today: '2026-11-29',
});
const uflpa = (row: Partial<SpendRow>) =>
  screener
    .screen(spendRow(row))
    .findings.filter((f) => f.kind === 'import_ban' && f.summary.includes('UFLPA'));

describe('the UFLPA import ban: where a row says it is', () => {
  it.each(['Xinjiang, China', 'China/Xinjiang', 'China - Xinjiang'])(
    'reads Xinjiang in the supplier country column (%s) and still resolves the country to China',
    (supplier_country) => {
      const out = screener.screen(spendRow({ supplier_address: 'Main Road', supplier_country }));
      expect(out.country).toBe('CHN');
      expect(out.findings.filter((f) => f.kind === 'import_ban')).toHaveLength(1);
    },
  );

  it('applies to a Xinjiang place when the country is written PRC', () => {
    expect(uflpa({ supplier_address: 'Kashgar', supplier_country: 'PRC' })).toHaveLength(1);
  });

  it.each([
    'No. 200 Wulumuqi Middle Road, Xuhui District, Shanghai 200031',
    'No. 6 Xinjiang Road, Shibei District, Qingdao, Shandong',
    '25 Hami Road, Heping District, Tianjin',
    'Urumqi Road, Haizhu, Guangzhou',
    '上海市徐汇区乌鲁木齐中路200号',
  ])('does not apply to a street named after a Xinjiang place elsewhere in China: %s', (address) => {
    expect(uflpa({ supplier_address: address, supplier_country: 'China' })).toEqual([]);
  });

  it.each(['Urumqi Road, Urumqi, Xinjiang', '新疆维吾尔自治区乌鲁木齐市天山区', 'Hotan'])(
    'still applies to a real Xinjiang address: %s',
    (address) => {
      expect(uflpa({ supplier_address: address, supplier_country: 'China' })).toHaveLength(1);
    },
  );
});
