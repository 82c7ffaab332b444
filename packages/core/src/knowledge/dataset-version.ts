import type { KnowledgeKind } from './knowledge-kind.js';

/** One stored version of a knowledge-base dataset. Versions are never overwritten; one is "in force". */
export interface DatasetVersion {
  /** Stable dataset name (e.g. `dol_ilab_countries`, `uflpa_entities`). */
  dataset: string;
  kind: KnowledgeKind;
  /** 1, 2, 3, … per dataset, assigned by the store. */
  version: number;
  /** When the version was written (ISO 8601 timestamp, UTC). */
  imported_at: string;
  /** The source's own date (`YYYY-MM-DD`), or null when the source gives none. */
  as_of: string | null;
  row_count: number;
  /** sha256 (hex) of the source file when the importer gave one, else of the rows as canonical JSON. */
  checksum: string;
  /** File name the rows were read from, null when they did not come from a file. */
  source_file: string | null;
  /** Who or what wrote the version (a user name, `tipwatch import`, a test). */
  imported_by: string;
  in_force: boolean;
}

/** What an importer says about a version it is about to write. */
export interface NewDatasetVersion {
  dataset: string;
  as_of: string | null;
  source_file: string | null;
  imported_by: string;
  /** sha256 of the source bytes; when absent the store hashes the rows. */
  checksum?: string;
  /** The source file's text, kept with the version (see `KnowledgeStore.rawText`); not kept when absent. */
  raw_text?: string;
}
