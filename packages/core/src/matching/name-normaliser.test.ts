import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createNameNormaliser, tokeniseName } from './name-normaliser.js';

const legalForms = readFileSync(
  new URL('../../../../data/matching/org_types_aliases.csv', import.meta.url),
  'utf8',
);
const normaliser = createNameNormaliser(legalForms);
const text = (name: string) => normaliser.normalise(name).text;

describe('tokeniseName(text)', () => {
  it('folds case, accents, punctuation, whitespace and & to plain tokens', () => {
    expect(tokeniseName('  Société   Générale, S.A. ')).toEqual(['societe', 'generale', 'sa']);
    expect(tokeniseName('AT&T Inc.')).toEqual(['at', 'and', 't', 'inc']);
    expect(tokeniseName("Deutsche Bank's AG")).toEqual(['deutsche', 'bank', 'ag']);
    expect(tokeniseName("Al-Qa'ida")).toEqual(['al', 'qaida']);
    expect(tokeniseName('A.B.C. Company')).toEqual(['abc', 'company']);
    expect(tokeniseName('11,420.2-1 CORP.')).toEqual(['11', '420', '2', '1', 'corp']);
    expect(tokeniseName('.,!@#$%^*()')).toEqual([]);
  });

  it('transliterates Cyrillic, Greek and Arabic', () => {
    expect(tokeniseName('Владимир Путин')).toEqual(['vladimir', 'putin']);
    expect(tokeniseName('Ελληνικά Πετρέλαια')).toEqual(['ellinika', 'petrelaia']);
    expect(tokeniseName('شركة').length).toBe(1);
  });

  it('drops symbols and emoji instead of spelling them out as words', () => {
    expect(tokeniseName('🧤 Top Glove Corporation Bhd 🧤')).toEqual(['top', 'glove', 'corporation', 'bhd']);
    expect(tokeniseName('Hoshine® Silicon')).toEqual(['hoshine', 'silicon']);
    expect(tokeniseName('Top Glove™ ℠ © ℗')).toEqual(['top', 'glove']);
    expect(tokeniseName('Acme★Works 👍🏽 👨‍👩‍👧 🇨🇳 🏴󠁧󠁢󠁳󠁣󠁴󠁿 30°')).toEqual(['acme', 'works', '30']);
    expect(tokeniseName('😀')).toEqual([]);
  });

  it('keeps letters of every script and digits beside symbols', () => {
    expect(tokeniseName('Владимир® Путин™')).toEqual(['vladimir', 'putin']);
    expect(tokeniseName('شركة ®')).toEqual(tokeniseName('شركة'));
    expect(tokeniseName('合盛硅业®')).toEqual(tokeniseName('合盛硅业'));
    expect(tokeniseName('⭐ Brigade 44 ⭐')).toEqual(['brigade', '44']);
    // A symbol that stands for letters keeps them (㈱ is the legal form 株).
    expect(tokeniseName('㈱ Ⓐ')).toEqual(tokeniseName('(株) A'));
    // ASCII modifier symbols keep their meaning (the backtick joins like an apostrophe).
    expect(tokeniseName('Qa`ida Café')).toEqual(['qaida', 'cafe']);
  });
});

