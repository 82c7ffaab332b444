import { FINDING_KINDS, type Finding } from '../model/finding.js';
import { type Level, levelRank } from '../model/level.js';
import type { Weights } from './weights.js';

const kindOrder = new Map(FINDING_KINDS.map((kind, i) => [kind, i]));

/** Orders findings highest level first; within a level, in the order of `FINDING_KINDS`. */
export function compareFindings(a: Finding, b: Finding): number {
  const byLevel = levelRank(b.level) - levelRank(a.level);
  if (byLevel !== 0) return byLevel;
  return (kindOrder.get(a.kind) ?? 0) - (kindOrder.get(b.kind) ?? 0);
}

/**
 * Puts a finding into findings sorted by `compareFindings`, after those it ties with: the order a stable sort
 * of the findings with it pushed last gives, without the sort.
 */
export function insertSorted(findings: Finding[], finding: Finding): void {
  findings.push(finding);
  moveIntoPlace(findings, findings.length - 1);
}

/**
 * Sorts findings by `compareFindings` in place, stably: an insertion sort, as a row has a handful of findings
 * and `Array.prototype.sort` allocates a work area on every call.
 */
export function sortFindings(findings: Finding[]): void {
  for (let j = 1; j < findings.length; j++) moveIntoPlace(findings, j);
}

/** Moves `findings[j]` down past those after which it sorts, `findings[0..j)` being sorted. */
function moveIntoPlace(findings: Finding[], j: number): void {
  const finding = findings[j]!;
  let i = j;
  while (i > 0 && compareFindings(findings[i - 1]!, finding) > 0) {
    findings[i] = findings[i - 1]!;
    i--;
  }
  findings[i] = finding;
}

export interface RiskScore {
  level: Level;
  score: number;
}

/**
 * A row's level and 0–100 score from its findings, which must already be sorted by `compareFindings`.
 * The level is the top finding's level (`low` with none). The score starts at the level's base points
 * (entity hits add up to `entity_match_bonus` as the match score rises from the threshold to 1), every
 * further finding adds its level's `extra` points times `decay` to the power of its position, and the sum
 * is capped at the top of the level's band, so a higher level always scores higher. No findings: 0.
 */
export function scoreFindings(
  findings: readonly Finding[],
  weights: Weights,
  entityThreshold: number,
): RiskScore {
  const top = findings[0];
  if (top === undefined) return { level: 'low', score: 0 };
  const { bands, base, extra, decay, entity_match_bonus } = weights.score;
  let points = base[top.level];
  if (top.kind === 'entity' && typeof top.score === 'number' && entityThreshold < 1) {
    const over = (top.score - entityThreshold) / (1 - entityThreshold);
    points += entity_match_bonus * Math.min(1, Math.max(0, over));
  }
  let factor = 1;
  for (let i = 1; i < findings.length; i++) {
    const f = findings[i] as Finding;
    points += extra[f.level] * factor;
    factor *= decay;
  }
  const band = bands[top.level];
  return { level: top.level, score: Math.round(Math.min(band.max, Math.max(band.min, points))) };
}
