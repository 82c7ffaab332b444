import type { KnowledgeStore } from '@tipwatch/core';
import { sql } from 'kysely';
import { connectSqlite } from '../connect-database.js';
import { type BackendOps, KyselyKnowledgeStore, type RawHit } from '../kysely-store.js';
import type { KnowledgeDatabase } from '../schema.js';

/** File name of the SQLite database inside the data directory. */
export const SQLITE_FILE = 'knowledge.sqlite';

/**
 * Opens (creating if needed) the SQLite knowledge store in `file` (`:memory:` for a throw-away one),
 * in WAL mode, and runs pending migrations.
 */
export async function openSqliteStore(file: string): Promise<KnowledgeStore> {
  const db = await connectSqlite<KnowledgeDatabase>(file);
  const ops: BackendOps = {
    backend: 'sqlite',
    lockDataset: async () => {},
    async indexVersion(trx, versionId) {
      await sql`INSERT INTO search_index (rowid, title, search_text)
        SELECT id, title, search_text FROM records WHERE version_id = ${versionId}`.execute(trx);
    },
    async search(terms, kinds, limit, offset) {
      // Each term quoted: FTS5 syntax in the user's text (NEAR, *, -, quotes) is never interpreted.
      const match = terms.map((t) => `"${t}"`).join(' ');
      const { rows } = await sql<RawHit>`
        SELECT r.kind, r.key, r.title, r.data, v.dataset, -bm25(search_index, 3.0, 1.0) AS score
        FROM search_index
        JOIN records r ON r.id = search_index.rowid
        JOIN datasets d ON d.in_force_version_id = r.version_id
        JOIN dataset_versions v ON v.id = r.version_id
        WHERE search_index MATCH ${match} AND r.kind IN (${sql.join(kinds)})
        ORDER BY score DESC, r.id
        LIMIT ${limit} OFFSET ${offset}`.execute(db);
      return rows;
    },
    close: async () => {},
  };
  return new KyselyKnowledgeStore(db, ops);
}
