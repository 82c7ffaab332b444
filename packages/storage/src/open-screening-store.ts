import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { JobQueue, ScreeningStore } from '@tipwatch/core';
import { connectPostgres, connectSqlite } from './connect-database.js';
import { KyselyJobQueue } from './kysely-job-queue.js';
import { KyselyScreeningStore } from './kysely-screening-store.js';
import type { OpenStoreOptions } from './open-store.js';
import type { PostgresStoreOptions } from './postgres/postgres-store.js';
import type { ScreeningDatabase } from './screening-schema.js';
import { SQLITE_FILE } from './sqlite/sqlite-store.js';

/** The screening store and the job queue, on one connection; closing the store closes both. */
export interface ScreeningWorkspace {
  screenings: ScreeningStore;
  jobs: JobQueue;
}

/**
 * Opens the screening store and job queue in the same database as the knowledge and account stores
 * (PostgreSQL when `DATABASE_URL` is set, else the SQLite file of the data directory), on a connection of
 * their own, and runs pending migrations.
 */
export async function openScreeningWorkspace({
  dataDir,
  env,
}: OpenStoreOptions): Promise<ScreeningWorkspace> {
  const url = env.DATABASE_URL?.trim();
  if (url) return openPostgresScreeningWorkspace({ connectionString: url });
  mkdirSync(dataDir, { recursive: true });
  return openSqliteScreeningWorkspace(join(dataDir, SQLITE_FILE));
}

/** The screening store and job queue in a SQLite file. */
export async function openSqliteScreeningWorkspace(file: string): Promise<ScreeningWorkspace> {
  const db = await connectSqlite<ScreeningDatabase>(file);
  return { screenings: new KyselyScreeningStore(db, 'sqlite'), jobs: new KyselyJobQueue(db, 'sqlite') };
}

/** The screening store and job queue in a PostgreSQL database (optionally in a schema of its own). */
export async function openPostgresScreeningWorkspace(
  options: PostgresStoreOptions,
): Promise<ScreeningWorkspace> {
  const db = await connectPostgres<ScreeningDatabase>(options, 4);
  return { screenings: new KyselyScreeningStore(db, 'postgres'), jobs: new KyselyJobQueue(db, 'postgres') };
}
