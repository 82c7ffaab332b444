import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { runStoreContract } from '../contract.case.js';
import { openSqliteStore } from './sqlite-store.js';

const dir = mkdtempSync(join(tmpdir(), 'tipwatch-sqlite-'));
let fresh = 0;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const fileOf = (name: string) => join(dir, `${name}.sqlite`);
runStoreContract(
  'SQLite',
  (name) => openSqliteStore(fileOf(name ?? `fresh-${++fresh}`)),
  (name) => ({ backend: 'sqlite', file: fileOf(name) }),
);
