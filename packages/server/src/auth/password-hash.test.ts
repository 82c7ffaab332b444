import { describe, expect, it } from 'vitest';
import { DUMMY_PASSWORD_HASH, hashPassword, verifyPassword } from './password-hash.js';

describe('hashPassword(password)', () => {
  it('salts every hash and verifies only the right password', async () => {
    const a = await hashPassword('a long enough passphrase');
    const b = await hashPassword('a long enough passphrase');
    expect(a).toMatch(/^scrypt\$15\$8\$1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword('a long enough passphrase', a)).toBe(true);
    expect(await verifyPassword('a long enough passphrasE', a)).toBe(false);
  });
});

describe('verifyPassword(password, stored)', () => {
  it('is false for malformed hashes and for the dummy hash', async () => {
    expect(await verifyPassword('x', 'plain-text')).toBe(false);
    expect(await verifyPassword('x', 'scrypt$40$8$1$AAAA$AAAA')).toBe(false);
    expect(await verifyPassword('', DUMMY_PASSWORD_HASH)).toBe(false);
  });
});
