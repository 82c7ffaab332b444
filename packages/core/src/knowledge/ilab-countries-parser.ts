import { TipwatchError } from '../errors.js';
import type { Problem } from '../model/problem.js';
import type { ChildWorkFigures, CountryProfile } from './country-profile.js';
import { elementLines, isXmlNode, parseIlabXml, xmlText } from './xml-node.js';

export interface IlabCountriesOptions {
  /** Resolves the file's country names (`Turkey (Türkiye)`, `Burma`) to ISO alpha-3; null when unknown. */
  resolveIso3: (name: string) => string | null;
  /** The source's date (`YYYY-MM-DD`), null when unknown. */
  as_of: string | null;
  /** Dataset name used in every profile's source (default `dol_ilab_countries`). */
  dataset?: string;
}

export interface IlabCountriesResult {
  profiles: CountryProfile[];
  problems: Problem[];
}

/** Words the source uses for "no figure"; they give null without a problem. */
const NO_FIGURE = new Set(['', 'unavailable', 'n/a', 'na']);

/**
 * Parses DOL ILAB's country profile file (`<Countries><Country>…`, as shipped in the Sweat & Toil data) into
 * country profiles. Row trouble (no name, an unresolved name, a repeated country, a figure that is not a
 * number) is returned as problems naming the `<Country>` element's number and line; only a file that is not
 * XML or not this format is thrown as a TipwatchError.
 */
export function parseIlabCountries(xml: string, options: IlabCountriesOptions): IlabCountriesResult {
  const dataset = options.dataset ?? 'dol_ilab_countries';
  const doc = parseIlabXml(xml, 'the DOL ILAB countries XML file', ['Countries.Country']);
  const root = doc.Countries;
  if (!isXmlNode(root)) {
    const message = 'the file has no <Countries> root element';
    throw new TipwatchError('ilab_not_countries', message, [
      {
        code: 'ilab_not_countries',
        message,
        line: 1,
        expected: '<Countries><Country>…</Country></Countries>',
      },
    ]);
  }
  const countries = Array.isArray(root.Country) ? (root.Country as unknown[]) : [];
  const lines = elementLines(xml, '<Country>');
  const profiles: CountryProfile[] = [];
  const problems: Problem[] = [];
  const seen = new Map<string, number>();

  countries.forEach((node, index) => {
    const row = index + 1;
    const line = lines[index];
    const at = (p: Omit<Problem, 'row' | 'line'>): void => {
      problems.push(line === undefined ? { ...p, row } : { ...p, row, line });
    };
    if (!isXmlNode(node)) {
      at({ code: 'ilab_country_empty', message: `<Country> number ${row} is empty`, expected: 'a <Name>' });
      return;
    }
    const name = xmlText(node.Name);
    if (name === null) {
      at({
        code: 'ilab_country_no_name',
        message: `<Country> number ${row} has no <Name>; skipped`,
        column: 'Name',
        expected: 'a country name',
      });
      return;
    }
    const iso3 = options.resolveIso3(name);
    if (iso3 === null) {
      at({
        code: 'ilab_country_unresolved',
        message: `country name "${name}" is not a known country; kept without an ISO code`,
        column: 'Name',
        expected: 'a country name or ISO code',
      });
    }
    const key = iso3 ?? `name:${name}`;
    const first = seen.get(key);
    if (first !== undefined) {
      at({
        code: 'ilab_country_repeated',
        message: `"${name}" repeats <Country> number ${first}; skipped`,
        column: 'Name',
      });
      return;
    }
    seen.set(key, row);

    const figure = (value: unknown, column: string): number | null => {
      if (Array.isArray(value)) {
        // Profiles with territories may list one unlabelled figure per territory: none can be chosen.
        at({
          code: 'ilab_figure_repeated',
          message: `${name}: ${column} is given ${value.length} times without saying for which territory; left empty`,
          column,
          expected: 'one figure',
        });
        return null;
      }
      const t = xmlText(value);
      if (t === null || NO_FIGURE.has(t.toLowerCase())) return null;
      const n = Number(t);
      if (Number.isFinite(n)) return n;
      at({
        code: 'ilab_figure_not_number',
        message: `${name}: ${column} is "${t}", not a number; left empty`,
        column,
        expected: 'a number or "Unavailable"',
      });
      return null;
    };

    profiles.push({
      iso3,
      name,
      aliases: [],
      region: xmlText(node.Region),
      webpage: xmlText(node.Webpage),
      advancement_level: xmlText(node.Advancement_Level),
      multiple_territories: xmlText(node.Multiple_Territories)?.toLowerCase() === 'yes',
      child_work: childWork(node.Country_Statistics, figure),
      description: xmlText(node.Description) ?? '',
      source: { dataset, record: name, as_of: options.as_of },
    });
  });
  return { profiles, problems };
}

function childWork(
  stats: unknown,
  figure: (value: unknown, column: string) => number | null,
): ChildWorkFigures | null {
  if (!isXmlNode(stats)) return null;
  const work = isXmlNode(stats.Children_Work_Statistics) ? stats.Children_Work_Statistics : {};
  const attendance = isXmlNode(stats.Education_Statistics_Attendance_Statistics)
    ? stats.Education_Statistics_Attendance_Statistics
    : {};
  const completion = isXmlNode(stats.UNESCO_Primary_Completion_Rate)
    ? stats.UNESCO_Primary_Completion_Rate
    : {};
  return {
    age_range: xmlText(work.Age_Range),
    working_share: figure(work.Total_Percentage_of_Working_Children, 'Total_Percentage_of_Working_Children'),
    working_population: figure(work.Total_Working_Population, 'Total_Working_Population'),
    agriculture_share: figure(work.Agriculture, 'Agriculture'),
    industry_share: figure(work.Industry, 'Industry'),
    services_share: figure(work.Services, 'Services'),
    school_attendance_share: figure(attendance.Percentage, 'Education_Statistics_Attendance_Statistics'),
    attendance_age_range: xmlText(attendance.Age_Range),
    primary_completion_rate: figure(completion.Rate, 'UNESCO_Primary_Completion_Rate'),
  };
}
