import type { SourceRef } from '../model/source-ref.js';
import type { Editable } from './editing/edit-stamp.js';

/** A partnership, compact or challenge between governments, organisations or companies. */
export interface Partnership extends Editable {
  id: string;
  name: string;
  partners: string[];
  countries: string[];
  /** Date signed or announced (`YYYY-MM-DD` or shorter), null if unknown. */
  date: string | null;
  description: string;
  url: string | null;
  source: SourceRef;
}
