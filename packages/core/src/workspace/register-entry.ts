import type { FindingKind } from '../model/finding.js';
import type { Level } from '../model/level.js';
import type { DispositionState } from './disposition.js';

/** One finding of a screening as stored for querying. */
export interface StoredFinding {
  /** The finding's id within the database (stable while the screening exists). */
  id: number;
  row: number;
  ref: string;
  supplier: string;
  supplier_key: string;
  finding_key: string;
  kind: FindingKind;
  level: Level;
  summary: string;
  source: { dataset: string; record: string; as_of: string | null };
  matched_name: string | null;
  score: number | null;
  /** The organisation's disposition of this supplier's finding, from this or an earlier screening. */
  disposition: { state: DispositionState; note: string; updated_at: string } | null;
}

export type NewStoredFinding = Omit<StoredFinding, 'id' | 'disposition'>;

/** One screened row of a screening's register, as stored for querying. */
export interface RegisterEntry {
  row: number;
  ref: string;
  supplier: string;
  supplier_key: string;
  /** Resolved ISO alpha-3, or null. */
  country: string | null;
  level: Level;
  score: number;
  sectors: string[];
  kinds: FindingKind[];
  amount: number | null;
  currency: string;
  top_reason: string;
}

/** A register row with its findings (id, kind, level and disposition state), as the API lists it. */
export interface RegisterRow extends RegisterEntry {
  findings: Pick<StoredFinding, 'id' | 'kind' | 'level' | 'finding_key' | 'disposition'>[];
}

export const REGISTER_SORTS = ['score', 'row', 'supplier', 'country', 'level', 'amount'] as const;
export type RegisterSort = (typeof REGISTER_SORTS)[number];

export interface RegisterQuery {
  level?: Level;
  kind?: FindingKind;
  /** ISO alpha-3. */
  country?: string;
  sector?: string;
  sort: RegisterSort;
  order: 'asc' | 'desc';
  limit: number;
  offset: number;
}
