import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadReferenceData } from '../reference/load-reference-data.js';
import type { ListEntry } from './list-entry.js';
import { createMatcher } from './list-matcher.js';
import { CONTRACT_ENTRIES, runNameMatcherContract } from './name-matcher.case.js';
import { createNameNormaliser } from './name-normaliser.js';
import { SCORE_SETTINGS } from './name-score.js';

const dataDir = new URL('../../../../data/', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, dataDir), 'utf8');
const normaliser = createNameNormaliser(read('matching/org_types_aliases.csv'));

function loadReference() {
  const files = new Map<string, string>([['manifest.json', read('manifest.json')]]);
  const manifest = JSON.parse(read('manifest.json')) as { datasets: { file: string }[] };
  for (const d of manifest.datasets) {
    if (/^(taxonomy\/(hs_|naics|psc)|formats\/)/.test(d.file)) continue;
    files.set(d.file, read(d.file));
  }
  return loadReferenceData(files);
}
const ref = loadReference();
const resolveCountry = (t: string) => ref.countries.resolve(t);
const builtIn = createMatcher(ref.listEntries, { normaliser, resolveCountry });
const top = (q: string, country?: string) => builtIn.match(q, { country: country ?? null })[0];

runNameMatcherContract('createMatcher', (entries) => createMatcher(entries, { normaliser, resolveCountry }));
runNameMatcherContract('createMatcher, exhaustive', (entries) =>
  createMatcher(entries, { normaliser, resolveCountry, exhaustive: true }),
);

