import type { Hono } from 'hono';
import { badParameter } from '../api-error.js';
import type { AccountsContext } from '../auth/accounts-context.js';
import { requireAction } from '../auth/principal.js';

/** `GET /api/audit?limit=N&before_id=ID`: the admin's organisation's audit log, newest first. */
export function registerAudit(app: Hono, ctx: AccountsContext): void {
  app.get('/api/audit', async (c) => {
    const who = await requireAction(c, ctx, 'read_audit');
    const limitText = c.req.query('limit') ?? '100';
    const beforeText = c.req.query('before_id');
    if (!/^\d{1,3}$/.test(limitText) || Number(limitText) < 1 || Number(limitText) > 500) {
      throw badParameter('limit', 'a number 1–500', limitText);
    }
    if (beforeText !== undefined && !/^\d{1,9}$/.test(beforeText)) {
      throw badParameter('before_id', 'an audit entry id', beforeText);
    }
    const items = await ctx.accounts.audit(who.org.id, {
      limit: Number(limitText),
      ...(beforeText === undefined ? {} : { before_id: Number(beforeText) }),
    });
    const last = items[items.length - 1];
    return c.json(
      { items, next_before_id: items.length === Number(limitText) && last ? last.id : null },
      200,
    );
  });
}
