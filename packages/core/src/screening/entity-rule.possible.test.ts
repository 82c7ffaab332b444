import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../matching/list-matcher.js';
import type { MatchCandidate, NameMatcher } from '../matching/name-matcher.js';
import { createNameNormaliser } from '../matching/name-normaliser.js';
import { findingIdentity } from '../workspace/finding-identity.js';
import { createEntityRule } from './entity-rule.js';
import { createPartyEntityRule, dropSupersededNearMisses, PARENT_COMPANY } from './parent-entity-rule.js';
import { scoreFindings } from './risk-score.js';
import { createScreener } from './screener.js';
import { buildTestReference, spendRow } from './screening-fixture.case.js';
import { parseWeights } from './weights.js';

const dataDir = new URL('../../../../data/', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, dataDir), 'utf8');
const ref = buildTestReference(read);
const weights = parseWeights(read('weights.json'));
const matcher = createMatcher(ref.listEntries, {
  normaliser: createNameNormaliser(read('matching/org_types_aliases.csv')),
  resolveCountry: (t) => ref.countries.resolve(t),
});
const supermax = ref.listEntries.find((e) => e.name === 'Supermax Corporation Berhad');

/** A matcher that gives each listed name the score the test sets, best first. */
function scoredMatcher(scores: Record<string, number>): NameMatcher {
  const candidates = Object.entries(scores)
    .map(([name, score]): MatchCandidate | null => {
      const entry = ref.listEntries.find((e) => e.name === name);
      if (entry === undefined) return null;
      return { entry, id: entry.id, list: entry.list, name, matched_name: name, score, why: [] };
    })
    .filter((c): c is MatchCandidate => c !== null)
    .sort((a, b) => b.score - a.score);
  return {
    threshold: 0.75,
    match: (_name, opts) => candidates.filter((c) => c.score >= (opts?.minScore ?? 0)),
  };
}

describe('createEntityRule: a name just under the threshold', () => {
  it('is a possible match to check, at its own level, for a listed group’s subsidiary', () => {
    const rule = createEntityRule(ref, matcher, weights, 0.75);
    const [f, more] = rule('Supermax Glove Mfg Sdn Bhd', 'MYS');
    expect(more).toBeUndefined();
    expect(f?.kind).toBe('entity');
    expect(f?.level).toBe('medium');
    expect(f?.details?.possible_match).toBe(true);
    expect(f?.details?.entry).toBe(supermax?.id);
    expect(f?.score).toBeGreaterThanOrEqual(0.65);
    expect(f?.score).toBeLessThan(0.75);
    expect(f?.summary).toMatch(
      /^CBP Withhold Release Orders and Findings: "Supermax Corporation Berhad" \(listed 2021-10-21; WRO\) possible match at 0\.\d\d, under the 0\.75 threshold: check whether it is the same company$/,
    );
  });

  it('is a possible match for a listed group’s holding company or foreign arm', () => {
    const rule = createEntityRule(ref, matcher, weights, 0.75);
    for (const [name, country] of [
      ['Esquel Enterprises Ltd', 'HKG'],
      ['Hoshine Silicon (Malaysia) Sdn Bhd', null],
    ] as const) {
      const [f] = rule(name, country);
      expect([name, f?.level, f?.details?.possible_match]).toEqual([name, 'medium', true]);
    }
  });

  it('says nothing further under the margin, or when the margin is 0', () => {
    expect(createEntityRule(ref, matcher, weights, 0.75)('Esquel Trading Ltd', 'HKG')).toEqual([]);
    const off = { ...weights, possible_match: { below_threshold: 0 } };
    expect(createEntityRule(ref, matcher, off, 0.75)('Supermax Glove Mfg Sdn Bhd', 'MYS')).toEqual([]);
  });

  it('moves with the threshold it is given', () => {
    // At 0.9 the margin reaches down to 0.8: a name at 0.85 is only possible, one at 0.79 is nothing.
    const near = scoredMatcher({ 'Supermax Corporation Berhad': 0.85 });
    expect(createEntityRule(ref, near, weights, 0.9)('x', null)[0]?.details?.possible_match).toBe(true);
    const far = scoredMatcher({ 'Supermax Corporation Berhad': 0.79 });
    expect(createEntityRule(ref, far, weights, 0.9)('x', null)).toEqual([]);
  });

  it('gives no near miss beside a match', () => {
    const m = scoredMatcher({ 'Top Glove Corporation Bhd': 0.8, 'Supermax Corporation Berhad': 0.7 });
    const findings = createEntityRule(ref, m, weights, 0.75)('Top Supermax', null);
    expect(findings.map((f) => [f.level, f.details?.possible_match ?? false])).toEqual([['critical', false]]);
  });

  it('ranks the row in the possible-match level’s band, with no match bonus', () => {
    const m = scoredMatcher({ 'Supermax Corporation Berhad': 0.74 });
    const findings = createEntityRule(ref, m, weights, 0.75)('x', null);
    expect(scoreFindings(findings, weights, 0.75)).toEqual({
      level: 'medium',
      score: weights.score.base.medium,
    });
  });

  it('is a finding of its own in a workspace, apart from a match on the same entry', () => {
    const m = scoredMatcher({ 'Supermax Corporation Berhad': 0.74 });
    const [possible] = createEntityRule(ref, m, weights, 0.75)('x', null);
    const sure = scoredMatcher({ 'Supermax Corporation Berhad': 0.9 });
    const [match] = createEntityRule(ref, sure, weights, 0.75)('x', null);
    if (possible === undefined || match === undefined) throw new Error('findings expected');
    expect(findingIdentity(possible)).toBe(`${findingIdentity(match)}|possible`);
  });
});

