import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { errorResponses } from '../api-error.js';
import type { AppDeps } from '../deps.js';
import { PagingQuery, pageOf } from '../paging.js';
import { byDateDesc, Iso3Param, PartnershipSchema, pageSchema } from '../schemas.js';

const route = createRoute({
  method: 'get',
  path: '/api/partnerships',
  summary: 'Partnerships, compacts and challenges, newest first (undated last)',
  request: {
    query: z.object({
      country: Iso3Param.optional().openapi({ param: { name: 'country', in: 'query' }, example: 'GHA' }),
      ...PagingQuery,
    }),
  },
  responses: {
    200: {
      content: { 'application/json': { schema: pageSchema(PartnershipSchema) } },
      description: 'Partnerships',
    },
    ...errorResponses,
  },
});

/** `GET /api/partnerships?country=ISO3`: every partnership in force, including those tied to no country. */
export function registerPartnerships(app: OpenAPIHono, { store }: AppDeps): void {
  app.openapi(route, async (c) => {
    const { country, limit, cursor } = c.req.valid('query');
    const rows = country ? await store.byCountry('partnerships', country) : await store.rows('partnerships');
    return c.json(pageOf([...rows].sort(byDateDesc), limit, cursor), 200);
  });
}
