import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { TipwatchError } from '@tipwatch/core';
import { badParameter, errorResponses } from '../api-error.js';
import type { AppDeps } from '../deps.js';
import { PagingQuery } from '../paging.js';

const HitSchema = z
  .object({
    kind: z.string(),
    dataset: z.string(),
    key: z.string(),
    title: z.string(),
    score: z.number(),
    row: z.record(z.string(), z.unknown()),
  })
  .openapi('SearchHit');

const route = createRoute({
  method: 'get',
  path: '/api/search',
  summary: 'Full-text search over countries, hotlines, reports, grants and news',
  request: {
    query: z.object({
      q: z
        .string()
        .trim()
        .min(1)
        .max(200)
        .openapi({ param: { name: 'q', in: 'query' }, example: 'forced labor cotton' }),
      ...PagingQuery,
    }),
  },
  responses: {
    200: {
      content: {
        'application/json': {
          schema: z.object({ items: z.array(HitSchema), next_cursor: z.string().nullable() }),
        },
      },
      description: 'Hits, best first',
    },
    ...errorResponses,
  },
});

export function registerSearch(app: OpenAPIHono, { store }: AppDeps): void {
  app.openapi(route, async (c) => {
    const { q, limit, cursor } = c.req.valid('query');
    try {
      const page = await store.search(q, { limit, cursor: cursor ?? null });
      const items = page.hits.map((h) => ({ ...h, row: { ...h.row } as Record<string, unknown> }));
      return c.json({ items, next_cursor: page.next_cursor }, 200);
    } catch (err) {
      if (err instanceof TipwatchError && err.code === 'bad_cursor') {
        throw badParameter('cursor', `the next_cursor of a previous page of this query (${err.message})`);
      }
      throw err;
    }
  });
}
