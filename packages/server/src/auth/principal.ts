import {
  type AccountAction,
  type ApiToken,
  can,
  isApiTokenFormat,
  type Organisation,
  type Session,
  type User,
} from '@tipwatch/core';
import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';
import { ApiError } from '../api-error.js';
import type { AccountsContext } from './accounts-context.js';
import { sameSecret, sha256Hex } from './secret-token.js';

/** The name of the session cookie. */
export const SESSION_COOKIE = 'tipwatch_session';
/** The header a cookie-authenticated unsafe request must carry, with the session's CSRF token. */
export const CSRF_HEADER = 'X-CSRF-Token';

/** Who is calling, and how they proved it. */
export interface Principal {
  user: User;
  org: Organisation;
  via: 'session' | 'token';
  session: Session | null;
  token: ApiToken | null;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

const unauthorized = (message = 'sign in, or send Authorization: Bearer TOKEN') =>
  new ApiError(401, 'unauthorized', message);

/**
 * Rejects a request whose `Origin` is neither the request's own nor an allowed one (403). A request without
 * `Origin` passes this check: browsers send it on cross-site unsafe requests, and the CSRF token is still
 * needed.
 */
export function checkOrigin(c: Context, ctx: AccountsContext): void {
  const origin = c.req.header('origin');
  if (origin === undefined) return;
  const own = new URL(c.req.url).origin;
  if (origin !== own && !ctx.options.allowedOrigins.includes(origin)) {
    throw new ApiError(403, 'forbidden', `requests from origin ${origin} are not accepted`, { origin });
  }
}

/**
 * The caller, from `Authorization: Bearer TOKEN` or the session cookie (401 when neither is valid). A
 * cookie-authenticated unsafe request also needs a same-origin `Origin` (if any) and the session's CSRF
 * token in `X-CSRF-Token` (403); a bearer token needs neither, as browsers never send it by themselves.
 */
export async function authenticate(c: Context, ctx: AccountsContext): Promise<Principal> {
  const now = ctx.clock().toISOString();
  const authorization = c.req.header('authorization');
  if (authorization !== undefined) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    const secret = match?.[1];
    if (secret === undefined || !isApiTokenFormat(secret))
      throw unauthorized('the bearer token is not a tipwatch token');
    const token = await ctx.accounts.tokenByHash(sha256Hex(secret));
    if (token === null || token.revoked_at !== null) throw unauthorized('the token is unknown or revoked');
    const who = await activeUser(ctx, token.user_id);
    return { ...who, via: 'token', session: null, token };
  }
  const cookie = getCookie(c, SESSION_COOKIE);
  if (cookie === undefined) throw unauthorized();
  const session = await ctx.accounts.session(sha256Hex(cookie));
  if (session === null || session.revoked_at !== null || session.expires_at <= now) {
    throw unauthorized('the session has ended: sign in again');
  }
  if (!SAFE_METHODS.has(c.req.method)) {
    checkOrigin(c, ctx);
    const csrf = c.req.header(CSRF_HEADER);
    if (csrf === undefined || !sameSecret(csrf, session.csrf_token)) {
      throw new ApiError(403, 'forbidden', `the ${CSRF_HEADER} header is missing or wrong`, {
        header: CSRF_HEADER,
      });
    }
  }
  const who = await activeUser(ctx, session.user_id);
  return { ...who, via: 'session', session, token: null };
}

/** The caller when their role allows `action`; 401 when anonymous, 403 when the role does not allow it. */
export async function requireAction(
  c: Context,
  ctx: AccountsContext,
  action: AccountAction,
): Promise<Principal> {
  const who = await authenticate(c, ctx);
  if (!can(who.user.role, action)) {
    throw new ApiError(403, 'forbidden', `the role ${who.user.role} may not ${action.replace(/_/g, ' ')}`, {
      role: who.user.role,
      action,
    });
  }
  return who;
}

async function activeUser(ctx: AccountsContext, userId: number): Promise<{ user: User; org: Organisation }> {
  const user = await ctx.accounts.user(userId);
  if (user === null || user.disabled) throw unauthorized('the account is disabled');
  const org = await ctx.accounts.organisation(user.org_id);
  if (org === null) throw unauthorized('the account is disabled');
  return { user, org };
}
