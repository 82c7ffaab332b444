import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import {
  checkPassword,
  normaliseEmail,
  type OneTimePasswordState,
  type Organisation,
  type User,
} from '@tipwatch/core';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { ApiError, ErrorSchema } from '../api-error.js';
import { ChangePasswordBody, jsonBody, jsonResponse, MeSchema, SignInBody } from '../auth/account-schemas.js';
import type { AccountsContext } from '../auth/accounts-context.js';
import { recordAudit } from '../auth/audit-trail.js';
import { clientAddress } from '../auth/client-address.js';
import { DUMMY_PASSWORD_HASH, hashPassword, verifyPassword } from '../auth/password-hash.js';
import { checkOrigin, SESSION_COOKIE } from '../auth/principal.js';
import { randomSecret, sha256Hex } from '../auth/secret-token.js';
import { signedIn } from '../auth/signed-in.js';
import { ACCOUNT_BODY_LIMIT, bodySizeLimit } from '../body-size-limit.js';
import { jsonBodyAnyType } from '../json-body.js';
import { authErrorResponses, READ_SECURITY, WRITE_SECURITY } from '../openapi-security.js';

/** The caller as `GET /api/me` and sign-in show them. */
export function meBody(
  user: User,
  org: Organisation,
  csrfToken: string | null,
  oneTimePassword: OneTimePasswordState | null,
) {
  return {
    user: {
      id: user.id,
      email: user.email,
      role: user.role,
      disabled: user.disabled,
      created_at: user.created_at,
    },
    org: { id: org.id, name: org.name, is_office: org.is_office },
    role: user.role,
    password_change_required: oneTimePassword !== null,
    csrf_token: csrfToken,
  };
}

function secureCookie(c: Context): boolean {
  return new URL(c.req.url).protocol === 'https:';
}

const tags = ['accounts'];

const signInRoute = (ctx: AccountsContext) =>
  createRoute({
    method: 'post',
    path: '/api/session',
    tags,
    summary: 'Sign in with e-mail and password; sets the session cookie and returns the CSRF token',
    description:
      'Failed sign-ins are limited per e-mail address and per client address; past the limit the answer is 429 with Retry-After, even for the right password, until the window passes.',
    middleware: [
      // Login CSRF: another site must not sign the browser in to an account of its choosing.
      async (c, next) => {
        checkOrigin(c, ctx);
        await next();
      },
      bodySizeLimit(ACCOUNT_BODY_LIMIT),
      jsonBodyAnyType(),
    ] as const,
    request: { body: jsonBody(SignInBody) },
    responses: {
      200: {
        ...jsonResponse(MeSchema, 'Signed in'),
        headers: z.object({ 'Set-Cookie': z.string() }),
      },
      ...authErrorResponses,
      429: {
        content: { 'application/json': { schema: ErrorSchema } },
        description: 'Too many failed sign-ins; see Retry-After',
        headers: z.object({ 'Retry-After': z.string() }),
      },
    },
  });

const meRoute = createRoute({
  method: 'get',
  path: '/api/me',
  tags,
  summary: 'The caller, their organisation and role',
  security: READ_SECURITY,
  responses: { 200: jsonResponse(MeSchema, 'The caller'), ...authErrorResponses },
});

const signOutRoute = createRoute({
  method: 'delete',
  path: '/api/session',
  tags,
  summary: 'Sign out: ends this session',
  security: WRITE_SECURITY,
  responses: { 204: { description: 'Signed out' }, ...authErrorResponses },
});

const signOutEverywhereRoute = createRoute({
  method: 'delete',
  path: '/api/sessions',
  tags,
  summary: 'Sign out everywhere: ends every session of the caller',
  security: WRITE_SECURITY,
  responses: {
    200: jsonResponse(z.object({ revoked: z.number().int() }), 'Sessions ended'),
    ...authErrorResponses,
  },
});

const changePasswordRoute = createRoute({
  method: 'post',
  path: '/api/me/password',
  tags,
  summary: 'Change the caller’s password (ends every session)',
  security: WRITE_SECURITY,
  request: { body: jsonBody(ChangePasswordBody) },
  responses: {
    200: jsonResponse(z.object({ sessions_revoked: z.number().int() }), 'Password changed'),
    ...authErrorResponses,
  },
});

/**
 * `POST /api/session` (sign in with a cookie), `DELETE /api/session` (sign out), `DELETE /api/sessions` (sign
 * out everywhere), `GET /api/me` and `POST /api/me/password`.
 */
