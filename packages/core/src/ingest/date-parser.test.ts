import { describe, expect, it } from 'vitest';
import {
  decideDateOrder,
  excelSerialDate,
  formatDateCell,
  parseDate,
  slashDateOrder,
} from './date-parser.js';

describe('parseDate(text)', () => {
  it.each([
    ['2021-04-23', '2021-04-23'],
    ['2021-04-23 00:00:00', '2021-04-23'],
    ['2021-04-23T11:40:07Z', '2021-04-23'],
    ['2021/4/3', '2021-04-03'],
    ['04/23/2021', '2021-04-23'],
    ['4/3/2021', '2021-04-03'],
    ['23.04.2021', '2021-04-23'],
    ['20210423', '2021-04-23'],
    ['2024-02-29', '2024-02-29'],
    ['15-MAR-19', '2019-03-15'],
    ['15-Mar-2019', '2019-03-15'],
    ['15-MAR-19 12.00.00.000000 AM', '2019-03-15'],
    ['5-SEP-21', '2021-09-05'],
    ['15 March 2019', '2019-03-15'],
    ['15 Sept. 2019', '2019-09-15'],
    ['March 15, 2019', '2019-03-15'],
    ['Mar 15, 2019', '2019-03-15'],
    ['MAR. 15 2019', '2019-03-15'],
    ['December 1st, 2020', '2020-12-01'],
    ['03/15/19', '2019-03-15'],
    ['3/15/19 0:00', '2019-03-15'],
    ['15.03.19', '2019-03-15'],
    ['01-JAN-68', '2068-01-01'],
    ['01-JAN-69', '1969-01-01'],
  ])('reads %s', (text, iso) => {
    expect(parseDate(text)).toBe(iso);
  });

  it.each([
    '',
    'soon',
    '2021-02-30',
    '2023-02-29',
    '13/01/2021',
    '2021-13-01',
    '31.04.2021',
    '30-FEB-19',
    '15-MRZ-2019',
    '15 Marchy 2019',
    'Q1 15, 2019',
    'FY2019',
    'March 2019',
    'Mar 15, 19',
    '1/2/3',
  ])('gives empty text for %s', (text) => {
    expect(parseDate(text)).toBe('');
  });
});

describe('parseDate(text, dayFirst)', () => {
  it.each([
    ['31/12/2024', '2024-12-31'],
    ['12/08/2024', '2024-08-12'],
    ['1/2/2024', '2024-02-01'],
    ['23.04.2021', '2021-04-23'],
    ['2021-04-23', '2021-04-23'],
    ['15/03/19', '2019-03-15'],
    ['15-MAR-19', '2019-03-15'],
  ])('reads %s day first', (text, iso) => {
    expect(parseDate(text, true)).toBe(iso);
  });

  it.each(['12/31/2024', '31/02/2024'])('gives empty text for %s read day first', (text) => {
    expect(parseDate(text, true)).toBe('');
  });
});

describe('slashDateOrder(text)', () => {
  it.each([
    ['31/12/2024', 'day'],
    ['12/31/2024', 'month'],
    ['12/08/2024', 'either'],
    ['03/15/19', 'month'],
    ['15/03/19', 'day'],
    ['05/05/2024', null],
    ['2024-12-31', null],
    ['31.12.2024', null],
  ] as const)('%s reads %s', (text, order) => {
    expect(slashDateOrder(text)).toBe(order);
  });
});

describe('decideDateOrder(values)', () => {
  it('is day first when a value can only be read so and none only month first', () => {
    expect(decideDateOrder(['12/08/2024', '31/12/2024', ''])).toEqual({
      dayFirst: true,
      basis: 'sample',
      dayFirstExample: '31/12/2024',
    });
  });

  it('is month first when a value can only be read so', () => {
    expect(decideDateOrder(['12/08/2024', '08/31/2024'])).toMatchObject({ dayFirst: false, basis: 'sample' });
  });

  it('assumes month first when no value tells', () => {
    expect(decideDateOrder(['12/08/2024', '2024-01-02'])).toEqual({ dayFirst: false, basis: 'assumed' });
  });

  it('follows the order more values prove when both occur, month first on a tie', () => {
    expect(decideDateOrder(['31/12/2024', '12/31/2024', '13/01/2024'])).toMatchObject({
      dayFirst: true,
      basis: 'mixed',
    });
    expect(decideDateOrder(['31/12/2024', '12/31/2024'])).toEqual({
      dayFirst: false,
      basis: 'mixed',
      dayFirstExample: '31/12/2024',
      monthFirstExample: '12/31/2024',
    });
  });
});

describe('formatDateCell(date)', () => {
  it('formats a UTC date cell', () => {
    expect(formatDateCell(new Date(Date.UTC(2023, 0, 5)))).toBe('2023-01-05');
  });
});

describe('excelSerialDate(text)', () => {
  it.each([
    ['45700', '2025-02-12'],
    ['45658', '2025-01-01'],
    ['45657.75', '2024-12-31'],
    ['32874', '1990-01-01'],
    ['73415', '2100-12-31'],
    [' 44926 ', '2022-12-31'],
  ])('reads Excel day number %s as %s', (text, date) => {
    expect(excelSerialDate(text)).toBe(date);
  });

  it.each(['32873', '73416', '2024', '123456', '-45700', '45,700', '4.57e4', '', 'PO 45700'])(
    'reads %s as no date (out of 1990-2100, or not a plain number)',
    (text) => {
      expect(excelSerialDate(text)).toBe('');
    },
  );
});
