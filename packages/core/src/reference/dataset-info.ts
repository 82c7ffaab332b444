/** One vendored or imported dataset, as listed in `data/manifest.json` and printed by `tipwatch data`. */
export interface DatasetInfo {
  /** Stable dataset name, used in every finding's `source.dataset` (e.g. `uflpa_entities`). */
  id: string;
  title: string;
  /** Path of the file relative to the data folder. */
  file: string;
  /** Where the data came from (publisher and address). */
  source: string;
  /** The source's own date where it gives one, else the extraction date (`YYYY-MM-DD`). */
  as_of: string;
  licence: string;
  rows: number;
  /** Known gaps and doubts, shown to users. */
  gaps: string[];
  /** Set when the file is a version imported into the knowledge base rather than the vendored one. */
  imported?: ImportedEdition;
}

/** The knowledge-base version a dataset was read from instead of the vendored file. */
export interface ImportedEdition {
  version: number;
  /** ISO 8601 timestamp of the import. */
  imported_at: string;
  /** The imported file's name, null when unknown. */
  source_file: string | null;
}
