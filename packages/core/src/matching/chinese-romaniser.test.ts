import { describe, expect, it } from 'vitest';
import { hasHan, romaniseChinese } from './chinese-romaniser.js';

describe('romaniseChinese(text)', () => {
  it('joins pinyin per word and translates industry words', () => {
    expect(romaniseChinese('新疆中泰化学')).toBe('xinjiang zhongtai chemical');
    expect(romaniseChinese('光伏新能源电子食品农业')).toBe(
      'photovoltaic new energy electronics food agriculture',
    );
    expect(romaniseChinese('棉花纺织贸易科技实业')).toBe('cotton textile trading technology industrial');
  });

  it('translates the trade words of brand names', () => {
    // 华孚时尚 is listed as Huafu Fashion.
    expect(romaniseChinese('华孚时尚股份有限公司')).toBe('huafu fashion co ltd');
  });

  it('passes Latin text through', () => {
    expect(romaniseChinese('ABC 贸易 Co')).toBe('ABC trading Co');
  });
});

describe('hasHan(text)', () => {
  it('tells Chinese from other scripts', () => {
    expect(hasHan('中泰')).toBe(true);
    expect(hasHan('Zhongtai Владимир')).toBe(false);
  });
});
