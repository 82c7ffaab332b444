import type { Migration } from 'kysely';

/**
 * Records editors retired: the row as it was, the dataset it left, who retired it and when. One per kind
 * and key, so a retired key cannot be reused by a new record (restore it instead).
 */
export function retiredRecordsMigration(): Migration {
  return {
    async up(db) {
      await db.schema
        .createTable('retired_records')
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('dataset', 'text', (c) => c.notNull().references('datasets.id'))
        .addColumn('data', 'text', (c) => c.notNull())
        .addColumn('retired_at', 'text', (c) => c.notNull())
        .addColumn('retired_by', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('retired_records_pk', ['kind', 'key'])
        .execute();
    },
    async down(db) {
      await db.schema.dropTable('retired_records').execute();
    },
  };
}
