import type { Migration } from 'kysely';
import type { Backend } from '../schema.js';

/**
 * Failed sign-ins, per throttle key (a hash of an e-mail address or a client address) and time, so that
 * every server process sharing the database counts the same failures.
 */
export function signInFailuresMigration(backend: Backend): Migration {
  return {
    async up(db) {
      const table =
        backend === 'sqlite'
          ? db.schema
              .createTable('sign_in_failures')
              .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
          : db.schema.createTable('sign_in_failures').addColumn('id', 'serial', (c) => c.primaryKey());
      await table
        .addColumn('key_hash', 'text', (c) => c.notNull())
        .addColumn('at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('sign_in_failures_key_at')
        .on('sign_in_failures')
        .columns(['key_hash', 'at'])
        .execute();
      await db.schema.createIndex('sign_in_failures_at').on('sign_in_failures').column('at').execute();
    },
    async down(db) {
      await db.schema.dropTable('sign_in_failures').execute();
    },
  };
}
