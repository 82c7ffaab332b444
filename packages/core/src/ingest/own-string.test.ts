import { describe, expect, it } from 'vitest';
import { ownString } from './own-string.js';

describe('ownString(text)', () => {
  it('returns equal text, short and long, ASCII and not', () => {
    const parent = `${'x'.repeat(1000)}Ürümqi Tianshan Textile Co., Ltd.${'y'.repeat(1000)}`;
    const long = parent.slice(1000, 1033);
    expect(ownString(long)).toBe('Ürümqi Tianshan Textile Co., Ltd.');
    expect(ownString('short')).toBe('short');
    expect(ownString('')).toBe('');
    expect(ownString('a'.repeat(13))).toBe('aaaaaaaaaaaaa');
  });

  it('keeps quotes, backslashes, control characters and lone surrogates as they are', () => {
    const odd = 'say "hi" \\ back\tslash \u0000 \ud800 end \udfff';
    expect(ownString(odd)).toBe(odd);
    expect(ownString(odd).length).toBe(odd.length);
  });
});
