import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createClassifier } from '../classify/create-classifier.js';
import type { SpendRow } from '../model/spend-row.js';
import { parseCbpOrders } from '../reference/cbp-orders.js';
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

  it.each(['中國', '中華人民共和國', '中国大陆'])(
    'applies to a Xinjiang place when the country is written %s',
    (supplier_country) => {
      expect(uflpa({ supplier_address: 'Kashgar', supplier_country })).toHaveLength(1);
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

  it.each(['Yiwu, Zhejiang', '88 Chouzhou Road, Yiwu', 'Baicheng, Jilin', 'Qinghe County, Hebei'])(
    'does not apply to a place named like one in Xinjiang but elsewhere in China, unless Xinjiang is written: %s',
    (address) => {
      expect(uflpa({ supplier_address: address, supplier_country: 'China' })).toEqual([]);
    },
  );

  it.each([
    'Urumqi Road, Urumqi, Xinjiang',
    '新疆维吾尔自治区乌鲁木齐市天山区',
    'Hotan',
    'Yiwu County, Xinjiang',
    '伊吾县',
  ])('still applies to a real Xinjiang address: %s', (address) => {
    expect(uflpa({ supplier_address: address, supplier_country: 'China' })).toHaveLength(1);
  });
});

describe("the UFLPA import ban: an address is placed by the supplier's own country", () => {
  it.each([
    ['12 LENIN ST, AKSU, PAVLODAR REGION', 'Kazakhstan'],
    ['ATATURK CAD 5, AKSU, ANTALYA', 'Turkey'],
    ['BOLE SUB-CITY, ADDIS ABABA', 'Ethiopia'],
    ['Kashgar', 'Kyrgyzstan'],
  ])('does not place %s (supplier country %s) in Xinjiang when the goods are Chinese', (address, country) => {
    expect(uflpa({ supplier_address: address, supplier_country: country, origin_country: 'China' })).toEqual(
      [],
    );
  });

  it.each([
    ['AKSU', 'China', 'China'],
    ['AKSU', '', 'China'],
    ['BOLE', 'CN', 'Kazakhstan'],
    ['AKSU, XINJIANG', 'Kazakhstan', 'China'],
  ])(
    'still places %s in Xinjiang with supplier country "%s" and origin %s',
    (supplier_address, supplier_country, origin_country) => {
      expect(uflpa({ supplier_address, supplier_country, origin_country })).toHaveLength(1);
    },
  );
});

describe('the UFLPA import ban: the place of performance of supplies', () => {
  const cotton = {
    supplier: 'Beijing Zhongxin Textile Co Ltd',
    supplier_address: 'Beijing',
    supplier_country: 'China',
    hs_code: '610910',
  };

  it.each(['KORLA, XINJIANG, CHN', 'Korla', '库尔勒市'])(
    'places supplies made at %s in Xinjiang: for supplies it is where the items are produced',
    (place_of_performance) => {
      const [ban] = uflpa({ ...cotton, place_of_performance });
      expect(ban?.summary).toContain('the place of performance, where supplies are produced, names');
      expect(ban?.details?.found_in).toBe('place_of_performance');
    },
  );

  it('does not read the place of performance of a service, which is where the work is done', () => {
    expect(uflpa({ ...cotton, hs_code: '', psc: 'R499', place_of_performance: 'Korla, Xinjiang' })).toEqual(
      [],
    );
  });

  it('places a name shared with another country by the place of performance country', () => {
    expect(uflpa({ ...cotton, place_of_performance: 'Aksu, Kazakhstan' })).toEqual([]);
    expect(uflpa({ ...cotton, place_of_performance: 'CHN' })).toEqual([]);
  });

  it('keeps the address finding when the address names Xinjiang too', () => {
    const [ban] = uflpa({ ...cotton, supplier_address: 'Urumqi', place_of_performance: 'Korla' });
    expect(ban?.summary).toContain('address names "Urumqi"');
  });
});

describe('the UFLPA import ban: a Xinjiang place in Chinese script', () => {
  it.each(['石河子市', '乌鲁木齐市沙依巴克区', '烏魯木齊市沙依巴克區', '新疆石河子市', '吐魯番市高昌區'])(
    'applies to %s with no country given: the name is a place in China by itself',
    (supplier_address) => {
      expect(uflpa({ supplier_address, supplier_country: '' })).toHaveLength(1);
      expect(uflpa({ supplier_address, supplier_country: 'China' })).toHaveLength(1);
    },
  );

  it.each([
    ['石河子市', 'Japan'],
    ['烏魯木齊', 'Taiwan'],
    ['Shihezi', ''],
  ])(
    'does not apply to %s with country "%s": another country, or a romanised name',
    (supplier_address, supplier_country) => {
      expect(uflpa({ supplier_address, supplier_country })).toEqual([]);
    },
  );
});

