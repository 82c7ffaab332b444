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
  source: SourceRef;
}
