import { TipwatchError } from '@tipwatch/core';
import Database from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import { migrateToLatest } from './migrations/migrations.js';

export interface PostgresConnectOptions {
  connectionString: string;
  /** Schema to keep the tables in (created if missing); default: the server's search_path (`public`). */
  schema?: string;
  /** Connections in the pool. */
  maxConnections?: number;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * Opens (creating if needed) a SQLite database file (`:memory:` for a throw-away one) in WAL mode and runs
 * pending migrations. Every store of the data directory opens its connection here.
 */
export async function connectSqlite<DB>(file: string): Promise<Kysely<DB>> {
  const what = `the SQLite database ${file}`;
  let database: Database.Database;
  try {
    database = new Database(file);
    database.pragma('journal_mode = WAL');
    database.pragma('foreign_keys = ON');
    // Another process (a second CLI run) may hold the write lock for a moment.
    database.pragma('busy_timeout = 5000');
  } catch (error) {
    throw unavailable(what, error);
  }
  const db = new Kysely<DB>({ dialect: new SqliteDialect({ database }) });
  await migrate(db, 'sqlite', undefined, what);
  return db;
}

/** Connects a pool to PostgreSQL (optionally in a schema of its own) and runs pending migrations. */
export async function connectPostgres<DB>(
  options: PostgresConnectOptions,
  defaultMaxConnections: number,
): Promise<Kysely<DB>> {
  const { schema } = options;
  if (schema !== undefined && !SCHEMA_NAME.test(schema)) {
    throw new TipwatchError('bad_schema', `schema name "${schema}" must be lower-case letters, digits and _`);
  }
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.maxConnections ?? defaultMaxConnections,
    ...(schema === undefined ? {} : { options: `-c search_path=${schema}` }),
  });
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  await migrate(db, 'postgres', schema, 'the PostgreSQL database');
  return db;
}

async function migrate<DB>(
  db: Kysely<DB>,
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
    throw unavailable(what, error);
  }
}

function unavailable(what: string, error: unknown): TipwatchError {
  const reason = error instanceof Error ? error.message : String(error);
  return new TipwatchError('database_unavailable', `cannot open ${what}: ${reason}`);
}
