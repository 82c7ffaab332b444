import { runEditingContract } from '../editing-contract.case.js';
import { openPostgresAccountStore } from '../open-account-store.js';
import { openPostgresStore } from './postgres-store.js';
import { onTestDatabase } from './test-database.case.js';

onTestDatabase('PostgreSQL editing', 'tw_edit', (db) => {
  // Each pair of stores shares a schema of its own.
  runEditingContract('PostgreSQL', async () => {
    const on = { connectionString: db.url, schema: db.schema() };
    return { store: await openPostgresStore(on), accounts: await openPostgresAccountStore(on) };
  });
});
