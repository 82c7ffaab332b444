import type { KnowledgeStore, NameMatcher, ProgrammeTotal, ReferenceData } from '@tipwatch/core';

/** What the app is built from. It reads no environment and no files: the caller hands everything in. */
export interface AppDeps {
  store: KnowledgeStore;
  ref: ReferenceData;
  matcher: NameMatcher;
  /** The current time (feed timestamps); injected so tests are deterministic. */
  clock: () => Date;
  /** Sums over several awards (seed content); listed beside grants, never added to grant totals. */
  programmeTotals?: readonly ProgrammeTotal[];
}
