import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, describe, it } from 'vitest';
import { runEditingContract } from '../editing-contract.case.js';
import { openPostgresAccountStore } from '../open-account-store.js';
import { openPostgresStore } from './postgres-store.js';

const url = process.env.DATABASE_URL;

if (!url) {
  describe('PostgreSQL editing', () => {
    it('needs a database', () => {
      throw new Error(
        'set DATABASE_URL to a PostgreSQL database, e.g. DATABASE_URL=postgres://postgres@127.0.0.1:5432/test',
      );
    });
  });
} else {
  // Each pair of stores gets a schema of its own, dropped at the end.
  const run = `tw_edit_${randomBytes(4).toString('hex')}`;
  const schemas: string[] = [];
  afterAll(async () => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    for (const schema of schemas) await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await client.end();
  });
  runEditingContract('PostgreSQL', async () => {
    const schema = `${run}_${schemas.length + 1}`;
    schemas.push(schema);
    const store = await openPostgresStore({ connectionString: url, schema });
    return { store, accounts: await openPostgresAccountStore({ connectionString: url, schema }) };
  });
}
