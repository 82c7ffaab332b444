import type {
  AccountStore,
  KnowledgeStore,
  NameMatcher,
  ProgrammeTotal,
  ReferenceData,
} from '@tipwatch/core';
import type { AuthOptions } from './auth/auth-options.js';
import type { LoadedEngine } from './engine-source.js';
import type { StaticSite } from './static-site.js';
import type { WorkspaceDeps } from './workspace/workspace-options.js';

/** What the app is built from. It reads no environment and no files: the caller hands everything in. */
export interface AppDeps {
  store: KnowledgeStore;
  /** The reference data and matcher at start. */
  ref: ReferenceData;
  matcher: NameMatcher;
  /**
   * The engine in force, asked on each request that needs it (country pages, `/api/data`, `/api/match`,
   * register filters and reports); without it the routes keep `ref` and `matcher`. `tipwatch serve` hands in
   * one that reloads after `tipwatch data import`.
   */
  engine?: () => Promise<LoadedEngine>;
  /** The current time (feed timestamps); injected so tests are deterministic. */
  clock: () => Date;
  /** Sums over several awards (seed content); listed beside grants, never added to grant totals. */
  programmeTotals?: readonly ProgrammeTotal[];
  /** Organisations, users, sessions and tokens; without it the account routes are not served. */
  accounts?: AccountStore;
  /** Session length, sign-in limits, allowed origins (defaults in `auth/auth-options.ts`). */
  auth?: AuthOptions;
  /** The screening workspace (uploads, jobs, results, dispositions); served when `accounts` is set too. */
  workspace?: WorkspaceDeps;
  /** The built web app; without it `/` is a plain page linking the API description. */
  site?: StaticSite;
}
