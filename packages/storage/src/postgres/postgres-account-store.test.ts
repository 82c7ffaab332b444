import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, describe, it } from 'vitest';
import { runAccountStoreContract } from '../account-contract.case.js';
import { openPostgresAccountStore } from '../open-account-store.js';

const url = process.env.DATABASE_URL;

if (!url) {
  describe('PostgreSQL account store', () => {
    it('needs a database', () => {
      throw new Error(
        'set DATABASE_URL to a PostgreSQL database, e.g. DATABASE_URL=postgres://postgres@127.0.0.1:5432/test',
      );
    });
  });
} else {
  const run = `tw_acct_${randomBytes(4).toString('hex')}`;
  const schemas: string[] = [];
  afterAll(async () => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    for (const schema of schemas) await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await client.end();
  });
  runAccountStoreContract('PostgreSQL', () => {
    const schema = `${run}_${schemas.length + 1}`;
    schemas.push(schema);
    return openPostgresAccountStore({ connectionString: url, schema });
  });
}
