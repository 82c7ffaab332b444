import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AccountStore, NameMatcher, ReferenceData } from '@tipwatch/core';
import { accountsContext } from '../auth/accounts-context.js';
import type { AuthOptions } from '../auth/auth-options.js';
import type { LoadedEngine } from '../engine-source.js';
import { registerAlerts } from '../routes/alerts.js';
import { registerDispositions } from '../routes/dispositions.js';
import { registerScreeningResults } from '../routes/screening-results.js';
import { registerScreeningSummary } from '../routes/screening-summary.js';
import { registerScreenings } from '../routes/screenings.js';
import { workspaceContext } from './workspace-context.js';
import { describeWorkspace } from './workspace-openapi.js';
import type { WorkspaceDeps } from './workspace-options.js';

/** Registers the screening workspace routes (screenings, their results, dispositions, alerts). */
export function registerWorkspace(
  app: OpenAPIHono,
  deps: {
    accounts: AccountStore;
    clock: () => Date;
    auth?: AuthOptions;
    workspace: WorkspaceDeps;
    ref: ReferenceData;
    matcher: NameMatcher;
    engine?: () => Promise<LoadedEngine>;
  },
): void {
  const w = workspaceContext(accountsContext(deps.accounts, deps.clock, deps.auth), deps.workspace, deps);
  registerScreenings(app, w);
  registerScreeningResults(app, w);
  registerScreeningSummary(app, w);
  registerDispositions(app, w);
  registerAlerts(app, w);
  describeWorkspace(app);
}
