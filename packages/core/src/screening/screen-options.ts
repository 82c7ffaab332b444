import type { ListEntry } from '../matching/list-entry.js';

export interface ScreenOptions {
  /** Matcher threshold for `entity` findings (default: the matcher's own). */
  threshold?: number;
  /** Today's date `YYYY-MM-DD`, for rows without a date (the FAR threshold is a dated setting). */
  today: string;
  /** Extra user lists, matched like the built-in ones. */
  extraLists?: ListEntry[];
}