describe('the UFLPA import ban: a supplier name that begins with a Xinjiang place', () => {
  const bans = (row: Partial<SpendRow>) =>
    screener.screen(spendRow(row)).findings.filter((f) => f.kind === 'import_ban');

  it('reads the place of registration at the start of a Chinese company name', () => {
    const [ban, order, ...rest] = bans({
      supplier: 'Xinjiang Cotton Co Ltd',
      supplier_country: 'China',
      description: 'cotton',
    });
    expect(ban?.summary).toContain(
      `the supplier's name begins with "Xinjiang", the region's name; Chinese company names begin with their place of registration`,
    );
    expect(ban?.details).toMatchObject({ found_in: 'supplier_name', division_code: '65' });
    // The same level as a Xinjiang address.
    expect(ban?.level).toBe(uflpa({ supplier_address: 'Xinjiang', description: 'cotton' })[0]?.level);
    expect(order?.summary).toMatch(/^CBP .*cotton.*Xinjiang/i);
    expect(rest).toEqual([]);
  });

  it.each([
    ['The Xinjiang Cotton Trading Co', 'China', 'cotton yarn', 'Xinjiang', /cotton/i],
    ['喀什番茄制品有限公司', '', 'tomato paste', '喀什', /tomato/i],
    ['新疆中泰化学股份有限公司', '中国', 'cotton', '新疆', /cotton/i],
    ['阿克苏纺织有限公司', 'CN', 'cotton fabric', '阿克苏', /cotton/i],
    ['Aksu Textile Co', 'CN', 'cotton fabric', 'Aksu', /cotton/i],
  ])(
    '%s (country "%s") with %s is in Xinjiang, and so under the CBP order',
    (supplier, country, description, found, good) => {
      const found_ = bans({ supplier, supplier_country: country, description });
      expect(found_.map((f) => f.details?.found ?? null)).toEqual([found, null]);
      expect(found_[0]?.summary).toContain(`the supplier's name begins with "${found}"`);
      expect(found_[1]?.summary).toMatch(good);
    },
  );

  it.each([
    ['Shanghai Xinjiang Road Trading Co', 'China'],
    ['Top Xinjiang Cotton Co', 'China'],
    ['Xinjiang Road Trading Co', 'China'],
    ['上海新疆贸易有限公司', 'China'],
    // Romanised, it counts only with China as the country, and not as pinyin, which places and brands
    // elsewhere share (Yiwu in Zhejiang, Yili dairy).
    ['Aksu Textile Co', ''],
    ['Yiwu Commodity Import Export Co', 'China'],
    ['Yili Industrial Group', 'China'],
    ['Korla Electronics (Dongguan) Co', 'China'],
    ['Kashi Sales Co', ''],
    ['Xinjiang Restaurant LLC', ''],
    ['义乌小商品进出口有限公司', 'China'],
    ['Hami Melon Trading', 'Turkey'],
    // Outside China a name is not a place of registration.
    ['Urumqi Cotton Trading GmbH', 'Germany'],
    ['Xinjiang Cotton Imports LLC', 'United States'],
  ])('does not read %s (country "%s") as made in Xinjiang', (supplier, supplier_country) => {
    expect(bans({ supplier, supplier_country, description: 'cotton' })).toEqual([]);
  });

  it("reads an order's good of several words in a description as written", () => {
    const [, order] = bans({
      supplier_address: 'Urumqi',
      supplier_country: 'China',
      description: 'Canned tomato products',
    });
    expect(order?.details?.why).toBe('matched description "tomato products"');
  });

  it('says the address when the address names a place too', () => {
    const [ban] = bans({
      supplier: 'Xinjiang Cotton Co',
      supplier_address: 'Hotan',
      supplier_country: 'China',
    });
    expect(ban?.summary).toContain('address names "Hotan"');
  });

  it('does not carry a name finding over to the next row of another supplier', () => {
    const row = { supplier_country: 'China', description: 'cotton', amount: 1 };
    expect(bans({ ...row, supplier: 'Xinjiang Cotton Co' })).toHaveLength(2);
    expect(bans({ ...row, supplier: 'Shanghai Cotton Co' })).toEqual([]);
    expect(
      bans({ ...row, supplier: 'Xinjiang Cotton Co', supplier_address: 'Xinjiang Cotton Co' }),
    ).toHaveLength(2);
    // The same text as a name and as an address reads as each in its place.
    expect(
      bans({ ...row, supplier: 'Xinjiang Cotton Co', supplier_address: 'Xinjiang Cotton Co' })[0]?.summary,
    ).toContain('address names');
    expect(bans({ ...row, supplier: 'Xinjiang Cotton Co' })[0]?.summary).toContain("supplier's name");
  });
});