describe('createNameNormaliser(legalFormsCsv).normalise(name)', () => {
  it('loads the legal-form aliases of the vendored table', () => {
    expect(normaliser.legalForms.forms.size).toBeGreaterThan(1000);
  });

  it('takes out legal forms in many languages and records their class', () => {
    const n = normaliser.normalise('Siemens Aktiengesellschaft');
    expect(n.text).toBe('siemens');
    expect(n.legalForms).toEqual(['ag']);
    expect(n.legalKinds).toEqual(['jsc']);
    expect(text('FABERLIC EUROPE Sp. z o.o.')).toBe('faberlic europe');
    expect(text('OOO Oboronnye Initsiativy')).toBe('oboronnye initsiativy');
    expect(text('ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ "БАЙКАЛ"')).toBe('baykal');
    expect(text('SIS D.O.O.')).toBe('sis');
    expect(text('llc siemens llc')).toBe('siemens');
  });

  it('keeps a word that is a legal form only in brackets', () => {
    // The table's `(yu)` is the Korean `(유)`: the vessel `Liao Dong Yu` keeps its `yu`.
    expect(text('Liao Dong Yu')).toBe('liao dong yu');
    expect(text('Lu Rong Yuan Yu')).toBe('lu rong yuan yu');
    expect(text('유한회사 Hanbit')).toBe('hanbit');
  });

  it('takes out the abbreviations Co, Corp, Ltd, Bhd/Berhad, Sdn, LLC, GmbH, JSC, Pvt, SA, d.o.o.', () => {
    for (const form of [
      'Co',
      'Corp',
      'Ltd',
      'Bhd',
      'Berhad',
      'Sdn Bhd',
      'LLC',
      'GmbH',
      'JSC',
      'Pvt Ltd',
      'SA',
      'd.o.o.',
    ]) {
      expect(text(`Kestrel Works ${form}`)).toBe('kestrel works');
    }
    expect(text('Top Glove Corporation Berhad')).toBe(text('Top Glove Corporation Bhd'));
  });

  it('canonicalises Mfg, Ind, Intl, Tech, Info the same as the spelled-out words', () => {
    expect(text('HOSHINE SILICON IND CO LTD')).toBe(text('Hoshine Silicon Industry Co., Ltd.'));
    expect(text('GIANT MFG CO LTD')).toBe(text('Giant Manufacturing Co., Ltd.'));
    expect(text('Acme Intl Tech Info')).toBe(text('Acme International Technology Information'));
  });

  it('canonicalises the industry words trade data abbreviates: Biotech, Elec, Matls, Whse, Prods, Eqpt, Pharm', () => {
    expect(text('Hunan Nanmo Biotech Co Ltd')).toBe(text('Hunan Nanmo Biotechnology Co., Ltd.'));
    expect(text('Hunan Nanmo Bio-Tech Co Ltd')).toBe(text('Hunan Nanmo Biotechnology Co., Ltd.'));
    expect(text('Hunan Nanmo Bio Technology Co Ltd')).toBe('hunan nanmo biotech');
    expect(text('Xinjiang Shenhuo Coal & Elec Co Ltd')).toBe(
      text('Xinjiang Shenhuo Coal and Electricity Co., Ltd.'),
    );
    expect(text('Acme Electrical')).toBe(text('Acme Electric'));
    expect(text('Anhui Xinya New Matls Co Ltd')).toBe(text('Anhui Xinya New Materials Co., Ltd.'));
    expect(text('Fujian Minlong Whse Co Ltd')).toBe(text('Fujian Minlong Warehousing Co., Ltd.'));
    expect(text('Xinjiang Tengxiang Magnesium Prods Co Ltd')).toBe(
      text('Xinjiang Tengxiang Magnesium Products Co., Ltd.'),
    );
    expect(text('Acme Mining Eqpt')).toBe(text('Acme Mining Equipment'));
    expect(text('Acme Pharm Co')).toBe(text('Acme Pharmaceutical Co., Ltd.'));
    expect(text('Acme Agric Dev')).toBe(text('Acme Agricultural Development'));
  });

  it('canonicalises the trade words manifests shorten: Tex, Trdg, Mach, Acc', () => {
    expect(text('GUANGDONG ESQUEL TEX CO LTD')).toBe(text('Guangdong Esquel Textile Co., Ltd.'));
    expect(text('Acme Textiles')).toBe(text('Acme Textile'));
    expect(text('GANSU YASHENG INTL TRDG CO LTD')).toBe(
      text('Gansu Yasheng International Trading Co., Ltd.'),
    );
    expect(text('Shandong Laiyang Heavy Duty Mach Factory')).toBe(
      text('Shandong Laiyang Heavy Duty Machinery Factory'),
    );
    expect(text('Xuzhou Forging and Pressing Machine Works')).toBe(
      text('Xuzhou Forging and Pressing Mach Works'),
    );
    expect(text('HETIAN HAOLIN HAIR ACC CO LTD')).toBe(text('Hetian Haolin Hair Accessories Co., Ltd.'));
    expect(text('Hetian Haolin Hair Accs')).toBe(text('Hetian Haolin Hair Accessory'));
  });

  it('reads a spelled-out word that an abbreviation stands for with one letter missing or wrong', () => {
    expect(text('Giant Manufaturing Co., Ltd.')).toBe(text('Giant Manufacturing Co., Ltd.'));
    expect(text('Giant Manufaaturing Co., Ltd.')).toBe(text('GIANT MFG CO LTD'));
    expect(text('Esquel China Holdngs Limited')).toBe(text('Esquel China Holdings Limited'));
    expect(text('Fujian Minlong Warehusing Co., Ltd.')).toBe(text('Fujian Minlong Warehousing Co., Ltd.'));
    expect(text('Anhui Yaozhiyuan Biotechnology Develpment')).toBe(
      text('Anhui Yaozhiyuan Biotechnology Development'),
    );
    expect(text('Hefei Bitland Inforation Technology')).toBe(text('Hefei Bitland Information Technology'));
  });

  it('keeps apart words one letter from a spelled-out word near their start, or in a word of eight', () => {
    // Another first or second letter; a wrong letter in a word of eight or fewer letters.
    expect(text('Rational Bank')).toBe('rational bank');
    expect(text('Notional Capital')).toBe('notional capital');
    expect(text('Maternal Hospital')).toBe('maternal hospital');
    expect(text('Acme Produce')).toBe('acme produce');
    // The same word in another language is still the word.
    expect(text('Acme Industriel')).toBe(text('Acme Industrial'));
  });

  it('reads Tex, Mach and Acc as written at a name’s start, where they are names or initials', () => {
    expect(text('Tex Ritter')).toBe('tex ritter');
    expect(text('Mach Energy')).toBe('mach energy');
    expect(text('ACC Limited')).toBe('acc');
  });

  it('keeps apart the words an abbreviation does not stand for', () => {
    // Electronics is another industry than electricity; `prod` may be products or production; `bio`
    // alone is not biotechnology.
    expect(text('Acme Electronics')).not.toBe(text('Acme Electric'));
    expect(text('Acme Elec')).not.toBe(text('Acme Electronics'));
    expect(text('Acme Production')).not.toBe(text('Acme Products'));
    expect(text('Acme Bio Foods')).toBe('acme bio foods');
    expect(text('Acme Bio')).not.toBe(text('Acme Biotech'));
    // `Log` is timber as often as logistics.
    expect(text('Henan Yumian Log Co Ltd')).not.toBe(text('Henan Yumian Logistics Co., Ltd.'));
  });

  it('reads GRP as Group after a name’s first word, and as initials at its start', () => {
    expect(text('ESQUEL GRP')).toBe(text('Esquel Group'));
    expect(text('Kashgar Construction Engineering Grp Co Ltd')).toBe('kashgar construction eng group');
    // Glass-reinforced plastic, not a group.
    expect(text('GRP Pipes Ltd')).toBe('grp pipes');
  });

  it('reads Chinese: legal forms, translated industry words, pinyin joined per word', () => {
    expect(text('新疆中泰化学股份有限公司')).toBe(text('Xinjiang Zhongtai Chemical Co., Ltd.'));
    expect(text('新疆中泰化学股份有限公司')).toBe('xinjiang zhongtai chem');
    for (const form of ['有限公司', '有限责任公司', '股份有限公司'])
      expect(text(`中泰${form}`)).toBe('zhongtai');
    expect(text('新疆天山纺织服装集团有限公司')).toBe('xinjiang tianshan textile apparel group');
    expect(text('天山分公司')).toBe('tianshan branch');
    expect(text('新疆生产建设兵团')).toBe('xinjiang production and construction corps');
  });

  it('converts Traditional Chinese to Simplified first', () => {
    expect(text('新疆中泰化學股份有限公司')).toBe(text('新疆中泰化学股份有限公司'));
  });

  it('does not invent brand romanisations that are not pinyin', () => {
    expect(text('合盛硅业')).toBe('hesheng silicon ind');
  });

  it('reads number words as digits and drops a leading "the"', () => {
    expect(text('Brigade Forty-Four')).toBe('brigade 44');
    expect(text('The Coca-Cola Company')).toBe('coca cola');
  });

  it('reads roman series numerals as digits, the ambiguous ones only at the end', () => {
    expect(text('Blackstone Real Estate Partners IV L.P.')).toBe('blackstone real estate partners 4');
    expect(text('KKR North America Fund XIII L.P.')).toBe('kkr north america fund 13');
    expect(text('Citigroup Capital Trust I')).toBe('citigroup capital trust 1');
    expect(text('Xi Jin Trading')).toBe('xi jin trading');
    expect(text('Shan Xi Jin Mining')).toBe('shan xi jin mining');
    expect(text('Zhang Wei Xi')).toBe('zhang wei xi');
    expect(text('Vision V Mart')).toBe('vision v mart');
    expect(text('IX Holdings')).toBe('ix hldg');
  });

  it('treats words that are also JavaScript property names as plain words', () => {
    expect(text('Constructor Tostring Hasownproperty Trading')).toBe(
      'constructor tostring hasownproperty trading',
    );
    expect(normaliser.normalise('constructor toString __proto__').tokens).toEqual([
      'constructor',
      'tostring',
      'proto',
    ]);
  });

  it('keeps a name made only of legal-form words', () => {
    expect(text('Company')).toBe('company');
  });
});

