import type { SourceRef } from '../model/source-ref.js';
import type { Editable } from './editing/edit-stamp.js';

/** A news item or announcement. */
export interface NewsItem extends Editable {
  id: string;
  title: string;
  /** `YYYY-MM-DD` (or shorter); null means the source gives no date: shown as undated, never guessed. */
  date: string | null;
  body: string;
  countries: string[];
  url: string | null;
  source: SourceRef;
}
