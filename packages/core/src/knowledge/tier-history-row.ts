import type { SourceRef } from '../model/source-ref.js';
import type { Tier } from '../reference/tier-placement.js';

/** One TIP Report placement of one country in one report year, as a source states it. */
export interface TierHistoryRow {
  iso3: string;
  country: string;
  year: number;
  tier: Tier;
  note: string;
  source: SourceRef;
}
