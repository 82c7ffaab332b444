import { describe, expect, it } from 'vitest';
import { formatApiToken, isApiTokenFormat } from './api-token-format.js';

describe('formatApiToken(bytes)', () => {
  it('gives tw_ and 43 base64url characters, which isApiTokenFormat accepts', () => {
    const token = formatApiToken(new Uint8Array(32).fill(255));
    expect(token).toBe(`tw_${'_'.repeat(42)}8`);
    expect(isApiTokenFormat(token)).toBe(true);
  });
  it('refuses anything but 32 bytes', () => {
    expect(() => formatApiToken(new Uint8Array(16))).toThrow(RangeError);
  });
});

describe('isApiTokenFormat(text)', () => {
  it('rejects other prefixes, lengths and characters', () => {
    expect(isApiTokenFormat(`xx_${'a'.repeat(43)}`)).toBe(false);
    expect(isApiTokenFormat(`tw_${'a'.repeat(42)}`)).toBe(false);
    expect(isApiTokenFormat(`tw_${'a'.repeat(42)}=`)).toBe(false);
  });
});
