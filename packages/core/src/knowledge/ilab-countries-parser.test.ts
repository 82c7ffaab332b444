import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TipwatchError } from '../errors.js';
import { nameToIso3 } from './country-names.case.js';
import { parseIlabCountries } from './ilab-countries-parser.js';

const data = (file: string) => readFileSync(new URL(`../../../../data/${file}`, import.meta.url), 'utf8');
const resolveIso3 = nameToIso3(
  data('taxonomy/countries.csv'),
  data('taxonomy/countries_mledoze_altnames.csv'),
);
const options = { resolveIso3, as_of: '2023-08-01' };

describe('parseIlabCountries(xml, options)', () => {
  const { profiles, problems } = parseIlabCountries(data('raw/dol_ilab_countries.xml'), options);

  it('reads every country of the real file', () => {
    expect(profiles).toHaveLength(143);
    expect(new Set(profiles.map((p) => p.iso3)).size).toBe(143);
  });

  it('reads the profile fields of a country', () => {
    const afg = profiles.find((p) => p.iso3 === 'AFG');
    expect(afg?.name).toBe('Afghanistan');
    expect(afg?.advancement_level).toBe('No Advancement');
    expect(afg?.region).toBe('Indo-Pacific');
    expect(afg?.description.startsWith('In 2022, Afghanistan made no advancement')).toBe(true);
    expect(afg?.source).toEqual({
      dataset: 'dol_ilab_countries',
      record: 'Afghanistan',
      as_of: '2023-08-01',
    });
  });

  it('keeps "Unavailable" figures as null and real figures as numbers', () => {
    const withStats = profiles.filter((p) => p.child_work !== null);
    expect(withStats).toHaveLength(131);
    const shares = withStats.map((p) => p.child_work?.working_share);
    // 27 say "Unavailable", one profile (with territories) has no such element.
    expect(shares.filter((s) => s === null)).toHaveLength(28);
    expect(shares.every((s) => s === null || (typeof s === 'number' && s >= 0 && s <= 1))).toBe(true);
  });

  it('gives no statistics for countries listed only for goods', () => {
    expect(profiles.find((p) => p.iso3 === 'CHN')?.child_work).toBeNull();
  });

  it('reports the one name the country tables do not know, and keeps its profile', () => {
    const unresolved = problems.filter((p) => p.code === 'ilab_country_unresolved');
    expect(unresolved).toEqual([expect.objectContaining({ column: 'Name', row: 139, line: 31937 })]);
    expect(unresolved[0]?.message).toContain('West Bank and the Gaza Strip');
    expect(profiles.find((p) => p.name === 'West Bank and the Gaza Strip')?.iso3).toBeNull();
  });

  it('leaves empty, and reports, figures given once per territory without a label', () => {
    const repeated = problems.filter((p) => p.code === 'ilab_figure_repeated');
    expect(repeated.map((p) => [p.column, p.message.startsWith('Somalia:')])).toEqual([
      ['Education_Statistics_Attendance_Statistics', true],
    ]);
    expect(profiles.find((p) => p.iso3 === 'SOM')?.child_work?.school_attendance_share).toBeNull();
    expect(problems).toHaveLength(2);
  });

  it('reports rows without a name and figures that are not numbers, naming row and line', () => {
    const xml = [
      '<Countries>',
      '  <Country><Name>Ghana</Name><Country_Statistics><Children_Work_Statistics>',
      '    <Total_Percentage_of_Working_Children>lots</Total_Percentage_of_Working_Children>',
      '  </Children_Work_Statistics></Country_Statistics></Country>',
      '  <Country><Region>Africa</Region></Country>',
      '  <Country><Name>Ghana</Name></Country>',
      '</Countries>',
    ].join('\n');
    const result = parseIlabCountries(xml, options);
    expect(result.profiles).toHaveLength(1);
    expect(result.profiles[0]?.child_work?.working_share).toBeNull();
    expect(result.problems.map((p) => [p.code, p.row, p.line])).toEqual([
      ['ilab_figure_not_number', 1, 2],
      ['ilab_country_no_name', 2, 5],
      ['ilab_country_repeated', 3, 6],
    ]);
  });

  it('throws a TipwatchError naming the line of broken XML', () => {
    expect(() => parseIlabCountries('<Countries>\n<Country><Name>x</Country>', options)).toThrow(
      TipwatchError,
    );
    try {
      parseIlabCountries('<Countries>\n<Country><Name>x</Country>', options);
    } catch (error) {
      expect((error as TipwatchError).problems[0]?.line).toBe(2);
    }
  });

  it('throws on XML that is not the countries file', () => {
    expect(() => parseIlabCountries('<Goods><Good/></Goods>', options)).toThrow(/no <Countries> root/);
  });
});