describe('the UFLPA import ban: a shipper in Xinjiang beside a manufacturer elsewhere', () => {
  const bans = (row: Partial<SpendRow>) =>
    screener.screen(spendRow(row)).findings.filter((f) => f.kind === 'import_ban');
  const ningbo = {
    supplier: 'Ningbo Best Textile Co Ltd',
    supplier_address: '88 Zhongshan Rd, Ningbo, Zhejiang',
    supplier_country: 'China',
    description: 'cotton t-shirts',
    hs_code: '610910',
  };

  it("reads the shipper's own address, and says so", () => {
    const found = bans({
      ...ningbo,
      shipper: 'Urumqi Silk Road Trading Co Ltd',
      shipper_address: '12 Xinhua Rd, Urumqi, Xinjiang',
      shipper_country: 'China',
    });
    expect(found).toHaveLength(1);
    expect(found[0]?.summary).toContain(`Shipped from Xinjiang (the shipper's address names "Urumqi" (`);
    expect(found[0]?.summary).toContain('UFLPA, Public Law 117-78');
    expect(found[0]?.details).toMatchObject({ found_in: 'shipper_address', found: 'Urumqi' });
    // The same level as a Xinjiang address of the supplier.
    expect(found[0]?.level).toBe(uflpa({ supplier_address: 'Xinjiang' })[0]?.level);
  });

  it.each([
    ['Urumqi', 'China'],
    ['Kashgar', 'PRC'],
    ['Urumqi, Xinjiang', ''],
    ['Aksu, Xinjiang', 'Kazakhstan'],
    ['石河子市北四路', ''],
    ['Urumqi', ''],
  ])('places a shipper at %s (shipper country "%s") in Xinjiang', (shipper_address, shipper_country) => {
    const found = bans({ ...ningbo, shipper: 'Trading Co', shipper_address, shipper_country });
    expect(found.map((f) => f.details?.found_in)).toEqual(['shipper_address']);
  });

  it("reads Xinjiang written in the shipper's country field", () => {
    const found = bans({ ...ningbo, shipper: 'Trading Co', shipper_country: 'Xinjiang, China' });
    expect(found.map((f) => f.details?.found_in)).toEqual(['shipper_address']);
  });

  it.each([
    ['12 Lenin St, Aksu, Pavlodar Region', 'Kazakhstan'],
    ['Aksu, Antalya', 'Turkey'],
    ['Urumqi Road, Haizhu, Guangzhou', 'China'],
    ['88 Chouzhou Road, Yiwu', 'China'],
    ['Kashgar', 'Germany'],
    // With no shipper country, a place outside Xinjiang too, or another country in the address.
    ['12 Lenin St, Aksu, Pavlodar Region', ''],
    ['Urumqi Bazaar, Osh, Kyrgyzstan', ''],
  ])(
    'does not place a shipper at %s (shipper country "%s") in Xinjiang',
    (shipper_address, shipper_country) => {
      expect(bans({ ...ningbo, shipper: 'Trading Co', shipper_address, shipper_country })).toEqual([]);
    },
  );

  it("with no shipper country, does not let the goods' origin (the manufacturer's country) stand in for it", () => {
    const hanoi = {
      supplier: 'Hanoi Garment JSC',
      supplier_address: 'Hanoi',
      supplier_country: 'Viet Nam',
      origin_country: 'Viet Nam',
      description: 'cotton yarn',
      hs_code: '520512',
    };
    // Made in Viet Nam, shipped by a shipper whose own fields place it in Xinjiang.
    for (const shipper_address of ['Kashgar', 'Urumqi', '石河子市北四路']) {
      expect(
        bans({ ...hanoi, shipper: 'Trading Co', shipper_address }).map((f) => f.details?.found_in),
      ).toEqual(['shipper_address']);
    }
    // Chinese goods do not place an Aksu shipper of no country in Xinjiang: Aksu is in Kazakhstan too.
    const aksu = { ...ningbo, origin_country: 'China', shipper: 'Trading Co', shipper_address: 'Aksu' };
    expect(bans(aksu)).toEqual([]);
  });

  it.each([
    ['SHIHEZI COTTON TRADING CO', undefined],
    ['石河子市棉花贸易有限公司', '石河子市'],
    ['XINJIANG COTTON TRADE CO', 'XINJIANG'],
    ['URUMQI TEXTILE TRADING CO', 'URUMQI'],
    ['KASHGAR SILK ROAD TRADING', 'KASHGAR'],
    ['AKSU TEXTILE TRADING', undefined],
    ['URUMQI TEXTILE TRADING (KAZAKHSTAN) LLP', undefined],
  ])('reads the name of a shipper with no country shipping goods made in Viet Nam: %s', (shipper, found) => {
    const row = {
      supplier: 'Hanoi Garment JSC',
      supplier_address: 'Hanoi',
      supplier_country: 'Viet Nam',
      origin_country: 'Viet Nam',
      description: 'cotton yarn',
      hs_code: '520512',
      shipper,
    };
    const out = bans(row).filter((f) => f.summary.includes('UFLPA'));
    if (found === undefined) {
      // Shihezi is also pinyin, which places and brands elsewhere in China may share; Aksu is in Kazakhstan
      // too; a name that gives another country is that country's.
      expect(out).toEqual([]);
    } else {
      expect(out.map((f) => f.details)).toMatchObject([{ found_in: 'shipper_name', found }]);
    }
  });

  it('keeps a shipper in Kazakhstan out, whatever its name or address', () => {
    for (const [shipper, shipper_address] of [
      ['KHORGOS GATEWAY LLP', 'KHORGOS, ALMATY REGION'],
      ['AKSU TRADE LLP', 'Aksu, Pavlodar Region'],
    ]) {
      expect(bans({ ...ningbo, shipper, shipper_address, shipper_country: 'Kazakhstan' })).toEqual([]);
    }
  });

  it.each([
    ['Urumqi Silk Road Trading Co Ltd', 'China', 'Urumqi'],
    ['Xinjiang Cotton Export Co', 'CN', 'Xinjiang'],
    ['喀什番茄制品有限公司', '', '喀什'],
  ])(
    'reads %s (shipper country "%s") as a shipper registered in Xinjiang',
    (shipper, shipper_country, found) => {
      const [ban, ...rest] = bans({ ...ningbo, shipper, shipper_country });
      expect(rest).toEqual([]);
      expect(ban?.summary).toContain(`Shipped from Xinjiang (the shipper's name begins with "${found}"`);
      expect(ban?.details).toMatchObject({ found_in: 'shipper_name', found });
    },
  );

  it.each([
    ['Urumqi Cotton Trading GmbH', 'Germany'],
    ['Kashi Sales Co', 'China'],
    ['Aksu Textile Co', ''],
    ['Shanghai Xinjiang Road Trading Co', 'China'],
    ['Korla Electronics (Dongguan) Co', 'China'],
  ])('does not read %s (shipper country "%s") as a shipper in Xinjiang', (shipper, shipper_country) => {
    expect(bans({ ...ningbo, shipper, shipper_country })).toEqual([]);
  });

  it('says Xinjiang once when the manufacturer is there too, as made there', () => {
    const found = bans({
      ...ningbo,
      supplier_address: 'Korla',
      shipper: 'Urumqi Silk Road Trading Co Ltd',
      shipper_address: 'Urumqi, Xinjiang',
      shipper_country: 'China',
    });
    const uflpaFound = found.filter((f) => f.summary.includes('UFLPA'));
    expect(uflpaFound).toHaveLength(1);
    expect(uflpaFound[0]?.summary).toContain('Made in Xinjiang (address names "Korla"');
  });

  it('says it once, of the supplier, when the shipper stands in for an empty manufacturer', () => {
    const shipper = { name: 'Urumqi Silk Road Trading Co Ltd', address: 'Urumqi', country: 'China' };
    const found = bans({
      supplier: shipper.name,
      supplier_address: shipper.address,
      supplier_country: shipper.country,
      shipper: shipper.name,
      shipper_address: shipper.address,
      shipper_country: shipper.country,
    });
    expect(found.map((f) => f.summary.slice(0, 36))).toEqual(['Made in Xinjiang (address names "Uru']);
  });

  it('does not carry a shipper finding over to the next row of a shipper elsewhere', () => {
    const row = { ...ningbo, shipper: 'Silk Road Trading Co', shipper_country: 'China', amount: 1 };
    expect(bans({ ...row, shipper_address: 'Urumqi' })).toHaveLength(1);
    expect(bans({ ...row, shipper_address: 'Ningbo' })).toEqual([]);
  });
});