describe('createMatcher(entries, options).match(name) on the built-in lists', () => {
  it('finds listed companies under the spellings of spend and trade data', () => {
    expect(top('HOSHINE SILICON IND CO LTD')?.name).toBe('Hoshine Silicon Industry Co., Ltd.');
    expect(top('Top Glove Corporation Berhad', 'MY')?.name).toBe('Top Glove Corporation Bhd');
    expect(top('新疆中泰化学股份有限公司', 'CN')?.name).toBe('Xinjiang Zhongtai Chemical Co., Ltd.');
    expect(top('GIANT MFG CO LTD')?.name).toBe('Giant Manufacturing Co., Ltd.');
    for (const q of ['HOSHINE SILICON IND CO LTD', '新疆中泰化学股份有限公司', 'GIANT MFG CO LTD']) {
      expect(top(q)!.score).toBeGreaterThanOrEqual(builtIn.threshold);
    }
  });

  it('finds listed companies whose industry word the query abbreviates', () => {
    for (const [q, listed] of [
      ['Hunan Nanmo Biotech Co Ltd', 'Hunan Nanmo Biotechnology Co., Ltd.'],
      ['Hunan Nanmo Bio-Tech Co Ltd', 'Hunan Nanmo Biotechnology Co., Ltd.'],
      ['Anhui Yaozhiyuan Biotech Development Co Ltd', 'Anhui Yaozhiyuan Biotechnology Development Co., Ltd.'],
      ['Xinjiang Shenhuo Coal & Elec Co Ltd', 'Xinjiang Shenhuo Coal and Electricity Co., Ltd.'],
      ['Anhui Xinya New Matls Co Ltd', 'Anhui Xinya New Materials Co., Ltd.'],
      ['Fujian Minlong Whse Co Ltd', 'Fujian Minlong Warehousing Co., Ltd.'],
      ['Xinjiang Tengxiang Magnesium Prods Co Ltd', 'Xinjiang Tengxiang Magnesium Products Co., Ltd.'],
    ] as const) {
      const hit = top(q, 'CN')!;
      expect(hit.name).toBe(listed);
      expect(hit.score).toBe(1);
    }
  });

  it('finds the listed Yanqi subsidiary, not only its listed parent, under Biotech', () => {
    const hits = builtIn.match('Chenguang Biotech Group Yanqi Co Ltd', { country: 'CN' });
    expect(hits[0]?.name).toBe('Chenguang Biotechnology Group Yanqi Co. Ltd.');
    expect(hits[0]?.score).toBe(1);
    expect(top('Yanqi Chenguang Biotech Co Ltd', 'CN')?.name).toBe(
      'Chenguang Biotechnology Group Yanqi Co. Ltd.',
    );
    expect(top('Yanqi Chenguang Biotech Co Ltd', 'CN')!.score).toBeGreaterThanOrEqual(builtIn.threshold);
  });

  it('scores a listed name with symbols or emoji around it as the name itself', () => {
    for (const [q, plain] of [
      ['🧤 Top Glove Corporation Bhd 🧤', 'Top Glove Corporation Bhd'],
      ['Top Glove Corporation Bhd ™', 'Top Glove Corporation Bhd'],
      ['Hoshine® Silicon Industry Co., Ltd.', 'Hoshine Silicon Industry Co., Ltd.'],
    ] as const) {
      const hits = builtIn.match(q, { country: null });
      expect(hits[0]?.name).toBe(plain);
      expect(hits[0]?.score).toBe(top(plain)?.score);
      expect(hits.slice(1).every((h) => h.score < builtIn.threshold)).toBe(true);
    }
  });

  it('matches a listed name on its words without the remark the source put in brackets', () => {
    const ninestar = top('NINESTAR CORPORATION')!;
    expect(ninestar.name).toBe('Ninestar (with eight Zhuhai-based subsidiaries not named in the source)');
    expect(ninestar.matched_name).toBe('Ninestar');
    expect(ninestar.score).toBeGreaterThanOrEqual(builtIn.threshold);
    // The remark's words make no match of their own.
    const remark = top('Zhuhai Subsidiaries Source Co., Ltd.', 'CN');
    expect(remark === undefined || remark.score < builtIn.threshold).toBe(true);
  });

  it('does not match generic Xinjiang names to any Xinjiang entity', () => {
    for (const q of [
      'Xinjiang Trading Co',
      'Xinjiang Industrial Co., Ltd.',
      'Xinjiang Energy Technology Co',
    ]) {
      const best = top(q, 'CN');
      expect(best === undefined || best.score < builtIn.threshold).toBe(true);
    }
    expect(top('XINJIANG ENERGY CO LTD', 'CN')?.name).toBe('Xinjiang Energy');
  });

  it('does not match a Chinese place and generic words to the listed company of that place', () => {
    for (const q of [
      'DALIAN FOODS CO LTD',
      'Inner Mongolia Food Co Ltd',
      'Hebei International Trade Co Ltd',
      'Shandong Group Co Ltd',
    ]) {
      const best = top(q, 'CN');
      expect({ q, hit: best !== undefined && best.score >= builtIn.threshold }).toEqual({ q, hit: false });
    }
    // The company's own word still makes the match, with or without its place.
    expect(top('Dalian Sunspeed Foods Co Ltd', 'CN')?.name).toBe('Dalian Sunspeed Foods Co., Ltd.');
    expect(top('SUNSPEED FOODS', 'CN')!.score).toBeGreaterThanOrEqual(builtIn.threshold);
    expect(top('Meijia Group Co Ltd', 'CN')?.name).toBe('Shandong Meijia Group Co., Ltd.');
    expect(top('Meijia Group Co Ltd', 'CN')!.score).toBeGreaterThanOrEqual(builtIn.threshold);
    expect(top('Zhuhai Ninestar Co Ltd', 'CN')!.score).toBeGreaterThanOrEqual(builtIn.threshold);
  });

  it('does not match a one-word brand with other words in another country', () => {
    for (const [q, country] of [
      ['GIANT KNITTING MANUFACTURING CO LTD', 'Viet Nam'],
      ['NINESTAR GARMENTS LTD', 'Bangladesh'],
    ] as const) {
      const best = top(q, country);
      expect({ q, hit: best !== undefined && best.score >= builtIn.threshold }).toEqual({ q, hit: false });
    }
    expect(top('GIANT MANUFACTURING CO LTD', 'Taiwan')!.score).toBeGreaterThanOrEqual(builtIn.threshold);
    // The listed name itself in another country is a lead to check, just under the threshold.
    expect(top('GIANT MANUFACTURING CO LTD', 'Viet Nam')!.score).toBe(SCORE_SETTINGS.countryDiffersCap);
  });

  it('lowers the score when the countries disagree', () => {
    const agree = top('Top Glove Corporation Bhd', 'Malaysia')!;
    const differ = top('Top Glove Corporation Bhd', 'Brazil')!;
    expect(differ.score).toBeLessThan(agree.score);
    expect(differ.why.map((w) => w.code)).toContain('country_differs');
  });

  it('does not take RMG (ready-made garments) beside a word of its own for Rizhao Meijia Group', () => {
    // The UFLPA entry Shandong Meijia Group is also known as Rizhao Meijia Group.
    for (const q of ['RMG Apparel Ltd', 'Dhaka RMG Ltd', 'Factory RMG']) {
      const hit = top(q, 'CN');
      expect({ q, match: hit !== undefined && hit.score >= builtIn.threshold }).toEqual({ q, match: false });
    }
    expect(top('Rizhao Meijia Group Co Ltd', 'CN')?.name).toBe('Shandong Meijia Group Co., Ltd.');
    expect(top('Rizhao Meijia Group Co Ltd', 'CN')!.score).toBeGreaterThanOrEqual(builtIn.threshold);
  });

  it('does not take a word that only shares its consonants for the listed Kwong Ngai Industrial Company', () => {
    // `kanghua` and `kwong` share a Double Metaphone code (KNK), yet five of seven letters differ.
    for (const q of [
      'Kanghua Industrial Co., Ltd.',
      'Kanghai Industrial Co., Ltd.',
      'Kangyu Industrial Co., Ltd.',
    ]) {
      const hit = top(q, 'CHN');
      expect({ q, match: hit !== undefined && hit.score >= builtIn.threshold }).toEqual({ q, match: false });
    }
    expect(top('Kwong Ngai Industrial Co., Ltd.', 'CHN')?.name).toBe('Kwong Ngai Industrial Company');
    expect(top('Kwong Ngai Industrial Co., Ltd.', 'CHN')!.score).toBeGreaterThanOrEqual(builtIn.threshold);
  });

  it('does not match a name made of a common word and an industry word to a listed name on them', () => {
    // The UFLPA entry Xinjiang Daqo New Energy is also known as Xinjiang Great New Energy: great is a common
    // English word, energy and new industry words.
    for (const q of ['Great Energy Inc.', 'Great Energy Corporation']) {
      const hit = top(q)!;
      expect({ q, name: hit.name, score: hit.score }).toEqual({
        q,
        name: 'Xinjiang Daqo New Energy Co., Ltd.',
        score: SCORE_SETTINGS.commonCap,
      });
      expect(hit.why.map((w) => w.code)).toContain('own_word_missing');
    }
    // The alias whole, with or without its place, or the company's own name, still match.
    expect(top('Xinjiang Great New Energy Co Ltd')!.score).toBe(1);
    expect(top('Great New Energy Co')!.score).toBeGreaterThanOrEqual(builtIn.threshold);
    expect(top('Daqo New Energy Co')!.score).toBeGreaterThanOrEqual(builtIn.threshold);
    // A name of common words without the listed name's place (Dalian is a city) is what countless
    // companies are called: a possible match. Without its trade (shoes), the name's own word is there.
    expect(top('Ocean Fishing Co Ltd')?.name).toBe('Dalian Ocean Fishing');
    expect(top('Ocean Fishing Co Ltd')!.score).toBe(SCORE_SETTINGS.leadCap);
    expect(top('Dongguan Oasis Co Ltd')?.name).toBe('Dongguan Oasis Shoes Co., Ltd.');
    expect(top('Dongguan Oasis Co Ltd')!.score).toBeGreaterThanOrEqual(builtIn.threshold);
  });

  it("gives a listed group's holding or arm in a country, named as the group, a possible match", () => {
    for (const [q, listed] of [
      ['Esquel Enterprises Ltd', 'Esquel Group'],
      ['Hoshine Silicon (Malaysia) Sdn Bhd', 'Hoshine Silicon Industry Co., Ltd.'],
    ] as const) {
      const hit = top(q)!;
      expect({ q, name: hit.name, score: hit.score }).toEqual({
        q,
        name: listed,
        score: SCORE_SETTINGS.organisationWordsFloor,
      });
      expect(hit.why.map((w) => w.code)).toContain('organisation_words_differ');
    }
  });

  it('does not match a name of common words to a listed name with a word of its own besides them', () => {
    // The listed name keeps a word the supplier lacks (Haolin, Magnesium, Hami, Diesel, Energy), or the
    // supplier shares one common word with it and lacks its trade (Biotech, Glove): at most a lead.
    for (const [q, country] of [
      ['Union Co Ltd', 'CN'],
      ['Top Co Ltd', 'MY'],
      ['Hair Accessories Co Ltd', 'CN'],
      ['Rare Earth Group Holdings', 'CN'],
      ['Gold Mine Co Ltd', 'CN'],
      ['Golden Horse Co Ltd', 'CN'],
      ['Xinjiang Real Estate Development Co', 'CN'],
    ] as const) {
      const hit = top(q, country)!;
      expect({ q, match: hit.score >= builtIn.threshold }).toEqual({ q, match: false });
      expect(hit.why.map((w) => w.code)).toContain('own_word_missing');
    }
    // The listed names whole still match.
    for (const q of ['Union Biotech Co Ltd', 'Top Glove Sdn Bhd', 'Hetian Haolin Hair Accessories Co Ltd']) {
      expect({ q, score: top(q)!.score }).toEqual({ q, score: 1 });
    }
  });

  it("gives a listed group's company named for another place, or for none, a possible match, not a match", () => {
    for (const [q, listed] of [
      // The listed name's place left out or another place in its stead: the group's other company.
      ['Zhejiang Huafu Melange Yarn Co Ltd', 'Aksu Huafu Color Spinning Co., Ltd.'],
      ['JA Solar Technology Co Ltd', 'Donghai JA Solar Technology Co., Ltd.'],
      // The same name but for the place, one in each: raised to a lead. (`Aksu Huafu Textiles`, another
      // name of the Aksu company, is the same name but for the place too, and scores the same.)
      ['Ningbo Huafu Textile Co Ltd', 'Ninghai Huafu Textile'],
    ] as const) {
      const hits = builtIn.match(q, { country: 'CN' });
      const hit = hits.find((h) => h.name === listed);
      expect({ q, score: hit?.score, best: hits[0]!.score }).toEqual({
        q,
        score: SCORE_SETTINGS.leadCap + SCORE_SETTINGS.countryAgrees,
        best: SCORE_SETTINGS.leadCap + SCORE_SETTINGS.countryAgrees,
      });
    }
    expect(top('Guilin Esquel Textile Co Ltd', 'CN')!.score).toBe(
      SCORE_SETTINGS.leadCap + SCORE_SETTINGS.countryAgrees,
    );
    // With its own place the plant still matches.
    expect(top('Aksu Huafu Yarn Co', 'CN')!.score).toBeGreaterThanOrEqual(builtIn.threshold);
    expect(top('Donghai JA Solar Technology Co Ltd', 'CN')!.score).toBe(1);
  });

  it('keeps a name in another country than the entry under the threshold, an arm named with its country too', () => {
    for (const [q, country] of [
      ['Western Gold Co Ltd', 'AU'],
      ['Top Glove (Thailand) Co Ltd', 'TH'],
      ['Dongguan Oasis Shoes Co Ltd (Vietnam)', 'VN'],
      ['British American Tobacco plc', 'GB'],
    ] as const) {
      expect({ q, score: top(q, country)!.score }).toEqual({ q, score: SCORE_SETTINGS.countryDiffersCap });
    }
    // An arm named with its country (of two words) is the group's name but for it: a lead, not lowered.
    const lanka = top('Esquel Group (Sri Lanka)', 'LK')!;
    expect({ name: lanka.name, score: lanka.score }).toEqual({
      name: 'Esquel Group',
      score: SCORE_SETTINGS.organisationWordsFloor,
    });
    // Zijin is a county's name too: the group named so, with its arm's country, is still a lead.
    const serbia = top('Zijin Mining (Serbia)', 'RS')!;
    expect({ name: serbia.name, score: serbia.score }).toEqual({
      name: 'Zijin Mining Group Co.',
      score: SCORE_SETTINGS.organisationWordsFloor,
    });
    // Hong Kong is a country's name, not a word of the group's own: the listed group's arm is a lead.
    const hk = top('Zijin Mining Group (Hong Kong) Ltd', 'HK')!;
    expect(hk.name).toBe('Zijin Mining Group Co.');
    expect(hk.score).toBeGreaterThanOrEqual(0.65);
    expect(hk.score).toBeLessThan(builtIn.threshold);
  });

  it('returns the same best candidate through the index as by scoring every name', () => {
    const exhaustive = createMatcher(ref.listEntries, { normaliser, resolveCountry, exhaustive: true });
    // A deterministic sample: every listed name and alias, altered the ways supplier data alters them.
    const queries: string[] = [];
    ref.listEntries.forEach((e: ListEntry, i) => {
      for (const name of [e.name, ...e.aliases]) {
        queries.push(name.toUpperCase().replace(/,? (Co\.,? )?Ltd\.?$/i, ' CO LTD'));
        const words = name.split(' ');
        if (words.length > 2) queries.push(words.slice(0, -1).join(' '));
        if (i % 3 === 0) queries.push(name.replace(/[aeiou](?=[a-z]{3})/, ''));
        // Two letters swapped inside the second word (`Tianjin Suhguang`).
        if (i % 3 === 1) queries.push(name.replace(/^(\S+ \S)(\S)(\S)/, '$1$3$2'));
      }
    });
    let compared = 0;
    for (const q of queries) {
      const fast = builtIn.match(q, { limit: 1 })[0];
      const slow = exhaustive.match(q, { limit: 1 })[0];
      if (!slow || slow.score < builtIn.threshold) continue;
      compared++;
      expect({ q, id: fast?.id, score: fast?.score }).toEqual({ q, id: slow.id, score: slow.score });
    }
    expect(compared).toBeGreaterThan(100);
  });
});