export function registerSession(app: OpenAPIHono, ctx: AccountsContext): void {
  const limit = bodySizeLimit(ACCOUNT_BODY_LIMIT);

  app.openapi(signInRoute(ctx), async (c) => {
    const body = c.req.valid('json');
    const email = normaliseEmail(body.email) ?? body.email.trim().toLowerCase();
    const keys = [
      [`email:${email}`, ctx.options.perEmail],
      [`address:${clientAddress(c)}`, ctx.options.perAddress],
    ] as const;
    const wait = await ctx.throttle.retryAfter(keys);
    if (wait !== null) {
      c.header('Retry-After', String(wait));
      throw new ApiError(429, 'too_many_requests', `too many failed sign-ins: try again in ${wait} seconds`, {
        retry_after: wait,
      });
    }
    const found = await ctx.accounts.userByEmail(email);
    // An unknown address costs a hash too, so timing does not tell which addresses have accounts.
    const matches = await verifyPassword(body.password, found?.password_hash ?? DUMMY_PASSWORD_HASH);
    if (found === null || !matches || found.disabled) {
      await ctx.throttle.fail(keys);
      throw new ApiError(
        401,
        'unauthorized',
        'the e-mail address or password is wrong, or the account is disabled',
      );
    }
    const now = ctx.clock();
    await ctx.throttle.clear(`email:${email}`);
    const org = await ctx.accounts.organisation(found.org_id);
    if (org === null) throw new ApiError(401, 'unauthorized', 'the account is disabled');
    // Session fixation: whatever session the browser came with ends here; a new id is always issued.
    const previous = getCookie(c, SESSION_COOKIE);
    if (previous !== undefined) await ctx.accounts.revokeSession(sha256Hex(previous), now.toISOString());
    const id = randomSecret();
    const csrf = randomSecret();
    await ctx.accounts.createSession({
      id_hash: sha256Hex(id),
      user_id: found.id,
      csrf_token: csrf,
      created_at: now.toISOString(),
      expires_at: new Date(now.getTime() + ctx.options.sessionTtlMs).toISOString(),
    });
    setCookie(c, SESSION_COOKIE, id, {
      httpOnly: true,
      sameSite: 'Strict',
      secure: secureCookie(c),
      path: '/',
      maxAge: Math.floor(ctx.options.sessionTtlMs / 1000),
    });
    const { password_hash: _, one_time_password: oneTime, ...user } = found;
    return c.json(meBody(user, org, csrf, oneTime), 200);
  });

  app.openapi({ ...meRoute, middleware: [signedIn(ctx)] as const }, async (c) => {
    const who = c.get('principal');
    const oneTime = (await ctx.accounts.userByEmail(who.user.email))?.one_time_password ?? null;
    return c.json(meBody(who.user, who.org, who.session?.csrf_token ?? null, oneTime), 200);
  });

  app.openapi({ ...signOutRoute, middleware: [signedIn(ctx), limit] as const }, async (c) => {
    const who = c.get('principal');
    if (who.session !== null)
      await ctx.accounts.revokeSession(who.session.id_hash, ctx.clock().toISOString());
    deleteCookie(c, SESSION_COOKIE, { path: '/', secure: secureCookie(c) });
    return c.body(null, 204);
  });

  app.openapi({ ...signOutEverywhereRoute, middleware: [signedIn(ctx), limit] as const }, async (c) => {
    const who = c.get('principal');
    const revoked = await ctx.accounts.revokeSessions(who.user.id, ctx.clock().toISOString());
    await recordAudit(ctx, who, {
      action: 'user.sign_out_everywhere',
      target_type: 'user',
      target_id: who.user.id,
      before: null,
      after: { sessions_revoked: revoked },
    });
    deleteCookie(c, SESSION_COOKIE, { path: '/', secure: secureCookie(c) });
    return c.json({ revoked }, 200);
  });

  app.openapi(
    { ...changePasswordRoute, middleware: [signedIn(ctx), limit, jsonBodyAnyType()] as const },
    async (c) => {
      const who = c.get('principal');
      const body = c.req.valid('json');
      const stored = await ctx.accounts.userByEmail(who.user.email);
      if (stored === null || !(await verifyPassword(body.current_password, stored.password_hash))) {
        throw new ApiError(403, 'forbidden', 'the current password is wrong');
      }
      if (body.new_password === body.current_password) {
        throw new ApiError(
          400,
          'bad_body',
          'body field "new_password": choose a password other than the current one',
          {
            field: 'new_password',
          },
        );
      }
      const problems = checkPassword(body.new_password, { email: who.user.email });
      if (problems.length > 0) {
        throw new ApiError(400, 'bad_body', `body field "new_password": ${problems[0]?.message}`, {
          field: 'new_password',
          problems,
        });
      }
      const now = ctx.clock().toISOString();
      await ctx.accounts.updateUser(who.user.id, {
        password_hash: await hashPassword(body.new_password),
        one_time_password: null,
        updated_at: now,
      });
      // Other sessions may belong to whoever knew the old password.
      const sessions = await ctx.accounts.revokeSessions(who.user.id, now);
      await recordAudit(ctx, who, {
        action: 'user.change_password',
        target_type: 'user',
        target_id: who.user.id,
        before: null,
        after: { password_changed: true, sessions_revoked: sessions },
      });
      deleteCookie(c, SESSION_COOKIE, { path: '/', secure: secureCookie(c) });
      return c.json({ sessions_revoked: sessions }, 200);
    },
  );
}
