import { runAccountStoreContract } from '../account-contract.case.js';
import { openPostgresAccountStore } from '../open-account-store.js';
import { onTestDatabase } from './test-database.case.js';

onTestDatabase('PostgreSQL account store', 'tw_acct', (db) => {
  runAccountStoreContract('PostgreSQL', () =>
    openPostgresAccountStore({ connectionString: db.url, schema: db.schema() }),
  );
});
