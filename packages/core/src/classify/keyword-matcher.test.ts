import { describe, expect, it } from 'vitest';
import { foldPlural, KeywordMatcher, tokenize } from './keyword-matcher.js';

describe('foldPlural(token)', () => {
  it.each([
    ['gloves', 'glove'],
    ['berries', 'berry'],
    ['glasses', 'glass'],
    ['peaches', 'peach'],
    ['boxes', 'box'],
    ['glass', 'glass'],
    ['cactus', 'cactus'],
    ['gas', 'gas'],
    ['shoes', 'shoe'],
  ])('%s → %s', (token, expected) => {
    expect(foldPlural(token)).toBe(expected);
  });
});

describe('tokenize(text)', () => {
  it('splits on punctuation, lower-cases, strips accents and folds plurals', () => {
    expect(tokenize('Polo-Shirts, 100% COTTON')).toEqual(['polo', 'shirt', '100', 'cotton']);
    expect(tokenize('Açaí berries')).toEqual(['acai', 'berry']);
    expect(tokenize('  ')).toEqual([]);
  });

  it('spells out ß, œ and æ, which have no accent to strip, instead of splitting the word', () => {
    expect(tokenize('Fußbekleidung, VIANDE DE BŒUF')).toEqual(['fussbekleidung', 'viande', 'de', 'boeuf']);
    expect(tokenize('Tomatensoße')).toEqual(tokenize('Tomatensosse'));
    expect(tokenize('æble')).toEqual(['aeble']);
  });

  it('reads the Turkish dotless ı as i, as the capitals I and İ are read, instead of splitting the word', () => {
    expect(tokenize('hazır giyim')).toEqual(['hazir', 'giyim']);
    expect(tokenize('HAZIR GİYİM')).toEqual(['hazir', 'giyim']);
    expect(tokenize('Pamuk İpliği')).toEqual(['pamuk', 'ipligi']);
  });
});

describe('KeywordMatcher.match(text)', () => {
  const build = (patterns: string[]) => {
    const m = new KeywordMatcher<string[]>();
    for (const p of patterns) m.add(p, [p], (a, b) => [...a, ...b]);
    return m;
  };

  it('matches whole words only', () => {
    const m = build(['gold', 'cotton', 'tin ore']);
    expect(m.match('Goldman Sachs advisory')).toEqual([]);
    expect(m.match('5 Cottonwood Rd')).toEqual([]);
    expect(m.match('Martin and Tinsley')).toEqual([]);
    expect(m.match('gold bars and cotton')).toEqual([['gold'], ['cotton']]);
  });

  it('matches plurals and singulars alike', () => {
    const m = build(['rubber gloves']);
    expect(m.match('Rubber glove, nitrile')).toEqual([['rubber gloves']]);
    expect(m.match('RUBBER GLOVES')).toEqual([['rubber gloves']]);
  });

  it('prefers the longest phrase at a position and consumes its words', () => {
    const m = build(['gold', 'gold star', 'carpet', 'carpet cleaning']);
    expect(m.match('Gold Star service award')).toEqual([['gold star']]);
    expect(m.match('carpet cleaning and new carpet')).toEqual([['carpet cleaning'], ['carpet']]);
  });

  it('does not read a phrase across a comma, semicolon, colon or bracket', () => {
    const m = build(['brick', 'brick red']);
    expect(m.match('Brick red T-shirt')).toEqual([['brick red']]);
    expect(m.match('Bricks, red, 230 mm')).toEqual([['brick']]);
    expect(m.match('Bricks (red)')).toEqual([['brick']]);
    expect(m.match('Brick; red')).toEqual([['brick']]);
  });

  it('falls back to a shorter phrase when the longer one does not complete', () => {
    const m = build(['cane', 'raw cane sugar']);
    expect(m.match('raw cane molasses')).toEqual([['cane']]);
  });

  it('merges payloads of patterns that fold to the same words', () => {
    const m = build(['ruby', 'rubies']);
    expect(m.match('rubies')).toEqual([['ruby', 'rubies']]);
  });

  it("matches a pattern anchored with ^ and $ only as a whole part, and with $ only at a part's end", () => {
    const m = build(['^cmt$', 'uniforms$', 'work uniform', 'gold']);
    expect(m.match('CMT')).toEqual([['^cmt$']]);
    expect(m.match('Knits; CMT')).toEqual([['^cmt$']]);
    expect(m.match('CMT audit services')).toEqual([]);
    expect(m.match('Uniforms')).toEqual([['uniforms$']]);
    expect(m.match('School uniforms, navy')).toEqual([['uniforms$']]);
    expect(m.match('Uniform Guidance training')).toEqual([]);
    expect(m.match('Work uniforms')).toEqual([['work uniform']]);
    expect(m.match('gold')).toEqual([['gold']]);
  });

  it('anchors a pattern with ^ alone or $ alone as the only anchored pattern', () => {
    const start = build(['^cmt', 'gold']);
    expect(start.match('CMT sewing')).toEqual([['^cmt']]);
    expect(start.match('Knits; CMT')).toEqual([['^cmt']]);
    expect(start.match('Audit of CMT')).toEqual([]);
    const end = build(['uniforms$', 'gold']);
    expect(end.match('School uniforms')).toEqual([['uniforms$']]);
    expect(end.match('Uniform Guidance training')).toEqual([]);
    expect(end.match('gold')).toEqual([['gold']]);
  });

  it('ignores patterns without words', () => {
    const m = build(['--']);
    expect(m.size).toBe(0);
  });
});
