import type { SourceRef } from '../model/source-ref.js';

/** The FAR 52.222-50(h) compliance-plan threshold in force from `from` (inclusive). */
export interface FarThreshold {
  from: string;
  amount: number;
  currency: 'USD';
  source: SourceRef;
  note: string;
}
