import type { Migration } from 'kysely';
import type { Backend } from '../schema.js';

/**
 * The text of the file a version was imported from, kept beside the version so that the screening engine can
 * read an imported edition in the shape of the vendored file. A table of its own: listing versions never
 * loads the (large) texts.
 */
export function rawTextsMigration(_backend: Backend): Migration {
  return {
    async up(db) {
      await db.schema
        .createTable('dataset_raw_texts')
        .addColumn('version_id', 'integer', (c) => c.primaryKey().references('dataset_versions.id'))
        .addColumn('text', 'text', (c) => c.notNull())
        .execute();
    },
    async down(db) {
      await db.schema.dropTable('dataset_raw_texts').execute();
    },
  };
}
