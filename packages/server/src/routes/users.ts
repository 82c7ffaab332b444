import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { normaliseEmail, TipwatchError, type User } from '@tipwatch/core';
import { ApiError } from '../api-error.js';
import {
  IdParam,
  jsonBody,
  jsonResponse,
  NewUserBody,
  UserPatchBody,
  UserSchema,
} from '../auth/account-schemas.js';
import type { AccountsContext } from '../auth/accounts-context.js';
import { recordAudit } from '../auth/audit-trail.js';
import { hashPassword } from '../auth/password-hash.js';
import type { Principal } from '../auth/principal.js';
import { oneTimePassword } from '../auth/secret-token.js';
import { signedIn } from '../auth/signed-in.js';
import { ACCOUNT_BODY_LIMIT, bodySizeLimit } from '../body-size-limit.js';
import { jsonBodyAnyType } from '../json-body.js';
import { authErrorResponses, errorDoc, READ_SECURITY, WRITE_SECURITY } from '../openapi-security.js';

/** A user of the caller's organisation; 404 for any other id, so other organisations' users stay unseen. */
async function userOfOrg(ctx: AccountsContext, who: Principal, idText: string): Promise<User> {
  const id = /^\d{1,9}$/.test(idText) ? Number(idText) : null;
  const user = id === null ? null : await ctx.accounts.user(id);
  if (user === null || user.org_id !== who.org.id) {
    throw new ApiError(404, 'not_found', `no user ${idText} in your organisation`, { id: idText });
  }
  return user;
}

const tags = ['accounts'];
const notFound = errorDoc('No such user in the organisation');
const UserWithPassword = z.object({
  user: UserSchema,
  password: z.string().openapi({ description: 'One-time password, shown in this response only' }),
});

const listRoute = createRoute({
  method: 'get',
  path: '/api/users',
  tags,
  summary: 'Users of the admin’s organisation (admins only)',
  security: READ_SECURITY,
  responses: {
    200: jsonResponse(z.object({ items: z.array(UserSchema) }), 'Users'),
    ...authErrorResponses,
  },
});

const createUserRoute = createRoute({
  method: 'post',
  path: '/api/users',
  tags,
  summary: 'Create a user of the admin’s organisation, with a one-time password (admins only)',
  security: WRITE_SECURITY,
  request: { body: jsonBody(NewUserBody) },
  responses: {
    201: jsonResponse(UserWithPassword, 'Created'),
    ...authErrorResponses,
    409: errorDoc('The e-mail address has an account already'),
  },
});

const patchRoute = createRoute({
  method: 'patch',
  path: '/api/users/{id}',
  tags,
  summary: 'Change a user’s role or disable them; ends their sessions (admins only)',
  security: WRITE_SECURITY,
  request: { params: IdParam, body: jsonBody(UserPatchBody) },
  responses: {
    200: jsonResponse(z.object({ user: UserSchema }), 'Changed'),
    ...authErrorResponses,
    404: notFound,
    409: errorDoc('The organisation would lose its last active admin'),
  },
});

const resetRoute = createRoute({
  method: 'post',
  path: '/api/users/{id}/reset-password',
  tags,
  summary: 'Reset a user’s password to a one-time password and end their sessions (admins only)',
  security: WRITE_SECURITY,
  request: { params: IdParam },
  responses: {
    200: jsonResponse(UserWithPassword, 'Reset'),
    ...authErrorResponses,
    404: notFound,
  },
});

/**
 * Admin routes on the users of the admin's own organisation: `GET/POST /api/users`, `PATCH /api/users/{id}`
 * (role, disabled) and `POST /api/users/{id}/reset-password`. New users and resets get a one-time password,
 * in that one response only.
 */
export function registerUsers(app: OpenAPIHono, ctx: AccountsContext): void {
  const admin = signedIn(ctx, 'manage_users');
  const limit = bodySizeLimit(ACCOUNT_BODY_LIMIT);

  app.openapi({ ...listRoute, middleware: [admin] as const }, async (c) => {
    const who = c.get('principal');
    return c.json({ items: await ctx.accounts.users(who.org.id) }, 200);
  });

  app.openapi({ ...createUserRoute, middleware: [admin, limit, jsonBodyAnyType()] as const }, async (c) => {
    const who = c.get('principal');
    const body = c.req.valid('json');
    const email = normaliseEmail(body.email);
    if (email === null) {
      throw new ApiError(400, 'bad_body', `body field "email": "${body.email}" is not an e-mail address`, {
        field: 'email',
      });
    }
    const password = oneTimePassword();
    let user: User;
    try {
      user = await ctx.accounts.createUser({
        org_id: who.org.id,
        email,
        role: body.role,
        password_hash: await hashPassword(password),
        one_time_password: true,
        created_at: ctx.clock().toISOString(),
      });
    } catch (err) {
      if (err instanceof TipwatchError && err.code === 'email_taken') {
        throw new ApiError(409, 'conflict', 'that e-mail address has an account already', { field: 'email' });
      }
      throw err;
    }
    await recordAudit(ctx, who, {
      action: 'user.create',
      target_type: 'user',
      target_id: user.id,
      before: null,
      after: user,
    });
    return c.json({ user, password }, 201);
  });

  app.openapi({ ...patchRoute, middleware: [admin, limit, jsonBodyAnyType()] as const }, async (c) => {
    const who = c.get('principal');
    const before = await userOfOrg(ctx, who, c.req.valid('param').id);
    const body = c.req.valid('json');
    const losesAdmin = before.role === 'admin' && (body.role !== undefined ? body.role !== 'admin' : false);
    if ((losesAdmin || body.disabled === true) && before.role === 'admin') {
      const admins = (await ctx.accounts.users(who.org.id)).filter((u) => u.role === 'admin' && !u.disabled);
      if (admins.length <= 1 && !before.disabled) {
        throw new ApiError(409, 'conflict', 'the organisation must keep at least one active admin');
      }
    }
    const now = ctx.clock().toISOString();
    const after = await ctx.accounts.updateUser(before.id, { ...body, updated_at: now });
    if (after === null) throw new ApiError(404, 'not_found', `no user ${before.id} in your organisation`);
    // A disabled user or a changed role starts again from a fresh sign-in.
    if (body.disabled === true || (body.role !== undefined && body.role !== before.role)) {
      await ctx.accounts.revokeSessions(before.id, now);
    }
    await recordAudit(ctx, who, {
      action: 'user.update',
      target_type: 'user',
      target_id: before.id,
      before,
      after,
    });
    return c.json({ user: after }, 200);
  });

  app.openapi({ ...resetRoute, middleware: [admin, limit] as const }, async (c) => {
    const who = c.get('principal');
    const user = await userOfOrg(ctx, who, c.req.valid('param').id);
    const password = oneTimePassword();
    const now = ctx.clock().toISOString();
    await ctx.accounts.updateUser(user.id, {
      password_hash: await hashPassword(password),
      one_time_password: 'issued',
      updated_at: now,
    });
    const sessions = await ctx.accounts.revokeSessions(user.id, now);
    await recordAudit(ctx, who, {
      action: 'user.reset_password',
      target_type: 'user',
      target_id: user.id,
      before: null,
      after: { email: user.email, password_reset: true, sessions_revoked: sessions },
    });
    return c.json({ user, password }, 200);
  });
}
