import type { SourceRef } from '../model/source-ref.js';

export const TIERS = ['Tier 1', 'Tier 2', 'Tier 2 Watch List', 'Tier 3', 'Special Case'] as const;
export type Tier = (typeof TIERS)[number];

/** A country's latest TIP placement, with the partial-year rules applied. */
export interface TierPlacement {
  iso3: string;
  /** A TIP tier, `Tier 1 or 2` (absent from a later partial Watch List/Tier 3 list), or `not ranked`. */
  tier: Tier | 'Tier 1 or 2' | 'not ranked';
  /** Report year of the placement, null when not ranked. */
  year: number | null;
  source: SourceRef;
  note: string;
}

export interface TierYear {
  year: number;
  tier: Tier;
  source: SourceRef;
  note: string;
}

export interface TierTable {
  latest(iso3: string): TierPlacement;
  history(iso3: string): TierYear[];
}
