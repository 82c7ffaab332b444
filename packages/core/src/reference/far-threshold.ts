import type { SourceRef } from '../model/source-ref.js';

/** The FAR 52.222-50(h) compliance-plan threshold in force from `from` (inclusive). */
export interface FarThreshold {
  from: string;
  amount: number;
  currency: 'USD';
  /** The row of `far_thresholds.csv`, dated by the row's own `from` (the clause text it comes from). */
  source: SourceRef;
  note: string;
  /**
   * What the data says, without a verified row for it, of a change to this threshold from `from` on (a later
   * amount one source reports): findings on actions from that date carry the text.
   */
  caveat?: { from: string; text: string };
}