describe('createMatcher(entries, { places }).match(name): spellings of one place', () => {
  const withPlaces = createMatcher(ref.listEntries, { normaliser, resolveCountry, places: ref.xinjiang });
  const best = (q: string, country = 'CN') => withPlaces.match(q, { country })[0];

  it('matches a name that spells its Xinjiang place another way (Hotan / Hetian, Kashi / Kashgar, Tulufan / Turpan)', () => {
    for (const [q, listed, pair] of [
      ['HOTAN TAIDA APPAREL CO LTD', 'Hetian Taida Apparel Co., Ltd.', 'hotan = hetian (one place)'],
      [
        'KASHI CONSTRUCTION ENGINEERING GROUP CO LTD',
        'Kashgar Construction Engineering (Group) Co., Ltd.',
        'kashi = kashgar (one place)',
      ],
      ['TULUFAN ESQUEL TEXTILE CO LTD', 'Turpan Esquel Textile Co., Ltd.', 'tulufan = turpan (one place)'],
    ] as const) {
      const hit = best(q)!;
      expect(hit.name).toBe(listed);
      expect(hit.score).toBeGreaterThanOrEqual(withPlaces.threshold);
      expect(hit.why.map((w) => w.detail)).toContain(pair);
      // Without the gazetteer the two spellings are two words.
      expect(builtIn.match(q, { country: 'CN' }).find((c) => c.name === listed)?.score ?? 0).toBeLessThan(
        builtIn.threshold,
      );
    }
    // Both CBP's and the UFLPA list's entries for the Hotan hair-accessories company.
    const hair = withPlaces.match('HOTAN HAOLIN HAIR ACCESSORIES CO LTD', { country: 'CN' });
    expect(
      hair
        .filter((c) => c.score >= withPlaces.threshold)
        .map((c) => c.list)
        .sort(),
    ).toEqual(['cbp_wro', 'uflpa']);
  });

  it('does not match on the place alone, however it is spelt', () => {
    for (const q of [
      'HOTAN TEXTILE CO LTD',
      'KASHI TRADING CO LTD',
      'TULUFAN TEXTILE CO LTD',
      'AKESU TEXTILES CO LTD',
    ]) {
      expect(best(q)?.score ?? 0).toBeLessThan(withPlaces.threshold);
    }
  });

  it('does not match on the place and a trade word when the listed name has a name of its own', () => {
    // The UFLPA entry for Aksu Huafu is also known as Akesu Huafu Melange Yarn: Huafu is its name.
    for (const q of ['AKSU YARN CO', 'Akesu Yarn Co', 'HOTAN HAIR ACCESSORIES CO']) {
      expect(best(q)?.score ?? 0).toBeLessThan(withPlaces.threshold);
    }
    for (const q of ['Aksu Huafu Yarn', 'Akesu Huafu', 'AKSU HUAFU CO LTD']) {
      expect(best(q)?.name).toBe('Aksu Huafu Color Spinning Co., Ltd.');
      expect(best(q)!.score).toBeGreaterThanOrEqual(withPlaces.threshold);
    }
  });
});

