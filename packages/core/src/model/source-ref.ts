/**
 * Where a fact comes from: the dataset (as named in the data manifest), the record inside it
 * (a row number, entry id or section) and the dataset's as-of date (ISO `YYYY-MM-DD`, or null when unknown).
 */
export interface SourceRef {
  dataset: string;
  record: string;
  as_of: string | null;
}
