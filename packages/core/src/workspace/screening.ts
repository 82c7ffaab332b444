import type { Level } from '../model/level.js';
import type { CanonicalField } from '../model/spend-row.js';
import type { DataVersion } from '../screening/screen-summary.js';

export const SCREENING_STATUSES = ['queued', 'running', 'done', 'failed'] as const;
export type ScreeningStatus = (typeof SCREENING_STATUSES)[number];

/** How to read an uploaded file, as `tipwatch screen --map/--encoding` would. */
export interface ScreeningInputOptions {
  map: Partial<Record<CanonicalField, string>>;
  encoding?: string;
  format?: 'csv' | 'xlsx';
  /** The worksheet of a workbook to read, by name or 1-based number. */
  sheet?: string;
}

/** What a finished screening found (the run's summary, without the spend sums). */
export interface ScreeningCounts {
  rows: number;
  screened: number;
  rejected: number;
  levels: Record<Level, number>;
  /** The detected layout's name (e.g. `generic`, `fpds`). */
  layout: string;
  /** The worksheet read, for a workbook. */
  sheet?: string;
  data_versions: DataVersion[];
}

/** A file an organisation uploaded for screening, with the state of its job. */
export interface Screening {
  /** A generated id; never derived from the file name. */
  id: string;
  org_id: number;
  created_by: number;
  created_by_email: string;
  created_at: string;
  /** The uploaded file's name as the client gave it: display text only. */
  file_name: string;
  file_size: number;
  options: ScreeningInputOptions;
  status: ScreeningStatus;
  attempts: number;
  /** Data rows read so far, and the fraction (0–1) of the file's bytes read. */
  progress: { rows: number; fraction: number };
  /** A message for the user when the screening failed. */
  error: string | null;
  started_at: string | null;
  finished_at: string | null;
  /** Set when the screening is done. */
  counts: ScreeningCounts | null;
}

export type NewScreening = Pick<
  Screening,
  'id' | 'org_id' | 'created_by' | 'created_by_email' | 'created_at' | 'file_name' | 'file_size' | 'options'
>;
