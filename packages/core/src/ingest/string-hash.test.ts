import { describe, expect, it } from 'vitest';
import { hashString } from './string-hash.js';

describe('hashString(text)', () => {
  it('gives the FNV-1a hash of the code units as a signed 32-bit integer', () => {
    expect(hashString('')).toBe(0x811c9dc5 | 0);
    expect(hashString('a')).toBe(0xe40c292c | 0);
    expect(hashString('foobar')).toBe(0xbf9cf968 | 0);
  });

  it('tells apart keys that differ in one character or in order', () => {
    expect(hashString('PO-2024-0019244')).not.toBe(hashString('PO-2024-0019245'));
    expect(hashString('ab')).not.toBe(hashString('ba'));
  });
});
