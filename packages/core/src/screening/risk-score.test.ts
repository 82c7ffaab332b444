import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../model/finding.js';
import type { Level } from '../model/level.js';
import { compareFindings, insertSorted, scoreFindings, sortFindings } from './risk-score.js';
import { parseWeights } from './weights.js';

const weights = parseWeights(readFileSync(new URL('../../../../data/weights.json', import.meta.url), 'utf8'));
const src = { dataset: 'test', record: '1', as_of: null };
const f = (kind: Finding['kind'], level: Level, score?: number): Finding => ({
  kind,
  level,
  summary: kind,
  source: src,
  score,
});
const scored = (...findings: Finding[]) => scoreFindings([...findings].sort(compareFindings), weights, 0.9);

describe('scoreFindings(findings, weights, threshold)', () => {
  it('gives 0 and low to a row without findings', () => {
    expect(scored()).toEqual({ level: 'low', score: 0 });
  });

  it('takes the level of the highest finding', () => {
    expect(scored(f('country', 'low'), f('goods', 'high'), f('sector', 'medium')).level).toBe('high');
  });

  it('keeps score order in line with level order, however many lower findings pile up', () => {
    const manyMedium = scored(...Array.from({ length: 20 }, () => f('goods', 'medium')));
    const oneHigh = scored(f('country', 'high'));
    expect(manyMedium.score).toBeLessThan(oneHigh.score);
    expect(manyMedium.score).toBeLessThanOrEqual(49);
  });

  it('adds diminishing points for further findings', () => {
    const one = scored(f('country', 'high')).score;
    const two = scored(f('country', 'high'), f('sector', 'medium')).score;
    const three = scored(f('country', 'high'), f('sector', 'medium'), f('far_plan', 'medium')).score;
    expect(two).toBeGreaterThan(one);
    expect(three - two).toBeLessThan(two - one);
  });

  it('scales an entity hit within the critical band by its match score', () => {
    const weak = scored(f('entity', 'critical', 0.9)).score;
    const exact = scored(f('entity', 'critical', 1)).score;
    expect(weak).toBe(80);
    expect(exact).toBe(90);
    expect(
      scored(f('entity', 'critical', 1), ...Array.from({ length: 9 }, () => f('import_ban', 'critical')))
        .score,
    ).toBe(100);
  });
});

describe('compareFindings(a, b)', () => {
  it('orders by level, then by finding kind', () => {
    const sorted = [
      f('sector', 'low'),
      f('far_plan', 'medium'),
      f('country', 'medium'),
      f('entity', 'critical'),
    ].sort(compareFindings);
    expect(sorted.map((x) => x.kind)).toEqual(['entity', 'country', 'far_plan', 'sector']);
  });
});

describe('insertSorted(findings, finding)', () => {
  const named = (kind: Finding['kind'], level: Level, summary: string): Finding => ({
    ...f(kind, level),
    summary,
  });

  it('puts the finding where a stable sort puts it: after those it ties with, before lower ones', () => {
    const findings = [
      named('entity', 'critical', 'e'),
      named('country', 'medium', 'c'),
      named('sector', 'medium', 's'),
      named('far_plan', 'medium', 'older'),
      named('country', 'low', 'c2'),
    ];
    const added = named('far_plan', 'medium', 'newer');
    const expected = [...findings, added].sort(compareFindings);
    insertSorted(findings, added);
    expect(findings).toEqual(expected);
    expect(findings.map((x) => x.summary)).toEqual(['e', 'c', 's', 'older', 'newer', 'c2']);
  });

  it('puts a finding above all others first, and one below all last', () => {
    const findings = [f('country', 'medium')];
    insertSorted(findings, f('entity', 'critical'));
    insertSorted(findings, f('sector', 'low'));
    insertSorted(findings, f('workforce', 'low'));
    expect(findings.map((x) => x.kind)).toEqual(['entity', 'country', 'sector', 'workforce']);
  });
});

describe('sortFindings(findings)', () => {
  it('sorts as a stable sort by compareFindings does', () => {
    const kinds = ['sector', 'country', 'goods', 'entity', 'far_plan', 'workforce', 'import_ban'] as const;
    const levels = ['low', 'medium', 'high', 'critical'] as const;
    const findings: Finding[] = [];
    for (let i = 0; i < 40; i++) {
      findings.push({
        ...f(kinds[(i * 5) % kinds.length]!, levels[(i * 3) % levels.length]!),
        summary: `n${i}`,
      });
    }
    const expected = [...findings].sort(compareFindings);
    sortFindings(findings);
    expect(findings.map((x) => x.summary)).toEqual(expected.map((x) => x.summary));
  });
});