describe('product-wide CBP orders: products made with the good', () => {
  // The real crosswalk, whose HS codes "of cotton" give the good Cotton as an input.
  const withCrosswalk = {
    ...ref,
    classifier: createClassifier(
      { codes: read('crosswalk/codes.csv'), keywords: read('crosswalk/keywords.csv') },
      ref.goods,
    ),
  };
  const screen = (r: typeof withCrosswalk, row: Partial<SpendRow>) =>
    createScreener(r, exactMatcher(r.listEntries), parseWeights(read('weights.json')), {
      today: '2026-11-29',
    }).screen(spendRow(row));
  const bans = (row: Partial<SpendRow>, r = withCrosswalk) =>
    screen(r, row).findings.filter((f) => f.kind === 'import_ban');

  it.each([
    ['6203.42', 'Jeans Herren'],
    ['630231', 'Bettwäsche'],
    ['6109.10.0040', ''],
  ])('covers a Turkmen row whose HS code %s is "of cotton" (%s)', (hs_code, description) => {
    const found = bans({ hs_code, description, origin_country: 'Turkmenistan' });
    expect(found).toHaveLength(1);
    expect(found[0]?.summary).toContain('Turkmenistan Cotton');
    expect(found[0]?.details?.why).toBe(`matched Cotton (HS ${hs_code.replace(/\D/g, '').slice(0, 6)})`);
  });

  it('does not cover a Turkmen row of another material, nor give cotton garments an ILAB Cotton finding', () => {
    expect(bans({ hs_code: '620349', description: 'Trousers', origin_country: 'Turkmenistan' })).toEqual([]);
    const india = screen(withCrosswalk, { hs_code: '620342', description: 'Jeans', origin_country: 'India' });
    expect(india.findings.filter((f) => f.kind === 'goods').map((f) => f.details?.good)).toEqual([
      'Garments',
    ]);
  });

  it('takes a made-of good only for orders on products made with it', () => {
    const rawOnly = {
      ...withCrosswalk,
      wroOrders: withCrosswalk.wroOrders.map((o) =>
        o.text.startsWith('All Turkmenistan') ? { ...o, text: 'All Turkmenistan cotton.' } : o,
      ),
    };
    expect(bans({ hs_code: '620342', origin_country: 'Turkmenistan' }, rawOnly)).toEqual([]);
    expect(bans({ hs_code: '520100', origin_country: 'Turkmenistan' }, rawOnly)).toHaveLength(1);
  });

  describe("the shipper's country", () => {
    const bursa = {
      supplier: 'BURSA IPLIK SAN',
      supplier_address: 'BURSA',
      supplier_country: 'TURKEY',
      origin_country: 'TURKEY',
      description: 'PAMUK IPLIGI',
      hs_code: '520524',
      shipper: 'TURKMEN TEXTILE EXPORT',
      shipper_address: 'ASHGABAT',
    };

    it('brings cotton goods a shipper in Turkmenistan exports under the order, and says so', () => {
      const found = bans({ ...bursa, shipper_country: 'TURKMENISTAN' });
      expect(found).toHaveLength(1);
      expect(found[0]?.summary).toContain('Turkmenistan Cotton');
      expect(found[0]?.details?.why).toBe(
        'matched Cotton (HS 5205); the shipper is in Turkmenistan (its country field), a red flag that the goods are made wholly or in part with its cotton',
      );
      expect(found[0]?.details?.found_in).toBe('shipper_country');
    });

    it('does not for goods of another material, a shipper elsewhere, or one with no country', () => {
      expect(
        bans({ ...bursa, shipper_country: 'TURKMENISTAN', hs_code: '620349', description: 'Trousers' }),
      ).toEqual([]);
      expect(bans({ ...bursa, shipper_country: 'UZBEKISTAN' })).toEqual([]);
      expect(bans({ ...bursa, shipper_country: '' })).toEqual([]);
    });

    it('says the description when it names the origin, and the row once when the goods are Turkmen', () => {
      const named = bans({
        ...bursa,
        shipper_country: 'TURKMENISTAN',
        description: 'YARN FROM TURKMENISTAN COTTON',
      });
      expect(named.map((f) => f.details?.found_in)).toEqual([undefined]);
      expect(named[0]?.details?.why).toContain('the description names Turkmenistan as the origin');
      const turkmen = bans({ ...bursa, origin_country: 'TURKMENISTAN', shipper_country: 'TURKMENISTAN' });
      expect(turkmen.map((f) => f.details?.why)).toEqual(['matched Cotton (HS 5205)']);
    });
  });
});

