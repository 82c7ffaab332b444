import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { NewsItem } from '@tipwatch/core';
import { errorResponses } from '../api-error.js';
import type { AppDeps } from '../deps.js';
import { PagingQuery, pageOf } from '../paging.js';
import { byDateDesc, Iso3Param, NewsSchema, pageSchema } from '../schemas.js';

const route = createRoute({
  method: 'get',
  path: '/api/news',
  summary: 'News items, newest first; undated items last, marked `undated`',
  request: {
    query: z.object({
      country: Iso3Param.optional().openapi({ param: { name: 'country', in: 'query' } }),
      ...PagingQuery,
    }),
  },
  responses: {
    200: { content: { 'application/json': { schema: pageSchema(NewsSchema) } }, description: 'News' },
    ...errorResponses,
  },
});

/** News rows sorted newest first, each marked `undated` when the source gives no date. */
export function newsItems(rows: readonly NewsItem[]): (NewsItem & { undated: boolean })[] {
  return [...rows].sort(byDateDesc).map((n) => ({ ...n, undated: n.date === null }));
}

export function registerNews(app: OpenAPIHono, { store }: AppDeps): void {
  app.openapi(route, async (c) => {
    const { country, limit, cursor } = c.req.valid('query');
    const rows = country ? await store.byCountry('news', country) : await store.rows('news');
    return c.json(pageOf(newsItems(rows), limit, cursor), 200);
  });
}
