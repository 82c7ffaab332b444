import type { Migration } from 'kysely';

/**
 * Whether a user's password is a one-time password an admin or the command line handed over (`issued`, until
 * the user sets their own) or null (the user's own).
 */
export function oneTimePasswordsMigration(): Migration {
  return {
    async up(db) {
      await db.schema.alterTable('users').addColumn('one_time_password', 'text').execute();
    },
    async down(db) {
      await db.schema.alterTable('users').dropColumn('one_time_password').execute();
    },
  };
}
