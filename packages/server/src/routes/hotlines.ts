import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { kindTraits } from '@tipwatch/core';
import { errorResponses } from '../api-error.js';
import type { AppDeps } from '../deps.js';
import { PagingQuery, pageOf } from '../paging.js';
import { HotlineSchema, Iso3Param, pageSchema } from '../schemas.js';

const HotlineItemSchema = HotlineSchema.extend({
  id: z.string().openapi({ description: 'The hotline’s key (country|name|phone), its id for editors' }),
});

const route = createRoute({
  method: 'get',
  path: '/api/hotlines',
  summary: 'Trafficking hotlines with dialable phone and text numbers',
  request: {
    query: z.object({
      country: Iso3Param.optional().openapi({
        param: { name: 'country', in: 'query' },
        description: 'ISO alpha-3 of the country the hotline serves',
        example: 'USA',
      }),
      ...PagingQuery,
    }),
  },
  responses: {
    200: {
      content: { 'application/json': { schema: pageSchema(HotlineItemSchema) } },
      description: 'Hotlines',
    },
    ...errorResponses,
  },
});

/** `GET /api/hotlines?country=ISO3`: an unknown country gives an empty page, not an error. */
export function registerHotlines(app: OpenAPIHono, { store }: AppDeps): void {
  app.openapi(route, async (c) => {
    const { country, limit, cursor } = c.req.valid('query');
    const keyOf = kindTraits('hotlines').keyOf;
    const all = (await store.hotlines(country)).map((h) => ({ id: keyOf(h), ...h }));
    return c.json(pageOf(all, limit, cursor), 200);
  });
}
