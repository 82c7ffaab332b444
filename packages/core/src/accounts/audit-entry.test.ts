import { describe, expect, it } from 'vitest';
import { redactSecrets } from './audit-entry.js';

describe('redactSecrets(value)', () => {
  it('hides passwords and hashes and keeps the rest', () => {
    expect(
      redactSecrets({ email: 'a@b.org', password: 'p', password_hash: 'h', token_hash: 't', role: 'admin' }),
    ).toEqual({
      email: 'a@b.org',
      password: '[redacted]',
      password_hash: '[redacted]',
      token_hash: '[redacted]',
      role: 'admin',
    });
    expect(redactSecrets(null)).toBeNull();
  });
});
