import type { ScreeningInputOptions } from './screening.js';

/** A screening job a worker has claimed, with its lease. */
export interface ClaimedJob {
  screening_id: string;
  org_id: number;
  file_name: string;
  file_size: number;
  options: ScreeningInputOptions;
  /** Attempts so far, this one included. */
  attempts: number;
  max_attempts: number;
  worker: string;
  lease_until: string;
}

/** Who claims and until when; times are ISO 8601 UTC (`Date#toISOString`). */
export interface LeaseTerms {
  worker: string;
  now: string;
  lease_until: string;
}

/** The worker's report on a running job. */
export interface JobProgress {
  rows: number;
  /** Fraction of the input's bytes read, 0–1. */
  fraction: number;
}
