import { z } from 'zod';
import { TipwatchError } from '../errors.js';
import { LEVELS, type Level, levelRank } from '../model/level.js';
import type { Problem } from '../model/problem.js';

const level = z.enum(LEVELS);
const band = z.object({ min: z.number().int().min(0).max(100), max: z.number().int().min(0).max(100) });
const perLevel = <T extends z.ZodType>(value: T) =>
  z.object({ low: value, medium: value, high: value, critical: value });

const weightsSchema = z
  .object({
    version: z.literal(1),
    description: z.string().optional(),
    levels: z.object({
      entity: level,
      /** A name that scores just under the match threshold (see `possible_match`): a lead to check. */
      entity_possible: level,
      import_ban: level,
      goods: z.object({
        forced_labor: level,
        forced_child_labor: level,
        produced_with_exploitative_inputs: level,
        child_labor: level,
      }),
      country: z.object({
        'Tier 3': level,
        'Special Case': level,
        'Tier 2 Watch List': level,
        'Tier 2': level,
        'Tier 1': level,
        'Tier 1 or 2': level,
      }),
      sector: z.object({
        /** The level of a sector finding on its own. */
        alone: level,
        /** When the row's country finding is at or above this level… */
        with_country_at_or_above: level,
        /** …the sector finding is raised to this level. */
        raised_to: level,
      }),
      workforce: z
        .array(z.object({ min_migrant_share: z.number().gt(0).max(1), level }))
        .min(1, 'at least one migrant-share threshold'),
      far_plan: level,
    }),
    /**
     * How far under the matcher's threshold a name still gives a possible-match finding (0.1: from 0.65
     * when the threshold is 0.75); 0 gives none.
     */
    possible_match: z.object({ below_threshold: z.number().min(0).max(0.5) }),
    score: z.object({
      bands: perLevel(band),
      base: perLevel(z.number().min(0).max(100)),
      extra: perLevel(z.number().min(0).max(100)),
      decay: z.number().min(0).max(1),
      entity_match_bonus: z.number().min(0).max(100),
    }),
  })
  .superRefine((w, ctx) => {
    let previousMax = -1;
    for (const lv of LEVELS) {
      const b = w.score.bands[lv];
      if (b.min > b.max) {
        ctx.addIssue({ code: 'custom', path: ['score', 'bands', lv], message: 'min must not exceed max' });
      }
      if (b.min <= previousMax) {
        ctx.addIssue({
          code: 'custom',
          path: ['score', 'bands', lv, 'min'],
          message: `bands must rise with the level without overlap (previous band ends at ${previousMax})`,
        });
      }
      previousMax = b.max;
      const base = w.score.base[lv];
      if (base < b.min || base > b.max) {
        ctx.addIssue({
          code: 'custom',
          path: ['score', 'base', lv],
          message: `must lie inside the ${lv} band ${b.min}–${b.max}`,
        });
      }
    }
    const entityTop = w.score.base[w.levels.entity] + w.score.entity_match_bonus;
    if (entityTop > w.score.bands[w.levels.entity].max) {
      ctx.addIssue({
        code: 'custom',
        path: ['score', 'entity_match_bonus'],
        message: `base + bonus (${entityTop}) must stay inside the ${w.levels.entity} band`,
      });
    }
    const shares = w.levels.workforce.map((t) => t.min_migrant_share);
    if (shares.some((s, i) => i > 0 && s <= (shares[i - 1] ?? 0))) {
      ctx.addIssue({
        code: 'custom',
        path: ['levels', 'workforce'],
        message: 'thresholds must be listed by rising min_migrant_share',
      });
    }
  });

/** The validated content of `data/weights.json`: default finding levels and the score model. */
export type Weights = z.infer<typeof weightsSchema>;

/**
 * Parses and validates a weights file (`data/weights.json`). A broken file is a `TipwatchError` whose
 * problems name each bad field by its JSON path.
 */
export function parseWeights(jsonText: string, fileName = 'weights.json'): Weights {
  let raw: unknown;
  try {
    raw = JSON.parse(jsonText);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    throw new TipwatchError('weights_invalid', `${fileName}: not valid JSON (${message})`, [
      { code: 'weights_json', message },
    ]);
  }
  const parsed = weightsSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const problems: Problem[] = parsed.error.issues.map((issue) => {
    const path = issue.path.length > 0 ? issue.path.join('.') : '(root)';
    return { code: 'weights_field', column: path, message: `${path}: ${issue.message}` };
  });
  throw new TipwatchError(
    'weights_invalid',
    `${fileName}: ${problems.map((p) => p.message).join('; ')}`,
    problems,
  );
}

/** True when `a` is at or above `b`. */
export function atLeast(a: Level, b: Level): boolean {
  return levelRank(a) >= levelRank(b);
}
