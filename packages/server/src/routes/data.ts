import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppDeps } from '../deps.js';
import { currentEngine } from '../engine-source.js';

const VersionSchema = z.object({
  version: z.number().int(),
  imported_at: z.string(),
  as_of: z.string().nullable(),
  row_count: z.number().int(),
  checksum: z.string(),
  source_file: z.string().nullable(),
  imported_by: z.string(),
  in_force: z.boolean(),
});

const route = createRoute({
  method: 'get',
  path: '/api/data',
  summary: 'The reference datasets (manifest, gaps) and the knowledge-base datasets with their versions',
  responses: {
    200: {
      content: {
        'application/json': {
          schema: z.object({
            reference: z.array(
              z.object({
                id: z.string(),
                title: z.string(),
                file: z.string(),
                source: z.string(),
                as_of: z.string(),
                licence: z.string(),
                rows: z.number().int(),
                gaps: z.array(z.string()),
              }),
            ),
            knowledge_base: z.array(
              z.object({ dataset: z.string(), kind: z.string(), versions: z.array(VersionSchema) }),
            ),
          }),
        },
      },
      description: 'Datasets, versions and known gaps',
    },
  },
});

export function registerData(app: OpenAPIHono, deps: AppDeps): void {
  const { store } = deps;
  app.openapi(route, async (c) => {
    const { ref } = await currentEngine(deps);
    const datasets = await store.datasets();
    const knowledge_base = await Promise.all(
      datasets.map(async (d) => ({
        dataset: d.dataset,
        kind: d.kind,
        versions: (await store.versions(d.dataset)).map(({ dataset: _d, kind: _k, ...v }) => v),
      })),
    );
    knowledge_base.sort((a, b) => a.dataset.localeCompare(b.dataset));
    return c.json({ reference: ref.datasets, knowledge_base }, 200);
  });
}
