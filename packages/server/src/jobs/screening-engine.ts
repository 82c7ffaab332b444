import type { NameMatcher, ReferenceData, Weights } from '@tipwatch/core';

/** The loaded engine a worker screens with: the same reference data, matcher and weights as `tipwatch screen`. */
export interface ScreeningEngine {
  ref: ReferenceData;
  matcher: NameMatcher;
  weights: Weights;
  /** Settings printed in reports (threshold, weights file). */
  settings: Record<string, string>;
}
