import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { errorResponses } from '../api-error.js';
import type { AppDeps } from '../deps.js';
import { PagingQuery, pageOf } from '../paging.js';
import { byDateDesc, Iso3Param, pageSchema, ReportSchema } from '../schemas.js';

const route = createRoute({
  method: 'get',
  path: '/api/reports',
  summary: 'Research reports, newest first (undated last)',
  request: {
    query: z.object({
      country: Iso3Param.optional().openapi({ param: { name: 'country', in: 'query' }, example: 'SYR' }),
      ...PagingQuery,
    }),
  },
  responses: {
    200: { content: { 'application/json': { schema: pageSchema(ReportSchema) } }, description: 'Reports' },
    ...errorResponses,
  },
});

export function registerReports(app: OpenAPIHono, { store }: AppDeps): void {
  app.openapi(route, async (c) => {
    const { country, limit, cursor } = c.req.valid('query');
    const rows = country ? await store.byCountry('reports', country) : await store.rows('reports');
    return c.json(pageOf([...rows].sort(byDateDesc), limit, cursor), 200);
  });
}
