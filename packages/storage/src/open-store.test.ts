import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TipwatchError } from '@tipwatch/core';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { migrationsFor } from './migrations/migrations.js';
import { openStore } from './open-store.js';
import { openSqliteStore } from './sqlite/sqlite-store.js';

const dir = mkdtempSync(join(tmpdir(), 'tipwatch-open-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('openStore({ dataDir, env })', () => {
  it('opens SQLite in WAL mode in the data directory, creating it, when DATABASE_URL is unset or empty', async () => {
    const dataDir = join(dir, 'nested', 'tipwatch-data');
    const store = await openStore({ dataDir, env: { DATABASE_URL: ' ' } });
    expect(store.backend).toBe('sqlite');
    await store.close();
    const file = join(dataDir, 'knowledge.sqlite');
    expect(existsSync(file)).toBe(true);
    const raw = new Database(file, { readonly: true });
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    const migrations = raw.prepare('SELECT name FROM kysely_migration ORDER BY name').pluck().all();
    raw.close();
    expect(migrations).toEqual(Object.keys(migrationsFor('sqlite')).sort());
  });

  it('chooses PostgreSQL when DATABASE_URL is set, and reports an unreachable server as a TipwatchError', async () => {
    const error = await openStore({
      dataDir: dir,
      env: { DATABASE_URL: 'postgres://postgres@127.0.0.1:1/none' },
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TipwatchError);
    expect((error as TipwatchError).message).toMatch(/^cannot open the PostgreSQL database: /);
  });
});

describe('openSqliteStore(file)', () => {
  it('reports a file it cannot create as a TipwatchError naming the file', async () => {
    const file = join(dir, 'missing-folder', 'x.sqlite');
    await expect(openSqliteStore(file)).rejects.toThrow(`cannot open the SQLite database ${file}`);
  });
});