describe('region-limited CBP orders: the finding says what part of the country the order names', () => {
  // The orders as the real loader reads them, with the real crosswalk.
  const real = {
    ...ref,
    wroOrders: parseCbpOrders(read('lists/cbp_wro.csv'), ref.countries).orders,
    classifier: createClassifier(
      { codes: read('crosswalk/codes.csv'), keywords: read('crosswalk/keywords.csv') },
      ref.goods,
    ),
  };
  const bans = (row: Partial<SpendRow>) =>
    createScreener(real, exactMatcher(real.listEntries), parseWeights(read('weights.json')), {
      today: '2026-11-29',
    })
      .screen(spendRow(row))
      .findings.filter((f) => f.kind === 'import_ban');

  it('says the Marange order is limited to the Marange Diamond Fields, not all of Zimbabwe', () => {
    const [ban, ...rest] = bans({
      hs_code: '7102.31',
      description: 'ROUGH DIAMONDS',
      origin_country: 'Zimbabwe',
    });
    expect(rest).toEqual([]);
    expect(ban?.summary).toContain(
      'the order is limited to "Marange Diamond Fields", not all of Zimbabwe: check where the goods come from',
    );
    expect(ban?.details?.limited_to).toBe('Marange Diamond Fields');
  });

  it("gives the eastern-DRC gold order's limit in full, though its text is cut in the summary", () => {
    const [ban] = bans({ hs_code: '7108.12', description: 'GOLD UNWROUGHT', origin_country: 'DR Congo' });
    expect(ban?.summary).toContain('…');
    expect(ban?.details?.limited_to).toBe(
      'the Artisanal mining sites in the eastern Democratic Republic of the Congo (DRC)',
    );
    expect(ban?.summary).toContain(
      'the order is limited to "the Artisanal mining sites in the eastern Democratic Republic of the Congo (DRC)", not all of Democratic Republic of the Congo',
    );
  });

  it("says when the data's own check doubts the order's row, as entity findings do", () => {
    const [malawi] = bans({ description: 'Tobacco leaf, flue-cured', origin_country: 'Malawi' });
    expect(malawi?.summary).toMatch(/; not verified in the data\)$/);
    expect(malawi?.details?.source_note).toBe('unverified');
    const [xinjiang] = bans({ hs_code: '520100', supplier_address: 'Urumqi', supplier_country: 'China' });
    expect(xinjiang?.summary).not.toContain('not verified');
    expect(xinjiang?.details?.source_note).toBeUndefined();
  });

  it.each([
    [{ hs_code: '520100', origin_country: 'Turkmenistan' }, 'Turkmenistan'],
    [{ description: 'Tobacco leaf, flue-cured', origin_country: 'Malawi' }, 'Malawi'],
    [{ hs_code: '520100', supplier_address: 'Urumqi', supplier_country: 'China' }, 'Xinjiang'],
  ])('adds no limit to an order on a whole country or on Xinjiang (%o)', (row, named) => {
    const found = bans(row);
    expect(found.some((f) => f.summary.includes(named))).toBe(true);
    for (const f of found) {
      expect(f.summary).not.toContain('limited to');
      expect(f.details?.limited_to).toBeUndefined();
    }
  });
});

