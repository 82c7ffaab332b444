import { type KnowledgeStore, TipwatchError } from '@tipwatch/core';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { type BackendOps, KyselyKnowledgeStore, type RawHit } from '../kysely-store.js';
import { migrateToLatest } from '../migrations/migrations.js';
import type { KnowledgeDatabase } from '../schema.js';

export interface PostgresStoreOptions {
  connectionString: string;
  /** Schema to keep the tables in (created if missing); default: the server's search_path (`public`). */
  schema?: string;
  /** Connections in the pool (default 10). */
  maxConnections?: number;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** Opens the PostgreSQL knowledge store and runs pending migrations. */
export async function openPostgresStore(options: PostgresStoreOptions): Promise<KnowledgeStore> {
  const { schema } = options;
  if (schema !== undefined && !SCHEMA_NAME.test(schema)) {
    throw new TipwatchError('bad_schema', `schema name "${schema}" must be lower-case letters, digits and _`);
  }
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.maxConnections ?? 10,
    ...(schema === undefined ? {} : { options: `-c search_path=${schema}` }),
  });
  const db = new Kysely<KnowledgeDatabase>({ dialect: new PostgresDialect({ pool }) });
  try {
    if (schema !== undefined) await sql`CREATE SCHEMA IF NOT EXISTS ${sql.id(schema)}`.execute(db);
    await migrateToLatest(db, 'postgres', schema);
  } catch (error) {
    await db.destroy();
    if (error instanceof TipwatchError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new TipwatchError('database_unavailable', `cannot open the PostgreSQL database: ${reason}`);
  }
  const ops: BackendOps = {
    backend: 'postgres',
    async lockDataset(trx, dataset) {
      await trx.selectFrom('datasets').select('id').where('id', '=', dataset).forUpdate().execute();
    },
    indexVersion: async () => {},
    async search(terms, kinds, limit, offset) {
      const { rows } = await sql<RawHit>`
        SELECT r.kind, r.key, r.title, r.data, v.dataset, ts_rank(r.tsv, q.query)::float8 AS score
        FROM records r
        JOIN datasets d ON d.in_force_version_id = r.version_id
        JOIN dataset_versions v ON v.id = r.version_id,
        plainto_tsquery('english'::regconfig, ${terms.join(' ')}) AS q(query)
        WHERE r.tsv @@ q.query AND r.kind IN (${sql.join(kinds)})
        ORDER BY score DESC, r.id
        LIMIT ${limit} OFFSET ${offset}`.execute(db);
      return rows;
    },
    close: async () => {},
  };
  return new KyselyKnowledgeStore(db, ops);
}
