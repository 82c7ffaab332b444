import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { runAccountStoreContract } from '../account-contract.case.js';
import { openSqliteAccountStore } from '../open-account-store.js';

const dir = mkdtempSync(join(tmpdir(), 'tipwatch-accounts-'));
let fresh = 0;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

runAccountStoreContract('SQLite', () => openSqliteAccountStore(join(dir, `accounts-${++fresh}.sqlite`)));
