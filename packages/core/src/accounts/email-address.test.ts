import { describe, expect, it } from 'vitest';
import { normaliseEmail } from './email-address.js';

describe('normaliseEmail(text)', () => {
  it('trims and lower-cases an address', () => {
    expect(normaliseEmail('  Anna@Example.ORG ')).toBe('anna@example.org');
  });
  it('rejects text that is not an address', () => {
    expect(normaliseEmail('anna')).toBeNull();
    expect(normaliseEmail('anna@example')).toBeNull();
    expect(normaliseEmail('an na@example.org')).toBeNull();
  });
});
