import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { ApiToken } from '@tipwatch/core';
import { ApiError } from '../api-error.js';
import { IdParam, jsonBody, jsonResponse, NewTokenBody, TokenSchema } from '../auth/account-schemas.js';
import type { AccountsContext } from '../auth/accounts-context.js';
import { recordAudit } from '../auth/audit-trail.js';
import { newApiToken, sha256Hex } from '../auth/secret-token.js';
import { signedIn } from '../auth/signed-in.js';
import { ACCOUNT_BODY_LIMIT, bodySizeLimit } from '../body-size-limit.js';
import { jsonBodyAnyType } from '../json-body.js';
import { authErrorResponses, errorDoc, READ_SECURITY, WRITE_SECURITY } from '../openapi-security.js';

/** A token as listed: never its hash. */
function shown({ token_hash: _, ...token }: ApiToken) {
  return token;
}

const tags = ['accounts'];

const listRoute = createRoute({
  method: 'get',
  path: '/api/tokens',
  tags,
  summary: 'The caller’s API tokens (never the tokens themselves)',
  security: READ_SECURITY,
  responses: {
    200: jsonResponse(z.object({ items: z.array(TokenSchema) }), 'Tokens'),
    ...authErrorResponses,
  },
});

const createTokenRoute = createRoute({
  method: 'post',
  path: '/api/tokens',
  tags,
  summary: 'A new API token for the caller, shown in this response only',
  security: WRITE_SECURITY,
  request: { body: jsonBody(NewTokenBody) },
  responses: {
    201: jsonResponse(
      TokenSchema.extend({
        token: z.string().openapi({ description: 'Send as Authorization: Bearer TOKEN' }),
      }),
      'Created',
    ),
    ...authErrorResponses,
  },
});

const revokeRoute = createRoute({
  method: 'delete',
  path: '/api/tokens/{id}',
  tags,
  summary: 'Revoke one of the caller’s tokens (an admin: any of the organisation’s)',
  security: WRITE_SECURITY,
  request: { params: IdParam },
  responses: { 204: { description: 'Revoked' }, ...authErrorResponses, 404: errorDoc('No such token') },
});

/**
 * `GET /api/tokens` (the caller's tokens), `POST /api/tokens` (a new token for the caller, shown once) and
 * `DELETE /api/tokens/{id}` (revoke one of the caller's tokens; an admin may revoke any of the organisation's).
 */
export function registerTokens(app: OpenAPIHono, ctx: AccountsContext): void {
  const anyone = signedIn(ctx, 'manage_own_tokens');
  const limit = bodySizeLimit(ACCOUNT_BODY_LIMIT);

  app.openapi({ ...listRoute, middleware: [anyone] as const }, async (c) => {
    const who = c.get('principal');
    return c.json({ items: (await ctx.accounts.tokens(who.user.id)).map(shown) }, 200);
  });

  app.openapi({ ...createTokenRoute, middleware: [anyone, limit, jsonBodyAnyType()] as const }, async (c) => {
    const who = c.get('principal');
    const { name } = c.req.valid('json');
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

  app.openapi({ ...revokeRoute, middleware: [anyone, limit] as const }, async (c) => {
    const who = c.get('principal');
    const idText = c.req.valid('param').id;
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
