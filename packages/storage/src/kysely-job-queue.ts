import type {
  ClaimedJob,
  JobProgress,
  JobQueue,
  LeaseTerms,
  ScreeningCounts,
  ScreeningInputOptions,
} from '@tipwatch/core';
import { type Kysely, sql } from 'kysely';
import type { Backend } from './schema.js';
import type { ScreeningDatabase } from './screening-schema.js';

/**
 * The screening job queue in the `screening_jobs` table. A claim is one UPDATE of the oldest claimable job
 * (queued, or running with an expired lease and attempts left) with RETURNING: on PostgreSQL the job is
 * picked with `FOR UPDATE SKIP LOCKED`, so workers on several machines never wait on or share a job; on
 * SQLite the single writer makes the UPDATE atomic, and its WHERE re-checks the status.
 */
export class KyselyJobQueue implements JobQueue {
  constructor(
    private readonly db: Kysely<ScreeningDatabase>,
    readonly backend: Backend,
  ) {}

  async claim(terms: LeaseTerms): Promise<ClaimedJob | null> {
    // Jobs whose worker died on their last attempt fail now, with a message the user can read.
    await this.db
      .updateTable('screening_jobs')
      .set({
        status: 'failed',
        worker: null,
        lease_until: null,
        finished_at: terms.now,
        error: sql<string>`'the screening stopped without finishing ' || CAST(attempts AS TEXT) || ' times; upload the file again, or split it'`,
      })
      .where('status', '=', 'running')
      .where('lease_until', '<', terms.now)
      .where((eb) => eb('attempts', '>=', eb.ref('max_attempts')))
      .execute();

    let pick = this.db
      .selectFrom('screening_jobs')
      .select('screening_id')
      .where((eb) =>
        eb.or([
          eb('status', '=', 'queued'),
          eb.and([
            eb('status', '=', 'running'),
            eb('lease_until', '<', terms.now),
            eb('attempts', '<', eb.ref('max_attempts')),
          ]),
        ]),
      )
      .orderBy('created_at')
      .orderBy('screening_id')
      .limit(1);
    if (this.backend === 'postgres') pick = pick.forUpdate().skipLocked();

    const job = await this.db
      .updateTable('screening_jobs')
      .set((eb) => ({
        status: 'running',
        worker: terms.worker,
        lease_until: terms.lease_until,
        attempts: eb('attempts', '+', 1),
        progress_rows: 0,
        progress_fraction: 0,
        started_at: terms.now,
      }))
      .where('screening_id', '=', pick)
      .where((eb) =>
        eb.or([
          eb('status', '=', 'queued'),
          eb.and([eb('status', '=', 'running'), eb('lease_until', '<', terms.now)]),
        ]),
      )
      .returning(['screening_id', 'attempts', 'max_attempts', 'worker', 'lease_until'])
      .executeTakeFirst();
    if (job === undefined) return null;
    const screening = await this.db
      .selectFrom('screenings')
      .select(['org_id', 'file_name', 'file_size', 'options'])
      .where('id', '=', job.screening_id)
      .executeTakeFirstOrThrow();
    return {
      screening_id: job.screening_id,
      org_id: screening.org_id,
      file_name: screening.file_name,
      file_size: screening.file_size,
      options: JSON.parse(screening.options) as ScreeningInputOptions,
      attempts: job.attempts,
      max_attempts: job.max_attempts,
      worker: terms.worker,
      lease_until: terms.lease_until,
    };
  }

  async heartbeat(screeningId: string, terms: LeaseTerms, progress: JobProgress): Promise<boolean> {
    const result = await this.db
      .updateTable('screening_jobs')
      .set({
        lease_until: terms.lease_until,
        progress_rows: progress.rows,
        progress_fraction: Math.min(1, Math.max(0, progress.fraction)),
      })
      .where('screening_id', '=', screeningId)
      .where('worker', '=', terms.worker)
      .where('status', '=', 'running')
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  async complete(
    screeningId: string,
    worker: string,
    counts: ScreeningCounts,
    now: string,
  ): Promise<boolean> {
    return this.db.transaction().execute(async (trx) => {
      const result = await trx
        .updateTable('screening_jobs')
        .set({
          status: 'done',
          worker: null,
          lease_until: null,
          error: null,
          finished_at: now,
          progress_rows: counts.rows,
          progress_fraction: 1,
        })
        .where('screening_id', '=', screeningId)
        .where('worker', '=', worker)
        .where('status', '=', 'running')
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) !== 1) return false;
      await trx
        .updateTable('screenings')
        .set({ counts: JSON.stringify(counts) })
        .where('id', '=', screeningId)
        .execute();
      return true;
    });
  }

  async fail(
    screeningId: string,
    worker: string,
    error: string,
    now: string,
    retry: boolean,
  ): Promise<boolean> {
    const result = await this.db
      .updateTable('screening_jobs')
      .set((eb) => ({
        status: retry
          ? eb.case().when('attempts', '<', eb.ref('max_attempts')).then('queued').else('failed').end()
          : 'failed',
        worker: null,
        lease_until: null,
        error,
        finished_at: retry
          ? eb.case().when('attempts', '<', eb.ref('max_attempts')).then(null).else(now).end()
          : now,
      }))
      .where('screening_id', '=', screeningId)
      .where('worker', '=', worker)
      .where('status', '=', 'running')
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }
}
