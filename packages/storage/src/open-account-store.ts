import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { AccountStore } from '@tipwatch/core';
import type { AccountsDatabase } from './account-schema.js';
import { connectPostgres, connectSqlite } from './connect-database.js';
import { KyselyAccountStore } from './kysely-account-store.js';
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
  return new KyselyAccountStore(await connectSqlite<AccountsDatabase>(file), 'sqlite');
}

/** The account store in a PostgreSQL database (optionally in a schema of its own). */
export async function openPostgresAccountStore(options: PostgresStoreOptions): Promise<AccountStore> {
  return new KyselyAccountStore(await connectPostgres<AccountsDatabase>(options, 4), 'postgres');
}
