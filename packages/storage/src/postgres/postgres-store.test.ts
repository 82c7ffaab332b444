import { runStoreContract } from '../contract.case.js';
import { openPostgresStore } from './postgres-store.js';
import { onTestDatabase } from './test-database.case.js';

onTestDatabase('PostgreSQL store', 'tw_test', (db) => {
  runStoreContract(
    'PostgreSQL',
    (name) => openPostgresStore({ connectionString: db.url, schema: db.schema(name) }),
    (name) => ({ backend: 'postgres', url: db.url, schema: db.schema(name) }),
  );
});
