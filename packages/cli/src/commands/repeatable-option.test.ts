import { describe, expect, it } from 'vitest';
import { repeatable } from './repeatable-option.js';

describe('repeatable(value, previous)', () => {
  it('collects the values of an option given several times, in order, from none', () => {
    expect(repeatable('a.csv')).toEqual(['a.csv']);
    expect(repeatable('b.csv', repeatable('a.csv'))).toEqual(['a.csv', 'b.csv']);
  });
});
