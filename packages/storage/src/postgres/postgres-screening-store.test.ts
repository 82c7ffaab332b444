import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, describe, it } from 'vitest';
import { openPostgresAccountStore } from '../open-account-store.js';
import { openPostgresScreeningWorkspace } from '../open-screening-store.js';
import { runScreeningStoreContract } from '../screening-contract.case.js';

const url = process.env.DATABASE_URL;

if (!url) {
  describe('PostgreSQL screening store', () => {
    it('needs a database', () => {
      throw new Error(
        'set DATABASE_URL to a PostgreSQL database, e.g. DATABASE_URL=postgres://postgres@127.0.0.1:5432/test',
      );
    });
  });
} else {
  const run = `tw_scr_${randomBytes(4).toString('hex')}`;
  const schemas: string[] = [];
  afterAll(async () => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    for (const schema of schemas) await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await client.end();
  });
  runScreeningStoreContract('PostgreSQL', async () => {
    const schema = `${run}_${schemas.length + 1}`;
    schemas.push(schema);
    const accounts = await openPostgresAccountStore({ connectionString: url, schema });
    return {
      accounts,
      workspace: await openPostgresScreeningWorkspace({ connectionString: url, schema }),
      again: () => openPostgresScreeningWorkspace({ connectionString: url, schema }),
    };
  });
}
