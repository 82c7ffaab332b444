import { describe, expect, it } from 'vitest';
import { formatDateCell, parseDate } from './date-parser.js';

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
  ])('reads %s', (text, iso) => {
    expect(parseDate(text)).toBe(iso);
  });

  it.each(['', 'soon', '2021-02-30', '2023-02-29', '13/01/2021', '2021-13-01', '31.04.2021'])(
    'gives empty text for %s',
    (text) => {
      expect(parseDate(text)).toBe('');
    },
  );
});

describe('formatDateCell(date)', () => {
  it('formats a UTC date cell', () => {
    expect(formatDateCell(new Date(Date.UTC(2023, 0, 5)))).toBe('2023-01-05');
  });
});
