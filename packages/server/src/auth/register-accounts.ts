import type { OpenAPIHono } from '@hono/zod-openapi';
import { registerAudit } from '../routes/audit.js';
import { registerSession } from '../routes/session.js';
import { registerTokens } from '../routes/tokens.js';
import { registerUsers } from '../routes/users.js';
import type { AccountsContext } from './accounts-context.js';

/** Registers the session, user, token and audit routes over an account store. */
export function registerAccounts(app: OpenAPIHono, ctx: AccountsContext): void {
  registerSession(app, ctx);
  registerUsers(app, ctx);
  registerTokens(app, ctx);
  registerAudit(app, ctx);
}
