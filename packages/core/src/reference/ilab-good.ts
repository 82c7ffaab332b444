import type { SourceRef } from '../model/source-ref.js';

/** One row of DOL ILAB's List of Goods Produced by Child Labor or Forced Labor (good × country). */
export interface IlabGood {
  good: string;
  iso3: string;
  country: string;
  sector: string;
  child_labor: boolean;
  forced_labor: boolean;
  forced_child_labor: boolean;
  produced_with_exploitative_inputs: boolean;
  input_source_iso3: string | null;
  /** The source's region of `country`, when the reader keeps it (the ILAB XML reader does). */
  region?: string | null;
  /** The input-source country as the source spells it, when the reader keeps it. */
  input_source_country?: string | null;
  source: SourceRef;
}
