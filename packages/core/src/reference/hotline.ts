import type { Editable } from '../knowledge/editing/edit-stamp.js';
import type { SourceRef } from '../model/source-ref.js';

export interface Hotline extends Editable {
  iso3: string | null;
  country: string;
  scope: string;
  name: string;
  /** Dialable phone numbers parsed from the source's prose. */
  phones: string[];
  /** Dialable text/SMS numbers. */
  texts: string[];
  phone_text: string;
  text_sms_text: string;
  email: string;
  web: string;
  languages: string;
  hours: string;
  operator: string;
  notes: string;
  source: SourceRef;
  source_url: string;
}
