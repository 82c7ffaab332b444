import type { Generated } from 'kysely';

/** A knowledge-base dataset and the pointer to its version in force. */
export interface DatasetsTable {
  id: string;
  kind: string;
  in_force_version_id: number | null;
}

export interface DatasetVersionsTable {
  id: Generated<number>;
  dataset: string;
  version: number;
  imported_at: string;
  as_of: string | null;
  row_count: number;
  checksum: string;
  source_file: string | null;
  imported_by: string;
}

/** One row of one dataset version; `data` is the row as JSON, the other columns are for lookup and search. */
export interface RecordsTable {
  id: Generated<number>;
  version_id: number;
  kind: string;
  key: string;
  title: string;
  search_text: string;
  row_date: string | null;
  data: string;
}

export interface RecordCountriesTable {
  record_id: number;
  iso3: string;
}

/** The source file's text of a version, when the importer gave it. */
export interface DatasetRawTextsTable {
  version_id: number;
  text: string;
}

/** A record an editor retired (migration 0006). */
export interface RetiredRecordsTable {
  kind: string;
  key: string;
  dataset: string;
  data: string;
  retired_at: string;
  retired_by: string;
}

export interface KnowledgeDatabase {
  datasets: DatasetsTable;
  dataset_versions: DatasetVersionsTable;
  dataset_raw_texts: DatasetRawTextsTable;
  records: RecordsTable;
  record_countries: RecordCountriesTable;
  retired_records: RetiredRecordsTable;
}

export type Backend = 'sqlite' | 'postgres';
