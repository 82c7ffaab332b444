import type { KnowledgeStore } from '@tipwatch/core';
import { sql } from 'kysely';
import { connectPostgres, type PostgresConnectOptions } from '../connect-database.js';
import { type BackendOps, KyselyKnowledgeStore, type RawHit } from '../kysely-store.js';
import type { KnowledgeDatabase } from '../schema.js';

export type PostgresStoreOptions = PostgresConnectOptions;

/** Opens the PostgreSQL knowledge store and runs pending migrations. */
export async function openPostgresStore(options: PostgresStoreOptions): Promise<KnowledgeStore> {
  const db = await connectPostgres<KnowledgeDatabase>(options, 10);
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
