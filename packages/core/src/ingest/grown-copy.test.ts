import { describe, expect, it } from 'vitest';
import { grownCopy } from './grown-copy.js';

describe('grownCopy(old, length)', () => {
  it('keeps the type and the values, and fills the new places with zeros', () => {
    const grown = grownCopy(new Float64Array([1.5, -2]), 4);
    expect(grown).toBeInstanceOf(Float64Array);
    expect([...grown]).toEqual([1.5, -2, 0, 0]);
    expect(grownCopy(new Uint16Array([65535]), 2)).toEqual(new Uint16Array([65535, 0]));
  });
});
