import { z } from '@hono/zod-openapi';
import type { ApiToken } from '@tipwatch/core';
import type { Hono } from 'hono';
import { ApiError } from '../api-error.js';
import type { AccountsContext } from '../auth/accounts-context.js';
import { recordAudit } from '../auth/audit-trail.js';
import { requireAction } from '../auth/principal.js';
import { readBody } from '../auth/read-body.js';
import { newApiToken, sha256Hex } from '../auth/secret-token.js';

const NewTokenBody = z.object({ name: z.string().trim().min(1).max(100) });

/** A token as listed: never its hash. */
function shown({ token_hash: _, ...token }: ApiToken) {
  return token;
}

/**
 * `GET /api/tokens` (the caller's tokens), `POST /api/tokens` (a new token for the caller, shown once) and
 * `DELETE /api/tokens/{id}` (revoke one of the caller's tokens; an admin may revoke any of the organisation's).
 */
export function registerTokens(app: Hono, ctx: AccountsContext): void {
  app.get('/api/tokens', async (c) => {
    const who = await requireAction(c, ctx, 'manage_own_tokens');
    return c.json({ items: (await ctx.accounts.tokens(who.user.id)).map(shown) }, 200);
  });

  app.post('/api/tokens', async (c) => {
    const who = await requireAction(c, ctx, 'manage_own_tokens');
    const { name } = await readBody(c, NewTokenBody);
    const secret = newApiToken();
    const token = await ctx.accounts.createToken({
      user_id: who.user.id,
      name,
      token_hash: sha256Hex(secret),
      created_at: ctx.clock().toISOString(),
    });
    await recordAudit(ctx, who, {
      action: 'token.create',
      target_type: 'token',
      target_id: token.id,
      before: null,
      after: shown(token),
    });
    return c.json({ ...shown(token), token: secret }, 201);
  });

  app.delete('/api/tokens/:id', async (c) => {
    const who = await requireAction(c, ctx, 'manage_own_tokens');
    const idText = c.req.param('id');
    const notFound = new ApiError(404, 'not_found', `no token ${idText} of yours`, { id: idText });
    if (!/^\d{1,9}$/.test(idText)) throw notFound;
    const id = Number(idText);
    // Find the token among the caller's, or (for an admin) among the organisation's users' tokens.
    let owned = (await ctx.accounts.tokens(who.user.id)).find((t) => t.id === id);
    if (owned === undefined && who.user.role === 'admin') {
      for (const user of await ctx.accounts.users(who.org.id)) {
        owned = (await ctx.accounts.tokens(user.id)).find((t) => t.id === id);
        if (owned !== undefined) break;
      }
    }
    if (owned === undefined) throw notFound;
    const after = await ctx.accounts.revokeToken(id, ctx.clock().toISOString());
    await recordAudit(ctx, who, {
      action: 'token.revoke',
      target_type: 'token',
      target_id: id,
      before: shown(owned),
      after: after === null ? null : shown(after),
    });
    return c.body(null, 204);
  });
}
