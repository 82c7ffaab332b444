import { describe, expect, it } from 'vitest';
import { planColumns } from './column-mapper.js';
import { isRejected, RowBuilder } from './row-builder.js';

describe('RowBuilder.build(record)', () => {
  it('reads the parent company of a row, trimmed, and leaves it empty when the column is', () => {
    const headers = ['os_id', 'name', 'address', 'country_name', 'sector', 'parent_company'];
    const builder = new RowBuilder(planColumns(headers), headers, false);
    const row = builder.build(
      [
        'CN2019303BQ3FZP',
        'CHANGJI ESQUEL TEXTILE CO LTD',
        'CHANGJI XINJIANG',
        'China',
        'Textiles',
        ' ESQUEL GROUP ',
      ],
      1,
      2,
    );
    const alone = builder.build(
      ['BD2020111XYZ789', 'SMALL KNIT LTD', 'SAVAR', 'Bangladesh', 'Apparel', ''],
      2,
      3,
    );
    expect(isRejected(row) ? null : row.parent_company).toBe('ESQUEL GROUP');
    expect(isRejected(alone) ? null : alone.parent_company).toBe('');
  });

  it('leaves the parent company empty in a file without such a column', () => {
    const headers = ['Supplier', 'Country'];
    const row = new RowBuilder(planColumns(headers), headers, false).build(['Acme Widgets Ltd', 'GBR'], 1, 2);
    expect(isRejected(row) ? null : row.parent_company).toBe('');
  });
});
