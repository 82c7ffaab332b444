import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { openSqliteAccountStore } from '../open-account-store.js';
import { openSqliteScreeningWorkspace } from '../open-screening-store.js';
import { runScreeningStoreContract } from '../screening-contract.case.js';

const dir = mkdtempSync(join(tmpdir(), 'tipwatch-screenings-'));
let fresh = 0;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

runScreeningStoreContract('SQLite', async () => {
  const file = join(dir, `workspace-${++fresh}.sqlite`);
  return {
    accounts: await openSqliteAccountStore(file),
    workspace: await openSqliteScreeningWorkspace(file),
    again: () => openSqliteScreeningWorkspace(file),
  };
});
