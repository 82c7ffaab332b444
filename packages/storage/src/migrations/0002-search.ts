import { type Migration, sql } from 'kysely';
import type { Backend } from '../schema.js';

/** Full-text search: an FTS5 index on SQLite, a generated tsvector with a GIN index on PostgreSQL. */
export function searchMigration(backend: Backend): Migration {
  return backend === 'sqlite'
    ? {
        async up(db) {
          // External-content FTS5: the text lives in `records`, the index refers to records.id.
          await sql`CREATE VIRTUAL TABLE search_index USING fts5(
            title, search_text, content='records', content_rowid='id',
            tokenize='porter unicode61 remove_diacritics 2')`.execute(db);
        },
        async down(db) {
          await sql`DROP TABLE search_index`.execute(db);
        },
      }
    : {
        async up(db) {
          await sql`ALTER TABLE records ADD COLUMN tsv tsvector GENERATED ALWAYS AS (
            setweight(to_tsvector('english'::regconfig, title), 'A') ||
            setweight(to_tsvector('english'::regconfig, search_text), 'B')) STORED`.execute(db);
          await sql`CREATE INDEX records_tsv ON records USING gin (tsv)`.execute(db);
        },
        async down(db) {
          await sql`DROP INDEX records_tsv`.execute(db);
          await sql`ALTER TABLE records DROP COLUMN tsv`.execute(db);
        },
      };
}
