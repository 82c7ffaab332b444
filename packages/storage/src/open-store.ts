import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { KnowledgeStore } from '@tipwatch/core';
import { openPostgresStore } from './postgres/postgres-store.js';
import { openSqliteStore, SQLITE_FILE } from './sqlite/sqlite-store.js';

export interface OpenStoreOptions {
  /** The data directory (see `resolveDataDir`); the SQLite file lives there. */
  dataDir: string;
  /** The environment: `DATABASE_URL`, when set, selects PostgreSQL. */
  env: Readonly<Record<string, string | undefined>>;
}

/** Opens the knowledge store: PostgreSQL when `DATABASE_URL` is set, else SQLite in the data directory. */
export async function openStore({ dataDir, env }: OpenStoreOptions): Promise<KnowledgeStore> {
  const url = env.DATABASE_URL?.trim();
  if (url) return openPostgresStore({ connectionString: url });
  mkdirSync(dataDir, { recursive: true });
  return openSqliteStore(join(dataDir, SQLITE_FILE));
}