describe('createNameNormaliser(legalFormsCsv).normalise(vessel name)', () => {
  it('drops a vessel prefix written with a slash in front of a name', () => {
    expect(text('F/V DA WANG')).toBe('da wang');
    expect(text('f / v Hua Li 8')).toBe('hua li 8');
    expect(text('M/V Hellenic Spirit')).toBe('hellenic spirit');
    expect(text('S/V Liao Dong Yu 571')).toBe('liao dong yu 571');
    expect(text('F/V Hualong')).toBe('hualong');
    expect(normaliser.normalise('F/V Da Wang').allTokens).toEqual(['da', 'wang']);
  });

  it('drops the words that introduce another name of an entity', () => {
    expect(text('also known as Dongguan Oasis Shoe Industry Co., Ltd.')).toBe('dongguan oasis shoe ind');
    expect(text('FORMERLY KNOWN AS 841 COTTON TRANSFER WAREHOUSE')).toBe('841 cotton transfer warehouse');
    expect(text('a.k.a. Hoshine Silicon')).toBe('hoshine silicon');
    expect(text('f/k/a: Tianjin Sanhe Fruit and Vegetable')).toBe('tianjin sanhe fruit and vegetable');
    // Bare initials may be a company's own.
    expect(text('AKA Holdings')).toBe('aka hldg');
    // Indian vendor records address a company as M/s or Messrs, and write Private Limited as (P) Ltd.
    expect(text('M/s Natchi Apparel')).toBe('natchi apparel');
    expect(text('M/S. NATCHI APPAREL')).toBe('natchi apparel');
    expect(text('Messrs. Natchi Apparel (P) Ltd')).toBe('natchi apparel');
  });

  it('drops the prefix spelled out as the orders write it', () => {
    expect(text('Fishing Vessel: Da Wang 1')).toBe('da wang 1');
    expect(text('FISHING VESSEL DA WANG 1')).toBe('da wang 1');
    expect(text('Vessel: Hua Li 8')).toBe('hua li 8');
    // Not a prefix: a vessel maker's name, or the words alone.
    expect(text('Vessel Fabrication Inc')).toBe('vessel fabrication');
    expect(normaliser.normalise('Fishing Vessel').tokens).toHaveLength(2);
  });

  it('drops a prefix written with dots or bare only when two words of name follow', () => {
    expect(text('F.V. Da Wang')).toBe('da wang');
    expect(text('M.V.Hellenic Spirit')).toBe('hellenic spirit');
    expect(text('FV Zhen Fa 7')).toBe('zhen fa 7');
    expect(text('MV Hellenic Spirit')).toBe('hellenic spirit');
    // One word after it: the letters may be a company's initials.
    expect(text('MV Holdings Ltd')).toBe('mv hldg');
    expect(text('M.V. Traders')).toBe('mv traders');
    expect(text('FV Hualong')).toBe('fv hualong');
    // Not a prefix: letters run on, the prefix stands elsewhere, or bare SV.
    expect(text('FVC Da Wang')).toBe('fvc da wang');
    expect(text('F.Vessel Da Wang')).toBe('fvessel da wang');
    expect(text('Da Wang F/V Fishing')).toBe('da wang f v fishing');
    expect(text('SV Da Wang')).toBe('sv da wang');
    // A prefix alone is kept as the name.
    expect(normaliser.normalise('F/V').tokens).toHaveLength(2);
  });

  it('reads No. 7, NO.7, No 7, #7 and № 7 as the number 7 alone', () => {
    for (const q of [
      'ZHEN FA NO.7',
      'Zhen Fa No. 7',
      'Zhen Fa No 7',
      'ZHEN FA #7',
      'Zhen Fa # 7',
      'Zhen Fa № 7',
    ]) {
      expect({ q, text: text(q) }).toEqual({ q, text: 'zhen fa 7' });
    }
    expect(text('FV Da Wang No. 1')).toBe('da wang 1');
    expect(text('Hua Li No. Eight')).toBe('hua li 8');
    // `no` before anything but a number is a word.
    expect(text('No Frills Trading')).toBe('no frills trading');
    expect(text('Zhen Fa No')).toBe('zhen fa no');
    expect(text('Nova 7')).toBe('nova 7');
    expect(text('No. 1 Garment Factory')).toBe('1 garment factory');
  });
});
