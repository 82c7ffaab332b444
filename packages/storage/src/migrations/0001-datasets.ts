import type { Kysely, Migration } from 'kysely';
import type { Backend } from '../schema.js';

/** Datasets, their versions, and the rows of every version. */
export function datasetsMigration(backend: Backend): Migration {
  // Kysely<any> is what migrations get: they must not depend on today's schema types.
  // biome-ignore lint/suspicious/noExplicitAny: see above
  const idColumn = (db: Kysely<any>, table: string) =>
    backend === 'sqlite'
      ? db.schema.createTable(table).addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      : db.schema.createTable(table).addColumn('id', 'serial', (c) => c.primaryKey());
  return {
    async up(db) {
      await db.schema
        .createTable('datasets')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('in_force_version_id', 'integer')
        .execute();
      await idColumn(db, 'dataset_versions')
        .addColumn('dataset', 'text', (c) => c.notNull().references('datasets.id'))
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('imported_at', 'text', (c) => c.notNull())
        .addColumn('as_of', 'text')
        .addColumn('row_count', 'integer', (c) => c.notNull())
        .addColumn('checksum', 'text', (c) => c.notNull())
        .addColumn('source_file', 'text')
        .addColumn('imported_by', 'text', (c) => c.notNull())
        .addUniqueConstraint('dataset_versions_dataset_version', ['dataset', 'version'])
        .execute();
      await idColumn(db, 'records')
        .addColumn('version_id', 'integer', (c) => c.notNull().references('dataset_versions.id'))
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('search_text', 'text', (c) => c.notNull())
        .addColumn('row_date', 'text')
        .addColumn('data', 'text', (c) => c.notNull())
        .addUniqueConstraint('records_version_key', ['version_id', 'key'])
        .execute();
      await db.schema
        .createIndex('records_kind_version')
        .on('records')
        .columns(['kind', 'version_id'])
        .execute();
      await db.schema
        .createTable('record_countries')
        .addColumn('record_id', 'integer', (c) => c.notNull().references('records.id'))
        .addColumn('iso3', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('record_countries_pk', ['record_id', 'iso3'])
        .execute();
      await db.schema.createIndex('record_countries_iso3').on('record_countries').column('iso3').execute();
    },
    async down(db) {
      for (const table of ['record_countries', 'records', 'dataset_versions', 'datasets']) {
        await db.schema.dropTable(table).execute();
      }
    },
  };
}
