import { readFile } from 'node:fs/promises';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { ScreeningSummary } from '@tipwatch/core';
import { ApiError } from '../api-error.js';
import { screeningFiles } from '../workspace/screening-files.js';
import { requireDone, screeningFor, type WorkspaceContext } from '../workspace/workspace-context.js';

/** The totals the job wrote, or null when it wrote none (a screening finished before they were kept). */
async function storedSummary(path: string): Promise<ScreeningSummary | null> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as ScreeningSummary;
  } catch {
    return null;
  }
}

/**
 * `GET /api/screenings/{id}/summary`: a finished screening's totals over all its register rows (rows and
 * spend per level, currency, finding kind and country, and the sector × country cells of risk-weighted
 * spend), summed by the database when the job finished (or now, for a screening finished before), so the
 * charts need not read the rows whatever their number.
 */
export function registerScreeningSummary(app: OpenAPIHono, w: WorkspaceContext): void {
  app.get('/api/screenings/:id/summary', async (c) => {
    const { who, screening } = await screeningFor(c, w, 'read');
    requireDone(screening);
    const summary =
      (await storedSummary(screeningFiles(w.filesDir, screening.id).summary)) ??
      (await w.screenings.summary(who.org.id, screening.id));
    // Deleted between the two reads.
    if (summary === null) throw new ApiError(404, 'not_found', `no screening ${screening.id}`);
    return c.json({ screening_id: screening.id, ...summary }, 200);
  });
}
