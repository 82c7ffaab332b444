import { describe, expect, it } from 'vitest';
import { checkPassword } from './password-policy.js';

describe('checkPassword(password, context)', () => {
  it('accepts a long passphrase', () => {
    expect(checkPassword('correct horse battery staple', { email: 'a@b.org' })).toEqual([]);
  });
  it('rejects a short password and says how long it must be', () => {
    const [problem] = checkPassword('short1');
    expect(problem?.code).toBe('password_too_short');
    expect(problem?.message).toContain('at least 12');
  });
  it('rejects the e-mail address as password, whatever its case', () => {
    expect(
      checkPassword('Anna.Analyst@Example.org', { email: 'anna.analyst@example.org' }).map((p) => p.code),
    ).toEqual(['password_is_email']);
  });
  it('rejects one repeated character and an over-long password', () => {
    expect(checkPassword('aaaaaaaaaaaaaaaa').map((p) => p.code)).toEqual(['password_one_character']);
    expect(checkPassword('ab'.repeat(200)).map((p) => p.code)).toEqual(['password_too_long']);
  });
});