describe('createMatcher(entries, options).match(vessel name)', () => {
  const vessel = (key: string, name: string): ListEntry => ({
    id: `cbp_wro:${key}`,
    list: 'cbp_wro',
    name,
    aliases: [],
    country: 'CHN',
    source: { dataset: 'cbp_wro', record: key, as_of: null },
  });
  const entries = [
    ...CONTRACT_ENTRIES,
    vessel('da-wang', 'Da Wang'),
    vessel('da-wang-1', 'Da Wang 1'),
    vessel('da-wang-2', 'Da Wang 2'),
    vessel('hua-li-8', 'Hua Li 8'),
    vessel('zhen-fa-7', 'Zhen Fa 7'),
    vessel('liao-dong-yu', 'Liao Dong Yu'),
  ];
  const matcher = createMatcher(entries, { normaliser, resolveCountry });
  const exhaustive = createMatcher(entries, { normaliser, resolveCountry, exhaustive: true });
  const best = (q: string) => {
    const hit = matcher.match(q, { limit: 1 })[0];
    return { q, name: hit?.name, match: hit !== undefined && hit.score >= matcher.threshold };
  };

  it('matches a vessel behind its prefix and whatever way its number is written', () => {
    for (const [q, name] of [
      ['F/V DA WANG', 'Da Wang'],
      ['M/V Da Wang', 'Da Wang'],
      ['FV Da Wang No. 1', 'Da Wang 1'],
      ['F.V. DA WANG #2', 'Da Wang 2'],
      ['F/V Liao Dong Yu', 'Liao Dong Yu'],
      ['FV Zhen Fa 7', 'Zhen Fa 7'],
      ['ZHEN FA NO.7', 'Zhen Fa 7'],
      ['Zhen Fa No. 7', 'Zhen Fa 7'],
      ['Zhen Fa No 7', 'Zhen Fa 7'],
      ['ZHEN FA #7', 'Zhen Fa 7'],
      ['HUA LI NO. 8', 'Hua Li 8'],
    ] as const) {
      expect(best(q)).toEqual({ q, name, match: true });
      // The prefix and the number marker take nothing off the score of the name as listed.
      expect({ q, score: matcher.match(q, { limit: 1 })[0]!.score }).toEqual({ q, score: 1 });
    }
  });

  it('finds a vessel whose words are run together, before a number or not', () => {
    for (const [q, name] of [
      ['DAWANG 1', 'Da Wang 1'],
      ['DAWANG', 'Da Wang'],
      ['F/V DAWANG NO.2', 'Da Wang 2'],
      ['ZHENFA7', 'Zhen Fa 7'],
      ['ZHENFA 7', 'Zhen Fa 7'],
      ['ZHEN FA7', 'Zhen Fa 7'],
      ['HUALI 8', 'Hua Li 8'],
    ] as const) {
      expect(best(q)).toEqual({ q, name, match: true });
      const slow = exhaustive.match(q, { limit: 1 })[0]!;
      expect({ q, score: matcher.match(q, { limit: 1 })[0]!.score }).toEqual({ q, score: slow.score });
    }
  });

  it("finds the built-in lists' vessels under run-together names", () => {
    expect(top('DAWANG 1')?.name).toBe('Da Wang 1');
    expect(top('ZHENFA7')?.name).toBe('Zhen Fa 7');
    expect(top('ZHENFA7')!.score).toBeGreaterThanOrEqual(builtIn.threshold);
  });
});
