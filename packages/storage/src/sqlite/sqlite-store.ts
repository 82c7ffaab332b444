import { type KnowledgeStore, TipwatchError } from '@tipwatch/core';
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { type BackendOps, KyselyKnowledgeStore, type RawHit } from '../kysely-store.js';
import { migrateToLatest } from '../migrations/migrations.js';
import type { KnowledgeDatabase } from '../schema.js';

/** File name of the SQLite database inside the data directory. */
export const SQLITE_FILE = 'knowledge.sqlite';

/**
 * Opens (creating if needed) the SQLite knowledge store in `file` (`:memory:` for a throw-away one),
 * in WAL mode, and runs pending migrations.
 */
export async function openSqliteStore(file: string): Promise<KnowledgeStore> {
  let database: Database.Database;
  try {
    database = new Database(file);
    database.pragma('journal_mode = WAL');
    database.pragma('foreign_keys = ON');
    // Another process (a second CLI run) may hold the write lock for a moment.
    database.pragma('busy_timeout = 5000');
  } catch (error) {
    throw new TipwatchError(
      'database_unavailable',
      `cannot open the SQLite database ${file}: ${reason(error)}`,
    );
  }
  const db = new Kysely<KnowledgeDatabase>({ dialect: new SqliteDialect({ database }) });
  try {
    await migrateToLatest(db, 'sqlite');
  } catch (error) {
    await db.destroy();
    if (error instanceof TipwatchError) throw error;
    throw new TipwatchError(
      'database_unavailable',
      `cannot open the SQLite database ${file}: ${reason(error)}`,
    );
  }
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

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
