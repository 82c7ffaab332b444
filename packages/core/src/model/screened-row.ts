import type { Finding } from './finding.js';
import type { Level } from './level.js';
import type { SpendRow } from './spend-row.js';

/** A screened input row: its resolved country, level, 0–100 score and findings (highest first). */
export interface ScreenedRow {
  input: SpendRow;
  /** ISO 3166-1 alpha-3 of the country used for the `country` finding, or null when none resolved. */
  country: string | null;
  level: Level;
  score: number;
  findings: Finding[];
  /** Sectors assigned by the crosswalk (may be empty). */
  sectors: string[];
}
