import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { SpendRow } from '../model/spend-row.js';
import type { ReferenceData } from '../reference/reference-data.js';
import { createContractFarAggregator } from './contract-far-aggregator.js';
import { createScreener } from './screener.js';
import { buildTestReference, exactMatcher, spendRow } from './screening-fixture.case.js';
import { parseWeights } from './weights.js';

const dataDir = new URL('../../../../data/', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, dataDir), 'utf8');
const ref = buildTestReference(read);
const weights = parseWeights(read('weights.json'));
const options = { today: '2026-11-29' };

function screenerFor(reference: ReferenceData = ref) {
  return createScreener(reference, exactMatcher(reference.listEntries), weights, options);
}
const screener = screenerFor();
const kinds = (row: SpendRow) => screener.screen(row).findings.map((f) => f.kind);

describe('createScreener(ref, matcher, weights, options).screen(row): entity', () => {
  it('flags a real UFLPA Entity List entry with its list, date and basis', () => {
    const out = screener.screen(
      spendRow({ supplier: 'XINJIANG ZHONGTAI CHEMICAL CO LTD', supplier_country: 'CN' }),
    );
    const f = out.findings.find((x) => x.kind === 'entity');
    expect(f?.level).toBe('critical');
    expect(f?.matched_name).toBe('Xinjiang Zhongtai Chemical Co., Ltd.');
    expect(f?.score).toBe(1);
    expect(f?.summary).toContain('UFLPA Entity List');
    expect(f?.summary).toContain('2023-06-12');
    expect(f?.summary).toContain('UFLPA 2(d)(2)(B)(ii)');
    expect(f?.source.dataset).toBe('uflpa_entities');
    expect(out.level).toBe('critical');
  });

  it('flags a real active CBP order on a company, dated and typed from the order', () => {
    const f = screener
      .screen(spendRow({ supplier: 'Hoshine Silicon Industry Co., Ltd.' }))
      .findings.find((x) => x.kind === 'entity');
    expect(f?.summary).toMatch(/CBP Withhold Release Orders and Findings: .*listed 2021-06-24; WRO/);
  });

  it('gives no entity finding for an unlisted supplier', () => {
    expect(kinds(spendRow({ supplier: 'Acme Widgets Ltd', supplier_country: 'GBR' }))).not.toContain(
      'entity',
    );
  });
});

describe('createScreener(ref, matcher, weights, options).screen(row): import_ban', () => {
  it('applies the UFLPA presumption to an Urumqi address with China as the country, citing Public Law 117-78', () => {
    const out = screener.screen(
      spendRow({ supplier_address: 'No. 8 Road, Ürümqi', supplier_country: 'China' }),
    );
    const f = out.findings.find((x) => x.kind === 'import_ban');
    expect(f?.level).toBe('critical');
    expect(f?.summary).toContain('Public Law 117-78');
    expect(f?.source.dataset).toBe('uflpa_entities');
    expect(f?.source.record).toContain('117-78');
  });

  it('does not treat Aksu in Kazakhstan as Xinjiang', () => {
    expect(
      kinds(spendRow({ supplier_address: 'Aksu, Pavlodar Region', supplier_country: 'Kazakhstan' })),
    ).not.toContain('import_ban');
  });

  it('treats Aksu as Xinjiang when the address itself says Xinjiang, whatever the country field', () => {
    expect(kinds(spendRow({ supplier_address: 'Aksu, Xinjiang' }))).toContain('import_ban');
  });

  it('hits Turkmenistan cotton through the region-wide CBP order', () => {
    const out = screener.screen(spendRow({ hs_code: '520100', origin_country: 'Turkmenistan' }));
    const ban = out.findings.filter((x) => x.kind === 'import_ban');
    expect(ban).toHaveLength(1);
    expect(ban[0]?.summary).toContain('2018-05-18');
    expect(ban[0]?.summary).toContain('Turkmenistan Cotton');
    expect(out.findings[0]?.kind).toBe('import_ban');
  });

  it('does not hit Turkmenistan cotton rules for cotton from elsewhere', () => {
    const out = screener.screen(spendRow({ hs_code: '520100', origin_country: 'Egypt' }));
    expect(out.findings.map((f) => f.kind)).not.toContain('import_ban');
  });

  it('hits Xinjiang cotton with both the UFLPA presumption and the cotton and tomato order', () => {
    const out = screener.screen(
      spendRow({ hs_code: '520100', supplier_address: '乌鲁木齐市', supplier_country: 'CHN' }),
    );
    const bans = out.findings.filter((x) => x.kind === 'import_ban').map((f) => f.summary);
    expect(bans).toHaveLength(2);
    expect(bans.some((s) => s.includes('tomato'))).toBe(true);
  });

  it('finds the good of a product-wide order in the description when the codes give none', () => {
    const out = screener.screen(
      spendRow({ description: 'Tobacco leaf, flue-cured', origin_country: 'Malawi' }),
    );
    expect(out.findings.find((f) => f.kind === 'import_ban')?.summary).toContain('Malawi');
  });

  it('never applies a revoked or modified order', () => {
    const revoked: ReferenceData = {
      ...ref,
      wroOrders: ref.wroOrders.map((o) =>
        o.text.startsWith('All Turkmenistan') ? { ...o, status: 'revoked' } : o,
      ),
    };
    const out = screenerFor(revoked).screen(spendRow({ hs_code: '520100', origin_country: 'Turkmenistan' }));
    expect(out.findings.map((f) => f.kind)).not.toContain('import_ban');
  });
});

