import type { ListEntry } from '../matching/list-entry.js';

export interface ScreenOptions {
  /** Matcher threshold for `entity` findings (default: the matcher's own). */
  threshold?: number;
  /** Today's date `YYYY-MM-DD`, for rows without a date (the FAR threshold is a dated setting). */
  today: string;
  /** Extra user lists, matched like the built-in ones. */
  extraLists?: ListEntry[];
  /**
   * True when the rows are US federal awards (contracts, orders or subcontracts): `far_plan` findings then say
   * a plan is required; otherwise, that it is required if the row belongs to a US federal contract or
   * subcontract. `screenSpendFile` tells it from the file's layout (`isFederalAwardLayout`) when unset.
   */
  federalAwards?: boolean;
}
