import { describe, expect, it } from 'vitest';
import { splitAliasList, splitEntities } from './alias-splitter.js';

describe('splitEntities(text)', () => {
  it('separates aliases at a/k/a', () => {
    expect(splitEntities('Manzhouli Wood Products Factory, a/k/a Manzhouli Linye Company')).toEqual([
      { name: 'Manzhouli Wood Products Factory', aliases: ['Manzhouli Linye Company'] },
    ]);
  });

  it('separates entities at ; and keeps each one its aliases', () => {
    const got = splitEntities(
      'Guangzhou No. 1 Reeducation-Through-Labor Camp, a/k/a Guangdong Province No. 1 Reeducation-Through-Labor Camp; Kwong Ngai Industrial Company',
    );
    expect(got.map((e) => e.name)).toEqual([
      'Guangzhou No. 1 Reeducation-Through-Labor Camp',
      'Kwong Ngai Industrial Company',
    ]);
    expect(got[0]!.aliases).toEqual(['Guangdong Province No. 1 Reeducation-Through-Labor Camp']);
  });

  it('handles also known as, formerly known as, f/k/a and d/b/a', () => {
    expect(
      splitEntities('Alpha Co. also known as Beta Co. formerly known as Gamma f/k/a Delta d/b/a Epsilon'),
    ).toEqual([{ name: 'Alpha Co.', aliases: ['Beta Co.', 'Gamma', 'Delta', 'Epsilon'] }]);
  });

  it('splits two companies joined by "and" after a legal form, not a name with "and" inside', () => {
    expect(
      splitEntities(
        'Yili Zhuowan Garment Manufacturing Co., Ltd. and Baoding LYSZD Trade and Business Co., Ltd.',
      ).map((e) => e.name),
    ).toEqual(['Yili Zhuowan Garment Manufacturing Co., Ltd.', 'Baoding LYSZD Trade and Business Co., Ltd.']);
    expect(
      splitEntities('Inner Mongolia Hengzheng Group Baoanzhao Agriculture, Industry, and Trade Co., Ltd.'),
    ).toHaveLength(1);
  });

  it('drops "and its subordinate and affiliated entities" and adds the bracketed short form', () => {
    expect(
      splitEntities(
        'Xinjiang Production and Construction Corps (XPCC) and its subordinate and affiliated entities',
      ),
    ).toEqual([
      {
        name: 'Xinjiang Production and Construction Corps (XPCC)',
        aliases: ['Xinjiang Production and Construction Corps', 'XPCC'],
      },
    ]);
  });

  it('does not take a bracketed gloss for a name', () => {
    const [e] = splitEntities('Shenyang Xinsheng (New Life) Rubber Factory, a/k/a Shenyang Dabei Prison');
    expect(e!.aliases).toEqual(['Shenyang Dabei Prison', 'Shenyang Xinsheng Rubber Factory']);
  });
});

describe('splitAliasList(text)', () => {
  it('splits at ; and drops the leading phrases', () => {
    expect(
      splitAliasList(
        'also known as HY Solar; Hoyuan Green Energy Co. Ltd.; formerly known as Wuxi Shangji CNC Co., Ltd.',
      ),
    ).toEqual(['HY Solar', 'Hoyuan Green Energy Co. Ltd.', 'Wuxi Shangji CNC Co., Ltd.']);
  });

  it('drops names cut short and bracketed source remarks', () => {
    expect(splitAliasList('formerly known as Hu... (alias truncated in the stored excerpt)')).toEqual([]);
    expect(splitAliasList('(alias "Xinjiang Nonferrous" removed 2024-11)')).toEqual([]);
    expect(splitAliasList('also written ChenGuang Biotech Group Co., Ltd. (ITT)')).toEqual([
      'ChenGuang Biotech Group Co., Ltd.',
    ]);
  });
});
