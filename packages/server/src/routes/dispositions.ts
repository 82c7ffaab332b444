import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { DISPOSITION_STATES } from '@tipwatch/core';
import type { Context } from 'hono';
import { ApiError } from '../api-error.js';
import { recordAudit } from '../auth/audit-trail.js';
import { ACCOUNT_BODY_LIMIT, bodySizeLimit } from '../body-size-limit.js';
import { screeningFor, type WorkspaceContext } from '../workspace/workspace-context.js';

const DispositionBody = z.object({
  state: z.enum(DISPOSITION_STATES),
  note: z.string().max(2000).default(''),
});

/** The body as `{state, note}`; a 400 naming the field at fault otherwise. */
async function dispositionBody(c: Context): Promise<z.infer<typeof DispositionBody>> {
  let body: unknown;
  try {
    body = await c.req.json();
  } catch {
    throw new ApiError(400, 'bad_body', 'the body must be a JSON object: {"state", "note"}');
  }
  const result = DispositionBody.safeParse(body);
  if (result.success) return result.data;
  const first = result.error.issues[0];
  const field = first?.path.map(String).join('.') || 'body';
  const message =
    field === 'state' ? `expected one of ${DISPOSITION_STATES.join(', ')}` : (first?.message ?? 'invalid');
  throw new ApiError(400, 'bad_body', `body field "${field}": ${message}`, { field });
}

/**
 * `PUT /api/screenings/{id}/findings/{findingId}/disposition` with `{state, note}` (analysts and above):
 * records the organisation's decision on this supplier's finding. It is kept by supplier and finding
 * identity, so it shows in every screening of the organisation with the same supplier and finding; each
 * change goes to the audit log with its before and after.
 */
export function registerDispositions(app: OpenAPIHono, w: WorkspaceContext): void {
  // A state and a note of at most 2,000 characters: a larger body is refused before it is read.
  app.put(
    '/api/screenings/:id/findings/:findingId/disposition',
    bodySizeLimit(ACCOUNT_BODY_LIMIT),
    async (c) => {
      const { who, screening } = await screeningFor(c, w, 'disposition');
      const idText = c.req.param('findingId');
      const notFound = new ApiError(404, 'not_found', `no finding ${idText} in screening ${screening.id}`, {
        finding_id: idText,
      });
      if (!/^\d{1,12}$/.test(idText)) throw notFound;
      const finding = await w.screenings.finding(who.org.id, screening.id, Number(idText));
      if (finding === null) throw notFound;
      const body = await dispositionBody(c);
      const { before, after } = await w.screenings.setDisposition({
        org_id: who.org.id,
        supplier_key: finding.supplier_key,
        finding_key: finding.finding_key,
        state: body.state,
        note: body.note,
        updated_by: who.user.id,
        updated_at: w.auth.clock().toISOString(),
      });
      const shown = (d: typeof before) =>
        d === null
          ? null
          : {
              supplier: finding.supplier,
              supplier_key: d.supplier_key,
              finding_key: d.finding_key,
              state: d.state,
              note: d.note,
              updated_by: d.updated_by,
              updated_at: d.updated_at,
            };
      await recordAudit(w.auth, who, {
        action: 'disposition.set',
        target_type: 'disposition',
        target_id: `${finding.supplier_key} ${finding.finding_key}`,
        before: shown(before),
        after: shown(after),
      });
      return c.json(
        {
          screening_id: screening.id,
          finding_id: finding.id,
          ...shown(after),
        },
        200,
      );
    },
  );
}
