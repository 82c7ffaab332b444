/** What an analyst decided about a finding. */
export const DISPOSITION_STATES = ['under_review', 'confirmed', 'false_positive'] as const;
export type DispositionState = (typeof DISPOSITION_STATES)[number];

export function isDispositionState(text: unknown): text is DispositionState {
  return typeof text === 'string' && (DISPOSITION_STATES as readonly string[]).includes(text);
}

/**
 * An analyst's decision on one finding of one supplier, kept per organisation and keyed by the supplier's
 * identity (`supplierIdentity`) and the finding's (`findingIdentity`), so it applies to every screening of
 * that organisation in which the same supplier has the same finding.
 */
export interface Disposition {
  org_id: number;
  supplier_key: string;
  finding_key: string;
  state: DispositionState;
  note: string;
  updated_by: number;
  updated_at: string;
}
