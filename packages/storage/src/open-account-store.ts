import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type AccountStore, TipwatchError } from '@tipwatch/core';
import Database from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import type { AccountsDatabase } from './account-schema.js';
import { KyselyAccountStore } from './kysely-account-store.js';
import { migrateToLatest } from './migrations/migrations.js';
import type { OpenStoreOptions } from './open-store.js';
import type { PostgresStoreOptions } from './postgres/postgres-store.js';
import { SQLITE_FILE } from './sqlite/sqlite-store.js';

/**
 * Opens the account store in the same database as the knowledge store (PostgreSQL when `DATABASE_URL` is
 * set, else the SQLite file of the data directory), on a connection of its own, and runs pending migrations.
 */
export async function openAccountStore({ dataDir, env }: OpenStoreOptions): Promise<AccountStore> {
  const url = env.DATABASE_URL?.trim();
  if (url) return openPostgresAccountStore({ connectionString: url });
  mkdirSync(dataDir, { recursive: true });
  return openSqliteAccountStore(join(dataDir, SQLITE_FILE));
}

/** The account store in a SQLite file (`:memory:` for a throw-away one). */
export async function openSqliteAccountStore(file: string): Promise<AccountStore> {
  let database: Database.Database;
  try {
    database = new Database(file);
    database.pragma('journal_mode = WAL');
    database.pragma('foreign_keys = ON');
    database.pragma('busy_timeout = 5000');
  } catch (error) {
    throw new TipwatchError(
      'database_unavailable',
      `cannot open the SQLite database ${file}: ${reason(error)}`,
    );
  }
  const db = new Kysely<AccountsDatabase>({ dialect: new SqliteDialect({ database }) });
  await migrate(db, 'sqlite', undefined, `the SQLite database ${file}`);
  return new KyselyAccountStore(db, 'sqlite');
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** The account store in a PostgreSQL database (optionally in a schema of its own). */
export async function openPostgresAccountStore(options: PostgresStoreOptions): Promise<AccountStore> {
  const { schema } = options;
  if (schema !== undefined && !SCHEMA_NAME.test(schema)) {
    throw new TipwatchError('bad_schema', `schema name "${schema}" must be lower-case letters, digits and _`);
  }
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.maxConnections ?? 4,
    ...(schema === undefined ? {} : { options: `-c search_path=${schema}` }),
  });
  const db = new Kysely<AccountsDatabase>({ dialect: new PostgresDialect({ pool }) });
  await migrate(db, 'postgres', schema, 'the PostgreSQL database');
  return new KyselyAccountStore(db, 'postgres');
}

async function migrate(
  db: Kysely<AccountsDatabase>,
  backend: 'sqlite' | 'postgres',
  schema: string | undefined,
  what: string,
): Promise<void> {
  try {
    if (schema !== undefined) await sql`CREATE SCHEMA IF NOT EXISTS ${sql.id(schema)}`.execute(db);
    await migrateToLatest(db, backend, schema);
  } catch (error) {
    await db.destroy();
    if (error instanceof TipwatchError) throw error;
    throw new TipwatchError('database_unavailable', `cannot open ${what}: ${reason(error)}`);
  }
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