describe('createScreener(ref, matcher, weights, options).screen(row): goods', () => {
  it('names good, country, labour type and the code it was found by', () => {
    const f = screener
      .screen(spendRow({ hs_code: '610910', origin_country: 'Bangladesh' }))
      .findings.find((x) => x.kind === 'goods');
    expect(f?.summary).toBe(
      'Garments from Bangladesh: ILAB list, child labour, forced labour (found via HS 610910)',
    );
    expect(f?.level).toBe('high');
  });

  it('rates child labour alone medium', () => {
    const f = screener
      .screen(spendRow({ hs_code: '030617', origin_country: 'Bangladesh' }))
      .findings.find((x) => x.kind === 'goods');
    expect(f?.summary).toMatch(/^Shrimp from Bangladesh: ILAB list, child labour \(/);
    expect(f?.level).toBe('medium');
  });

  it('uses the origin before the supplier country', () => {
    const out = screener.screen(
      spendRow({ hs_code: '610910', origin_country: 'Bangladesh', supplier_country: 'USA' }),
    );
    expect(out.country).toBe('BGD');
    expect(out.findings.map((f) => f.kind)).toContain('goods');
  });

  it('takes the place of performance of supplies for the goods’ country when the file names no other', () => {
    const goodsOf = (row: Parameters<typeof spendRow>[0]) =>
      screener
        .screen(spendRow(row))
        .findings.filter((f) => f.kind === 'goods')
        .map((f) => f.details?.iso3);
    expect(goodsOf({ hs_code: '610910', place_of_performance: 'Bangladesh' })).toEqual(['BGD']);
    // A service performed there buys no goods from there.
    expect(
      goodsOf({ psc: 'S209', description: 'cotton uniforms', place_of_performance: 'Bangladesh' }),
    ).toEqual([]);
    // The supplier's country comes first.
    expect(
      goodsOf({ hs_code: '610910', supplier_country: 'USA', place_of_performance: 'Bangladesh' }),
    ).toEqual([]);
  });
});

describe('createScreener(ref, matcher, weights, options).screen(row): country', () => {
  it('rates a Tier 3 country high', () => {
    const out = screener.screen(spendRow({ origin_country: 'Burma' }));
    expect(out.country).toBe('MMR');
    const f = out.findings.find((x) => x.kind === 'country');
    expect(f?.level).toBe('high');
    expect(f?.summary).toContain('Tier 3 (2025)');
  });

  it('rates a Tier 1 or 2 (2025) country low', () => {
    const f = screener
      .screen(spendRow({ supplier_country: 'Germany' }))
      .findings.find((x) => x.kind === 'country');
    expect(f?.level).toBe('low');
    expect(f?.summary).toContain('Tier 1 or 2 (2025)');
  });

  it('gives no finding and no country for an unresolvable country', () => {
    const out = screener.screen(spendRow({ supplier_country: 'Atlantis' }));
    expect(out.country).toBeNull();
    expect(out.findings).toEqual([]);
    expect(out.score).toBe(0);
  });

  it('falls back to the place of performance', () => {
    expect(screener.screen(spendRow({ place_of_performance: 'Cuba' })).country).toBe('CUB');
  });
});

describe('createScreener(ref, matcher, weights, options).screen(row): sector', () => {
  const sectorOf = (row: SpendRow) => screener.screen(row).findings.find((f) => f.kind === 'sector');

  it('is low alone and medium with a Tier 3 country', () => {
    expect(sectorOf(spendRow({ hs_code: '610910', supplier_country: 'Germany' }))?.level).toBe('low');
    expect(sectorOf(spendRow({ hs_code: '610910', origin_country: 'China' }))?.level).toBe('medium');
  });
});

describe('createScreener(ref, matcher, weights, options).screen(row): workforce', () => {
  it('rates a 25% migrant share medium and 10% not at all', () => {
    const f = screener.screen(spendRow({ migrant_share: 0.25, workers: 1200 })).findings;
    expect(f.map((x) => [x.kind, x.level])).toEqual([['workforce', 'medium']]);
    expect(f[0]?.summary).toContain('25% of 1,200 workers');
    expect(screener.screen(spendRow({ migrant_share: 0.1 })).findings).toEqual([]);
  });
});

describe('createScreener(ref, matcher, weights, options).screen(row): place of performance', () => {
  const abroad = {
    psc: 'Y1JZ',
    naics: '236220',
    origin_country: 'USA',
    supplier_country: 'United Arab Emirates',
    place_of_performance: 'Afghanistan',
  };

  it("adds the tier of the country where a service is performed when it is not the row's country", () => {
    const out = screener.screen(spendRow(abroad));
    const tiers = out.findings.filter((f) => f.kind === 'country');
    expect(tiers.map((f) => f.details?.iso3)).toEqual(['AFG', 'USA']);
    expect(tiers[0]?.summary).toMatch(/^Services performed in Afghanistan: TIP Report Tier 3/);
    expect(tiers[0]?.level).toBe('high');
    expect(out.country).toBe('USA');
  });

  it('adds nothing for supplies, or for a service performed in the row country', () => {
    const supply = screener.screen(spendRow({ ...abroad, psc: '5610' }));
    expect(supply.findings.filter((f) => f.kind === 'country')).toHaveLength(1);
    const home = screener.screen(spendRow({ ...abroad, origin_country: 'Afghanistan' }));
    expect(home.findings.filter((f) => f.kind === 'country')).toHaveLength(1);
  });

  it("takes a service's place of performance as its country when the row names no other, and says it once", () => {
    const out = screener.screen(spendRow({ ...abroad, origin_country: '', supplier_country: '' }));
    expect(out.country).toBe('AFG');
    const tiers = out.findings.filter((f) => f.kind === 'country');
    expect(tiers.map((f) => f.summary)).toEqual([expect.stringMatching(/^Afghanistan: TIP Report Tier 3/)]);
  });
});

describe('createScreener(ref, matcher, weights, options).screen(row): far_plan', () => {
  const service = { psc: 'S201', place_of_performance: 'Germany', currency: 'USD', date: '2024-03-01' };
  const far = (row: SpendRow, s = screener) => s.screen(row).findings.find((f) => f.kind === 'far_plan');

  it('requires a plan for services performed abroad above the threshold', () => {
    const f = far(spendRow({ ...service, amount: 600_000 }));
    expect(f?.level).toBe('medium');
    expect(f?.summary).toContain('services performed in Germany');
    expect(f?.summary).toContain('550,000');
  });

  it('does not for amounts at or below the threshold, US or outlying-area places, or COTS supplies', () => {
    expect(far(spendRow({ ...service, amount: 550_000 }))).toBeUndefined();
    expect(far(spendRow({ ...service, amount: 900_000, place_of_performance: 'USA' }))).toBeUndefined();
    expect(
      far(spendRow({ ...service, amount: 900_000, place_of_performance: 'Puerto Rico' })),
    ).toBeUndefined();
    expect(
      far(spendRow({ psc: '8405', origin_country: 'Vietnam', amount: 900_000, cots: true })),
    ).toBeUndefined();
  });

  it('takes a row without PSC or HS code as services when its NAICS code is in a services sector', () => {
    const guards = { naics: '561612', place_of_performance: 'Qatar', currency: 'USD', date: '2024-03-01' };
    expect(far(spendRow({ ...guards, amount: 900_000 }))?.summary).toContain('services performed in Qatar');
    expect(far(spendRow({ ...guards, naics: '236220', amount: 900_000 }))).toBeDefined();
    // Manufacturing and trade sell goods; without a PSC, HS code or origin they are not tested.
    expect(far(spendRow({ ...guards, naics: '315250', amount: 900_000 }))).toBeUndefined();
    expect(far(spendRow({ ...guards, naics: '423430', amount: 900_000 }))).toBeUndefined();
    // A PSC says what the row is, whatever the NAICS code.
    expect(far(spendRow({ ...guards, psc: '8405', amount: 900_000 }))).toBeUndefined();
  });

  it("places supplies where they are acquired: the supplier's country, else the origin", () => {
    const chinese = { psc: '8405', origin_country: 'China', cots: false, amount: 800_000 };
    // Foreign-made goods bought from a US distributor are acquired in the United States.
    expect(far(spendRow({ ...chinese, supplier_country: 'United States' }))).toBeUndefined();
    expect(far(spendRow({ ...chinese, supplier_country: 'Viet Nam' }))?.summary).toContain(
      'supplies from Viet Nam',
    );
    expect(far(spendRow(chinese))?.summary).toContain('supplies from China');
  });

  it('treats supplies of unknown COTS status as not COTS and says so', () => {
    const f = far(spendRow({ psc: '8405', origin_country: 'Vietnam', amount: 900_000 }));
    expect(f?.summary).toContain('the file does not say the items are COTS: treated as not COTS');
  });

  it("takes the supplier's country for services when the file gives no place of performance, and says so", () => {
    const f = far(
      spendRow({ ...service, place_of_performance: '', supplier_country: 'Qatar', amount: 750_000 }),
    );
    expect(f?.summary).toContain('services performed in Qatar (place of performance not given');
    expect(
      far(spendRow({ ...service, place_of_performance: '', supplier_country: 'USA', amount: 750_000 })),
    ).toBeUndefined();
  });

  it('compares only USD amounts', () => {
    expect(far(spendRow({ ...service, amount: 900_000, currency: 'EUR' }))).toBeUndefined();
  });

  it('sums the rows of one contract in the pre-pass', () => {
    const rows = [
      spendRow({ ...service, row: 1, contract_id: 'C-1', amount: 300_000 }),
      spendRow({ ...service, row: 2, contract_id: 'C-1', amount: 300_000 }),
      spendRow({ ...service, row: 3, contract_id: 'C-2', amount: 300_000 }),
    ];
    const agg = createContractFarAggregator(screener.resolveCountry);
    for (const r of rows) agg.add(r);
    const [a, b, c] = rows.map((r) =>
      screener.screen(r, agg.get(r.contract_id)).findings.find((f) => f.kind === 'far_plan'),
    );
    expect(a?.summary).toContain('contract C-1: USD 600,000 over 2 such rows');
    expect(b).toBeDefined();
    expect(c).toBeUndefined();
  });

  it("compares the contract's estimated value when the file states one above what it obligates", () => {
    const f = far(spendRow({ ...service, amount: 50_000, contract_value: 12_000_000 }));
    expect(f?.summary).toContain(
      'estimated value USD 12,000,000 as the file states it (USD 50,000 obligated in the file) exceeds USD 550,000',
    );
    expect(f?.details).toMatchObject({ value: 12_000_000, obligated: 50_000, estimated_value: 12_000_000 });
    expect(far(spendRow({ ...service, amount: 50_000, contract_value: 500_000 }))).toBeUndefined();
    const rows = [
      spendRow({ ...service, row: 1, contract_id: 'C-5', amount: 100_000, contract_value: 800_000 }),
      spendRow({ ...service, row: 2, contract_id: 'C-5', amount: 100_000, contract_value: 900_000 }),
    ];
    const agg = createContractFarAggregator(screener.resolveCountry);
    for (const r of rows) agg.add(r);
    const second = screener.screen(rows[1]!, agg.get('C-5')).findings.find((x) => x.kind === 'far_plan');
    expect(second?.summary).toContain(
      'contract C-5: estimated value USD 900,000 as the file states it (USD 200,000 over 2 such rows obligated in the file)',
    );
  });

  it("judges every row of a contract against the threshold in force on the contract's first action", () => {
    // USD 520,000 exceeds the 2015 threshold (500,000) but not the 2020 one (550,000).
    const rows = [
      spendRow({ ...service, row: 1, contract_id: 'C-9', amount: 300_000, date: '2019-06-01' }),
      spendRow({ ...service, row: 2, contract_id: 'C-9', amount: 220_000, date: '2021-02-01' }),
    ];
    const mar2015 = { ...ref.farThresholds[0]!, from: '2015-03-02', amount: 500_000 };
    const both = screenerFor({ ...ref, farThresholds: [mar2015, ...ref.farThresholds] });
    const agg = createContractFarAggregator(both.resolveCountry);
    for (const r of rows) agg.add(r);
    const found = rows.map((r) =>
      both.screen(r, agg.get(r.contract_id)).findings.find((f) => f.kind === 'far_plan'),
    );
    expect(found.map((f) => f?.details?.threshold)).toEqual([500_000, 500_000]);
    expect(found[1]?.summary).toContain(
      "exceeds USD 500,000 (threshold from 2015-03-02, in force on 2019-06-01, the contract's first action in the file)",
    );
  });
});

describe('createScreener(ref, matcher, weights, options).screen(row): ordering', () => {
  it('sorts findings highest level first and takes the row level from the top one', () => {
    const out = screener.screen(
      spendRow({ hs_code: '520100', origin_country: 'Turkmenistan', migrant_share: 0.3 }),
    );
    const ranks = out.findings.map((f) => ['low', 'medium', 'high', 'critical'].indexOf(f.level));
    expect([...ranks].sort((x, y) => y - x)).toEqual(ranks);
    expect(out.level).toBe('critical');
    expect(out.score).toBeGreaterThanOrEqual(75);
  });
});
