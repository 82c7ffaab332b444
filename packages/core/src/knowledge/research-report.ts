import type { SourceRef } from '../model/source-ref.js';
import type { Editable } from './editing/edit-stamp.js';

/** A published research report or study. */
export interface ResearchReport extends Editable {
  id: string;
  title: string;
  publishers: string[];
  /** Who paid for it, null when the source does not say. */
  funder: string | null;
  /** Publication date `YYYY-MM-DD` (or `YYYY-MM`, `YYYY` when that is all the source gives), null if unknown. */
  date: string | null;
  countries: string[];
  sectors: string[];
  topics: string[];
  url: string | null;
  summary: string;
  source: SourceRef;
}
