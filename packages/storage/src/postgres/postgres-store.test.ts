import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, describe, it } from 'vitest';
import { runStoreContract } from '../contract.case.js';
import { openPostgresStore } from './postgres-store.js';

const url = process.env.DATABASE_URL;

if (!url) {
  describe('PostgreSQL store', () => {
    it('needs a database', () => {
      throw new Error(
        'set DATABASE_URL to a PostgreSQL database, e.g. DATABASE_URL=postgres://postgres@127.0.0.1:5432/test',
      );
    });
  });
} else {
  // Each store gets its own schema, so runs (and tests) never see each other's tables.
  const run = `tw_test_${randomBytes(4).toString('hex')}`;
  const schemas = new Set<string>();
  let fresh = 0;
  const schemaOf = (name: string) => {
    const schema = `${run}_${name}`;
    schemas.add(schema);
    return schema;
  };
  afterAll(async () => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    for (const schema of schemas) await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await client.end();
  });
  runStoreContract(
    'PostgreSQL',
    (name) => openPostgresStore({ connectionString: url, schema: schemaOf(name ?? `fresh_${++fresh}`) }),
    (name) => ({ backend: 'postgres', url, schema: schemaOf(name) }),
  );
}
