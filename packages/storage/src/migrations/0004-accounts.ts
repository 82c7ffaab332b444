import type { Kysely, Migration } from 'kysely';
import type { Backend } from '../schema.js';

/**
 * Organisations, users, sessions, API tokens and the audit log. Flags are integers 0/1 and times ISO text on
 * both backends, so one Kysely adapter reads them alike. Sessions and tokens are stored as SHA-256 hashes.
 */
export function accountsMigration(backend: Backend): Migration {
  // biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types
  const idColumn = (db: Kysely<any>, table: string) =>
    backend === 'sqlite'
      ? db.schema.createTable(table).addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      : db.schema.createTable(table).addColumn('id', 'serial', (c) => c.primaryKey());
  return {
    async up(db) {
      await idColumn(db, 'organisations')
        .addColumn('name', 'text', (c) => c.notNull().unique())
        .addColumn('is_office', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await idColumn(db, 'users')
        .addColumn('org_id', 'integer', (c) => c.notNull().references('organisations.id'))
        .addColumn('email', 'text', (c) => c.notNull().unique())
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('password_hash', 'text', (c) => c.notNull())
        .addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('users_org').on('users').column('org_id').execute();
      await db.schema
        .createTable('sessions')
        .addColumn('id_hash', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
        .addColumn('csrf_token', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .addColumn('revoked_at', 'text')
        .execute();
      await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();
      await idColumn(db, 'api_tokens')
        .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('token_hash', 'text', (c) => c.notNull().unique())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('revoked_at', 'text')
        .execute();
      await db.schema.createIndex('api_tokens_user').on('api_tokens').column('user_id').execute();
      await idColumn(db, 'audit_log')
        .addColumn('org_id', 'integer', (c) => c.notNull().references('organisations.id'))
        .addColumn('actor_user_id', 'integer')
        .addColumn('actor', 'text', (c) => c.notNull())
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('target_type', 'text', (c) => c.notNull())
        .addColumn('target_id', 'text', (c) => c.notNull())
        .addColumn('before', 'text')
        .addColumn('after', 'text')
        .execute();
      await db.schema.createIndex('audit_log_org').on('audit_log').columns(['org_id', 'id']).execute();
    },
    async down(db) {
      for (const table of ['audit_log', 'api_tokens', 'sessions', 'users', 'organisations']) {
        await db.schema.dropTable(table).execute();
      }
    },
  };
}
