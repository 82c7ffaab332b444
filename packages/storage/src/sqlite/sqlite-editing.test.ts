import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { runEditingContract } from '../editing-contract.case.js';
import { openSqliteAccountStore } from '../open-account-store.js';
import { openSqliteStore } from './sqlite-store.js';

const dir = mkdtempSync(join(tmpdir(), 'tipwatch-sqlite-editing-'));
let fresh = 0;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

runEditingContract('SQLite', async () => {
  const file = join(dir, `editing-${++fresh}.sqlite`);
  return { store: await openSqliteStore(file), accounts: await openSqliteAccountStore(file) };
});
