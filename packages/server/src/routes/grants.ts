import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { type FourP, grantTotals, type ProgrammeTotal } from '@tipwatch/core';
import { errorResponses } from '../api-error.js';
import type { AppDeps } from '../deps.js';
import { PagingQuery, pageOf } from '../paging.js';
import { EditStampSchema, GrantSchema, Iso3Param, SourceSchema } from '../schemas.js';

/** The `p` filter: the "four Ps"; the plural `partnerships` is accepted for the stored `partnership`. */
const P_VALUES = ['prevention', 'protection', 'prosecution', 'partnerships', 'partnership'] as const;

const TotalSchema = z.object({
  currency: z.string(),
  amount: z.number(),
  grants: z.number().int().openapi({ description: 'Grants with an amount in this currency' }),
});

const ProgrammeTotalSchema = z
  .object({
    id: z.string(),
    funder: z.string().nullable(),
    recipients: z.array(z.string()),
    amount: z.number(),
    amount_is_lower_bound: z.boolean(),
    currency: z.string(),
    fiscal_year: z.number().int().nullable(),
    projects: z.number().int().nullable(),
    countries: z.array(z.string()),
    four_ps: z.array(z.string()),
    description: z.string(),
    quote: z.string(),
    source: SourceSchema,
    edited: EditStampSchema.optional(),
  })
  .openapi('ProgrammeTotal');

const route = createRoute({
  method: 'get',
  path: '/api/grants',
  summary: 'Grants and funded projects, with totals per currency',
  request: {
    query: z.object({
      fiscal_year: z.coerce
        .number()
        .int()
        .min(1990)
        .max(2100)
        .optional()
        .openapi({ param: { name: 'fiscal_year', in: 'query' }, example: 2015 }),
      country: Iso3Param.optional().openapi({ param: { name: 'country', in: 'query' }, example: 'THA' }),
      p: z
        .enum(P_VALUES)
        .optional()
        .openapi({ param: { name: 'p', in: 'query' }, description: 'One of the four Ps' }),
      ...PagingQuery,
    }),
  },
  responses: {
    200: {
      content: {
        'application/json': {
          schema: z.object({
            items: z.array(GrantSchema),
            next_cursor: z.string().nullable(),
            totals: z.array(TotalSchema),
            without_amount: z
              .number()
              .int()
              .openapi({ description: 'Matching grants the source gives no amount for' }),
            totals_note: z.string(),
            programme_totals: z.array(ProgrammeTotalSchema).openapi({
              description:
                'Sums over several awards matching the filters, as the source states them; not in `totals`',
            }),
          }),
        },
      },
      description: 'A page of grants; totals cover every grant matching the filters, not just the page',
    },
    ...errorResponses,
  },
});

/**
 * `GET /api/grants`. Programme totals come from the store (its `programme_totals` datasets) when it holds
 * any, else from `deps.programmeTotals`. Totals sum grants only, per currency, never converted (core's
 * `grantTotals`): programme totals ("over $18 million in FY 2015 for 27 projects") may contain listed grants,
 * so they are shown apart and never added.
 */
export function registerGrants(app: OpenAPIHono, { store, programmeTotals = [] }: AppDeps): void {
  const matches = (p: ProgrammeTotal, f: { fiscal_year?: number; country?: string; p?: FourP }) =>
    (f.fiscal_year === undefined || p.fiscal_year === f.fiscal_year) &&
    (f.country === undefined || p.countries.includes(f.country)) &&
    (f.p === undefined || p.four_ps.includes(f.p));

  app.openapi(route, async (c) => {
    const { fiscal_year, country, p, limit, cursor } = c.req.valid('query');
    const wanted: FourP | undefined = p === 'partnerships' ? 'partnership' : p;
    const rows = country ? await store.byCountry('grants', country) : await store.rows('grants');
    // Programme totals in the store (seed content and editors' changes) win over those handed in.
    const stored = (await store.datasets()).some((d) => d.kind === 'programme_totals');
    const totalsInForce = stored ? await store.rows('programme_totals') : programmeTotals;
    const all = rows
      .filter((g) => fiscal_year === undefined || g.fiscal_year === fiscal_year)
      .filter((g) => wanted === undefined || g.four_ps.includes(wanted))
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const sums = grantTotals(all);
    const totals = Object.entries(sums.by_currency)
      .map(([currency, amount]) => ({
        currency,
        amount,
        grants: all.filter((g) => g.currency === currency && g.amount !== null).length,
      }))
      .sort((a, b) => a.currency.localeCompare(b.currency));
    const filters = {
      ...(fiscal_year === undefined ? {} : { fiscal_year }),
      ...(country === undefined ? {} : { country }),
      ...(wanted === undefined ? {} : { p: wanted }),
    };
    return c.json(
      {
        ...pageOf(all, limit, cursor),
        totals,
        without_amount: sums.without_amount,
        programme_totals: totalsInForce
          .filter((p) => matches(p, filters))
          .map((p) => ({
            id: p.id,
            funder: p.funder,
            recipients: p.recipients,
            amount: p.amount,
            amount_is_lower_bound: p.amount_is_lower_bound,
            currency: p.currency,
            fiscal_year: p.fiscal_year,
            projects: p.projects,
            countries: p.countries,
            four_ps: p.four_ps,
            description: p.description,
            quote: p.quote,
            source: p.source,
            ...(p.edited === undefined ? {} : { edited: p.edited }),
          })),
        totals_note:
          'Sums of the grants matching the filters, per currency, not converted; programme totals are not grants and are never added (see programme_totals).',
      },
      200,
    );
  });
}
