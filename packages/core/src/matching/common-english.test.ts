import { describe, expect, it } from 'vitest';
import { isCommonEnglish } from './common-english.js';

describe('isCommonEnglish(word)', () => {
  it('tells common English words from coined names', () => {
    for (const w of ['shoes', 'fashion', 'copper', 'glove', 'union', 'ocean'])
      expect(isCommonEnglish(w)).toBe(true);
    for (const w of ['esquel', 'huafu', 'hikvision', 'supermax']) expect(isCommonEnglish(w)).toBe(false);
  });
});
