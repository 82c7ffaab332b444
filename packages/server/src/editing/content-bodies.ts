import { z } from '@hono/zod-openapi';
import { contentFields, type EditableKind, FOUR_PS } from '@tipwatch/core';

/**
 * Request bodies of the editing routes, one set per editable kind. The fields and their checks are those of
 * the public read schemas (`schemas.ts`) and of the seed content (`contentFields` in core), so a record an
 * editor writes reads back like any other. Fields the server sets are not accepted: `edited` (who and when),
 * a hotline's dialable `phones` and `texts` (parsed from the prose), and `id` after creation.
 */

const { text, date, iso3, currency, url, fiscalYear } = contentFields;

/** Where the fact comes from. A new record must cite its source. */
export const SourceBody = z
  .strictObject({
    record: text.max(1000).describe('The citation: document, page, paragraph or line the record rests on'),
    dataset: text
      .max(200)
      .optional()
      .describe('The source dataset or publication; default `office_<kind>` (the office’s own citation)'),
    as_of: date.nullable().optional().describe('The source’s date, YYYY[-MM[-DD]]'),
  })
  .openapi('SourceCitation');

/** Ids of new records: lower-case letters, digits and `. _ : -`. */
export const RecordId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9._:-]{0,119}$/, { error: 'expected 1–120 of a-z, 0-9, ".", "_", ":", "-"' });

const long = (max: number) => text.max(max, { error: `expected at most ${max} characters` });
const short = z.string().trim().max(1000, { error: 'expected at most 1000 characters' });
const countries = z.array(iso3).max(250);
const words = z.array(long(200)).max(100);
const quote = long(20_000).optional().describe('Verbatim text of the source');

/** Per kind: fields every full record needs, and fields that may be left out (their default below). */
const FIELDS = {
  grants: {
    required: { title: long(500), recipient: long(500), description: long(20_000), source: SourceBody },
    optional: {
      amount: z.number().nonnegative().nullable(),
      currency: currency.nullable(),
      fiscal_year: fiscalYear.nullable(),
      countries,
      four_ps: z.array(z.enum(FOUR_PS)),
      sex_trafficking: z.boolean().nullable(),
      labour_trafficking: z.boolean().nullable(),
      url: url.nullable(),
      quote,
    },
  },
  programme_totals: {
    required: {
      amount: z.number().positive(),
      currency,
      description: long(20_000),
      // A sum over several awards is only ever stated by its source: keep the words it rests on.
      quote: long(20_000).describe('Verbatim text of the source stating the sum'),
      source: SourceBody,
    },
    optional: {
      funder: long(300).nullable(),
      recipients: z.array(long(300)).max(100),
      amount_is_lower_bound: z.boolean(),
      fiscal_year: fiscalYear.nullable(),
      projects: z.number().int().positive().nullable(),
      countries,
      four_ps: z.array(z.enum(FOUR_PS)),
      sex_trafficking: z.boolean().nullable(),
      labour_trafficking: z.boolean().nullable(),
      date: date.nullable(),
      partnership_id: long(120).nullable(),
      url: url.nullable(),
    },
  },
  reports: {
    required: {
      title: long(500),
      publishers: z.array(long(300)).min(1, { error: 'expected at least one publisher' }).max(50),
      summary: long(20_000),
      source: SourceBody,
    },
    optional: {
      funder: long(300).nullable(),
      date: date.nullable(),
      countries,
      sectors: words,
      topics: words,
      url: url.nullable(),
      quote,
    },
  },
  partnerships: {
    required: {
      name: long(500),
      partners: z.array(long(300)).min(1, { error: 'expected at least one partner' }).max(100),
      description: long(20_000),
      source: SourceBody,
    },
    optional: { countries, date: date.nullable(), url: url.nullable(), quote },
  },
  news: {
    required: { title: long(500), body: long(20_000), source: SourceBody },
    optional: { date: date.nullable(), countries, url: url.nullable(), quote },
  },
  hotlines: {
    required: {
      country: long(200),
      name: long(500),
      source_url: url.describe('Where the hotline’s details were published'),
      source: SourceBody,
    },
    optional: {
      iso3: iso3.nullable(),
      scope: short,
      phone_text: short,
      text_sms_text: short,
      email: short,
      web: short,
      languages: short,
      hours: short,
      operator: short,
      notes: short,
    },
  },
} as const;

/** What a full record gets for a field the body leaves out. */
export const FIELD_DEFAULTS: Record<EditableKind, Record<string, unknown>> = {
  grants: {
    amount: null,
    currency: null,
    fiscal_year: null,
    countries: [],
    four_ps: [],
    sex_trafficking: null,
    labour_trafficking: null,
    url: null,
  },
  programme_totals: {
    funder: null,
    recipients: [],
    amount_is_lower_bound: false,
    fiscal_year: null,
    projects: null,
    countries: [],
    four_ps: [],
    sex_trafficking: null,
    labour_trafficking: null,
    date: null,
    partnership_id: null,
    url: null,
  },
  reports: { funder: null, date: null, countries: [], sectors: [], topics: [], url: null },
  partnerships: { countries: [], date: null, url: null },
  news: { date: null, countries: [], url: null },
  hotlines: {
    iso3: null,
    scope: '',
    phone_text: '',
    text_sms_text: '',
    email: '',
    web: '',
    languages: '',
    hours: '',
    operator: '',
    notes: '',
  },
};

function optionalAll<T extends Record<string, z.ZodType>>(fields: T) {
  return Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v.optional()])) as {
    [K in keyof T]: z.ZodOptional<T[K]>;
  };
}

/** The bodies of one kind: create (`POST`), replace (`PUT`, no id) and patch (`PATCH`, every field optional). */
export function contentBodies(
  kind: EditableKind,
): Record<'create' | 'replace' | 'patch', z.ZodType<Record<string, unknown>>> {
  const { required, optional } = FIELDS[kind];
  const full = { ...required, ...optionalAll(optional) };
  const name = kind.replace(/(^|_)(\w)/g, (_, __, c: string) => c.toUpperCase());
  return {
    create: z
      .strictObject({
        ...(kind === 'hotlines' ? {} : { id: RecordId.optional() }),
        ...full,
      })
      .openapi(`New${name}`),
    replace: z.strictObject(full).openapi(`${name}Replacement`),
    patch: z.strictObject(optionalAll({ ...required, ...optional })).openapi(`${name}Patch`),
  };
}
