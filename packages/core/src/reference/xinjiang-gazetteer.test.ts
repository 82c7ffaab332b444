import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createXinjiangGazetteer } from './xinjiang-gazetteer.js';

const data = (f: string) => readFileSync(new URL(`../../../../data/${f}`, import.meta.url), 'utf8');
const gazetteer = createXinjiangGazetteer({
  places: data('taxonomy/xinjiang_places.csv'),
  variants: data('taxonomy/xinjiang_name_variants.csv'),
  notes: data('taxonomy/xinjiang_name_notes.csv'),
});

describe('createXinjiangGazetteer(files).find(text)', () => {
  it.each([
    ['No. 12 Road, Urumqi', '6501'],
    ['Ürümqi', '6501'],
    ['WULUMUQI CITY', '6501'],
    ['Kashgar', '6531'],
    ['Hotan, China', '6532'],
    ['Hetian Taida Apparel Co., Ltd.', '6532'],
    ['Khotan', '6532'],
    ['Turpan', '6504'],
    ['Turfan', '6504'],
    ['Changji City', '652301'],
    ['Shihezi, XPCC', '659001'],
    ['Korla', '652801'],
    ['Kurla', '652801'],
    ['Ghulja', '654002'],
    ['Yining', '654002'],
    ['Kumul', '6505'],
    ['Qumul', '6505'],
    ['Karamay', '6502'],
    ['新疆乌鲁木齐市天山区', '6501'],
    ['喀什市', '653101'],
    ['Qeshqer Wilayiti', '6531'],
  ])('finds %s (division %s)', (text, code) => {
    const hit = gazetteer.find(text);
    expect(hit?.division_code.startsWith(code.slice(0, 4))).toBe(true);
    expect(hit?.division_code).toBe(code);
  });

  it.each(['Xinjiang', '新疆', 'XUAR', 'Xinjiang Uyghur Autonomous Region'])(
    'knows the region name %s',
    (text) => {
      expect(gazetteer.find(`Made in ${text}`)).toMatchObject({ is_region_name: true, division_code: '65' });
    },
  );

  it('prefers a place to the region name and reports the spelling found', () => {
    expect(gazetteer.find('Xinjiang Kashgar Prefecture Yecheng County Cattle Farm')).toMatchObject({
      found: 'Kashgar Prefecture',
      division_code: '6531',
      ambiguous: false,
    });
  });

  it('marks names that also exist elsewhere as ambiguous', () => {
    expect(gazetteer.find('Aksu, Antalya')).toMatchObject({ division_code: '6529', ambiguous: true });
    expect(gazetteer.find('Hami melons, 10 kg')).toMatchObject({ ambiguous: true });
  });

  it.each([
    'No. 200 Wulumuqi Middle Road, Xuhui District, Shanghai 200031',
    '1 Tianshan Road, Changning District, Shanghai',
    '88 Yili Road, Changning District, Shanghai',
    'No. 6 Xinjiang Road, Shibei District, Qingdao, Shandong',
    '25 Hami Road, Heping District, Tianjin',
    'Kashi Road, Baiyun District, Guangzhou',
    'Urumqi Road, Haizhu, Guangzhou',
    '188 KASHGAR ROAD SHANGHAI',
    'Kashgar Rd., Shanghai',
    'Hami St 12, Tianjin',
    'Wulumuqi Zhong Lu 200, Shanghai',
    'Wulumuqi Zhonglu, Shanghai',
    'Urumqi North Road, Guangzhou',
    'Xinjiang Lane 3, Shanghai',
    '上海市徐汇区乌鲁木齐中路200号',
    '青岛市市北区新疆路6号',
    '天津市和平区哈密路25号',
    '天津市和平区哈密道25号',
    'Hami Dao 25, Heping District, Tianjin',
    '广州市喀什大街1号',
    '上海市伊犁路88号',
  ])('does not take a street named after a Xinjiang place for the place: %s', (text) => {
    expect(gazetteer.find(text)).toBeNull();
  });

  it.each([
    ['Urumqi Road, Urumqi, Xinjiang', '6501'],
    ['Kashgar, Xinjiang', '6531'],
    ['Hotan', '6532'],
    ['新疆维吾尔自治区乌鲁木齐市天山区北京南路', '6501'],
    ['乌鲁木齐路, 乌鲁木齐市', '6501'],
    ['Urumqi, Road 5', '6501'],
    ['Kashgar Road, Kashgar', '6531'],
  ])('still finds the place beside a street named after it: %s', (text, code) => {
    expect(gazetteer.find(text)?.division_code).toBe(code);
  });

  it('matches whole words only', () => {
    expect(gazetteer.find('Aksuyu Textiles, Istanbul')).toBeNull();
    expect(gazetteer.find('Hamilton, Ontario')).toBeNull();
    expect(gazetteer.find('Berlin, Germany')).toBeNull();
  });
});

