import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createNameNormaliser } from './name-normaliser.js';
import { prepareName, SCORE_SETTINGS, scoreNames, scorePrepared } from './name-score.js';
import { stoplistWeight } from './token-weights.js';

const normaliser = createNameNormaliser(
  readFileSync(new URL('../../../../data/matching/org_types_aliases.csv', import.meta.url), 'utf8'),
);
const score = (a: string, b: string) => scoreNames(a, b, normaliser).score;
const { threshold } = SCORE_SETTINGS;

describe('scoreNames(a, b, normaliser)', () => {
  it('matches the spellings supplier data uses for a listed name', () => {
    expect(score('Top Glove Corporation Berhad', 'Top Glove Corporation Bhd')).toBe(1);
    expect(score('HOSHINE SILICON IND CO LTD', 'Hoshine Silicon Industry Co., Ltd.')).toBe(1);
    expect(score('GIANT MFG CO LTD', 'Giant Manufacturing Co., Ltd.')).toBe(1);
    expect(score('ESQUEL GRP', 'Esquel Group')).toBe(1);
    expect(score('Silicon Hoshine Industry', 'Hoshine Silicon Industry Co., Ltd.')).toBe(1);
    expect(score('Hoshin Silicon Industry', 'Hoshine Silicon Industry Co., Ltd.')).toBeGreaterThanOrEqual(
      threshold,
    );
  });

  it('matches a Chinese name with its English listing', () => {
    expect(score('新疆中泰化学股份有限公司', 'Xinjiang Zhongtai Chemical Co., Ltd.')).toBeGreaterThanOrEqual(
      threshold,
    );
    expect(score('新疆中泰化學股份有限公司', 'Xinjiang Zhongtai Chemical Co., Ltd.')).toBeGreaterThanOrEqual(
      threshold,
    );
  });

  it('does not match a brand whose romanisation is not pinyin without an alias', () => {
    expect(score('合盛硅业股份有限公司', 'Hoshine Silicon Industry Co., Ltd.')).toBeLessThan(threshold);
  });

  it('never matches on common words alone', () => {
    for (const listed of [
      'Xinjiang Zhongtai Chemical Co., Ltd.',
      'Xinjiang Daqo New Energy Co., Ltd.',
      'Xinjiang Production and Construction Corps',
      'Xinjiang Energy',
    ]) {
      expect(score('Xinjiang Trading Co', listed)).toBeLessThan(threshold);
      expect(score('Xinjiang Industrial Trading Co., Ltd.', listed)).toBeLessThan(threshold);
    }
    const why = scoreNames('Xinjiang Trading Co', 'Xinjiang Energy Trading', normaliser).why.map(
      (w) => w.code,
    );
    expect(why).toContain('common_words_only');
  });

  it('does not match on Chinese syllables alone', () => {
    // A surname or a syllable of countless names: `Wang Ltd` is not the vessel `Da Wang`.
    expect(score('Wang Ltd', 'Da Wang')).toBeLessThan(threshold);
    expect(score('Li Trading Co', 'Hua Li 8')).toBeLessThan(threshold);
    expect(scoreNames('Wang Ltd', 'Da Wang', normaliser).why.map((w) => w.code)).toContain('syllables_only');
    // Two syllables, when the listed name has more of its own: its hull number, another word.
    expect(score('Hua Li Garment Factory', 'Hua Li 8')).toBeLessThan(threshold);
    expect(score('Zhen Fa 8', 'Zhen Fa 7')).toBeLessThan(threshold);
    expect(score('Lu Rong Co', 'Lu Rong Yuan Yu')).toBeLessThan(threshold);
    // Run together, the syllables meet the same rules (大王 is a brand of countless companies) …
    expect(score('DAWANG FOODS CO LTD', 'Da Wang')).toBeLessThan(threshold);
    // … and a number is only ever equal to itself (`88` is no initial of `8`).
    expect(score('Hua Li 88', 'Hua Li 8')).toBeLessThan(threshold);
    // The whole name still matches, and so do three syllables or a word that is not a syllable.
    expect(score('Da Wang', 'Da Wang')).toBe(1);
    expect(score('Zhen Fa 7', 'Zhen Fa 7')).toBe(1);
    expect(score('Lu Rong Yuan', 'Lu Rong Yuan Yu')).toBeGreaterThanOrEqual(threshold);
    expect(score('Hikvision', 'Hikvision Digital')).toBeGreaterThanOrEqual(threshold);
  });

  it('does not match on a place or a common word alone when the listed name has a word of its own', () => {
    // Ninghai is a county (宁海县), Dongguan a city; shoes, glove and fashion are common words: the listed
    // name's own word (Huafu, Oasis, Top) is what tells it from the thousands of others.
    expect(score('Ninghai Textile Co', 'Ninghai Huafu Textile')).toBeLessThan(threshold);
    expect(score('Dongguan Shoes Co., Ltd.', 'Dongguan Oasis Shoes Co., Ltd.')).toBeLessThan(threshold);
    expect(score('Glove Corporation Sdn Bhd', 'Top Glove Corporation Bhd')).toBeLessThan(threshold);
    // Nor when the name adds a qualifier of its own to common words (another company than Top Glove).
    expect(score('Top Quality Glove Sdn Bhd', 'Top Glove Corporation Bhd')).toBeLessThan(threshold);
    expect(score('Top Medic Glove Sdn Bhd', 'Top Glove Corporation Bhd')).toBeLessThan(threshold);
    expect(score('Fashion Ltd', 'Huafu Fashion Co.')).toBeLessThan(threshold);
    expect(
      scoreNames('Ninghai Textile Co', 'Ninghai Huafu Textile', normaliser).why.map((w) => w.code),
    ).toContain('own_word_missing');
    // With one common English word in common, any word of the listed name left out but its place and trade.
    expect(score('Great Energy Inc.', 'Xinjiang Great New Energy Co., Ltd.')).toBe(SCORE_SETTINGS.commonCap);
    expect(score('Tianjin Casting Factory', 'Tianjin Iron Casting Factory')).toBe(SCORE_SETTINGS.commonCap);
    // The listed name whole but for its place still matches.
    expect(score('Great New Energy Co', 'Xinjiang Great New Energy Co., Ltd.')).toBeGreaterThanOrEqual(
      threshold,
    );
    // The listed name's own word still matches alone, and a name with nothing of its own left out still
    // matches; common words without the listed name's place (a city, not a region) are a possible match.
    expect(score('Huafu Ltd', 'Huafu Fashion Co.')).toBeGreaterThanOrEqual(threshold);
    expect(score('Ocean Fishing Co Ltd', 'Dalian Ocean Fishing')).toBe(SCORE_SETTINGS.leadCap);
    expect(score('Top Glove Sdn Bhd', 'Top Glove Corporation Bhd')).toBeGreaterThanOrEqual(threshold);
    // A name's last word is most often its trade: the listed name's own word (Oasis) is there.
    expect(score('Dongguan Oasis Co Ltd', 'Dongguan Oasis Shoes Co., Ltd.')).toBeGreaterThanOrEqual(
      threshold,
    );
    // A number in common says which one it is (the warehouse of the 841 Cotton Transfer Warehouse).
    expect(
      score('Shihezi 841 Cotton Transfer Warehouse', '841 Cotton Transfer Warehouse'),
    ).toBeGreaterThanOrEqual(threshold);
    // Equal once spaces are removed is the same name, whatever its words.
    expect(score('YUNNAN1ST PRISON', 'Yunnan 1st Prison')).toBeGreaterThanOrEqual(threshold);
  });

  it('does not match on one place and common words when the listed name has a name of its own', () => {
    // Akesu (Aksu) and Hetian are places, yarn, hair and accessories common words: a yarn company in Aksu is
    // not the listed Huafu one, however many such words agree.
    expect(score('Akesu Yarn Co', 'Akesu Huafu Melange Yarn Co., Ltd.')).toBeLessThan(threshold);
    expect(score('Hetian Hair Accessories Co', 'Hetian Haolin Hair Accessories Co., Ltd.')).toBeLessThan(
      threshold,
    );
    expect(
      scoreNames('Akesu Yarn Co', 'Akesu Huafu Melange Yarn Co., Ltd.', normaliser).why.map((w) => w.code),
    ).toContain('own_word_missing');
    // With the listed name's own name the place and trade words add to it.
    expect(score('Akesu Huafu Yarn', 'Akesu Huafu Melange Yarn Co., Ltd.')).toBeGreaterThanOrEqual(threshold);
    expect(score('Akesu Huafu', 'Akesu Huafu Melange Yarn Co., Ltd.')).toBeGreaterThanOrEqual(threshold);
    // A word left out that is a common word qualifies the trade, it does not name the company (Zinc).
    expect(
      score('Changsha Jiulong Oxide Factory', 'Changsha Jiulong Zinc Oxide Factory'),
    ).toBeGreaterThanOrEqual(threshold);
    // Two places in common: one is as often a trade name (Yintai, also a district of Tongchuan).
    expect(
      score('Binzhou Yintai Industrial Co Ltd', 'Binzhou Chinatex Yintai Industrial Co., Ltd.'),
    ).toBeGreaterThanOrEqual(threshold);
  });

  it("gives a name with the listed name's place replaced, however common the place, a possible match", () => {
    const lead = (a: string, b: string) => {
      const d = scoreNames(a, b, normaliser);
      return { score: d.score, codes: d.why.map((w) => w.code).filter((c) => c === 'place_differs') };
    };
    for (const [a, b] of [
      ['Jinan Forging and Pressing Machine Works', 'Xuzhou Forging and Pressing Machine Works'],
      ['Hebei Pipe Fitting Factory', 'Tianjin Pipe Fitting Factory'],
      [
        'Shanghai Nonferrous Metals Industry Group Co Ltd',
        'Xinjiang Nonferrous Metals Industry Group Co., Ltd.',
      ],
      // A name of its own in common does not make the other place the listed one's.
      ['Harbin Xinsheng (New Life) Rubber Factory', 'Shenyang Xinsheng (New Life) Rubber Factory'],
    ] as const) {
      expect({ a, ...lead(a, b) }).toEqual({ a, score: SCORE_SETTINGS.leadCap, codes: ['place_differs'] });
    }
    // The same place, or the place moved, still matches.
    expect(score('Tianjin Pipe Fitting Factory', 'Tianjin Pipe Fitting Factory')).toBe(1);
    expect(score('Pipe Fitting Factory (Tianjin)', 'Tianjin Pipe Fitting Factory')).toBeGreaterThanOrEqual(
      threshold,
    );
  });

  it("gives common words without the listed name's place a possible match, not a name of its own", () => {
    for (const [a, b] of [
      ['Pipe Fitting Factory', 'Tianjin Pipe Fitting Factory'],
      ['Forging and Pressing Machine Works', 'Xuzhou Forging and Pressing Machine Works'],
      ['No. 2 Printing Plant', 'Tianjin No. 2 Printing Plant'],
      ['Model Prison', 'Chengdu Model Prison'],
    ] as const) {
      expect({ a, score: score(a, b) }).toEqual({ a, score: SCORE_SETTINGS.leadCap });
    }
    // A name of its own (Minlong), or another place of the listed name's (Laiyang, a city of Shandong),
    // makes the place left out a shorter spelling; so does a region left out (Xinjiang).
    expect(
      score('Minlong Warehousing Co., Ltd.', 'Fujian Minlong Warehousing Co., Ltd.'),
    ).toBeGreaterThanOrEqual(threshold);
    expect(
      score('Laiyang Heavy Duty Machinery Factory', 'Shandong Laiyang Heavy Duty Machinery Factory'),
    ).toBeGreaterThanOrEqual(threshold);
    expect(score('Energy Real Estate', 'Xinjiang Energy Real Estate')).toBeGreaterThanOrEqual(threshold);
  });

  it("gives common words without the listed name's number a possible match, not a vessel's last number", () => {
    const r = scoreNames('Cotton Transfer Warehouse', '841 Cotton Transfer Warehouse', normaliser);
    expect(r.score).toBe(SCORE_SETTINGS.leadCap);
    expect(r.why.find((w) => w.code === 'own_word_missing')?.detail).toContain('number');
    expect(score('841 Cotton Transfer Warehouse', '841 Cotton Transfer Warehouse')).toBe(1);
    // A number at the end may be a renamed vessel's.
    expect(score('Victory', 'Victory 3')).toBeGreaterThanOrEqual(threshold);
  });

  it('takes a listed unit number after No. for a word of its own when only places and common words are shared', () => {
    // Tianjin is a city, printing and plant are common words: the No. 2 is what tells this plant from the others.
    expect(score('Tianjin Printing Co', 'Tianjin No. 2 Printing Plant')).toBeLessThan(threshold);
    expect(score('Tianjin Printing Plant', 'Tianjin No. 2 Printing Plant')).toBeLessThan(threshold);
    expect(score('Tianjin Printing Plant No 2', 'Tianjin No. 2 Printing Plant')).toBeGreaterThanOrEqual(
      threshold,
    );
    expect(score('Tianjin No.2 Printing', 'Tianjin No. 2 Printing Plant')).toBeGreaterThanOrEqual(threshold);
    // A bare number may be a renamed vessel's: it is not read so.
    expect(score('Tianjin Printing Plant', 'Tianjin Printing Plant 2')).toBeGreaterThanOrEqual(threshold);
  });

  it("does not match on initials the list does not give beside a word of the name's own", () => {
    // RMG (ready-made garments) is the initials of Rizhao Meijia Group, an alias the UFLPA list gives; the
    // list never gives RMG itself.
    for (const q of ['RMG Apparel Ltd', 'Dhaka RMG Ltd', 'Factory RMG', 'PLA Hospital']) {
      const listed = q.startsWith('PLA') ? "People's Liberation Army" : 'Rizhao Meijia Group';
      expect({ q, score: score(q, listed) }).toEqual({ q, score: SCORE_SETTINGS.commonCap });
    }
    expect(scoreNames('RMG Apparel Ltd', 'Rizhao Meijia Group', normaliser).why.map((w) => w.code)).toContain(
      'initials_only',
    );
    // The initials as the whole name, or beside the country of the organisation's arm, still stand for it.
    expect(score('PLA', "People's Liberation Army")).toBe(1);
    expect(score('PLA China', "People's Liberation Army")).toBeGreaterThanOrEqual(threshold);
    expect(score('RMG Co Ltd', 'Rizhao Meijia Group')).toBeGreaterThanOrEqual(threshold);
    // Initials the list gives are a word of the listed name like any other.
    expect(score('RMG Apparel Ltd', 'RMG Apparel')).toBe(1);
    expect(score("People's Liberation Army", 'PLA')).toBe(1);
  });

  it('reads Co., Ltd., Ltd and Limited as one kind of legal form', () => {
    // 股份有限公司 (a joint-stock company) romanises to `co ltd`; in Latin script `Co., Ltd.` is a limited company.
    expect(score('XINJIANG ZHONGTAI CHEMICAL LIMITED', 'Xinjiang Zhongtai Chemical Co., Ltd.')).toBe(1);
    expect(score('TOP GLOVE CO LTD', 'Top Glove Corporation Bhd')).toBe(1);
  });

  it('does not match on two initials alone', () => {
    // `HY Solar` is a listed alias; Hai Yang, Hua Yi and Hami Yarn are other companies with those initials.
    expect(score('Hai Yang Co Ltd', 'HY Solar')).toBeLessThan(threshold);
    expect(score('Hua Yi Co Ltd', 'HY Solar')).toBeLessThan(threshold);
    // Three initials and more still stand for a name.
    expect(score('PLA', "People's Liberation Army")).toBeGreaterThanOrEqual(threshold);
  });

  it('weighs a Chinese province or city as a common word', () => {
    expect(score('DALIAN FOODS CO LTD', 'Dalian Sunspeed Foods Co., Ltd.')).toBeLessThan(threshold);
    expect(score('Inner Mongolia Food Co Ltd', 'Inner Mongolia Xuanda Food Co., Ltd.')).toBeLessThan(
      threshold,
    );
    expect(score('Sunspeed Foods', 'Dalian Sunspeed Foods Co., Ltd.')).toBeGreaterThanOrEqual(threshold);
  });

  it('needs an exact match for an entry made only of common words', () => {
    expect(score('XINJIANG ENERGY CO LTD', 'Xinjiang Energy')).toBeGreaterThanOrEqual(threshold);
    expect(score('Xinjiang Energy Technology Co', 'Xinjiang Energy')).toBeLessThan(threshold);
    expect(score('Xinjiang Energies', 'Xinjiang Energy')).toBeLessThan(threshold);
  });

  it('takes names that differ only in words of the kind of organisation or of a country for a possible match', () => {
    const { organisationWordsFloor } = SCORE_SETTINGS;
    // The listed group's holding or enterprises, or its arm in a country: worth checking, not a match.
    expect(score('Esquel Enterprises Ltd', 'Esquel Group')).toBe(organisationWordsFloor);
    expect(score('Esquel Holdings International', 'Esquel Group')).toBe(organisationWordsFloor);
    expect(organisationWordsFloor).toBeGreaterThanOrEqual(0.65);
    expect(organisationWordsFloor).toBeLessThan(threshold);
    expect(scoreNames('Esquel Enterprises Ltd', 'Esquel Group', normaliser).why.map((w) => w.code)).toContain(
      'organisation_words_differ',
    );
    // A country among the name's words, read by the country resolver.
    const resolveCountry = (t: string) => ({ malaysia: 'MYS', chile: 'CHL', mexico: 'MEX' })[t] ?? null;
    const hoshine = (a: string) =>
      scoreNames(a, 'Hoshine Silicon Industry Co., Ltd.', normaliser, { resolveCountry }).score;
    expect(hoshine('Hoshine Silicon (Malaysia) Sdn Bhd')).toBe(organisationWordsFloor);
    expect(score('Hoshine Silicon (Malaysia) Sdn Bhd', 'Hoshine Silicon Industry Co., Ltd.')).toBeLessThan(
      organisationWordsFloor,
    );
    // Two countries, one in each name, are two arms of a group.
    const santander = scoreNames('Banco Santander México S.A.', 'Banco Santander Chile S.A.', normaliser, {
      resolveCountry,
    });
    expect(santander.score).toBeLessThan(0.65);
    // The same words still score 1, and another word (systems, textile), a common English word as the only
    // word in common, or a word spelt otherwise keep the score they have.
    expect(score('Esquel Group Ltd', 'Esquel Group')).toBe(1);
    expect(score('BAE Systems, Inc.', 'BAE Industries, Inc.')).toBeLessThan(0.65);
    expect(score('Esquel Textile Ltd', 'Esquel Group')).toBeLessThan(0.65);
    expect(score('Great Enterprises Ltd', 'Great Group')).toBeLessThan(0.65);
    expect(score('Esquell Enterprises Ltd', 'Esquel Group')).toBeLessThan(0.65);
    // A legal form of another class still takes its penalty off.
    expect(score('Esquel Enterprises AG', 'Esquel Group GmbH')).toBeLessThan(0.65);
  });

  it('lets a distinctive word outweigh common ones', () => {
    expect(score('Zhongtai Trading', 'Xinjiang Zhongtai Trading Co')).toBeGreaterThan(
      score('Xinjiang Trading', 'Xinjiang Zhongtai Trading Co'),
    );
  });

  it('is symmetric, deterministic and within 0–1', () => {
    const pairs: [string, string][] = [
      ['Deutsche Bank AG', 'Deutsche Bank'],
      ['Lianfa Textile', 'Lianfa Textile Printing and Dyeing Co., Ltd.'],
      ['Acme', 'Zenith Holdings'],
    ];
    for (const [a, b] of pairs) {
      const s = score(a, b);
      expect(s).toBe(score(b, a));
      expect(s).toBe(score(a, b));
      expect(s).toBeGreaterThanOrEqual(0);
      expect(s).toBeLessThanOrEqual(1);
    }
  });

  it('penalises legal forms of different classes and different extra words', () => {
    expect(score('Deutsche Bank AG', 'Deutsche Bank GmbH')).toBeLessThan(threshold);
    expect(score('Bank of Armenia Corporation', 'Bank of America Corporation')).toBeLessThan(threshold);
  });

  it('reads run-together words, acronyms and number words', () => {
    expect(score('SiemensAG', 'Siemens AG')).toBeGreaterThanOrEqual(threshold);
    expect(score('Goodwill Company', 'Good Will Company')).toBeGreaterThanOrEqual(threshold);
    expect(score('PLA', 'People’s Liberation Army')).toBeGreaterThanOrEqual(threshold);
    expect(score('Brigade Forty-Four', 'Brigade 44')).toBe(1);
  });

  it('forgives one slip in a short word beside a word that agrees exactly, not alone', () => {
    expect(score('CVC Health Corporation', 'CVS Health Corporation')).toBeGreaterThanOrEqual(threshold);
    expect(score('Fjord Motor Company', 'Ford Motor Company')).toBeGreaterThanOrEqual(threshold);
    expect(score('Mercedes-Benn Group AG', 'Mercedes-Benz Group AG')).toBeGreaterThanOrEqual(threshold);
    expect(score('Snow', 'Snoe')).toBeLessThan(threshold);
    expect(score('Snow Trading', 'Snoe Trading')).toBeLessThan(threshold);
    expect(score('ACME Health', 'ACID Health')).toBeLessThan(threshold);
  });

  it('aligns words that sound alike only when they keep most of their spelling', () => {
    // Spellings of one word: the same Double Metaphone code and more than half the letters in place.
    expect(score('Saddam Husayn', 'Saddam Hussein')).toBeGreaterThanOrEqual(threshold);
    expect(score('Serej Lavrov', 'Sergey Lavrov')).toBeGreaterThanOrEqual(threshold);
    expect(score('China Baowei Steel Group', 'China Baowu Steel Group')).toBeGreaterThanOrEqual(threshold);
    // The same consonants in different words: `kanghua` / `kwong` (KNK), `marquez` / `marcos` (MRKS).
    expect(score('Kanghua Industrial', 'Kwong Industrial')).toBeLessThan(threshold);
    expect(score('Ferdinand Marquez', 'Ferdinand Marcos')).toBeLessThan(threshold);
    const why = scoreNames('Kanghua Industrial', 'Kwong Industrial', normaliser).why.map((w) => w.code);
    expect(why).toContain('unmatched_query');
  });

  it('weighs a changed series numeral as a number', () => {
    expect(score('Carlyle Partners VII L.P.', 'Carlyle Partners VIII L.P.')).toBeGreaterThanOrEqual(
      threshold,
    );
    expect(score('Carlyle Partners VII L.P.', 'Carlyle Partners VII L.P.')).toBe(1);
  });

  it('explains the score', () => {
    const { why } = scoreNames('Hoshine Silicon Ind', 'Hoshin Silicon Industry Co., Ltd.', normaliser);
    const codes = why.map((w) => w.code);
    expect(codes).toContain('aligned');
    expect(why.some((w) => w.detail.includes('hoshine ~ hoshin'))).toBe(true);
  });

  it('applies the country signal when both countries resolve', () => {
    const resolveCountry = (t: string) => ({ MY: 'MYS', MYS: 'MYS', Malaysia: 'MYS', CN: 'CHN' })[t] ?? null;
    const base = scoreNames('Top Glove Corp', 'Top Glove Corporation Bhd', normaliser, { resolveCountry });
    const agree = scoreNames('Top Glove Corp', 'Top Glove Corporation Bhd', normaliser, {
      resolveCountry,
      countryA: 'MY',
      countryB: 'Malaysia',
    });
    const differ = scoreNames('Top Glove Corp', 'Top Glove Corporation Bhd', normaliser, {
      resolveCountry,
      countryA: 'CN',
      countryB: 'MYS',
    });
    expect(agree.score).toBeGreaterThanOrEqual(base.score);
    expect(differ.score).toBeLessThan(base.score);
    expect(differ.why.map((w) => w.code)).toContain('country_differs');
  });

  it('does not match on two Chinese syllables when each name has a trade word the other lacks', () => {
    const why = scoreNames('Hua Sheng Garment Factory', 'Hua Sheng Knitting Factory', normaliser);
    expect(why.score).toBe(SCORE_SETTINGS.commonCap);
    expect(why.why.map((w) => w.code)).toContain('syllables_only');
    // The same trade, or a name of its own in common, still matches.
    expect(score('Hua Sheng Knitting Co', 'Hua Sheng Knitting Factory')).toBeGreaterThanOrEqual(threshold);
    expect(score('Huafu Garment Factory', 'Huafu Knitting Factory')).toBeGreaterThan(
      SCORE_SETTINGS.commonCap,
    );
  });

  it('gives a company a possible match, not a match, to a listed one with a name word of its own besides', () => {
    const r = scoreNames('PT Sinar Jaya', 'PT Sinar Jaya Abadi', normaliser);
    expect(r.score).toBe(SCORE_SETTINGS.leadCap);
    expect(r.why.map((w) => w.code)).toContain('own_name_missing');
    // The listed name whole still matches; so does a listed name with its trade or a common word besides.
    expect(score('PT Sinar Jaya Abadi', 'PT Sinar Jaya Abadi')).toBe(1);
    expect(score('Huafu Ltd', 'Huafu Fashion Co.')).toBeGreaterThanOrEqual(threshold);
    // People's names (no legal form) often leave a middle or last name out: no cap.
    expect(score('Sinar Jaya', 'Sinar Jaya Abadi')).toBeGreaterThan(SCORE_SETTINGS.leadCap);
    // A country's name is not a name word of its own (`Deutsche Bank (Schweiz) AG`).
    const resolveCountry = (t: string) => (t === 'schweiz' ? 'CHE' : null);
    expect(
      scoreNames('Deutsche Bank AG', 'Deutsche Bank (Schweiz) AG', normaliser, { resolveCountry }).score,
    ).toBeGreaterThanOrEqual(threshold);
  });

  it('gives a company with a name word of its own besides a listed common name a possible match', () => {
    // `Union` is a common English word: `Union Kogyo Seiki` may be another company than `Union Kogyo`.
    const r = scoreNames('Union Kogyo Seiki Co Ltd', 'Union Kogyo Co., Ltd.', normaliser);
    expect(r.score).toBe(SCORE_SETTINGS.leadCap);
    expect(r.why.find((w) => w.code === 'own_name_missing')?.detail).toContain('seiki');
    expect(score('Union Kogyo Co Ltd', 'Union Kogyo Co., Ltd.')).toBe(1);
    // A listed name of words of its own with a word added is more often its arm; an activity word
    // added (`trading`) is what a group's companies share, not a name of another's.
    expect(score('Deutsche Bank Schweiz AG', 'Deutsche Bank AG')).toBeGreaterThanOrEqual(threshold);
    expect(score('Top Gloves Trading Sdn Bhd', 'Top Glove Corporation Bhd')).toBeGreaterThanOrEqual(
      threshold,
    );
  });

  it("reads a listed name's slipped legal form as one, not as a word of its own", () => {
    // `Joynt Stock` is `Joint Stock` with a slip: the names are the same.
    expect(
      score(
        'TACTICAL MISSILES CORPORATION JOINT STOCK COMPANY',
        'TACTICAL MISSILES CORPORATION JOYNT STOCK COMPANY',
      ),
    ).toBeGreaterThanOrEqual(threshold);
    expect(score('Rare Earth Group Holdings', 'Rare Earth Magnesium Technology Group Holdings, Ltd.')).toBe(
      SCORE_SETTINGS.commonCap,
    );
  });

  it('counts Hong Kong and Macao as part of China, as the lists do, neither agreeing nor differing', () => {
    const resolveCountry = (t: string) => ({ HK: 'HKG', MO: 'MAC', CN: 'CHN', TW: 'TWN' })[t] ?? null;
    const at = (countryA: string, countryB: string) =>
      scoreNames('ESQUEL GROUP', 'Esquel Group', normaliser, { resolveCountry, countryA, countryB });
    expect(at('HK', 'CN').score).toBe(1);
    expect(at('CN', 'MO').score).toBe(1);
    expect(at('HK', 'CN').why.find((w) => w.code === 'country_compatible')?.detail).toBe(
      'HKG / CHN (Hong Kong and Macao are part of China, as the lists have them)',
    );
    expect(at('HK', 'CN').why.some((w) => w.code === 'country_differs' || w.code === 'country_agrees')).toBe(
      false,
    );
    // Taiwan, and Hong Kong against Macao, still differ: a possible match at most.
    expect(at('TW', 'CN').score).toBe(SCORE_SETTINGS.countryDiffersCap);
    expect(at('HK', 'MO').score).toBe(SCORE_SETTINGS.countryDiffersCap);
  });

  it('lets another country outweigh a match that rests on one distinctive word', () => {
    const resolveCountry = (t: string) => ({ VN: 'VNM', TW: 'TWN' })[t] ?? null;
    const at = (a: string, b: string, countryA: string, countryB: string) =>
      scoreNames(a, b, normaliser, { resolveCountry, countryA, countryB });
    const listed = 'Giant Manufacturing Co., Ltd.';
    const other = at('GIANT KNITTING MANUFACTURING CO LTD', listed, 'VN', 'TW');
    expect(other.score).toBeLessThan(threshold);
    expect(other.why.find((w) => w.code === 'country_differs')?.weight).toBe(
      -SCORE_SETTINGS.countryDiffersWeak,
    );
    // The same words in another country are a possible match (just under the threshold); in the same
    // country they match.
    expect(at('GIANT MFG CO LTD', listed, 'VN', 'TW').score).toBe(SCORE_SETTINGS.countryDiffersCap);
    expect(at('GIANT KNITTING MANUFACTURING CO LTD', listed, 'TW', 'TW').score).toBeGreaterThanOrEqual(
      threshold,
    );
    // Two distinctive words in common keep the smaller penalty.
    const two = at('Top Glove Industries Sdn Bhd', 'Top Glove Corporation Bhd', 'VN', 'TW');
    expect(two.why.find((w) => w.code === 'country_differs')?.weight).toBe(-SCORE_SETTINGS.countryDiffers);
  });

  it('lets another country outweigh a match that leaves a word of the listed name out', () => {
    const resolveCountry = (t: string) => ({ AR: 'ARG', MX: 'MEX' })[t] ?? null;
    const at = (a: string, b: string, countryA?: string, countryB?: string) =>
      scoreNames(a, b, normaliser, { resolveCountry, countryA, countryB });
    // A consultancy in Argentina named after the town of Monte Grande is not the farm in Mexico.
    const other = at('Monte Grande S.A.', 'Finca Monte Grande', 'AR', 'MX');
    expect(other.score).toBeLessThan(threshold);
    expect(other.why.find((w) => w.code === 'country_differs')).toMatchObject({
      weight: -SCORE_SETTINGS.countryDiffersWeak,
      detail: 'ARG / MEX (and a word of the listed name missing); at most a possible match',
    });
    // Without the countries, or in the same country, it still matches.
    expect(at('Monte Grande S.A.', 'Finca Monte Grande').score).toBeGreaterThanOrEqual(threshold);
    expect(at('Monte Grande S.A.', 'Finca Monte Grande', 'MX', 'MX').score).toBeGreaterThanOrEqual(threshold);
    // The listed name whole in another country: a possible match, just under the threshold.
    expect(at('Finca Monte Grande S.A.', 'Finca Monte Grande', 'AR', 'MX').score).toBe(
      SCORE_SETTINGS.countryDiffersCap,
    );
  });
});

describe('scorePrepared(q, c, explain, explainZero)', () => {
  const prepare = (name: string) => prepareName(name, normaliser.normalise(name), stoplistWeight);

  it('explains a score of 0 unless told the caller drops such names', () => {
    const q = prepare('Shenzhen Gangkai Plastics');
    const c = prepare('Shenyang Dabei Prison');
    expect(scorePrepared(q, c, true).why.map((r) => r.code)).toEqual([
      'unmatched_query',
      'unmatched_query',
      'unmatched_query',
      'unmatched_candidate',
      'unmatched_candidate',
      'unmatched_candidate',
    ]);
    expect(scorePrepared(q, c, true, false)).toEqual({ score: 0, why: [] });
  });

  it('still scores names equal once spaces are removed when no word aligns', () => {
    const q = prepare('Ab Cdef Gh');
    const c = prepare('Abc De Fgh');
    const detail = scorePrepared(q, c, true, false);
    expect(detail).toEqual(scorePrepared(q, c, true));
    expect(detail.score).toBe(0.95);
    expect(detail.why.map((r) => r.code)).not.toContain('aligned');
    expect(detail.why.map((r) => r.code)).toContain('joined');
  });
});
