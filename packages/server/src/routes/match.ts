import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { ErrorSchema, errorResponses } from '../api-error.js';
import type { AppDeps } from '../deps.js';
import { currentEngine } from '../engine-source.js';
import { ListEntrySchema } from '../schemas.js';

/** Bodies larger than this are refused with 413 before they are read in full. */
export const MATCH_BODY_LIMIT = 16 * 1024;

const BodySchema = z
  .object({
    name: z.string().trim().min(1).max(500).openapi({ example: 'HOSHINE SILICON IND CO LTD' }),
    country: z
      .string()
      .trim()
      .max(100)
      .nullable()
      .optional()
      .openapi({ description: 'ISO alpha-2, alpha-3 or a name', example: 'CN' }),
    limit: z.number().int().min(1).max(20).default(5),
  })
  .openapi('MatchRequest');

const CandidateSchema = z
  .object({
    id: z.string(),
    list: z.string(),
    name: z.string(),
    matched_name: z.string(),
    score: z.number(),
    is_match: z.boolean().openapi({ description: 'score ≥ the matcher threshold' }),
    why: z.array(z.object({ code: z.string(), detail: z.string(), weight: z.number().optional() })),
    entry: ListEntrySchema,
  })
  .openapi('MatchCandidate');

const route = createRoute({
  method: 'post',
  path: '/api/match',
  summary: 'Match a name against the screening lists: candidates with score and why',
  request: { body: { content: { 'application/json': { schema: BodySchema } }, required: true } },
  responses: {
    200: {
      content: {
        'application/json': {
          schema: z.object({
            name: z.string(),
            country: z.string().nullable(),
            threshold: z.number(),
            candidates: z.array(CandidateSchema),
          }),
        },
      },
      description: 'Candidates, best first',
    },
    ...errorResponses,
    413: { content: { 'application/json': { schema: ErrorSchema } }, description: 'Body too large' },
  },
});

export function registerMatch(app: OpenAPIHono, deps: AppDeps): void {
  app.openapi(route, async (c) => {
    const { name, country, limit } = c.req.valid('json');
    const { matcher } = await currentEngine(deps);
    const candidates = matcher.match(name, { country: country ?? null, limit }).map((m) => ({
      id: m.id,
      list: m.list,
      name: m.name,
      matched_name: m.matched_name,
      score: m.score,
      is_match: m.score >= matcher.threshold,
      why: m.why,
      entry: m.entry,
    }));
    return c.json({ name, country: country ?? null, threshold: matcher.threshold, candidates }, 200);
  });
}
