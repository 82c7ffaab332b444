import type { Level } from './level.js';
import type { SourceRef } from './source-ref.js';

export const FINDING_KINDS = [
  'entity',
  'import_ban',
  'goods',
  'country',
  'sector',
  'workforce',
  'far_plan',
] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

/** One explained reason for risk on one screened row, always citing its source. */
export interface Finding {
  kind: FindingKind;
  level: Level;
  /** One line a compliance analyst can read without the rest. */
  summary: string;
  source: SourceRef;
  /** `entity` findings: the listed name or alias that matched, and the matcher's 0–1 score. */
  matched_name?: string;
  score?: number;
  /** Kind-specific details (e.g. the good, the country, the tier, the threshold), all JSON-safe. */
  details?: Record<string, string | number | boolean | null | string[]>;
}
