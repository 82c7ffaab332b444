import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createCountryResolver } from './country-table.js';

const data = (f: string) => readFileSync(new URL(`../../../../data/${f}`, import.meta.url), 'utf8');
const resolver = createCountryResolver({
  countries: data('taxonomy/countries.csv'),
  altnames: data('taxonomy/countries_mledoze_altnames.csv'),
  variants: data('taxonomy/country_variants.csv'),
});

describe('createCountryResolver(files).resolve(text)', () => {
  it.each([
    ['Viet Nam', 'VNM'],
    ['Vietnam', 'VNM'],
    ['China Mainland', 'CHN'],
    ['Korea (Republic of)', 'KOR'],
    ['South Korea', 'KOR'],
    ['Korea, Republic of', 'KOR'],
    ['North Korea', 'PRK'],
    ['DR Congo', 'COD'],
    ['Congo, Democratic Republic of the', 'COD'],
    ['Republic of the Congo', 'COG'],
    ["Cote d'Ivoire", 'CIV'],
    ["Côte d'Ivoire", 'CIV'],
    ['Türkiye', 'TUR'],
    ['Turkey (Türkiye)', 'TUR'],
    ['Burma', 'MMR'],
    ['Kyrgyz Republic', 'KGZ'],
    ['cn', 'CHN'],
    ['CHN', 'CHN'],
    ['  united STATES  ', 'USA'],
    ['中国', 'CHN'],
    ['Kosovo', 'XKX'],
    ['XK', 'XKX'],
    ['Eswatini', 'SWZ'],
    ['Swaziland', 'SWZ'],
    ['Cabo Verde', 'CPV'],
    ['Cape Verde', 'CPV'],
    ['Ivory Coast', 'CIV'],
    ['Holland', 'NLD'],
    ['Great Britain', 'GBR'],
    ['Slovak Republic', 'SVK'],
    ['Czech Republic', 'CZE'],
  ])('resolves %s to %s', (text, iso3) => {
    expect(resolver.resolve(text)).toBe(iso3);
  });

  it.each([
    ['PRC', 'CHN'],
    ['P.R.C.', 'CHN'],
    ['P. R. C.', 'CHN'],
    ['P.R.China', 'CHN'],
    ['P.R. China', 'CHN'],
    ['PR China', 'CHN'],
    ['China PR', 'CHN'],
    ['China (PRC)', 'CHN'],
    ['Hong Kong SAR', 'HKG'],
    ['Hong Kong S.A.R.', 'HKG'],
    ['Hong Kong SAR, China', 'HKG'],
    ['China, Hong Kong SAR', 'HKG'],
    ['Hong Kong, China', 'HKG'],
    ['Macao SAR', 'MAC'],
    ['Macau, China', 'MAC'],
    ['Taiwan, Province of China', 'TWN'],
    ['U.S.A.', 'USA'],
    ['U.S.', 'USA'],
    ['U.K.', 'GBR'],
    ['Lao PDR', 'LAO'],
    ['Lao P.D.R.', 'LAO'],
    ['XKS', 'XKX'],
    ['Macao SAR, China', 'MAC'],
    ['Iran, Islamic Rep.', 'IRN'],
    ['Egypt, Arab Rep.', 'EGY'],
    ['Yemen, Rep.', 'YEM'],
    ['Venezuela, RB', 'VEN'],
    ['Gambia, The', 'GMB'],
    ['Bahamas, The', 'BHS'],
    ['St. Lucia', 'LCA'],
  ])('resolves the abbreviated or qualified spelling %s to %s', (text, iso3) => {
    expect(resolver.resolve(text)).toBe(iso3);
  });

  it.each([
    ['Korea, Rep.', 'KOR'],
    ['Korea, Rep', 'KOR'],
    ["Korea, Dem. People's Rep.", 'PRK'],
    ['Congo, Dem. Rep.', 'COD'],
    ['Congo, Rep.', 'COG'],
    ['Micronesia, Fed. Sts.', 'FSM'],
    ['Czech Rep.', 'CZE'],
    ['Central African Rep.', 'CAF'],
    ['Dominican Rep.', 'DOM'],
    ["Lao People's Dem. Rep.", 'LAO'],
    ['St. Kitts and Nevis', 'KNA'],
    ['St. Vincent and the Grenadines', 'VCT'],
    ['St Pierre and Miquelon', 'SPM'],
  ])('spells out the World Bank abbreviation in %s and resolves it to %s', (text, iso3) => {
    expect(resolver.resolve(text)).toBe(iso3);
  });

  it('spells out the abbreviations only within a name: alone they name no country, and ST stays São Tomé', () => {
    expect(resolver.resolve('Korea, Rep.')).toBe('KOR');
    expect(resolver.resolve('Rep.')).toBeNull();
    expect(resolver.resolve('Dem. Rep.')).toBeNull();
    expect(resolver.resolve('Korea')).toBeNull();
    expect(resolver.resolve('Congo')).toBe('COG');
    expect(resolver.resolve('ST')).toBe('STP');
    expect(resolver.resolve('St')).toBe('STP');
  });

  it.each([
    ['Rep. Dom.', 'DOM'],
    ['REP DOM', 'DOM'],
    ['Rep. Dominicana', 'DOM'],
    ['R. Dominicana', 'DOM'],
    ['Méjico', 'MEX'],
    ['VR China', 'CHN'],
    ['RPC', 'CHN'],
    ['R.P. China', 'CHN'],
    ['Rép. pop. de Chine', 'CHN'],
    ['RDC', 'COD'],
    ['Rép. dém. du Congo', 'COD'],
    ['VAE', 'ARE'],
    ['Taiwan, China', 'TWN'],
    ['England', 'GBR'],
    ['Scotland', 'GBR'],
    ['Wales', 'GBR'],
    ['Belfast, Northern Ireland', 'GBR'],
    ['West Bank and Gaza', 'PSE'],
    ['Glasgow, Scotland', 'GBR'],
  ])('resolves the hand-kept spelling %s to %s', (text, iso3) => {
    expect(resolver.resolve(text)).toBe(iso3);
  });

  it.each([
    'Xinjiang, China',
    'China/Xinjiang',
    'China - Xinjiang',
    'Xinjiang Uyghur Autonomous Region / China',
  ])('resolves a cell naming a region and its country, %s, to the country', (text) => {
    expect(resolver.resolve(text)).toBe('CHN');
  });

  it.each([
    ['中國', 'CHN'],
    ['中華人民共和國', 'CHN'],
    ['中国大陆', 'CHN'],
    ['中國大陸', 'CHN'],
    ['中国香港', 'HKG'],
    ['中國香港', 'HKG'],
    ['香港特别行政区', 'HKG'],
    ['香港特別行政區', 'HKG'],
    ['澳門', 'MAC'],
    ['中国澳门', 'MAC'],
    ['中國澳門', 'MAC'],
    ['臺灣', 'TWN'],
    ['中国台湾', 'TWN'],
    ['泰國', 'THA'],
    ['馬來西亞', 'MYS'],
    ['緬甸', 'MMR'],
    ['印尼', 'IDN'],
    ['孟加拉', 'BGD'],
  ])('resolves the Chinese name %s, in Simplified or Traditional characters, to %s', (text, iso3) => {
    expect(resolver.resolve(text)).toBe(iso3);
  });

  it.each([
    ['Equador', 'ECU'],
    ['Alemanha', 'DEU'],
    ['Vereinigte Staaten', 'USA'],
    ['Stati Uniti', 'USA'],
    ['EE. UU.', 'USA'],
    ['EE.UU.', 'USA'],
    ['EEUU', 'USA'],
    ['EUA', 'USA'],
    ['E.U.A.', 'USA'],
    ['Türkei', 'TUR'],
    ['Turquia', 'TUR'],
    ['Emiratos Árabes Unidos', 'ARE'],
    ['R.D. Congo', 'COD'],
    ['Niederlande', 'NLD'],
    ['Costa do Marfim', 'CIV'],
    ['Südkorea', 'KOR'],
    ['Cina', 'CHN'],
    ['Marrocos', 'MAR'],
    ['Amerika Serikat', 'USA'],
    ['Hoa Kỳ', 'USA'],
  ])('resolves the CLDR name %s, in another language, to %s', (text, iso3) => {
    expect(resolver.resolve(text)).toBe(iso3);
  });

  it.each(['VS', 'É.-U.', 'RD', 'DR', 'R.D.'])(
    'leaves %s, which no source gives (or which could name more than one country), unresolved',
    (text) => {
      expect(resolver.resolve(text)).toBeNull();
    },
  );

  it('still resolves two letters as an ISO code, not as a CLDR short form (RU is Russia, not Reino Unido)', () => {
    expect(resolver.resolve('RU')).toBe('RUS');
  });

  it.each(['中国泰国', '中国新疆', '特别行政区'])(
    'takes China before a name only for Hong Kong, Macao and Taiwan: %s is none',
    (text) => {
      expect(resolver.resolve(text)).toBeNull();
    },
  );

  it.each([
    ['Volksrepublik China', 'CHN'],
    ['République populaire de Chine', 'CHN'],
    ['República Popular da China', 'CHN'],
    ['Birmania', 'MMR'],
    ['Mianmar', 'MMR'],
    ['Holanda', 'NLD'],
    // Not among the translations: from country_variants.csv.
    ['República Popular China', 'CHN'],
    ['Großbritannien', 'GBR'],
    ['GROSSBRITANNIEN', 'GBR'],
    ['Elfenbeinküste', 'CIV'],
  ])('resolves the name in another language %s to %s', (text, iso3) => {
    expect(resolver.resolve(text)).toBe(iso3);
  });

  it('reads a translation only for a whole cell, of four letters or more, that no stronger source claims', () => {
    // "Korea" is both Koreas to the stronger sources: no translation decides it.
    expect(resolver.resolve('Korea')).toBeNull();
    // "Man" (the Isle of Man in translations) is also a city of Côte d'Ivoire, "SAD" (Serbian for the USA) a
    // word; a part of a cell is read without translations ("Volksrepublik China" alone is China).
    expect(resolver.resolve('Man')).toBeNull();
    expect(resolver.resolve("Man, Côte d'Ivoire")).toBe('CIV');
    expect(resolver.resolve('SAD')).toBeNull();
    expect(resolver.resolve('Kashgar, Volksrepublik China')).toBeNull();
  });

  it('resolves a cell of several parts to none when the parts name different countries', () => {
    expect(resolver.resolve('Georgia, USA')).toBeNull();
    expect(resolver.resolve('Narnia, Atlantis')).toBeNull();
  });

  it('takes no two-letter part or slashed letters for a country code', () => {
    expect(resolver.resolve('N/A')).toBeNull();
    expect(resolver.resolve('n/a')).toBeNull();
    expect(resolver.resolve('Boston, MA')).toBeNull();
    expect(resolver.resolve('Springfield, IL')).toBeNull();
  });

  it('still resolves every country by its code and English short name', () => {
    const wrong = resolver
      .all()
      .filter((c) => resolver.resolve(c.iso2) !== c.iso3 || resolver.resolve(c.name) !== c.iso3)
      .map((c) => c.iso3);
    expect(wrong).toEqual([]);
  });

  it('returns null for text that is no country', () => {
    expect(resolver.resolve('Springfield')).toBeNull();
    expect(resolver.resolve('')).toBeNull();
  });

  it('gives Kosovo a country entry from the alt-names file', () => {
    expect(resolver.get('XKX')).toMatchObject({ iso2: 'XK', iso3: 'XKX', name: 'Kosovo' });
    expect(resolver.all().length).toBe(250);
  });
});

describe('createCountryResolver(files).get(iso3): demonyms and Chinese names', () => {
  it("gives a country its people's name and its names in Chinese script", () => {
    expect(resolver.get('TKM')).toMatchObject({ demonyms: ['Turkmen'], chineseNames: ['土库曼斯坦'] });
    expect(resolver.get('ATG')?.demonyms).toEqual(['Antiguan', 'Barbudan']);
    expect(resolver.get('CHN')?.chineseNames).toContain('中华人民共和国');
  });

  it('leaves out a demonym two countries share', () => {
    for (const iso3 of ['COD', 'COG', 'DMA', 'DOM', 'USA']) expect(resolver.get(iso3)?.demonyms).toEqual([]);
  });

  it("never gives a demonym that is another country's spelling", () => {
    for (const country of resolver.all()) {
      for (const demonym of country.demonyms ?? []) {
        expect([null, country.iso3]).toContain(resolver.resolve(demonym));
      }
    }
  });
});
