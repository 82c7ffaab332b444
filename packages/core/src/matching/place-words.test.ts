import { describe, expect, it } from 'vitest';
import { addPlaceWords, isPlaceWord } from './place-words.js';

describe('isPlaceWord(word)', () => {
  it('knows provinces, cities and counties of China as company names write them', () => {
    expect(isPlaceWord('guangdong')).toBe(true);
    expect(isPlaceWord('dongguan')).toBe(true);
    // 宁海县 (a county of Ningbo) and 紫金县 (Guangdong) from the division codes.
    expect(isPlaceWord('ninghai')).toBe(true);
    expect(isPlaceWord('zijin')).toBe(true);
    expect(isPlaceWord('huafu')).toBe(false);
    expect(isPlaceWord('esquel')).toBe(false);
  });

  it('takes place names known elsewhere', () => {
    expect(isPlaceWord('qumul')).toBe(false);
    addPlaceWords(['qumul']);
    expect(isPlaceWord('qumul')).toBe(true);
  });
});
