import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TipwatchError } from '../errors.js';
import { createCountryResolver } from '../reference/country-table.js';
import type { IlabGood } from '../reference/ilab-good.js';
import { parseIlabGoods } from '../reference/ilab-goods.js';
import { ilabGoodsToCsv, parseIlabGoodsXml, TVPRA_GOODS_COLUMNS } from './ilab-goods-parser.js';

const data = (file: string) => readFileSync(new URL(`../../../../data/${file}`, import.meta.url), 'utf8');
const countries = createCountryResolver({
  countries: data('taxonomy/countries.csv'),
  altnames: data('taxonomy/countries_mledoze_altnames.csv'),
  variants: data('taxonomy/country_variants.csv'),
});
const options = { resolveIso3: (name: string) => countries.resolve(name), as_of: '2023-08-01' };
const xmlText = data('raw/dol_ilab_goods.xml');
const csvText = data('tvpra_goods.csv');

/** What the two files must agree on: the pair and its flags. */
const facts = (g: IlabGood) =>
  [
    `${g.good} × ${g.iso3}`,
    g.child_labor,
    g.forced_labor,
    g.forced_child_labor,
    g.produced_with_exploitative_inputs,
    g.input_source_iso3,
    g.sector,
  ].join('|');

const goodsXml = (countriesXml: string, name = 'Cocoa') =>
  `<Goods>\n  <Good>\n    <Good_Name>${name}</Good_Name>\n    <Good_Sector>Agriculture</Good_Sector>\n    <Countries>\n${countriesXml}    </Countries>\n  </Good>\n</Goods>\n`;
const countryXml = (name: string, flags = ['Yes', 'No', 'No', 'No'], derived = 'No') =>
  `      <Country>\n        <Country_Name>${name}</Country_Name>\n        <Country_Region>Sub-Saharan Africa</Country_Region>\n` +
  `        <Child_Labor>${flags[0]}</Child_Labor>\n        <Forced_Labor>${flags[1]}</Forced_Labor>\n` +
  `        <Forced_Child_Labor>${flags[2]}</Forced_Child_Labor>\n` +
  `        <Derived_Labor_Exploitation>${flags[3]}</Derived_Labor_Exploitation>\n` +
  `        <Derived_Country>${derived}</Derived_Country>\n      </Country>\n`;

