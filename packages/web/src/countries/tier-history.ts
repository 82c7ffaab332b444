import { tierStyle } from './tier-scale.js';

export interface TierYear {
  year: number;
  /** null: no placement for this year in the data (a gap, drawn as a gap). */
  tier: string | null;
}

/**
 * Every report year from the first to the last placement, with the years the data lacks as gaps (tier null),
 * so a chart or table never joins two placements across a missing year.
 */
export function tierYears(history: readonly { year: number; tier: string }[]): TierYear[] {
  if (history.length === 0) return [];
  const byYear = new Map(history.map((h) => [h.year, h.tier]));
  const years = history.map((h) => h.year);
  const out: TierYear[] = [];
  for (let y = Math.min(...years); y <= Math.max(...years); y++)
    out.push({ year: y, tier: byYear.get(y) ?? null });
  return out;
}

/** The chart's value for a year: the tier's rank, or null for a gap or a placement that is not a tier. */
export function chartValue(y: TierYear): number | null {
  return y.tier === null ? null : tierStyle(y.tier).rank;
}
