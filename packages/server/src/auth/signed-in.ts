import { type AccountAction, canEditPublicContent } from '@tipwatch/core';
import type { MiddlewareHandler } from 'hono';
import { ApiError } from '../api-error.js';
import type { AccountsContext } from './accounts-context.js';
import { authenticate, type Principal, requireAction } from './principal.js';

declare module 'hono' {
  interface ContextVariableMap {
    /** The caller, set by the `signedIn` and `officeEditor` route middleware. */
    principal: Principal;
  }
}

/**
 * Route middleware: authenticates the caller (401), checks CSRF and origin on cookie-authenticated unsafe
 * requests (403) and, when `action` is given, that the role allows it (403), before the body is read or
 * validated. Handlers read the caller with `c.get('principal')`.
 */
export function signedIn(ctx: AccountsContext, action?: AccountAction): MiddlewareHandler {
  return async (c, next) => {
    c.set(
      'principal',
      action === undefined ? await authenticate(c, ctx) : await requireAction(c, ctx, action),
    );
    await next();
  };
}

/**
 * Route middleware for public content: only editors (and admins) of the office's organisation
 * (`is_office`) may change it; anyone else signed in gets 403.
 */
export function officeEditor(ctx: AccountsContext): MiddlewareHandler {
  return async (c, next) => {
    const who = await requireAction(c, ctx, 'edit_content');
    if (!canEditPublicContent(who.user.role, who.org)) {
      throw new ApiError(403, 'forbidden', 'public content is edited by editors of the office only', {
        role: who.user.role,
        office: who.org.is_office,
      });
    }
    c.set('principal', who);
    await next();
  };
}
