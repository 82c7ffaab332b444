import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitNameNote } from '../matching/name-note.js';
import { parseCbpOrders } from './cbp-orders.js';
import { createCountryResolver } from './country-table.js';
import { parseUflpaEntities } from './uflpa-entities.js';

const data = (f: string) => readFileSync(new URL(`../../../../data/${f}`, import.meta.url), 'utf8');
const countries = createCountryResolver({
  countries: data('taxonomy/countries.csv'),
  altnames: data('taxonomy/countries_mledoze_altnames.csv'),
  variants: data('taxonomy/country_variants.csv'),
});
const cbpText = data('lists/cbp_wro.csv');
const uflpaText = data('lists/uflpa_entities.csv');

describe('parseCbpOrders(text, countries)', () => {
  const { orders, entries } = parseCbpOrders(cbpText, countries);

  it('keeps every row as an order', () => {
    expect(orders).toHaveLength(56);
  });

  it('classifies the region, product and vessel orders', () => {
    const byScope = (s: string) => orders.filter((o) => o.scope === s).map((o) => o.text.slice(0, 40));
    expect(byScope('region')).toEqual([
      'All Turkmenistan Cotton or products prod',
      'Marange Diamond Fields',
      'All cotton products and tomato products ',
      'All gold mined, produced, or manufacture',
      'Tobacco produced in the Republic of Mala',
    ]);
    expect(byScope('product')).toEqual([]);
    expect(byScope('vessel')).toHaveLength(4);
    expect(orders.filter((o) => o.scope === 'entity')).toHaveLength(47);
  });

  it('reads the status text', () => {
    expect(orders.filter((o) => o.status === 'active')).toHaveLength(54);
    const xpcc = orders.find((o) => o.text.startsWith('Xinjiang Production'))!;
    expect(xpcc.status).toBe('unknown');
  });

  it('makes one entry per named entity or vessel, none for region orders', () => {
    const names = entries.map((e) => e.name);
    expect(names).toContain('Kwong Ngai Industrial Company');
    expect(names).toContain('Baoding LYSZD Trade and Business Co., Ltd.');
    expect(names).toContain('Dalian Ocean Fishing');
    expect(names).toContain('Da Wang 1');
    expect(names.filter((n) => /Turkmenistan|Tobacco produced|Marange/.test(n))).toEqual([]);
    const xpcc = entries.find((e) => e.name.startsWith('Xinjiang Production'))!;
    expect(xpcc.aliases).toContain('XPCC');
    expect(xpcc.country).toBe('CHN');
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
  });

  it('gives no entry for a revoked or modified order but keeps the order', () => {
    const revoked = cbpText.replace(
      'Natchi Apparel,"Apparel, Footwear and Textiles",India,WRO,"active (per source comment ""active entries only"")"',
      'Natchi Apparel,"Apparel, Footwear and Textiles",India,WRO,revoked 2023-03-02',
    );
    const got = parseCbpOrders(revoked, countries);
    expect(got.orders.find((o) => o.text === 'Natchi Apparel')?.status).toBe('revoked');
    expect(got.entries.some((e) => e.name === 'Natchi Apparel')).toBe(false);
    expect(got.entries).toHaveLength(entries.length - 1);
  });

  it('keeps ids when an unrelated row is added', () => {
    const [header, ...rest] = cbpText.split('\n');
    const added = [
      header,
      '2026-02-01,Example Weaving Mill Co.,Textiles,Peru,WRO,active,test,',
      ...rest,
    ].join('\n');
    const ids = new Set(parseCbpOrders(added, countries).entries.map((e) => e.id));
    for (const e of entries) expect(ids.has(e.id)).toBe(true);
  });

  it('names row, line and column of a bad date', () => {
    const broken = cbpText.replace('1991-11-06,Xiang-Yang', '1991-13-06,Xiang-Yang');
    expect(() => parseCbpOrders(broken, countries)).toThrow(
      /cbp_wro\.csv: row 3 \(line 4\), column "date": expected a date/,
    );
  });
});

describe('parseUflpaEntities(text, countries)', () => {
  const entries = parseUflpaEntities(uflpaText, countries);

  it('reads every row with aliases split at ;', () => {
    expect(entries).toHaveLength(62);
    const hy = entries.find((e) => e.name === 'Hongyuan Green Energy Co., Ltd.')!;
    expect(hy.aliases).toContain('HY Solar');
    expect(hy.aliases).toContain('Wuxi Shangji Grinding Machine Co., Ltd.');
    expect(hy.id).toMatch(/^uflpa:hongyuan-green-energy-co-ltd-[0-9a-f]{8}$/);
    expect(hy.listed_on).toBe('2025-01-15');
  });

  it('drops a removed or truncated alias', () => {
    const eh = entries.find((e) => e.name === 'Xinjiang East Hope Nonferrous Metals Co., Ltd.')!;
    expect(eh.aliases).toEqual([]);
    const hm = entries.find((e) => e.name === 'Huangmei Xiaochi Yinfeng Cotton')!;
    expect(hm.aliases).toEqual([]);
  });

  it('resolves "China (Hong Kong-based group)" to CHN and keeps a month-only date as its month', () => {
    expect(entries.every((e) => e.country === 'CHN')).toBe(true);
    expect(entries.find((e) => e.name === 'COFCO Sugar Holding Co. Ltd')!.listed_on).toBe('2023-12');
  });
});

describe('the source remarks in the list files', () => {
  it('are taken off only the names that carry one; names with bracketed forms keep them', () => {
    const entries = [
      ...parseUflpaEntities(uflpaText, countries),
      ...parseCbpOrders(cbpText, countries).entries,
    ];
    const changed = entries
      .flatMap((e) => [e.name, ...e.aliases])
      .map((name) => [name, splitNameNote(name).name])
      .filter(([name, matched]) => name !== matched);
    expect(changed).toEqual([
      ['Ninestar (with eight Zhuhai-based subsidiaries not named in the source)', 'Ninestar'],
    ]);
    const bracketed = entries.flatMap((e) => [e.name, ...e.aliases]).filter((n) => n.includes('('));
    expect(bracketed.length).toBeGreaterThan(10);
  });
});
