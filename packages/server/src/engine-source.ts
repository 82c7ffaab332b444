import type { NameMatcher, ReferenceData } from '@tipwatch/core';

/** The reference data and name matcher the routes answer from. */
export interface LoadedEngine {
  ref: ReferenceData;
  matcher: NameMatcher;
}

/** What the app's routes read their engine from: a fixed one, or one that follows the data in force. */
export interface EngineDeps {
  ref: ReferenceData;
  matcher: NameMatcher;
  /** When set, called on each request for the engine in force (it decides how often to look). */
  engine?: () => Promise<LoadedEngine>;
}

/** The engine to answer this request from. */
export function currentEngine(deps: EngineDeps): Promise<LoadedEngine> {
  return deps.engine ? deps.engine() : Promise.resolve({ ref: deps.ref, matcher: deps.matcher });
}
