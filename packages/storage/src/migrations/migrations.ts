import { TipwatchError } from '@tipwatch/core';
import { type Kysely, type Migration, Migrator } from 'kysely';
import type { Backend } from '../schema.js';
import { datasetsMigration } from './0001-datasets.js';
import { searchMigration } from './0002-search.js';
import { rawTextsMigration } from './0003-raw-texts.js';
import { accountsMigration } from './0004-accounts.js';
import { screeningsMigration } from './0005-screenings.js';
import { retiredRecordsMigration } from './0006-retired-records.js';
import { oneTimePasswordsMigration } from './0007-one-time-passwords.js';
import { signInFailuresMigration } from './0008-sign-in-failures.js';

/** Every migration, in order. Names sort in the order they must run; never rename or edit a released one. */
export function migrationsFor(backend: Backend): Record<string, Migration> {
  return {
    '0001-datasets': datasetsMigration(backend),
    '0002-search': searchMigration(backend),
    '0003-raw-texts': rawTextsMigration(backend),
    '0004-accounts': accountsMigration(backend),
    '0005-screenings': screeningsMigration(backend),
    '0006-retired-records': retiredRecordsMigration(),
    '0007-one-time-passwords': oneTimePasswordsMigration(),
    '0008-sign-in-failures': signInFailuresMigration(backend),
  };
}

/** Brings the schema to the latest version; throws a TipwatchError naming the migration that failed. */
// biome-ignore lint/suspicious/noExplicitAny: the migrator works on any schema
export async function migrateToLatest(db: Kysely<any>, backend: Backend, schema?: string): Promise<void> {
  const migrations = migrationsFor(backend);
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    ...(schema === undefined ? {} : { migrationTableSchema: schema }),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error !== undefined) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName;
    // No failed migration: the database could not be reached or locked; the caller says which database.
    if (failed === undefined) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new TipwatchError('migration_failed', `database migration ${failed} failed: ${reason}`);
  }
}
