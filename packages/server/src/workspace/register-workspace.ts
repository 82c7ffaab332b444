import type { AccountStore, ReferenceData } from '@tipwatch/core';
import type { Hono } from 'hono';
import { accountsContext } from '../auth/accounts-context.js';
import type { AuthOptions } from '../auth/auth-options.js';
import { registerAlerts } from '../routes/alerts.js';
import { registerDispositions } from '../routes/dispositions.js';
import { registerScreeningResults } from '../routes/screening-results.js';
import { registerScreenings } from '../routes/screenings.js';
import { workspaceContext } from './workspace-context.js';
import type { WorkspaceDeps } from './workspace-options.js';

/** Registers the screening workspace routes (screenings, their results, dispositions, alerts). */
export function registerWorkspace(
  // biome-ignore lint/suspicious/noExplicitAny: any Hono app (OpenAPIHono included) takes plain routes
  app: Hono<any, any, any>,
  deps: {
    accounts: AccountStore;
    clock: () => Date;
    auth?: AuthOptions;
    workspace: WorkspaceDeps;
    ref: ReferenceData;
  },
): void {
  const w = workspaceContext(accountsContext(deps.accounts, deps.clock, deps.auth), deps.workspace, deps.ref);
  registerScreenings(app, w);
  registerScreeningResults(app, w);
  registerDispositions(app, w);
  registerAlerts(app, w);
}
