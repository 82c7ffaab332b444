import { z } from '@hono/zod-openapi';
import { checkPassword, normaliseEmail, type Organisation, type User } from '@tipwatch/core';
import type { Context, Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { ApiError } from '../api-error.js';
import type { AccountsContext } from '../auth/accounts-context.js';
import { recordAudit } from '../auth/audit-trail.js';
import { DUMMY_PASSWORD_HASH, hashPassword, verifyPassword } from '../auth/password-hash.js';
import { authenticate, checkOrigin, SESSION_COOKIE } from '../auth/principal.js';
import { clientAddress, readBody } from '../auth/read-body.js';
import { randomSecret, sha256Hex } from '../auth/secret-token.js';

const SignIn = z.object({ email: z.string().max(320), password: z.string().max(1024) });
const ChangePassword = z.object({
  current_password: z.string().max(1024),
  new_password: z.string().max(1024),
});

/** The caller as `GET /api/me` and sign-in show them. */
export function meBody(user: User, org: Organisation, csrfToken: string | null) {
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
    csrf_token: csrfToken,
  };
}

function secureCookie(c: Context): boolean {
  return new URL(c.req.url).protocol === 'https:';
}

/**
 * `POST /api/session` (sign in with a cookie), `DELETE /api/session` (sign out), `DELETE /api/sessions` (sign
 * out everywhere), `GET /api/me` and `POST /api/me/password`.
 */
export function registerSession(app: Hono, ctx: AccountsContext): void {
  app.post('/api/session', async (c) => {
    // Login CSRF: another site must not sign the browser in to an account of its choosing.
    checkOrigin(c, ctx);
    const body = await readBody(c, SignIn);
    const email = normaliseEmail(body.email) ?? body.email.trim().toLowerCase();
    const keys = [
      [`email:${email}`, ctx.options.perEmail],
      [`address:${clientAddress(c)}`, ctx.options.perAddress],
    ] as const;
    const wait = ctx.throttle.retryAfter(keys);
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
      ctx.throttle.fail(keys);
      throw new ApiError(
        401,
        'unauthorized',
        'the e-mail address or password is wrong, or the account is disabled',
      );
    }
    ctx.throttle.clear(`email:${email}`);
    const org = await ctx.accounts.organisation(found.org_id);
    if (org === null) throw new ApiError(401, 'unauthorized', 'the account is disabled');
    const now = ctx.clock();
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
    const { password_hash: _, ...user } = found;
    return c.json(meBody(user, org, csrf), 200);
  });

  app.get('/api/me', async (c) => {
    const who = await authenticate(c, ctx);
    return c.json(meBody(who.user, who.org, who.session?.csrf_token ?? null), 200);
  });

  app.delete('/api/session', async (c) => {
    const who = await authenticate(c, ctx);
    if (who.session !== null)
      await ctx.accounts.revokeSession(who.session.id_hash, ctx.clock().toISOString());
    deleteCookie(c, SESSION_COOKIE, { path: '/', secure: secureCookie(c) });
    return c.body(null, 204);
  });

  app.delete('/api/sessions', async (c) => {
    const who = await authenticate(c, ctx);
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

  app.post('/api/me/password', async (c) => {
    const who = await authenticate(c, ctx);
    const body = await readBody(c, ChangePassword);
    const stored = await ctx.accounts.userByEmail(who.user.email);
    if (stored === null || !(await verifyPassword(body.current_password, stored.password_hash))) {
      throw new ApiError(403, 'forbidden', 'the current password is wrong');
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
  });
}
