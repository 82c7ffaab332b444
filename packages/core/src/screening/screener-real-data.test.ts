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
  it('judges the sector of a service abroad with the tier of its place of performance', () => {
    const row = {
      psc: 'Y1JZ',
      naics: '236220',
      origin_country: 'USA',
      supplier_country: 'United Arab Emirates',
      place_of_performance: 'Afghanistan',
    };
    const [sector] = find(screener, row, 'sector');
    expect(sector?.summary).toContain('raised as the country (Afghanistan) is high risk');
    expect(sector?.level).toBe('medium');
    const [atHome] = find(screener, { ...row, place_of_performance: 'USA' }, 'sector');
    expect(atHome?.level).toBe('low');
  });

  it.each([
    ['Kashgar Tomato Co', 'China', 'Kashgar'],
    ['Urumqi Huaxin Trading Co., Ltd.', 'CN', 'Urumqi'],
    ['Turpan Cotton Mill', 'China', 'Turpan'],
  ])(
    'reads %s (%s) as registered in Xinjiang: a Uyghur or English place name',
    (supplier, country, found) => {
      const [ban] = find(screener, { supplier, supplier_country: country }, 'import_ban');
      expect(ban?.summary).toContain(`the supplier's name begins with "${found}"`);
    },
  );

  it.each([
    ['Kashi Trading Co', 'China'],
    ['Yili Industrial Group', 'China'],
    ['Yiwu Commodity Import Export Co', 'China'],
    ['Korla Electronics (Dongguan) Co', 'China'],
    ['Kashgar Tomato Co', ''],
  ])(
    'does not read %s (country "%s") as made in Xinjiang: pinyin, a branch elsewhere, or no country',
    (supplier, country) => {
      expect(find(screener, { supplier, supplier_country: country }, 'import_ban')).toEqual([]);
    },
  );

  it('reads the origin of the goods in the description, and places an address by the supplier country', () => {
    const yarn = { hs_code: '5205.12', origin_country: 'Vietnam' };
    const xinjiang = find(
      screener,
      { ...yarn, description: 'COTTON YARN ORIGIN: XINJIANG CHINA' },
      'import_ban',
    );
    expect(xinjiang.map((f) => f.details?.found_in ?? f.details?.why)).toEqual([
      'description',
      expect.stringContaining('the description names Xinjiang as the origin: "ORIGIN: XINJIANG"'),
    ]);
    expect(
      find(screener, { ...yarn, description: 'COTTON YARN, NOT OF XINJIANG ORIGIN' }, 'import_ban'),
    ).toEqual([]);
    const kazakh = { supplier_address: '12 LENIN ST, AKSU, PAVLODAR REGION', origin_country: 'China' };
    expect(find(screener, { ...kazakh, supplier_country: 'Kazakhstan' }, 'import_ban')).toEqual([]);
    expect(find(screener, { ...kazakh, supplier_country: '' }, 'import_ban')).toHaveLength(1);
  });

  it('does not take a Xinjiang place or a common word for a listed company', () => {
    // Aksu and Turpan are Xinjiang places (gazetteer), textile a trade: the listed names' own words
    // (Huafu, Esquel) are missing. The place itself still gives the Xinjiang import ban.
    for (const supplier of ['Aksu Textile Co', 'Turpan Textile Co., Ltd.', 'Ninghai Textile Co']) {
      expect(find(screener, { supplier, supplier_country: 'China' }, 'entity')).toEqual([]);
    }
    expect(
      find(screener, { supplier: 'Aksu Huafu Textiles Co', supplier_country: 'China' }, 'entity'),
    ).toHaveLength(1);
    expect(find(screener, { supplier: 'Hai Yang Co Ltd', supplier_country: 'China' }, 'entity')).toEqual([]);
  });

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

  it("matches a factory's parent company when the factory's own name matches nothing", () => {
    const factory = { supplier: 'Zhongshan Esquel Garment Co', supplier_country: 'China' };
    expect(find(screener, factory, 'entity')).toEqual([]);
    const screened = screener.screen(spendRow({ ...factory, parent_company: 'ESQUEL GROUP' }));
    const hits = screened.findings.filter((f) => f.kind === 'entity');
    expect(hits.map((f) => f.summary)).toEqual([
      expect.stringMatching(
        /^Parent company "ESQUEL GROUP" matches UFLPA Entity List: "Esquel Group" \(listed 2024-11-01;/,
      ),
    ]);
    expect(hits[0]?.details).toMatchObject({ matched_on: 'parent_company', parent_company: 'ESQUEL GROUP' });
    expect(hits[0]?.level).toBe('critical');
    expect(hits[0]?.source.dataset).toBe('uflpa_entities');
    expect(screened.level).toBe('critical');
    // A CBP order on the parent, in the parent's country as the factory gives it.
    const glove = { supplier: 'Example Gloves Sdn Bhd', supplier_country: 'Malaysia' };
    expect(find(screener, glove, 'entity')).toEqual([]);
    const [order] = find(screener, { ...glove, parent_company: 'Top Glove Corporation Bhd' }, 'entity');
    expect(order?.summary).toMatch(
      /^Parent company "Top Glove Corporation Bhd" matches CBP Withhold Release Orders/,
    );
    expect(order?.source.dataset).toBe('cbp_wro');
  });

  it('gives no parent finding for an unlisted parent, nor a second one for a parent that is the supplier', () => {
    const factory = { supplier: 'Zhongshan Esquel Garment Co', supplier_country: 'China' };
    expect(find(screener, { ...factory, parent_company: 'Acme Widgets Ltd' }, 'entity')).toEqual([]);
    const listed = { supplier: 'Hoshine Silicon Industry Co., Ltd.', supplier_country: 'China' };
    const alone = find(screener, listed, 'entity');
    expect(alone).toHaveLength(1);
    for (const parent of ['Hoshine Silicon Industry Co., Ltd.', 'HOSHINE SILICON INDUSTRY CO LTD']) {
      expect(find(screener, { ...listed, parent_company: parent }, 'entity')).toEqual(alone);
    }
  });

  it("matches a bill of lading's shipper beside the manufacturer, as a party of its own", () => {
    const paste = {
      supplier: 'LANZHOU GOOD FOODS CO LTD',
      origin_country: 'CHINA',
      hs_code: '2002.90.0000',
      description: 'TOMATO PASTE',
    };
    expect(find(screener, paste, 'entity')).toEqual([]);
    // The UFLPA entry's alias, Gansu Yasheng International Trade Co., Ltd.
    const hits = find(screener, { ...paste, shipper: 'GANSU YASHENG INTERNATIONAL TRADE CO LTD' }, 'entity');
    expect(hits.map((f) => f.summary)).toEqual([
      expect.stringMatching(
        /^Shipper "GANSU YASHENG INTERNATIONAL TRADE CO LTD" matches UFLPA Entity List: "Gansu Yasheng International Trading Co., Ltd."/,
      ),
    ]);
    expect(hits[0]?.details).toMatchObject({
      matched_on: 'shipper',
      shipper: 'GANSU YASHENG INTERNATIONAL TRADE CO LTD',
    });
    expect(hits[0]?.details).not.toHaveProperty('parent_company');
    expect(hits[0]?.level).toBe('critical');
    const silicon = {
      supplier: 'SHANGHAI SILICON PARTS CO',
      origin_country: 'CHINA',
      description: 'SILICON METAL',
    };
    const [order] = find(screener, { ...silicon, shipper: 'HOSHINE SILICON INDUSTRY CO LTD' }, 'entity');
    expect(order?.summary).toMatch(
      /^Shipper "HOSHINE SILICON INDUSTRY CO LTD" matches CBP Withhold Release Orders/,
    );
    expect(order?.source.dataset).toBe('cbp_wro');
    expect(find(screener, { ...silicon, shipper: 'NINGBO EXPORT SERVICES CO LTD' }, 'entity')).toEqual([]);
    // A listed Chinese trader shipping goods made in Viet Nam: the goods' country is not the shipper's.
    const made = { supplier: 'SAIGON KNIT CO LTD', origin_country: 'VIET NAM', description: 'TOMATO PASTE' };
    const [trader] = find(
      screener,
      { ...made, shipper: 'GANSU YASHENG INTERNATIONAL TRADE CO LTD' },
      'entity',
    );
    expect(trader?.score).toBe(hits[0]?.score);
  });

  it('matches a shipper with its own country where the file gives one, so a namesake abroad is only a lead', () => {
    const wine = { supplier: 'BODEGA ANDINA SA', origin_country: 'Argentina', description: 'RED WINE' };
    const hit = (shipper_country: string) =>
      find(screener, { ...wine, shipper: 'WESTERN GOLD LOGISTICS INC', shipper_country }, 'entity').map(
        (f) => f.level,
      );
    expect(hit('')).toEqual(['critical']);
    expect(hit('China')).toEqual(['critical']);
    // In another country than the entry's, a name match is a possible match to check, not a match.
    expect(hit('United States')).toEqual(['medium']);
  });

  it('says a listed entry once: not of a shipper that is the supplier, nor of one its parent already matched', () => {
    const listed = { supplier: 'Hoshine Silicon Industry Co., Ltd.', supplier_country: 'China' };
    const alone = find(screener, listed, 'entity');
    expect(alone).toHaveLength(1);
    expect(find(screener, { ...listed, shipper: 'HOSHINE SILICON INDUSTRY CO LTD' }, 'entity')).toEqual(
      alone,
    );
    const factory = { supplier: 'Zhongshan Esquel Garment Co', supplier_country: 'China' };
    const parent = find(screener, { ...factory, parent_company: 'ESQUEL GROUP' }, 'entity');
    expect(parent).toHaveLength(1);
    const [shipped] = find(screener, { ...factory, shipper: 'Esquel Group' }, 'entity');
    expect(shipped?.details?.matched_on).toBe('shipper');
    expect(shipped?.details?.entry).toBe(parent[0]?.details?.entry);
    expect(
      find(screener, { ...factory, parent_company: 'ESQUEL GROUP', shipper: 'Esquel Group' }, 'entity'),
    ).toEqual(parent);
  });

  it('reads the city and state of the place of performance of supplies for Xinjiang, not of services', () => {
    const shirts = {
      supplier: 'BEIJING ZHONGXIN TEXTILE CO LTD',
      supplier_address: 'CHAOYANG DISTRICT, BEIJING',
      supplier_country: 'CHN',
      place_of_performance: 'CHN',
      place_of_performance_address: 'KORLA, XINJIANG',
      psc: '8405',
      naics: '315220',
      description: 'COTTON T-SHIRTS',
    };
    const [made] = find(screener, shirts, 'import_ban').filter((f) =>
      f.summary.startsWith('Made in Xinjiang'),
    );
    expect(made?.summary).toMatch(
      /^Made in Xinjiang \(the place of performance, where supplies are produced, names "KORLA"/,
    );
    expect(made?.details?.found_in).toBe('place_of_performance');
    const elsewhere = { ...shirts, place_of_performance_address: 'SHIJIAZHUANG, HEBEI' };
    expect(
      find(screener, elsewhere, 'import_ban').filter((f) => f.summary.startsWith('Made in Xinjiang')),
    ).toEqual([]);
    // A service's place of performance is where the work is done, not where goods are made.
    const testing = { ...shirts, psc: 'H214', naics: '541380', description: 'TEXTILE TESTING SERVICES' };
    expect(
      find(screener, testing, 'import_ban').filter((f) => f.summary.startsWith('Made in Xinjiang')),
    ).toEqual([]);
    // Korla the city is placed by the place's own country: not in Xinjiang when that is another country's.
    const abroad = { ...shirts, place_of_performance: 'USA', place_of_performance_address: 'KORLA' };
    expect(
      find(screener, abroad, 'import_ban').filter((f) => f.summary.startsWith('Made in Xinjiang')),
    ).toEqual([]);
  });

  it('applies the UFLPA presumption to Urumqi with China, not to Aksu in Kazakhstan', () => {
    expect(
      find(screener, { supplier_address: 'Urumqi', supplier_country: 'China' }, 'import_ban')[0]?.summary,
    ).toContain('Public Law 117-78');
    expect(
      find(screener, { supplier_address: 'Aksu', supplier_country: 'Kazakhstan' }, 'import_ban'),
    ).toEqual([]);
  });

  it("gives the row's material its ILAB finding when ILAB lists the material but none of the goods for the country", () => {
    const yarn = find(
      screener,
      { description: 'Cotton yarn 30s combed', origin_country: 'Pakistan' },
      'goods',
    );
    expect(yarn.map((f) => f.summary)).toEqual([
      expect.stringMatching(
        /^Cotton from Pakistan, the material of the Thread\/Yarn: ILAB list, .*forced labour/,
      ),
    ]);
    expect(yarn[0]?.details).toMatchObject({ good: 'Cotton', material_of: 'Thread/Yarn' });
    // Where ILAB lists the goods themselves, they are the finding and the material adds nothing.
    const shirts = find(screener, { description: 'Cotton T-shirts', origin_country: 'India' }, 'goods');
    expect(shirts.map((f) => f.details?.good)).toEqual(['Garments']);
    // Raw cotton is the good itself.
    const raw = find(screener, { description: 'raw cotton', origin_country: 'Pakistan' }, 'goods');
    expect(raw.map((f) => f.summary)).toEqual([expect.stringMatching(/^Cotton from Pakistan: ILAB list/)]);
    // A description that names where the cotton comes from leaves the row's country out of it.
    const woven = { description: 'COTTON FABRIC WOVEN FROM TURKMEN COTTON FIBRE', origin_country: 'Turkey' };
    expect(find(screener, { ...woven, description: 'COTTON FABRIC WOVEN' }, 'goods')).toHaveLength(1);
    expect(find(screener, woven, 'goods')).toEqual([]);
    // Named as the row's own country, it is the row's material still.
    const own = find(screener, { ...woven, origin_country: 'Turkmenistan' }, 'goods');
    expect(own.map((f) => f.summary)).toEqual([
      expect.stringMatching(/^Cotton from Turkmenistan, the material/),
    ]);
    expect(find(screener, woven, 'import_ban').map((f) => f.summary)).toEqual([
      expect.stringMatching(/Turkmenistan/),
    ]);
  });

  it('hits Turkmenistan cotton and gives Bangladesh garments their ILAB finding', () => {
    expect(
      find(screener, { hs_code: '5201.00', origin_country: 'Turkmenistan' }, 'import_ban')[0]?.summary,
    ).toContain('2018-05-18');
    expect(find(screener, { hs_code: '6109.10', origin_country: 'Bangladesh' }, 'goods')[0]?.summary).toMatch(
      /^Garments from Bangladesh: ILAB list, child labour, forced labour \(found via HS/,
    );
  });

  it('counts a vessel named in a description only in a row about fish or where the text marks a vessel', () => {
    const vessels = (description: string, more: Parameters<typeof spendRow>[0] = {}) =>
      find(screener, { supplier: 'Acme Trading', description, ...more }, 'import_ban')
        .map((f) => /names vessel "([^"]+)"/.exec(f.summary)?.[1])
        .filter((v) => v !== undefined);
    expect(vessels('DA WANG BRAND RICE CRACKERS 24x100G')).toEqual([]);
    expect(vessels('HUA LI 8-PIECE KNIFE SET')).toEqual([]);
    expect(vessels('FROZEN TUNA DA WANG')).toEqual(['DA WANG']);
    expect(vessels('GROCERIES F/V DA WANG')).toEqual(['DA WANG']);
    expect(vessels('PROVISIONS CAUGHT BY LIAO DONG YU')).toEqual(['LIAO DONG YU']);
    expect(vessels('LOT 7 DA WANG', { hs_code: '0303.42' })).toEqual(['DA WANG']);
    // Another, longer vessel name that contains a listed one is that other vessel.
    expect(vessels('FROZEN TUNA EX SHIN DA WANG 3')).toEqual([]);
    expect(vessels('FROZEN TUNA EX SHIN DA WANG')).toEqual([]);
    expect(vessels('FROZEN TUNA DA WANG 3')).toEqual([]);
    expect(vessels('FROZEN SQUID EX DA WANG 2')).toEqual(['DA WANG 2']);
    // The name alone is the whole description: a vessel list read with its names as descriptions.
    expect(vessels('Hua Li 8')).toEqual(['Hua Li 8']);
    expect(vessels(' Liao Dong Yu ')).toEqual(['Liao Dong Yu']);
    expect(vessels('Da Wang Seafood Trading')).toEqual([]);
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

describe('createScreener(…).screen(row) on rows that repeat the previous one', () => {
  it('gives each line of an order what it gets screened apart, with its own workforce and FAR findings', () => {
    const order = {
      supplier: 'Hoshine Silicon Industry Co., Ltd.',
      supplier_address: 'No. 8 Road, Shihezi, Xinjiang',
      supplier_country: 'China',
      hs_code: '520100',
      psc: '8405',
      description: 'raw cotton',
      currency: 'USD',
      date: '2024-03-01',
    };
    const tuna = { hs_code: '', description: 'canned tuna' };
    const shirts = { hs_code: '', description: 'polo shirts' };
    const rows = [
      { ...order, amount: 100 },
      { ...order, amount: 900_000, migrant_share: 0.3, workers: 40 },
      { ...order, amount: 900_000, cots: true },
      { ...order, amount: 50, hs_code: '030617' },
      { ...order, ...tuna, amount: 50 },
      { ...order, ...shirts, amount: 50 },
      { ...order, ...shirts, amount: 50, supplier_country: 'Peru' },
      { ...order, ...shirts, amount: 7e5, supplier_country: 'Peru', migrant_share: 0.3 },
      { ...order, ...shirts, amount: 7e5, supplier_country: 'Peru', supplier: 'Acme Widgets Ltd' },
      {
        ...order,
        ...shirts,
        amount: 7e5,
        supplier_country: 'Peru',
        supplier: 'Acme Widgets Ltd',
        parent_company: 'Hoshine Silicon Industry Co., Ltd.',
      },
      { ...order, ...shirts, amount: 7e5, supplier_country: 'Peru', supplier: 'Acme Widgets Ltd' },
      {
        ...order,
        ...shirts,
        amount: 7e5,
        supplier_country: 'Peru',
        supplier: 'Acme Widgets Ltd',
        shipper: 'Hoshine Silicon Industry Co., Ltd.',
      },
      { ...order, ...shirts, supplier_address: '', supplier_country: 'China', place_of_performance: 'CHN' },
      {
        ...order,
        ...shirts,
        supplier_address: '',
        supplier_country: 'China',
        place_of_performance: 'CHN',
        place_of_performance_address: 'KORLA, XINJIANG',
      },
    ].map((r, i) => spendRow({ ...r, row: i + 1 }));
    const inOrder = rows.map((r) => screener.screen(r));
    // Apart: another row screened in between, so no row follows one like it.
    const other = spendRow({ supplier: 'Acme Widgets Ltd', supplier_country: 'GBR', hs_code: '847130' });
    const apart = rows.map((r) => {
      screener.screen(other);
      return screener.screen(r);
    });
    expect(inOrder).toEqual(apart);
    // The rows differ where they should: per-row findings, and findings of the one field that changed.
    const kindsOf = (i: number) => inOrder[i]!.findings.map((f) => f.kind);
    expect(kindsOf(1)).toContain('workforce');
    expect(kindsOf(1)).toContain('far_plan');
    expect(kindsOf(0)).not.toContain('far_plan');
    expect(kindsOf(2)).not.toContain('far_plan');
    expect(inOrder[2]!.sectors).not.toEqual(inOrder[3]!.sectors);
    expect(inOrder[4]!.sectors).not.toEqual(inOrder[5]!.sectors);
    expect(inOrder[5]!.country).toBe('CHN');
    expect(inOrder[6]!.country).toBe('PER');
    expect(inOrder[7]!.findings.find((f) => f.kind === 'workforce')?.source.record).toBe('row 8');
    expect(kindsOf(7)).toContain('entity');
    expect(kindsOf(8)).not.toContain('entity');
    expect(inOrder[9]!.findings.find((f) => f.kind === 'entity')?.details?.matched_on).toBe('parent_company');
    expect(kindsOf(10)).not.toContain('entity');
    expect(inOrder[11]!.findings.find((f) => f.kind === 'entity')?.details?.matched_on).toBe('shipper');
    const xinjiang = (i: number) =>
      inOrder[i]!.findings.filter((f) => f.summary.startsWith('Made in Xinjiang'));
    expect(xinjiang(12)).toEqual([]);
    expect(xinjiang(13)).toHaveLength(1);
  });
});

describe('createScreener(…).screen(row): the name the supplier does business as', () => {
  const entities = (row: Parameters<typeof spendRow>[0]) => find(screener, row, 'entity');
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

// The goods and sector findings of rows the crosswalk reads.
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
