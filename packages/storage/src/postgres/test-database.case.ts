import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, describe, it } from 'vitest';

/** What a PostgreSQL test file is given: the database and schemas of its own in it. */
export interface TestDatabase {
  /** The connection string, `DATABASE_URL`. */
  url: string;
  /**
   * A schema of this file's run: the one named `name` (the same each call with that name), or a new one each
   * call without. Every schema handed out is dropped after the file's tests.
   */
  schema(name?: string): string;
}

/**
 * Declares the tests `suite` registers against the PostgreSQL database of `DATABASE_URL`, each store in a
 * schema of its own (named `PREFIX_<random>_…`), so runs never see each other's tables. Without
 * `DATABASE_URL` the file fails with a test named `title` that says how to set it: PostgreSQL tests never skip.
 *
 * @example
 * onTestDatabase('PostgreSQL account store', 'tw_acct', (db) => {
 *   runAccountStoreContract('PostgreSQL', () =>
 *     openPostgresAccountStore({ connectionString: db.url, schema: db.schema() }),
 *   );
 * });
 */
export function onTestDatabase(title: string, prefix: string, suite: (db: TestDatabase) => void): void {
  const url = process.env.DATABASE_URL;
  if (!url) {
    describe(title, () => {
      it('needs a database', () => {
        throw new Error(
          'set DATABASE_URL to a PostgreSQL database, e.g. DATABASE_URL=postgres://postgres@127.0.0.1:5432/test',
        );
      });
    });
    return;
  }
  const run = `${prefix}_${randomBytes(4).toString('hex')}`;
  const schemas = new Set<string>();
  let fresh = 0;
  afterAll(() => dropSchemas(url, [...schemas]));
  suite({
    url,
    schema: (name) => {
      const schema = `${run}_${name ?? `fresh_${++fresh}`}`;
      schemas.add(schema);
      return schema;
    },
  });
}

/** Drops the given schemas, and everything in them, from the database at `url`. */
export async function dropSchemas(url: string, schemas: readonly string[]): Promise<void> {
  if (schemas.length === 0) return;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (const schema of schemas)
      await client.query(`DROP SCHEMA IF EXISTS ${client.escapeIdentifier(schema)} CASCADE`);
  } finally {
    await client.end();
  }
}
