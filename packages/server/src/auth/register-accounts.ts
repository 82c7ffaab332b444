import type { AccountStore } from '@tipwatch/core';
import type { Hono } from 'hono';
import { registerAudit } from '../routes/audit.js';
import { registerSession } from '../routes/session.js';
import { registerTokens } from '../routes/tokens.js';
import { registerUsers } from '../routes/users.js';
import { accountsContext } from './accounts-context.js';
import type { AuthOptions } from './auth-options.js';

/** Registers the session, user, token and audit routes over an account store. */
export function registerAccounts(
  // biome-ignore lint/suspicious/noExplicitAny: any Hono app (OpenAPIHono included) takes plain routes
  app: Hono<any, any, any>,
  deps: { accounts: AccountStore; clock: () => Date; auth?: AuthOptions },
): void {
  const ctx = accountsContext(deps.accounts, deps.clock, deps.auth);
  registerSession(app, ctx);
  registerUsers(app, ctx);
  registerTokens(app, ctx);
  registerAudit(app, ctx);
}
