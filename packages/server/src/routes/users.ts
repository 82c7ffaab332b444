import { z } from '@hono/zod-openapi';
import { normaliseEmail, TipwatchError, type User } from '@tipwatch/core';
import type { Hono } from 'hono';
import { ApiError } from '../api-error.js';
import type { AccountsContext } from '../auth/accounts-context.js';
import { recordAudit } from '../auth/audit-trail.js';
import { hashPassword } from '../auth/password-hash.js';
import { type Principal, requireAction } from '../auth/principal.js';
import { RoleSchema, readBody } from '../auth/read-body.js';
import { oneTimePassword } from '../auth/secret-token.js';

const NewUserBody = z.object({ email: z.string().max(320), role: RoleSchema });
const PatchBody = z
  .object({ role: RoleSchema.optional(), disabled: z.boolean().optional() })
  .strict()
  .refine((b) => b.role !== undefined || b.disabled !== undefined, { message: 'give role or disabled' });

/** A user of the caller's organisation; 404 for any other id, so other organisations' users stay unseen. */
async function userOfOrg(ctx: AccountsContext, who: Principal, idText: string): Promise<User> {
  const id = /^\d{1,9}$/.test(idText) ? Number(idText) : null;
  const user = id === null ? null : await ctx.accounts.user(id);
  if (user === null || user.org_id !== who.org.id) {
    throw new ApiError(404, 'not_found', `no user ${idText} in your organisation`, { id: idText });
  }
  return user;
}

/**
 * Admin routes on the users of the admin's own organisation: `GET/POST /api/users`, `PATCH /api/users/{id}`
 * (role, disabled) and `POST /api/users/{id}/reset-password`. New users and resets get a one-time password,
 * in that one response only.
 */
export function registerUsers(app: Hono, ctx: AccountsContext): void {
  app.get('/api/users', async (c) => {
    const who = await requireAction(c, ctx, 'manage_users');
    return c.json({ items: await ctx.accounts.users(who.org.id) }, 200);
  });

  app.post('/api/users', async (c) => {
    const who = await requireAction(c, ctx, 'manage_users');
    const body = await readBody(c, NewUserBody);
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

  app.patch('/api/users/:id', async (c) => {
    const who = await requireAction(c, ctx, 'manage_users');
    const before = await userOfOrg(ctx, who, c.req.param('id'));
    const body = await readBody(c, PatchBody);
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

  app.post('/api/users/:id/reset-password', async (c) => {
    const who = await requireAction(c, ctx, 'manage_users');
    const user = await userOfOrg(ctx, who, c.req.param('id'));
    const password = oneTimePassword();
    const now = ctx.clock().toISOString();
    await ctx.accounts.updateUser(user.id, { password_hash: await hashPassword(password), updated_at: now });
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
