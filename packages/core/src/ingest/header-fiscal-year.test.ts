import { describe, expect, it } from 'vitest';
import { headerFiscalYear } from './header-fiscal-year.js';

describe('headerFiscalYear(header)', () => {
  it.each([
    ['FY21 Obligations', 'Obligations', 2021],
    ['FY2021 Obligated Amount', 'Obligated Amount', 2021],
    ['FY 2022 Spend', 'Spend', 2022],
    ['Obligations FY21', 'Obligations', 2021],
    ['FY23 Total Dollars Obligated', 'Total Dollars Obligated', 2023],
    ['FY24 Net Obligations', 'Net Obligations', 2024],
    ['fy21_obligations', 'obligations', 2021],
    ["FY'22 Spend", 'Spend', 2022],
    ['FY-23 Spend', 'Spend', 2023],
    ['Obligations (FY 2023)', 'Obligations', 2023],
    ['Obligations, FY2023', 'Obligations', 2023],
    ['Fiscal Year 2021 Obligations', 'Obligations', 2021],
    ['FY21 Obligations ($K)', 'Obligations ($K)', 2021],
    ['FY99 Spend', 'Spend', 1999],
  ])('reads %s as %s of %d', (header, base, year) => {
    expect(headerFiscalYear(header)).toEqual({ base, year });
  });

  it.each([
    'Obligations',
    'FY21',
    'Fiscal Year',
    'Fiscal Year 2021',
    'FYI Notes',
    'FY210 Spend',
    'Amount 2021',
    'Physical Year 21',
    'SFY21 Spend',
  ])('finds no fiscal year in %s', (header) => {
    expect(headerFiscalYear(header)).toBeNull();
  });
});