describe('createXinjiangGazetteer(files) on names in Traditional characters', () => {
  it.each([
    ['烏魯木齊', '6501', '烏魯木齊'],
    ['新疆烏魯木齊市沙依巴克區', '6501', '烏魯木齊市'],
    ['吐魯番市', '6504', '吐魯番市'],
    ['庫爾勒市', '652801', '庫爾勒市'],
    ['阿克蘇地區', '6529', '阿克蘇地區'],
    ['伊寧市', '654002', '伊寧市'],
  ])(
    'finds %s as its Simplified form does (division %s), reporting the spelling written',
    (text, code, found) => {
      const hit = gazetteer.find(text);
      expect(hit?.division_code).toBe(code);
      expect(hit?.found).toBe(found);
    },
  );

  it('finds a Traditional place name at the start of a company name', () => {
    expect(gazetteer.findAtStart('烏魯木齊紡織有限公司')?.found).toBe('烏魯木齊');
    expect(gazetteer.findAtStart('庫爾勒市紡織有限公司')?.division_code).toBe('652801');
  });
});

describe('createXinjiangGazetteer(files).findAtStart(name)', () => {
  it.each([
    ['Xinjiang Cotton Co Ltd', 'Xinjiang', '65'],
    ['The Urumqi Cotton Trading Co', 'Urumqi', '6501'],
    ['ÜRÜMQI TEXTILE CO., LTD.', 'ÜRÜMQI', '6501'],
    ['Kashgar Prefecture Yecheng Cattle Farm', 'Kashgar Prefecture', '6531'],
    ['Hetian Taida Apparel Co., Ltd.', 'Hetian', '6532'],
    ['新疆中泰化学股份有限公司', '新疆', '65'],
    ['乌鲁木齐市某纺织有限公司', '乌鲁木齐市', '6501'],
    ['Aksu Textile Co', 'Aksu', '6529'],
  ])('finds the place %s begins with', (name, found, code) => {
    expect(gazetteer.findAtStart(name)).toMatchObject({ found, division_code: code });
  });

  it.each([
    'Shanghai Xinjiang Road Trading',
    'Top Xinjiang Cotton Co',
    'Cotton of Kashgar Co',
    'Xinjiang Road Trading Co',
    '上海新疆贸易有限公司',
    '新疆路贸易有限公司',
    'Aksuyu Textiles',
    'Hamilton Cotton',
    '',
  ])('finds nothing at the start of %s', (name) => {
    expect(gazetteer.findAtStart(name)).toBeNull();
  });
});

describe('createXinjiangGazetteer(files).regionNames()', () => {
  it("gives the region's own names of xinjiang_name_notes.csv, each found as the region", () => {
    const names = gazetteer.regionNames?.() ?? [];
    expect(names).toEqual(expect.arrayContaining(['Xinjiang', '新疆', 'XUAR', 'Sinkiang']));
    for (const name of names) expect(gazetteer.find(name)?.is_region_name).toBe(true);
    expect(names).not.toContain('Aksu');
  });
});
