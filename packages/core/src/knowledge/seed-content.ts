import { z } from 'zod';
import { TipwatchError } from '../errors.js';
import type { Problem } from '../model/problem.js';
import type { SourceRef } from '../model/source-ref.js';
import { contentFields, isPartialDate } from './content-fields.js';
import type { Editable } from './editing/edit-stamp.js';
import { FOUR_PS, type FourP, type Grant } from './grant.js';
import type { NewsItem } from './news-item.js';
import type { Partnership } from './partnership.js';
import type { ResearchReport } from './research-report.js';

/** A hand-made record keeps the exact words of its source that it rests on. */
export interface Quoted {
  /** Verbatim text of the source the record's fields come from. */
  quote: string;
}

/**
 * A sum of money over several awards (a year's programme, a total given to several recipients), as the source
 * states it. Never a grant: grant totals sum grants only, so a programme total is not counted twice alongside
 * the grants it may contain (see `grantTotals`).
 */
export interface ProgrammeTotal extends Quoted, Editable {
  id: string;
  kind: 'programme_total';
  /** Who awarded the money, null when the source does not say. */
  funder: string | null;
  /** Recipients the source names; empty when it names none. */
  recipients: string[];
  amount: number;
  /** True when the source gives a floor ("over $18 million"), not an exact sum. */
  amount_is_lower_bound: boolean;
  /** ISO 4217. */
  currency: string;
  fiscal_year: number | null;
  /** How many projects the sum covers, null when the source does not say. */
  projects: number | null;
  countries: string[];
  four_ps: FourP[];
  sex_trafficking: boolean | null;
  labour_trafficking: boolean | null;
  /** `YYYY-MM-DD` (or shorter); null when the source gives no full year. */
  date: string | null;
  /** The partnership the money supports, by id, when the source ties it to one. */
  partnership_id: string | null;
  description: string;
  url: string | null;
  source: SourceRef;
}

export type SeedGrant = Grant & Quoted;
export type SeedReport = ResearchReport & Quoted;
export type SeedPartnership = Partnership & Quoted;
export type SeedNewsItem = NewsItem & Quoted;

export interface SeedContent {
  grants: SeedGrant[];
  programme_totals: ProgrammeTotal[];
  reports: SeedReport[];
  partnerships: SeedPartnership[];
  news: SeedNewsItem[];
  /** Records left out, each naming its section, index and field. */
  problems: Problem[];
}

const { text, date, iso3, currency, url, fiscalYear } = contentFields;
const countries = z.array(iso3);
const fourPs = z.array(z.enum(FOUR_PS));
const source = z.strictObject({
  dataset: text,
  record: text,
  as_of: z.string().refine(isPartialDate, { error: 'expected a date' }).nullable(),
});

const base = { id: text, source, quote: text };

const grantSchema = z
  .strictObject({
    ...base,
    // An empty title means the source gives none; it is never made up.
    title: z.string(),
    recipient: text,
    amount: z.number().nonnegative().nullable(),
    currency: currency.nullable(),
    fiscal_year: fiscalYear.nullable(),
    countries,
    four_ps: fourPs,
    sex_trafficking: z.boolean().nullable(),
    labour_trafficking: z.boolean().nullable(),
    description: text,
    url: url.nullable(),
  })
  .refine((g) => (g.amount === null) === (g.currency === null), {
    error: 'expected a currency with an amount, and none without',
    path: ['currency'],
  });

const programmeTotalSchema = z.strictObject({
  ...base,
  kind: z.literal('programme_total'),
  funder: text.nullable(),
  recipients: z.array(text),
  amount: z.number().positive(),
  amount_is_lower_bound: z.boolean(),
  currency,
  fiscal_year: fiscalYear.nullable(),
  projects: z.number().int().positive().nullable(),
  countries,
  four_ps: fourPs,
  sex_trafficking: z.boolean().nullable(),
  labour_trafficking: z.boolean().nullable(),
  date: date.nullable(),
  partnership_id: text.nullable(),
  description: text,
  url: url.nullable(),
});

const reportSchema = z.strictObject({
  ...base,
  title: z.string(),
  publishers: z.array(text).min(1, { error: 'expected at least one publisher' }),
  funder: text.nullable(),
  date: date.nullable(),
  countries,
  sectors: z.array(text),
  topics: z.array(text),
  url: url.nullable(),
  summary: text,
});

const partnershipSchema = z.strictObject({
  ...base,
  name: text,
  partners: z.array(text).min(1, { error: 'expected at least one partner' }),
  countries,
  date: date.nullable(),
  description: text,
  url: url.nullable(),
});

