/** One supplier that newly matches a list after the list changed. */
export interface AlertMatch {
  supplier: string;
  country: string | null;
  matched_name: string;
  score: number;
  record: string;
}

/**
 * What changed for an organisation when a reference list changed: the saved suppliers that match the new
 * version of the list and did not match the version before it.
 */
export interface Alert {
  id: number;
  org_id: number;
  created_at: string;
  dataset: string;
  /** The new version's as-of date, when known. */
  as_of: string | null;
  /** One line, e.g. "3 suppliers newly match the UFLPA Entity List of 2025-01-15". */
  title: string;
  matches: AlertMatch[];
}

export type NewAlert = Omit<Alert, 'id'>;
