import { z } from '@hono/zod-openapi';

/** Response schemas shared by several routes; they mirror core's types field for field. */

export const SourceSchema = z
  .object({ dataset: z.string(), record: z.string(), as_of: z.string().nullable() })
  .openapi('Source');

export const EditStampSchema = z
  .object({
    at: z.string().openapi({ description: 'When the record was last edited through the API (UTC)' }),
    user_id: z
      .number()
      .int()
      .nullable()
      .openapi({ description: 'Who edited it (the audit log has the rest)' }),
  })
  .openapi('EditStamp');

const edited = EditStampSchema.optional().openapi({ description: 'Absent on records never edited' });

export const Iso3Param = z
  .string()
  .regex(/^[A-Za-z]{3}$/, 'an ISO 3166-1 alpha-3 code such as CHN')
  .transform((s) => s.toUpperCase());

export const TierPlacementSchema = z
  .object({
    tier: z.string().openapi({ description: 'A TIP tier, `Tier 1 or 2` or `not ranked`' }),
    year: z.number().int().nullable(),
    note: z.string(),
    source: SourceSchema,
  })
  .openapi('TierPlacement');

export const HotlineSchema = z
  .object({
    iso3: z.string().nullable(),
    country: z.string(),
    scope: z.string(),
    name: z.string(),
    phones: z.array(z.string()).openapi({ description: 'Dialable phone numbers' }),
    texts: z.array(z.string()).openapi({ description: 'Dialable text/SMS numbers' }),
    phone_text: z.string(),
    text_sms_text: z.string(),
    email: z.string(),
    web: z.string(),
    languages: z.string(),
    hours: z.string(),
    operator: z.string(),
    notes: z.string(),
    source: SourceSchema,
    source_url: z.string(),
    edited,
  })
  .openapi('Hotline');

export const GrantSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    recipient: z.string(),
    amount: z.number().nullable(),
    currency: z.string().nullable(),
    fiscal_year: z.number().int().nullable(),
    countries: z.array(z.string()),
    four_ps: z.array(z.string()),
    sex_trafficking: z.boolean().nullable(),
    labour_trafficking: z.boolean().nullable(),
    description: z.string(),
    source: SourceSchema,
    url: z.string().nullable(),
    edited,
  })
  .openapi('Grant');

export const ReportSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    publishers: z.array(z.string()),
    funder: z.string().nullable(),
    date: z.string().nullable(),
    countries: z.array(z.string()),
    sectors: z.array(z.string()),
    topics: z.array(z.string()),
    url: z.string().nullable(),
    summary: z.string(),
    source: SourceSchema,
    edited,
  })
  .openapi('Report');

export const PartnershipSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    partners: z.array(z.string()),
    countries: z.array(z.string()),
    date: z.string().nullable(),
    description: z.string(),
    url: z.string().nullable(),
    source: SourceSchema,
    edited,
  })
  .openapi('Partnership');

export const NewsSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    date: z.string().nullable(),
    undated: z.boolean().openapi({ description: 'True when the source gives no date (none is guessed)' }),
    body: z.string(),
    countries: z.array(z.string()),
    url: z.string().nullable(),
    source: SourceSchema,
    edited,
  })
  .openapi('News');

export const ListEntrySchema = z
  .object({
    id: z.string(),
    list: z.string(),
    name: z.string(),
    aliases: z.array(z.string()),
    country: z.string().nullable(),
    listed_on: z.string().nullable().optional(),
    basis: z.string().optional(),
    source: SourceSchema,
  })
  .openapi('ListEntry');

/** Wraps an item schema as a page: `{ items, next_cursor }`. */
export function pageSchema<T extends z.ZodTypeAny>(item: T) {
  return z.object({ items: z.array(item), next_cursor: z.string().nullable() });
}

/** Newest first by a `YYYY[-MM[-DD]]` date; undated rows last, then by id, so pages are stable. */
export function byDateDesc<T extends { date: string | null; id: string }>(a: T, b: T): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? 1 : -1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