const newsSchema = z.strictObject({
  ...base,
  title: z.string(),
  date: date.nullable(),
  body: text,
  countries,
  url: url.nullable(),
});

const SECTIONS = {
  grants: grantSchema,
  programme_totals: programmeTotalSchema,
  reports: reportSchema,
  partnerships: partnershipSchema,
  news: newsSchema,
} as const;
type Section = keyof typeof SECTIONS;

/**
 * Reads the hand-made seed content (`data/seed/content.json`): grants, programme totals, research reports,
 * partnerships and news, each with its source and the quote it rests on. A record that breaks the schema
 * (a missing or unknown field, a date that is not `YYYY[-MM[-DD]]`, a country that is not ISO alpha-3, a
 * repeated id) is left out and reported as a problem naming its section, index (`row` is the 1-based
 * record number) and field. Text that is not JSON, or not an object, throws a TipwatchError.
 */
export function parseSeedContent(jsonText: string): SeedContent {
  let json: unknown;
  try {
    json = JSON.parse(jsonText);
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    throw new TipwatchError('seed_not_json', `seed content: expected JSON (${detail})`, [
      { code: 'seed_not_json', message: `expected JSON (${detail})`, expected: 'a JSON object' },
    ]);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    const message = 'seed content: expected a JSON object with grants, programme_totals, reports, …';
    throw new TipwatchError('seed_not_object', message, [
      { code: 'seed_not_object', message, expected: 'a JSON object' },
    ]);
  }
  const doc = json as Record<string, unknown>;
  const problems: Problem[] = [];
  for (const key of Object.keys(doc)) {
    if (key !== 'about' && !(key in SECTIONS)) {
      problems.push({
        code: 'seed_section_unknown',
        message: `unknown section "${key}"; ignored`,
        column: key,
        expected: Object.keys(SECTIONS).join(', '),
      });
    }
  }
  const ids = new Map<string, string>();
  const read = <S extends Section>(section: S): z.output<(typeof SECTIONS)[S]>[] => {
    const value = doc[section];
    if (value === undefined) return [];
    if (!Array.isArray(value)) {
      problems.push({
        code: 'seed_section_not_list',
        message: `${section}: expected a list of records; section ignored`,
        column: section,
        expected: 'a JSON array',
      });
      return [];
    }
    const out: z.output<(typeof SECTIONS)[S]>[] = [];
    value.forEach((record, index) => {
      const where = `${section}[${index}] (record ${index + 1})`;
      const parsed = SECTIONS[section].safeParse(record);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          const field = fieldOf(issue);
          problems.push({
            code: 'seed_record_invalid',
            message: `${where}${field ? `, field "${field}"` : ''}: ${issue.message}; record left out`,
            row: index + 1,
            ...(field ? { column: field } : {}),
          });
        }
        return;
      }
      const first = ids.get(parsed.data.id);
      if (first !== undefined) {
        problems.push({
          code: 'seed_id_repeated',
          message: `${where}, field "id": "${parsed.data.id}" is already used by ${first}; record left out`,
          row: index + 1,
          column: 'id',
        });
        return;
      }
      ids.set(parsed.data.id, where);
      out.push(parsed.data as z.output<(typeof SECTIONS)[S]>);
    });
    return out;
  };
  const result: SeedContent = {
    grants: read('grants'),
    programme_totals: read('programme_totals'),
    reports: read('reports'),
    partnerships: read('partnerships'),
    news: read('news'),
    problems,
  };
  for (const [index, total] of result.programme_totals.entries()) {
    const id = total.partnership_id;
    if (id !== null && !result.partnerships.some((p) => p.id === id)) {
      problems.push({
        code: 'seed_link_unknown',
        message: `programme_totals[${index}] (record ${index + 1}), field "partnership_id": no partnership "${id}"`,
        row: index + 1,
        column: 'partnership_id',
      });
    }
  }
  return result;
}

/** The path of a zod issue as a field name (`source.as_of`, `countries[2]`), '' for the record itself. */
function fieldOf(issue: z.core.$ZodIssue): string {
  // An unknown field is reported on the record; name the field itself.
  const keys = issue.code === 'unrecognized_keys' ? issue.keys : [''];
  const path = issue.path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`))
    .join('');
  return keys
    .map((k) => (k === '' ? path : path ? `${path}.${k}` : k))
    .filter((f) => f !== '')
    .join(', ');
}
