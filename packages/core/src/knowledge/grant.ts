import type { SourceRef } from '../model/source-ref.js';
import type { Editable } from './editing/edit-stamp.js';

/** The "four Ps" of anti-trafficking work. */
export const FOUR_PS = ['prevention', 'protection', 'prosecution', 'partnership'] as const;
export type FourP = (typeof FOUR_PS)[number];

/** A grant, cooperative agreement or funded project, as its source describes it. */
export interface Grant extends Editable {
  /** Stable id given by the importer (e.g. `tip-office-2016:lpn-thailand`). */
  id: string;
  title: string;
  recipient: string;
  /** Amount in `currency`, null when the source gives none. */
  amount: number | null;
  /** ISO 4217 code, null with a null amount. */
  currency: string | null;
  fiscal_year: number | null;
  /** ISO alpha-3 of the countries the work is in; empty for global or unstated. */
  countries: string[];
  four_ps: FourP[];
  /** Whether the work addresses sex / labour trafficking; null when the source does not say. */
  sex_trafficking: boolean | null;
  labour_trafficking: boolean | null;
  description: string;
  source: SourceRef;
  url: string | null;
}
