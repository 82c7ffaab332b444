import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { FourP, Grant } from '@tipwatch/core';
import { errorResponses } from '../api-error.js';
import type { AppDeps } from '../deps.js';
import { PagingQuery, pageOf } from '../paging.js';
import { GrantSchema, Iso3Param } from '../schemas.js';

/** The `p` filter: the "four Ps"; the plural `partnerships` is accepted for the stored `partnership`. */
const P_VALUES = ['prevention', 'protection', 'prosecution', 'partnerships', 'partnership'] as const;

const TotalSchema = z.object({
  currency: z.string(),
  amount: z.number(),
  grants: z.number().int().openapi({ description: 'Grants with an amount in this currency' }),
});

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
            without_amount: z.number().int(),
            totals_note: z.string(),
          }),
        },
      },
      description: 'A page of grants; totals cover every grant matching the filters, not just the page',
    },
    ...errorResponses,
  },
});

/**
 * Sums grant amounts per currency (never converted). Only rows of the `grants` kind are summed: programme
 * totals ("over $18 million for 27 projects") are not grants and are never stored as such, so a programme and
 * its grants cannot be counted twice.
 */
export function grantTotals(grants: readonly Grant[]): {
  totals: { currency: string; amount: number; grants: number }[];
  without_amount: number;
} {
  const by = new Map<string, { amount: number; grants: number }>();
  let without = 0;
  for (const g of grants) {
    if (g.amount === null || g.currency === null) {
      without++;
      continue;
    }
    const t = by.get(g.currency) ?? { amount: 0, grants: 0 };
    t.amount += g.amount;
    t.grants++;
    by.set(g.currency, t);
  }
  const totals = [...by].map(([currency, t]) => ({ currency, ...t }));
  totals.sort((a, b) => a.currency.localeCompare(b.currency));
  return { totals, without_amount: without };
}

export function registerGrants(app: OpenAPIHono, { store }: AppDeps): void {
  app.openapi(route, async (c) => {
    const { fiscal_year, country, p, limit, cursor } = c.req.valid('query');
    const wanted: FourP | undefined = p === 'partnerships' ? 'partnership' : p;
    const rows = country ? await store.byCountry('grants', country) : await store.rows('grants');
    const all = rows
      .filter((g) => fiscal_year === undefined || g.fiscal_year === fiscal_year)
      .filter((g) => wanted === undefined || g.four_ps.includes(wanted))
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return c.json(
      {
        ...pageOf(all, limit, cursor),
        ...grantTotals(all),
        totals_note:
          'Sums of the grants matching the filters, per currency, not converted; programme totals are not grants and are not added.',
      },
      200,
    );
  });
}
