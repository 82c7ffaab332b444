import type { ScreeningCounts } from './screening.js';
import type { ClaimedJob, JobProgress, LeaseTerms } from './screening-job.js';

/**
 * The screening job queue port. Jobs are created with their screening (`ScreeningStore.createScreening`).
 * A worker claims one job at a time with a lease, renews the lease while it works (`heartbeat`) and ends
 * with `complete` or `fail`. A job whose lease ran out (its worker died) can be claimed again until it has
 * had `max_attempts` attempts; then it fails with a message saying so. Every method taking a worker only
 * acts when that worker still holds the job, and returns false otherwise.
 */
export interface JobQueue {
  /** Claims the oldest claimable job, or null. Two claimers never get the same job. */
  claim(terms: LeaseTerms): Promise<ClaimedJob | null>;
  /** Renews the lease and stores the progress; false when the worker no longer holds the job. */
  heartbeat(screeningId: string, terms: LeaseTerms, progress: JobProgress): Promise<boolean>;
  complete(screeningId: string, worker: string, counts: ScreeningCounts, now: string): Promise<boolean>;
  /**
   * Ends the attempt with a user-readable error: back to the queue when `retry` and attempts remain,
   * otherwise failed for good.
   */
  fail(screeningId: string, worker: string, error: string, now: string, retry: boolean): Promise<boolean>;
}
