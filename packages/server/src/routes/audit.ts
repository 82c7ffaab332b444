import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { AuditEntrySchema, jsonResponse } from '../auth/account-schemas.js';
import type { AccountsContext } from '../auth/accounts-context.js';
import { signedIn } from '../auth/signed-in.js';
import { authErrorResponses, READ_SECURITY } from '../openapi-security.js';

const route = createRoute({
  method: 'get',
  path: '/api/audit',
  tags: ['accounts'],
  summary: 'The organisation’s audit log, newest first (admins only)',
  description:
    'Every change to users, tokens and (for the office) public content: who, when, what, and the target before and after, secrets redacted.',
  security: READ_SECURITY,
  request: {
    query: z.object({
      limit: z.coerce
        .number()
        .int()
        .min(1)
        .max(500)
        .default(100)
        .openapi({ param: { name: 'limit', in: 'query' }, description: 'Entries per page, 1–500' }),
      before_id: z.coerce
        .number()
        .int()
        .min(1)
        .max(999_999_999)
        .optional()
        .openapi({
          param: { name: 'before_id', in: 'query' },
          description: '`next_before_id` of the last page',
        }),
    }),
  },
  responses: {
    200: jsonResponse(
      z.object({ items: z.array(AuditEntrySchema), next_before_id: z.number().int().nullable() }),
      'Audit entries',
    ),
    ...authErrorResponses,
  },
});

/** `GET /api/audit?limit=N&before_id=ID`: the admin's organisation's audit log, newest first. */
export function registerAudit(app: OpenAPIHono, ctx: AccountsContext): void {
  app.openapi({ ...route, middleware: [signedIn(ctx, 'read_audit')] as const }, async (c) => {
    const who = c.get('principal');
    const { limit, before_id } = c.req.valid('query');
    const items = await ctx.accounts.audit(who.org.id, {
      limit,
      ...(before_id === undefined ? {} : { before_id }),
    });
    const last = items[items.length - 1];
    return c.json({ items, next_before_id: items.length === limit && last ? last.id : null }, 200);
  });
}
