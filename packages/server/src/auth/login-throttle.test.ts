import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AccountStore } from '@tipwatch/core';
import { openSqliteAccountStore } from '@tipwatch/storage';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LoginThrottle } from './login-throttle.js';

const LIMIT = { max: 3, windowMs: 60_000 };

describe('LoginThrottle (failures kept in the account store)', () => {
  let dir: string;
  let stores: AccountStore[];
  const open = async () => {
    const store = await openSqliteAccountStore(join(dir, 'knowledge.sqlite'));
    stores.push(store);
    return store;
  };
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'tipwatch-throttle-'));
    stores = [];
  });
  afterEach(async () => {
    for (const s of stores) await s.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('blocks a key after max failures until the oldest counted one leaves the window', async () => {
    let now = 0;
    const throttle = new LoginThrottle(await open(), () => new Date(now));
    const keys = [['email:a', LIMIT]] as const;
    for (const at of [0, 10_000, 20_000]) {
      now = at;
      expect(await throttle.retryAfter(keys)).toBeNull();
      await throttle.fail(keys);
    }
    now = 30_000;
    expect(await throttle.retryAfter(keys)).toBe(30);
    now = 60_001;
    expect(await throttle.retryAfter(keys)).toBeNull();
  });

  it('counts keys apart and forgets a cleared one', async () => {
    const throttle = new LoginThrottle(await open(), () => new Date(0));
    const a = [['email:a', LIMIT]] as const;
    for (let i = 0; i < 3; i++) await throttle.fail(a);
    expect(await throttle.retryAfter([['email:b', LIMIT]])).toBeNull();
    expect(await throttle.retryAfter(a)).toBe(60);
    await throttle.clear('email:a');
    expect(await throttle.retryAfter(a)).toBeNull();
  });

  it('counts the failures of every server process that shares the database', async () => {
    const clock = () => new Date(0);
    const first = new LoginThrottle(await open(), clock);
    const second = new LoginThrottle(await open(), clock);
    const keys = [['address:10.0.0.1', LIMIT]] as const;
    await first.fail(keys);
    await second.fail(keys);
    expect(await first.retryAfter(keys)).toBeNull();
    await first.fail(keys);
    expect(await second.retryAfter(keys)).toBe(60);
  });

  it('stores hashes of the keys, not the addresses tried', async () => {
    const store = await open();
    const throttle = new LoginThrottle(store, () => new Date(0));
    await throttle.fail([['email:anna@example.org', LIMIT]]);
    expect(await store.signInFailures('email:anna@example.org', '1969-01-01T00:00:00.000Z', 5)).toEqual([]);
    expect(await throttle.retryAfter([['email:anna@example.org', { max: 1, windowMs: 1000 }]])).toBe(1);
  });

  it('deletes failures older than the longest window now and then', async () => {
    let now = 0;
    const store = await open();
    const throttle = new LoginThrottle(store, () => new Date(now));
    await throttle.fail([['email:a', LIMIT]]);
    now = 120_000;
    await throttle.fail([['email:b', LIMIT]]);
    expect(await store.pruneSignInFailures(new Date(now + 1).toISOString())).toBe(1);
  });
});
