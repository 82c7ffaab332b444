import { describe, expect, it } from 'vitest';
import type { ListEntry } from './list-entry.js';
import type { NameMatcher } from './name-matcher.js';

function entry(
  list: string,
  key: string,
  name: string,
  aliases: string[],
  country: string | null,
): ListEntry {
  return {
    id: `${list}:${key}`,
    list,
    name,
    aliases,
    country,
    source: { dataset: list, record: key, as_of: null },
  };
}

/** The entries every matcher is checked against: company names of several shapes and scripts. */
export const CONTRACT_ENTRIES: ListEntry[] = [
  entry('alpha', 'hoshine', 'Hoshine Silicon Industry Co., Ltd.', ['合盛硅业股份有限公司'], 'CHN'),
  entry('alpha', 'top-glove', 'Top Glove Corporation Bhd', [], 'MYS'),
  entry('alpha', 'zhongtai', 'Xinjiang Zhongtai Chemical Co., Ltd.', [], 'CHN'),
  entry('alpha', 'xj-energy', 'Xinjiang Energy', [], 'CHN'),
  entry('beta', 'lianfa', 'Lianfa Textile Printing and Dyeing Co., Ltd.', ['Lianfa Textile'], 'CHN'),
  entry('beta', 'ocean', 'Dalian Ocean Fishing Co., Ltd.', [], 'CHN'),
  entry('beta', 'smart-shirts', 'Smart Shirts Limited', [], 'HKG'),
];

/**
 * The behaviour any `NameMatcher` must show, whatever its algorithm. `makeMatcher` builds a matcher
 * over the given entries.
 */
export function runNameMatcherContract(
  name: string,
  makeMatcher: (entries: ListEntry[]) => NameMatcher,
): void {
  describe(`NameMatcher contract: ${name}`, () => {
    const matcher = makeMatcher(CONTRACT_ENTRIES);
    const best = (query: string, country?: string) => matcher.match(query, { country: country ?? null })[0];

    it('has a threshold between 0 and 1', () => {
      expect(matcher.threshold).toBeGreaterThan(0);
      expect(matcher.threshold).toBeLessThanOrEqual(1);
    });

    it('finds every entry by its own name, scored at or above the threshold', () => {
      for (const e of CONTRACT_ENTRIES) {
        const top = best(e.name);
        expect(top?.id).toBe(e.id);
        expect(top?.score ?? 0).toBeGreaterThanOrEqual(matcher.threshold);
      }
    });

    it('finds an entry by an alias and says which name matched', () => {
      const top = best('Lianfa Textile');
      expect(top?.id).toBe('beta:lianfa');
      expect(top?.matched_name).toBe('Lianfa Textile');
    });

    it('ignores case, punctuation and legal forms', () => {
      expect(best('TOP GLOVE CORPORATION BERHAD')?.id).toBe('alpha:top-glove');
      expect(best('smart shirts ltd')?.id).toBe('beta:smart-shirts');
    });

    it('returns candidates best first, within the limit, with scores from 0 to 1', () => {
      for (const limit of [1, 2, 5]) {
        const list = matcher.match('Xinjiang Zhongtai Chemical Energy', { limit });
        expect(list.length).toBeLessThanOrEqual(limit);
        for (let i = 1; i < list.length; i++)
          expect(list[i - 1]!.score).toBeGreaterThanOrEqual(list[i]!.score);
        for (const c of list) {
          expect(c.score).toBeGreaterThanOrEqual(0);
          expect(c.score).toBeLessThanOrEqual(1);
        }
      }
    });

    it('keeps only candidates reaching minScore', () => {
      const list = matcher.match('Dalian Ocean Fishing', { minScore: 0.99 });
      for (const c of list) expect(c.score).toBeGreaterThanOrEqual(0.99);
    });

    it('describes each candidate with its entry and an explanation', () => {
      for (const c of matcher.match('Hoshine Silicon Industry')) {
        const e = CONTRACT_ENTRIES.find((x) => x.id === c.id);
        expect(e).toBeDefined();
        expect(c.entry).toEqual(e);
        expect(c.list).toBe(e?.list);
        expect(c.name).toBe(e?.name);
        expect([e?.name, ...(e?.aliases ?? [])]).toContain(c.matched_name);
        expect(c.why.length).toBeGreaterThan(0);
      }
    });

    it('is deterministic', () => {
      const a = matcher.match('Xinjiang Zhongtai Chemical', { country: 'CN' });
      const b = matcher.match('Xinjiang Zhongtai Chemical', { country: 'CN' });
      expect(b).toEqual(a);
    });

    it('matches nothing for an unrelated name, an empty name, or common words alone', () => {
      for (const q of [
        'Acme Widgets Incorporated',
        '',
        '   ',
        'Xinjiang Trading Co',
        'Industrial Trading Co., Ltd.',
      ]) {
        const top = best(q);
        expect(top === undefined || top.score < matcher.threshold).toBe(true);
      }
    });

    it('never scores higher when the countries disagree than when they agree', () => {
      const agree = best('Top Glove Corporation', 'MY')?.score ?? 0;
      const differ = best('Top Glove Corporation', 'Brazil')?.score ?? 0;
      expect(agree).toBeGreaterThanOrEqual(differ);
    });
  });
}