describe('parseIlabGoodsXml(xml, options)', () => {
  const { goods, problems } = parseIlabGoodsXml(xmlText, options);

  it('reads every good × country pair of the real file without a problem', () => {
    expect(problems).toEqual([]);
    expect(goods).toHaveLength(467);
    expect(new Set(goods.map((g) => g.good)).size).toBe(169);
    expect(new Set(goods.map((g) => g.iso3)).size).toBe(78);
  });

  it('agrees with tvpra_goods.csv on every pair, flag, sector and input-source country', () => {
    const fromCsv = parseIlabGoods(csvText, countries);
    const xmlFacts = goods.map(facts).sort();
    const csvFacts = fromCsv.map(facts).sort();
    // Named both ways, so a failure lists exactly the rows one file has and the other lacks.
    expect(xmlFacts.filter((f) => !csvFacts.includes(f))).toEqual([]);
    expect(csvFacts.filter((f) => !xmlFacts.includes(f))).toEqual([]);
    expect(xmlFacts).toEqual(csvFacts);
  });

  it('reads a good made with exploitative inputs and the country they come from', () => {
    const batteries = goods.find((g) => g.good === 'Lithium-Ion Batteries');
    expect(batteries).toMatchObject({
      iso3: 'CHN',
      child_labor: false,
      forced_labor: false,
      produced_with_exploitative_inputs: true,
      input_source_iso3: 'COD',
      input_source_country: 'Congo, Democratic Republic of the',
      region: 'Indo-Pacific',
      source: { dataset: 'dol_ilab_goods', record: 'Lithium-Ion Batteries / China', as_of: '2023-08-01' },
    });
    expect(goods.filter((g) => g.produced_with_exploitative_inputs)).toHaveLength(10);
    expect(goods.filter((g) => g.input_source_iso3 !== null)).toHaveLength(10);
  });

  it('skips, and reports with row, line and column, a country the resolver does not know', () => {
    const xml = goodsXml(countryXml('Ghana') + countryXml('Atlantis'));
    const result = parseIlabGoodsXml(xml, options);
    expect(result.goods.map((g) => g.iso3)).toEqual(['GHA']);
    expect(result.problems).toEqual([
      expect.objectContaining({
        code: 'ilab_good_country_unresolved',
        row: 1,
        line: 15,
        column: 'Country_Name',
      }),
    ]);
    expect(result.problems[0]?.message).toContain('"Atlantis"');
  });

  it('reports a flag that is neither Yes nor No, and reads it as No', () => {
    const result = parseIlabGoodsXml(goodsXml(countryXml('Ghana', ['Yes', 'Maybe', 'No', 'No'])), options);
    expect(result.goods[0]?.forced_labor).toBe(false);
    expect(result.problems).toEqual([
      expect.objectContaining({ code: 'ilab_good_flag_invalid', row: 1, line: 6, column: 'Forced_Labor' }),
    ]);
  });

  it('reports a good without a name, and an exploitative-inputs row without an input-source country', () => {
    const noName = parseIlabGoodsXml(goodsXml(countryXml('Ghana'), ''), options);
    expect(noName.goods).toEqual([]);
    expect(noName.problems).toEqual([
      expect.objectContaining({ code: 'ilab_good_no_name', row: 1, line: 2 }),
    ]);
    const noInput = parseIlabGoodsXml(goodsXml(countryXml('Ghana', ['No', 'No', 'No', 'Yes'])), options);
    expect(noInput.goods[0]?.input_source_iso3).toBeNull();
    expect(noInput.problems.map((p) => p.code)).toEqual(['ilab_good_input_country_missing']);
  });

  it('skips a repeated good × country pair', () => {
    const result = parseIlabGoodsXml(goodsXml(countryXml('Ghana') + countryXml('GHA')), options);
    expect(result.goods).toHaveLength(1);
    expect(result.problems.map((p) => [p.code, p.line])).toEqual([['ilab_good_repeated', 15]]);
  });

  it('throws a TipwatchError naming the line of XML that is not well formed, or of another format', () => {
    const broken = () => parseIlabGoodsXml('<Goods>\n  <Good>\n</Goods>', options);
    expect(broken).toThrow(TipwatchError);
    expect(broken).toThrow(/line 3/);
    expect(() => parseIlabGoodsXml('<Countries><Country/></Countries>', options)).toThrow(/no <Goods> root/);
    expect(parseIlabGoodsXml('<Goods></Goods>', options)).toEqual({ goods: [], problems: [] });
  });
});

describe('ilabGoodsToCsv(goods)', () => {
  const { goods } = parseIlabGoodsXml(xmlText, options);

  it('writes the vendored tvpra_goods.csv byte for byte from the XML', () => {
    const csv = ilabGoodsToCsv(goods);
    expect(csv.split('\r\n')[0]).toBe(TVPRA_GOODS_COLUMNS.join(','));
    expect(csv).toBe(csvText);
  });

  it('writes a file the CSV reader reads back to the same goods', () => {
    const back = parseIlabGoods(ilabGoodsToCsv(goods), countries);
    expect(back.map(facts)).toEqual(goods.map(facts));
  });

  it('quotes cells with commas and quotes, and falls back to the ISO code without a spelled input country', () => {
    const good: IlabGood = {
      good: 'Beans "dry", green',
      iso3: 'CHN',
      country: 'China',
      sector: 'Agriculture',
      child_labor: false,
      forced_labor: true,
      forced_child_labor: false,
      produced_with_exploitative_inputs: true,
      input_source_iso3: 'COD',
      source: { dataset: 'x', record: '1', as_of: null },
    };
    expect(ilabGoodsToCsv([good]).split('\r\n')[1]).toBe(
      '"Beans ""dry"", green",China,,Agriculture,false,true,false,true,COD,',
    );
  });
});
