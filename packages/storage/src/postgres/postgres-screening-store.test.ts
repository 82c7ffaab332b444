import { openPostgresAccountStore } from '../open-account-store.js';
import { openPostgresScreeningWorkspace } from '../open-screening-store.js';
import { runScreeningStoreContract } from '../screening-contract.case.js';
import { onTestDatabase } from './test-database.case.js';

onTestDatabase('PostgreSQL screening store', 'tw_scr', (db) => {
  runScreeningStoreContract('PostgreSQL', async () => {
    const on = { connectionString: db.url, schema: db.schema() };
    return {
      accounts: await openPostgresAccountStore(on),
      workspace: await openPostgresScreeningWorkspace(on),
      again: () => openPostgresScreeningWorkspace(on),
    };
  });
});