describe('createPartyEntityRule with possible matches', () => {
  it('says a party may match, and lets a party’s match of the supplier’s near miss through', () => {
    const entity = createEntityRule(ref, matcher, weights, 0.75);
    const parent = createPartyEntityRule(entity, PARENT_COMPANY);
    const [maybe] = parent('Supermax Glove Mfg Sdn Bhd', 'Acme Gloves', 'MYS', []);
    expect(maybe?.summary).toMatch(/^Parent company "Supermax Glove Mfg Sdn Bhd" may match CBP Withhold/);
    expect(maybe?.level).toBe('medium');

    const direct = entity('Supermax Glove Mfg Sdn Bhd', 'MYS');
    const [sure] = parent('Supermax Corporation Berhad', 'Supermax Glove Mfg Sdn Bhd', 'MYS', direct);
    expect(sure?.summary).toMatch(/^Parent company "Supermax Corporation Berhad" matches CBP Withhold/);
    expect(sure?.level).toBe('critical');
    // A second near miss of the same entry adds nothing.
    expect(parent('Supermax Glove Mfg Sdn Bhd', 'Other Name', 'MYS', direct)).toEqual([]);
  });
});

describe('createEntityRule: a name in another country than the entry', () => {
  it('is a possible match at most: a namesake or an arm abroad is a lead to check, not a match', () => {
    const rule = createEntityRule(ref, matcher, weights, 0.75);
    for (const [name, country] of [
      // The same name in Australia as the Chinese entry.
      ['Western Gold Co Ltd', 'AUS'],
      // Arms named with their country.
      ['Top Glove (Thailand) Co Ltd', 'THA'],
      ['Esquel Group (Sri Lanka)', 'LKA'],
    ] as const) {
      const found = rule(name, country);
      expect({ name, found: found.map((f) => [f.level, f.details?.possible_match]) }).toEqual({
        name,
        found: [['medium', true]],
      });
    }
    // A name sharing one word with a listed one abroad is still nothing.
    expect(rule('Supermax Glove Mfg Sdn Bhd', 'USA')).toEqual([]);
  });
});

describe('dropSupersededNearMisses(findings)', () => {
  it('leaves out the supplier’s near miss of an entry its parent company matches', () => {
    const entity = createEntityRule(ref, matcher, weights, 0.75);
    const direct = entity('Supermax Glove Manufacturing Sdn Bhd', 'MYS');
    expect(direct[0]?.details?.possible_match).toBe(true);
    const parent = createPartyEntityRule(entity, PARENT_COMPANY);
    const findings = [
      ...direct,
      ...parent('Supermax Corporation Berhad', 'Supermax Glove Manufacturing Sdn Bhd', 'MYS', direct),
    ];
    dropSupersededNearMisses(findings);
    expect(findings.map((f) => [f.level, f.details?.matched_on ?? 'supplier'])).toEqual([
      ['critical', 'parent_company'],
    ]);
  });

  it('keeps a near miss of another entry, and a near miss alone', () => {
    const m = scoredMatcher({ 'Top Glove Corporation Bhd': 0.7 });
    const [near] = createEntityRule(ref, m, weights, 0.75)('x', null);
    const sure = scoredMatcher({ 'Supermax Corporation Berhad': 0.9 });
    const [other] = createEntityRule(ref, sure, weights, 0.75)('y', null);
    if (near === undefined || other === undefined) throw new Error('findings expected');
    const both = [near, other];
    dropSupersededNearMisses(both);
    expect(both).toEqual([near, other]);
    const alone = [near];
    dropSupersededNearMisses(alone);
    expect(alone).toEqual([near]);
  });
});

describe('createScreener(…).screen(row) with a near miss', () => {
  it('gives a factory of a listed group the parent’s match alone', () => {
    const screener = createScreener(ref, matcher, weights, { today: '2026-11-30' });
    const factory = { supplier: 'Supermax Glove Manufacturing Sdn Bhd', supplier_country: 'Malaysia' };
    const alone = screener.screen(spendRow(factory)).findings.filter((f) => f.kind === 'entity');
    expect(alone.map((f) => f.level)).toEqual(['medium']);
    const withParent = screener
      .screen(spendRow({ ...factory, parent_company: 'Supermax Corporation Berhad' }))
      .findings.filter((f) => f.kind === 'entity');
    expect(withParent.map((f) => [f.level, f.details?.matched_on])).toEqual([['critical', 'parent_company']]);
  });
});