describe('the origin of the goods written in the description', () => {
  const real = {
    ...ref,
    wroOrders: parseCbpOrders(read('lists/cbp_wro.csv'), ref.countries).orders,
    classifier: createClassifier(
      { codes: read('crosswalk/codes.csv'), keywords: read('crosswalk/keywords.csv') },
      ref.goods,
    ),
  };
  const screen = createScreener(real, exactMatcher(real.listEntries), parseWeights(read('weights.json')), {
    today: '2026-11-29',
  });
  const bans = (row: Partial<SpendRow>) =>
    screen.screen(spendRow(row)).findings.filter((f) => f.kind === 'import_ban');

  it.each([
    ['COTTON YARN ORIGIN: XINJIANG CHINA', '5205.12', 'Vietnam', 'ORIGIN: XINJIANG', /cotton/i],
    ['COTTON YARN ORIGIN: XĪNJIĀNG CHINA', '5205.12', 'Vietnam', 'ORIGIN: XĪNJIĀNG', /cotton/i],
    ['MENS T-SHIRTS 100% XINJIANG COTTON', '6109.10.0012', 'Vietnam', 'XINJIANG COTTON', /cotton/i],
    ['TOMATO PASTE (XUAR RAW MATERIAL)', '2002.90', 'China', 'XUAR RAW MATERIAL', /tomato/i],
    ['新疆番茄酱 TOMATO PASTE', '200290', 'China', '新疆番茄酱', /tomato/i],
    ['TOMATO PASTE 36-38% BRIX HOT BREAK ORIGIN XINJIANG', '2002.90', 'China', 'ORIGIN XINJIANG', /tomato/i],
    ['新疆阿克苏长绒棉', '5201.00', 'Vietnam', '新疆阿克苏长绒棉', /cotton/i],
  ])(
    'reads %s as made in Xinjiang, and under the Xinjiang cotton and tomato order, whatever the country',
    (description, hs_code, origin_country, words, good) => {
      const [uflpa, order, ...rest] = bans({
        supplier: 'Trading Co',
        supplier_address: 'Ho Chi Minh City',
        description,
        hs_code,
        origin_country,
      });
      expect(rest).toEqual([]);
      expect(uflpa?.summary).toContain(`the description names Xinjiang as the goods' origin: "${words}"`);
      expect(uflpa?.details).toMatchObject({ found_in: 'description', read: words, division_code: '65' });
      expect(order?.summary).toMatch(/Xinjiang region/);
      expect(order?.summary).toMatch(good);
      expect(order?.details?.why).toContain(`the description names Xinjiang as the origin: "${words}"`);
    },
  );

  it.each([
    ['Garn aus Xinjiang-Baumwolle', '5205.12', 'aus Xinjiang'],
    ['Tomatenmark, Herkunft Xinjiang', '2002.90', 'Herkunft Xinjiang'],
    ['Coton du Xinjiang, fil peigné', '5205.12', 'Coton du Xinjiang'],
    ['Algodón origen Xinjiang', '5201.00', 'origen Xinjiang'],
    ['Fio de algodão de Xinjiang', '5205.12', 'algodão de Xinjiang'],
    ['Filato 100% cotone dello Xinjiang', '5205.12', 'cotone dello Xinjiang'],
    ['Baumwolle (XUAR)', '5201.00', 'Baumwolle (XUAR)'],
    ['Cotton (XUAR)', '5201.00', 'Cotton (XUAR)'],
    ['COVERALLS, COTTON, XINJIANG LONG STAPLE', '6211.32', 'COTTON, XINJIANG LONG STAPLE'],
  ])(
    'reads %s (HS %s, from Viet Nam) as made in Xinjiang, as its English wording is',
    (description, hs_code, words) => {
      const [uflpa, order] = bans({
        supplier: 'Trading Co',
        description,
        hs_code,
        origin_country: 'Vietnam',
      });
      expect(uflpa?.summary).toContain(`the description names Xinjiang as the goods' origin: "${words}"`);
      expect(order?.summary).toMatch(/Xinjiang region/);
    },
  );

  it.each([
    ['Garn, keine Xinjiang-Baumwolle', '5205.12'],
    ['Baumwolle nicht aus Xinjiang', '5201.00'],
    ['Sans coton du Xinjiang', '5201.00'],
    ['Algodón sin origen Xinjiang', '5201.00'],
    ['Algodão livre de Xinjiang', '5201.00'],
    ['Cotone non proveniente dallo Xinjiang', '5201.00'],
    ['Xinjiang-frei zertifiziert, Baumwollgarn', '5205.12'],
    ['Garn, Lieferung nach Xinjiang', '5205.12'],
    ['Fil de coton expédié vers le Xinjiang', '5205.12'],
    ['Filato di cotone per lo Xinjiang', '5205.12'],
    ['Hilo de algodón, almacén calle Xinjiang', '5205.12'],
    ['Pullover, Xinjiang-Stil', '6110.20'],
    ['Baumwollgarn für Export nach Turkmenistan', '5205.12'],
    ['COTTON YARN, NOT OF XINJIANG ORIGIN', '5205.12'],
    ['T-SHIRTS, NO XINJIANG COTTON', '6109.10'],
    ['XINJIANG-FREE COTTON YARN', '5205.12'],
    ['COTTON YARN', '5205.12'],
    ['XINJIANG STYLE LAMB SKEWER SEASONING', '2103.90'],
    ['POLYESTER YARN ORIGIN TURKMENISTAN', '5402.33'],
    ['COTTON YARN, NO TURKMENISTAN COTTON', '5205.12'],
  ])('finds no import ban in %s from Viet Nam', (description, hs_code) => {
    expect(bans({ description, hs_code, origin_country: 'Vietnam' })).toEqual([]);
  });

  it('reads Turkmenistan cotton in the description of goods made elsewhere as under the Turkmenistan order', () => {
    const [order, ...rest] = bans({
      supplier: 'SAIGON KNIT CO LTD',
      description: 'COTTON YARN SPUN FROM TURKMENISTAN COTTON',
      hs_code: '5205.12',
      origin_country: 'Vietnam',
    });
    expect(rest).toEqual([]);
    expect(order?.summary).toContain('All Turkmenistan Cotton');
    expect(order?.details?.why).toContain(
      'the description names Turkmenistan as the origin: "FROM TURKMENISTAN"',
    );
    const denim = bans({
      description: "MEN'S COTTON DENIM TROUSERS MADE WITH TURKMENISTAN COTTON",
      hs_code: '6203.42',
      origin_country: 'Turkey',
    });
    expect(denim.map((f) => f.details?.why)).toEqual([
      'matched Cotton (HS 620342); the description names Turkmenistan as the origin: "TURKMENISTAN COTTON"',
    ]);
  });

  it.each([
    ['COTTON FABRIC WOVEN FROM TURKMEN COTTON FIBRE', '5208.11', 'Turkey', 'FROM TURKMEN'],
    ['TURKMEN COTTON FIBRE', '5201.00', 'Turkey', 'TURKMEN COTTON'],
    ['COTTON YARN OF TURKMEN ORIGIN', '5205.12', 'Vietnam', 'TURKMEN ORIGIN'],
    ['土库曼斯坦棉', '5201.00', 'China', '土库曼斯坦棉'],
    ['纯棉纱线 原料产地：土库曼斯坦', '5205.12', 'China', '产地：土库曼斯坦'],
  ])(
    'reads %s (HS %s, from %s) by the demonym or Chinese name as under the Turkmenistan order',
    (description, hs_code, origin_country, words) => {
      const [order, ...rest] = bans({ description, hs_code, origin_country });
      expect(rest).toEqual([]);
      expect(order?.summary).toContain('All Turkmenistan Cotton');
      expect(order?.details?.why).toContain(`the description names Turkmenistan as the origin: "${words}"`);
    },
  );

  it.each([
    ['COTTON YARN MANUFACTURED IN URUMQI', '5205.12', '"URUMQI"', 'MANUFACTURED IN URUMQI'],
    ['棉纱 产地：阿克苏', '5205.12', '"阿克苏" (Aksu)', '产地：阿克苏'],
    ['TOMATO PASTE PRODUCED IN BAYINGOLIN', '2002.90', '"BAYINGOLIN"', 'PRODUCED IN BAYINGOLIN'],
    ['COTTON FROM SHIHEZI', '5201.00', '"SHIHEZI"', 'COTTON FROM SHIHEZI'],
    ['COTTON YARN, ORIGIN: CHINA/TURPAN', '5205.12', '"TURPAN"', 'ORIGIN: CHINA/TURPAN'],
  ])(
    'reads %s (HS %s, from Viet Nam) as naming a place in Xinjiang as the origin',
    (description, hs_code, named, words) => {
      const [ban, order] = bans({ supplier: 'Trading Co', description, hs_code, origin_country: 'Vietnam' });
      expect(ban?.summary).toContain(
        `the description names ${named}, a place in Xinjiang, as the goods' origin: "${words}"`,
      );
      expect(order?.summary).toMatch(/Xinjiang region/);
    },
  );

  it.each([
    ['XİNJİANG PAMUĞU', 'XİNJİANG PAMUĞU'],
    ['Pamuk ipliği, menşei: Xinjiang', 'menşei: Xinjiang'],
    ["Xinjiang'dan pamuk ipliği", "Xinjiang'dan"],
  ])('reads %s (from Viet Nam) in Turkish as naming Xinjiang as the origin', (description, words) => {
    const [ban] = bans({
      supplier: 'Trading Co',
      description,
      hs_code: '5205.12',
      origin_country: 'Vietnam',
    });
    expect(ban?.summary).toContain(`the description names Xinjiang as the goods' origin: "${words}"`);
  });

  it.each([
    'Xinjiang pamuğu değil',
    "Xinjiang'a pamuk ipliği",
    'Xinjiang desenli pamuklu kumaş',
    'XİNJİANG TARZI PAMUKLU KUMAŞ',
    'Xinjiang Caddesi pamuk deposu',
  ])('does not read %s (from Viet Nam) as naming a place in Xinjiang as the origin', (description) => {
    expect(
      bans({ supplier: 'Trading Co', description, hs_code: '5205.12', origin_country: 'Vietnam' }),
    ).toEqual([]);
  });

  it.each([
    ['COTTON YARN, TRANSIT VIA URUMQI', '5205.12'],
    ['T-SHIRTS PRINTED KASHGAR OLD TOWN', '6109.10'],
    ['COTTON YARN SHIPPED FROM URUMQI', '5205.12'],
    ['COTTON YARN URUMQI', '5205.12'],
    ['Cotton yarn (Urumqi)', '5205.12'],
    ['URUMQI COTTON YARN', '5205.12'],
    ['棉纱 乌鲁木齐仓库', '5205.12'],
    ['COTTON YARN MADE IN AKSU', '5205.12'],
    ['COTTON YARN MADE IN YIWU', '5205.12'],
    ['COTTON YARN NOT MANUFACTURED IN URUMQI', '5205.12'],
    ['COTTON YARN FOR URUMQI', '5205.12'],
  ])(
    'does not read %s (from Viet Nam) as naming a place in Xinjiang as the origin',
    (description, hs_code) => {
      expect(bans({ supplier: 'Trading Co', description, hs_code, origin_country: 'Vietnam' })).toEqual([]);
    },
  );

  it.each([
    ['Baumwollgarn aus Turkmenistan', '5205.12', 'aus Turkmenistan'],
    ['Hilo, algodón de Turkmenistán', '5205.12', 'algodón de Turkmenistán'],
    ['Turkmenische Baumwolle', '5201.00', 'Turkmenische Baumwolle'],
    ['Baumwollgarn turkmenischer Herkunft', '5205.12', 'turkmenischer Herkunft'],
    ['Baumwollgewebe aus turkmenischer Baumwolle', '5208.11', 'aus turkmenischer'],
    ['Coton turkmène', '5201.00', 'Coton turkmène'],
    ["Coton d'origine turkmène", '5201.00', 'origine turkmène'],
    ['COTON TURKMÈNE, TISSU', '5208.11', 'COTON TURKMÈNE'],
    ['Algodón turcomano', '5201.00', 'Algodón turcomano'],
    ['Algodón de origen turcomano', '5201.00', 'origen turcomano'],
    ['Filato di cotone turkmeno', '5205.12', 'cotone turkmeno'],
    ['Cotone di origine turkmena', '5201.00', 'origine turkmena'],
    ['Fio de algodão, origem: Turcomenistão', '5205.12', 'origem: Turcomenistão'],
    ['Algodão do Turquemenistão', '5201.00', 'Algodão do Turquemenistão'],
    ['TECIDO DE ALGODÃO DO TURCOMENISTÃO', '5208.11', 'ALGODÃO DO TURCOMENISTÃO'],
    // Turkish
    ['Türkmen pamuğu', '5201.00', 'Türkmen pamuğu'],
    ['TÜRKMEN PAMUĞU', '5201.00', 'TÜRKMEN PAMUĞU'],
    ['TURKMEN PAMUGU', '5201.00', 'TURKMEN PAMUGU'],
    ['Türkmenistan pamuğu', '5201.00', 'Türkmenistan pamuğu'],
    ['TÜRKMENİSTAN PAMUĞU', '5201.00', 'TÜRKMENİSTAN PAMUĞU'],
    ['Türkmen pamuk ipliği', '5205.12', 'Türkmen pamuk'],
    ['Pamuk ipliği, Türkmenistan menşeli pamuk', '5205.12', 'Türkmenistan menşeli'],
    ['PAMUK İPLİĞİ, TÜRKMENİSTAN MENŞELİ', '5205.12', 'TÜRKMENİSTAN MENŞELİ'],
    ['Pamuklu kumaş, Türkmen menşeli pamuk', '5208.11', 'Türkmen menşeli'],
    ['Pamuk ipliği, menşei: Türkmenistan', '5205.12', 'menşei: Türkmenistan'],
    ['PAMUK İPLİĞİ, MENŞEİ: TÜRKMENİSTAN', '5205.12', 'MENŞEİ: TÜRKMENİSTAN'],
    ['PAMUK IPLIGI, MENSEI: TURKMENISTAN', '5205.12', 'MENSEI: TURKMENISTAN'],
    ['pamuk ipliği, menşeı: Türkmenistan', '5205.12', 'menşeı: Türkmenistan'],
    ["Türkmenistan'dan pamuk", '5201.00', "Türkmenistan'dan"],
  ])(
    'reads %s (HS %s, from Türkiye) by the name or adjective of Turkmenistan in any language as under its cotton order',
    (description, hs_code, words) => {
      const [order, ...rest] = bans({ description, hs_code, origin_country: 'Turkey' });
      expect(rest).toEqual([]);
      expect(order?.summary).toContain('All Turkmenistan Cotton');
      expect(order?.details?.why).toContain(`the description names Turkmenistan as the origin: "${words}"`);
    },
  );

  it.each([
    ['Türkmen pamuğu değil', '5201.00'],
    ['TÜRKMEN PAMUĞU DEĞİLDİR', '5201.00'],
    ['Türkmen pamuğu içermez', '5201.00'],
    ['Türkmen pamuğu içermeyen pamuk ipliği', '5205.12'],
    ['Türkmenistan menşeli olmayan pamuk', '5201.00'],
    ['Türkmen pamuğu kullanılmamıştır', '5201.00'],
    ['TÜRKMEN PAMUĞU KULLANILMAMIŞTIR', '5201.00'],
    ["Türkmenistan'a pamuk ipliği", '5205.12'],
    ["TÜRKMENİSTAN'A İHRAÇ PAMUK İPLİĞİ", '5205.12'],
    ['Türkmenistan’e pamuk', '5201.00'],
    ['Türkmenistan için pamuk ipliği', '5205.12'],
    ['Alıcı: Türkmenistan Pamuk Tekstil A.Ş.', '5205.12'],
    ["Türkmenistan'dan değil, pamuk", '5201.00'],
    ['Türkmen desenli pamuklu halı', '5702.99'],
    ['Türkmen halısı, pamuk', '5702.99'],
    ['Türkmen pamuğu hariç', '5201.00'],
  ])('does not read %s (from Iran) as made with Turkmenistan cotton', (description, hs_code) => {
    expect(bans({ description, hs_code, origin_country: 'Iran' })).toEqual([]);
  });

  it.each([
    ['Tapis turkmène, coton', '5702.99'],
    ['Tissu turkmène en coton', '5208.11'],
    ['Baumwollteppich, turkmenisches Design', '5702.99'],
    ['Baumwolle im turkmenischen Stil', '5201.00'],
    ['Alfombra de algodón, diseño turcomano', '5702.99'],
    ['Tappeto di cotone, disegno turkmeno', '5702.99'],
    ['Cotone senza cotone turkmeno', '5201.00'],
    ['Sans coton turkmène', '5201.00'],
  ])('does not read %s (from Iran) as made with Turkmenistan cotton', (description, hs_code) => {
    expect(bans({ description, hs_code, origin_country: 'Iran' })).toEqual([]);
  });

  it.each([
    ['TURKMEN RUG, HAND KNOTTED, WOOL PILE', '5701.10'],
    ['TURKMEN DESIGN COTTON RUG', '5702.99'],
    ['TURKMEN PATTERN HAND KNOTTED RUG, COTTON WARP', '5701.90'],
    ['TURKMEN STYLE COTTON RUG', '5702.99'],
    ['TURKMEN CARPET COTTON', '5702.99'],
  ])(
    'does not read a Turkmen-style rug (%s, from Iran) as made with Turkmenistan cotton',
    (description, hs_code) => {
      expect(bans({ description, hs_code, origin_country: 'Iran' })).toEqual([]);
    },
  );

  it('does not read cotton yarn for export to Turkmenistan (出口土库曼斯坦棉纱) as made with its cotton', () => {
    expect(bans({ description: '出口土库曼斯坦棉纱', hs_code: '5205.12', origin_country: 'China' })).toEqual(
      [],
    );
    expect(bans({ description: '土库曼斯坦棉纱', hs_code: '5205.12', origin_country: 'China' })).toHaveLength(
      1,
    );
  });

  it('does not read the description of a service as the origin of goods', () => {
    expect(
      bans({ description: 'XINJIANG COTTON ISOTOPE TESTING', psc: 'H299', origin_country: 'Vietnam' }),
    ).toEqual([]);
    expect(
      bans({ description: 'FREIGHT OF TURKMENISTAN COTTON', psc: 'V112', origin_country: 'Vietnam' }),
    ).toEqual([]);
    expect(
      bans({ description: 'Prüfung Herkunft Xinjiang-Baumwolle', psc: 'H299', origin_country: 'France' }),
    ).toEqual([]);
  });

  it('does not read a description that opens or closes with a service as the origin, without codes too', () => {
    for (const description of [
      'XINJIANG COTTON ISOTOPE TESTING',
      'Prüfung Herkunft Xinjiang-Baumwolle (Isotopenanalyse)',
      'Freight of Turkmenistan cotton',
    ]) {
      expect(bans({ description, origin_country: 'Germany' })).toEqual([]);
    }
    // Goods whose description mentions a test in passing are still read.
    const [uflpa] = bans({
      description: 'COTTON YARN, TEST REPORT ATTACHED, ORIGIN XINJIANG',
      hs_code: '5205.12',
      origin_country: 'Vietnam',
    });
    expect(uflpa?.details?.found_in).toBe('description');
  });

  it('does not read a Shanghai address on Xinjiang Road, which is not a description', () => {
    expect(
      bans({
        supplier_address: 'No. 6 Xinjiang Road, Shibei District, Qingdao',
        supplier_country: 'China',
        description: 'COTTON YARN',
        hs_code: '5205.12',
      }),
    ).toEqual([]);
  });

  it('keeps the address finding when both the address and the description name Xinjiang', () => {
    const [uflpa] = bans({
      supplier_address: 'Urumqi',
      supplier_country: 'China',
      description: 'XINJIANG COTTON YARN',
      hs_code: '5205.12',
    });
    expect(uflpa?.summary).toContain('address names "Urumqi"');
  });
});

describe('the UFLPA import ban: a service imports nothing', () => {
  const guard = {
    supplier: 'KORLA GUARD SECURITY SERVICES',
    supplier_country: 'China',
    psc: 'S206',
    description: 'Local guard force, Embassy Beijing',
    place_of_performance: 'Beijing, China',
  };

  it('does not read the name, address or country fields of a service row', () => {
    expect(uflpa(guard)).toEqual([]);
    expect(uflpa({ ...guard, supplier_address: 'Korla, Xinjiang' })).toEqual([]);
    expect(uflpa({ ...guard, supplier_country: 'Xinjiang, China' })).toEqual([]);
    expect(uflpa({ ...guard, naics: '561612', psc: '' })).toEqual([]);
  });

  it('reads the same name for supplies', () => {
    expect(uflpa({ ...guard, psc: '8415', description: 'uniforms' }).map((f) => f.details?.found_in)).toEqual(
      ['supplier_name'],
    );
  });
});
