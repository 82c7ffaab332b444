import type { Generated } from 'kysely';
import type { OrganisationsTable } from './account-schema.js';

/** The workspace tables of migration 0005, as Kysely sees them. */
export interface ScreeningsTable {
  id: string;
  org_id: number;
  created_by: number;
  created_by_email: string;
  created_at: string;
  file_name: string;
  file_size: number;
  /** `ScreeningInputOptions` as JSON. */
  options: string;
  /** `ScreeningCounts` as JSON, once done. */
  counts: string | null;
}

export interface ScreeningJobsTable {
  screening_id: string;
  status: string;
  attempts: number;
  max_attempts: number;
  worker: string | null;
  lease_until: string | null;
  progress_rows: number;
  progress_fraction: number;
  error: string | null;
  created_at: string;
  started_at: string | null;
  finished_at: string | null;
}

export interface ScreeningRowsTable {
  screening_id: string;
  row: number;
  ref: string;
  supplier: string;
  supplier_key: string;
  country: string | null;
  level: string;
  level_rank: number;
  score: number;
  /** `,a,b,`: each value between commas, so one LIKE finds it. */
  sectors: string;
  kinds: string;
  amount: number | null;
  currency: string;
  top_reason: string;
}

export interface ScreeningFindingsTable {
  id: Generated<number>;
  screening_id: string;
  row: number;
  ref: string;
  supplier: string;
  supplier_key: string;
  finding_key: string;
  kind: string;
  level: string;
  summary: string;
  dataset: string;
  record: string;
  as_of: string | null;
  matched_name: string | null;
  score: number | null;
}

export interface DispositionsTable {
  org_id: number;
  supplier_key: string;
  finding_key: string;
  state: string;
  note: string;
  updated_by: number;
  updated_at: string;
}

export interface SavedSuppliersTable {
  org_id: number;
  supplier_key: string;
  name: string;
  country: string | null;
  first_seen: string;
  last_screening_id: string;
}

export interface AlertsTable {
  id: Generated<number>;
  org_id: number;
  created_at: string;
  dataset: string;
  as_of: string | null;
  title: string;
  /** `AlertMatch[]` as JSON. */
  matches: string;
}

export interface ScreeningDatabase {
  organisations: OrganisationsTable;
  screenings: ScreeningsTable;
  screening_jobs: ScreeningJobsTable;
  screening_rows: ScreeningRowsTable;
  screening_findings: ScreeningFindingsTable;
  dispositions: DispositionsTable;
  saved_suppliers: SavedSuppliersTable;
  alerts: AlertsTable;
}
