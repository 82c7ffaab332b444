import { describe, expect, it } from 'vitest';
import { UnclassifiedDescriptions } from './unclassified-descriptions.js';

/** A tally of `n` rows whose text classified nothing, then `m - n` that it did. */
function tally(field: 'description' | 'product_type', column: string, n: number, m: number) {
  const t = new UnclassifiedDescriptions(column, field);
  for (let row = 1; row <= m; row++) t.add(row === 1 ? 'Zippers' : 'Thing', row > n, row, row + 1);
  return t;
}

describe('new UnclassifiedDescriptions(column, field).problem()', () => {
  it.each([
    ['description', 'Item', '5 of 5 descriptions in column "Item"', '. Descriptions are read in English'],
    [
      'product_type',
      'Product Type',
      '5 of 5 product types in column "Product Type"',
      '. Product types are read',
    ],
  ] as const)(
    'names the %s field in the plural, and capitalised where a sentence starts',
    (field, column, count, read) => {
      const p = tally(field, column, 5, 5).problem();
      expect(p?.message.startsWith(count)).toBe(true);
      expect(p?.message).toContain(read);
      expect(p).toMatchObject({ code: 'unclassified_descriptions', row: 1, line: 2, column });
    },
  );

  it('says nothing when fewer than five rows, or less than a fifth of them, classified nothing', () => {
    expect(tally('description', 'Item', 4, 4).problem()).toBeNull();
    expect(tally('description', 'Item', 5, 26).problem()).toBeNull();
    expect(tally('description', 'Item', 5, 25).problem()).not.toBeNull();
  });
});
