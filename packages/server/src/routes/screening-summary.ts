import type { OpenAPIHono } from '@hono/zod-openapi';
import { ApiError } from '../api-error.js';
import { requireDone, screeningFor, type WorkspaceContext } from '../workspace/workspace-context.js';

/**
 * `GET /api/screenings/{id}/summary`: a finished screening's totals over all its register rows (rows and
 * spend per level, currency, finding kind and country, and the sector × country cells of risk-weighted
 * spend), summed by the database, so the charts need not read the rows whatever their number.
 */
export function registerScreeningSummary(app: OpenAPIHono, w: WorkspaceContext): void {
  app.get('/api/screenings/:id/summary', async (c) => {
    const { who, screening } = await screeningFor(c, w, 'read');
    requireDone(screening);
    const summary = await w.screenings.summary(who.org.id, screening.id);
    // Deleted between the two reads.
    if (summary === null) throw new ApiError(404, 'not_found', `no screening ${screening.id}`);
    return c.json({ screening_id: screening.id, ...summary }, 200);
  });
}
