/** A supplier an organisation has screened: kept so it can be screened again when the lists change. */
export interface SavedSupplier {
  org_id: number;
  supplier_key: string;
  /** The name as last seen. */
  name: string;
  /** Resolved ISO alpha-3, or null. */
  country: string | null;
  first_seen: string;
  last_screening_id: string;
}
