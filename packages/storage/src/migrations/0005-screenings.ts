import type { Kysely, Migration } from 'kysely';
import type { Backend } from '../schema.js';

/**
 * The screening workspace: screenings and their jobs, register rows and findings loaded for querying,
 * dispositions (per organisation, supplier and finding, so they carry over), saved suppliers and alerts.
 * Times are ISO text and JSON is text on both backends, as in the account tables.
 */
export function screeningsMigration(backend: Backend): Migration {
  const real = backend === 'sqlite' ? 'real' : 'double precision';
  // biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types
  const idColumn = (db: Kysely<any>, table: string) =>
    backend === 'sqlite'
      ? db.schema.createTable(table).addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      : db.schema.createTable(table).addColumn('id', 'serial', (c) => c.primaryKey());
  return {
    async up(db) {
      await db.schema
        .createTable('screenings')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('org_id', 'integer', (c) => c.notNull().references('organisations.id'))
        .addColumn('created_by', 'integer', (c) => c.notNull())
        .addColumn('created_by_email', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('file_name', 'text', (c) => c.notNull())
        .addColumn('file_size', 'integer', (c) => c.notNull())
        .addColumn('options', 'text', (c) => c.notNull())
        .addColumn('counts', 'text')
        .execute();
      await db.schema
        .createIndex('screenings_org')
        .on('screenings')
        .columns(['org_id', 'created_at'])
        .execute();
      await db.schema
        .createTable('screening_jobs')
        .addColumn('screening_id', 'text', (c) => c.primaryKey())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('max_attempts', 'integer', (c) => c.notNull())
        .addColumn('worker', 'text')
        .addColumn('lease_until', 'text')
        .addColumn('progress_rows', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('progress_fraction', real, (c) => c.notNull().defaultTo(0))
        .addColumn('error', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('started_at', 'text')
        .addColumn('finished_at', 'text')
        .execute();
      await db.schema
        .createIndex('screening_jobs_claim')
        .on('screening_jobs')
        .columns(['status', 'created_at'])
        .execute();
      await db.schema
        .createTable('screening_rows')
        .addColumn('screening_id', 'text', (c) => c.notNull())
        .addColumn('row', 'integer', (c) => c.notNull())
        .addColumn('ref', 'text', (c) => c.notNull())
        .addColumn('supplier', 'text', (c) => c.notNull())
        .addColumn('supplier_key', 'text', (c) => c.notNull())
        .addColumn('country', 'text')
        .addColumn('level', 'text', (c) => c.notNull())
        .addColumn('level_rank', 'integer', (c) => c.notNull())
        .addColumn('score', real, (c) => c.notNull())
        .addColumn('sectors', 'text', (c) => c.notNull())
        .addColumn('kinds', 'text', (c) => c.notNull())
        .addColumn('amount', real)
        .addColumn('currency', 'text', (c) => c.notNull())
        .addColumn('top_reason', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('screening_rows_pk', ['screening_id', 'row'])
        .execute();
      await db.schema
        .createIndex('screening_rows_score')
        .on('screening_rows')
        .columns(['screening_id', 'score'])
        .execute();
      await idColumn(db, 'screening_findings')
        .addColumn('screening_id', 'text', (c) => c.notNull())
        .addColumn('row', 'integer', (c) => c.notNull())
        .addColumn('ref', 'text', (c) => c.notNull())
        .addColumn('supplier', 'text', (c) => c.notNull())
        .addColumn('supplier_key', 'text', (c) => c.notNull())
        .addColumn('finding_key', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('level', 'text', (c) => c.notNull())
        .addColumn('summary', 'text', (c) => c.notNull())
        .addColumn('dataset', 'text', (c) => c.notNull())
        .addColumn('record', 'text', (c) => c.notNull())
        .addColumn('as_of', 'text')
        .addColumn('matched_name', 'text')
        .addColumn('score', real)
        .execute();
      await db.schema
        .createIndex('screening_findings_row')
        .on('screening_findings')
        .columns(['screening_id', 'row'])
        .execute();
      await db.schema
        .createTable('dispositions')
        .addColumn('org_id', 'integer', (c) => c.notNull().references('organisations.id'))
        .addColumn('supplier_key', 'text', (c) => c.notNull())
        .addColumn('finding_key', 'text', (c) => c.notNull())
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('note', 'text', (c) => c.notNull())
        .addColumn('updated_by', 'integer', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('dispositions_pk', ['org_id', 'supplier_key', 'finding_key'])
        .execute();
      await db.schema
        .createTable('saved_suppliers')
        .addColumn('org_id', 'integer', (c) => c.notNull().references('organisations.id'))
        .addColumn('supplier_key', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('country', 'text')
        .addColumn('first_seen', 'text', (c) => c.notNull())
        .addColumn('last_screening_id', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('saved_suppliers_pk', ['org_id', 'supplier_key'])
        .execute();
      await idColumn(db, 'alerts')
        .addColumn('org_id', 'integer', (c) => c.notNull().references('organisations.id'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('dataset', 'text', (c) => c.notNull())
        .addColumn('as_of', 'text')
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('matches', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('alerts_org').on('alerts').columns(['org_id', 'id']).execute();
    },
    async down(db) {
      for (const table of [
        'alerts',
        'saved_suppliers',
        'dispositions',
        'screening_findings',
        'screening_rows',
        'screening_jobs',
        'screenings',
      ]) {
        await db.schema.dropTable(table).execute();
      }
    },
  };
}
