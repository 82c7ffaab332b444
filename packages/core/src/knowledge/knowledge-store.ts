import type { ListEntry } from '../matching/list-entry.js';
import type { Hotline } from '../reference/hotline.js';
import type { CountryProfile } from './country-profile.js';
import type { DatasetDiff } from './dataset-diff.js';
import type { DatasetVersion, NewDatasetVersion } from './dataset-version.js';
import type { EditableKind } from './editing/editable-kind.js';
import type {
  EditAuthor,
  FoundRecord,
  RecordEdit,
  RecordEditResult,
  RetiredRecord,
} from './editing/record-edit.js';
import type { KnowledgeKind, KnowledgeRow } from './knowledge-kind.js';
import type { TierHistoryRow } from './tier-history-row.js';

/** The outcome of an import: the version written (now in force) and what changed since the one before it. */
export interface ImportResult<K extends KnowledgeKind> {
  version: DatasetVersion;
  /** The version that was in force before, null on a dataset's first import. */
  previous: DatasetVersion | null;
  diff: DatasetDiff<KnowledgeRow<K>>;
}

/** Which rows to read: by default every in-force dataset of the kind. */
export interface RowQuery {
  dataset?: string;
  /** A stored version of `dataset` (in force or not). Needs `dataset`. */
  version?: number;
}

export interface SearchOptions {
  /** Hits per page, 1–100 (default 20). */
  limit?: number;
  /** `next_cursor` of the previous page. */
  cursor?: string | null;
}

export interface SearchHit {
  kind: KnowledgeKind;
  dataset: string;
  key: string;
  title: string;
  /** Relevance, larger is better; only comparable within one result list. */
  score: number;
  row: KnowledgeRow;
}

export interface SearchPage {
  hits: SearchHit[];
  /** Opaque; pass back as `cursor` for the next page. Null on the last page. */
  next_cursor: string | null;
}

/**
 * The knowledge base's storage port. Adapters (SQLite, PostgreSQL) live in `@tipwatch/storage`.
 * Reads see only the version in force of each dataset unless a version is named. Diffs match rows by
 * `KIND_TRAITS[kind].keyOf` and do not compare the `source` field (provenance, not content).
 */
export interface KnowledgeStore {
  readonly backend: 'sqlite' | 'postgres';
  /**
   * Writes `rows` as a new version of `version.dataset` and makes it the version in force, in one transaction:
   * if anything fails, nothing is written and the previous version stays in force. Rejects rows whose keys
   * repeat, and a dataset already stored under another kind (TipwatchError).
   */
  importDataset<K extends KnowledgeKind>(
    kind: K,
    version: NewDatasetVersion,
    rows: readonly KnowledgeRow<K>[],
  ): Promise<ImportResult<K>>;
  /** What importing `rows` as `dataset` would change against its version in force; writes nothing. */
  previewImport<K extends KnowledgeKind>(
    kind: K,
    dataset: string,
    rows: readonly KnowledgeRow<K>[],
  ): Promise<DatasetDiff<KnowledgeRow<K>>>;
  /** Puts a stored version back in force (e.g. to undo an import). */
  setInForce(dataset: string, version: number): Promise<DatasetVersion>;
  /** The version in force of every dataset, by dataset name. */
  datasets(): Promise<DatasetVersion[]>;
  /** Every stored version of a dataset, newest first. */
  versions(dataset: string): Promise<DatasetVersion[]>;
  rows<K extends KnowledgeKind>(kind: K, query?: RowQuery): Promise<KnowledgeRow<K>[]>;
  /**
   * The source file's text kept with a version (`NewDatasetVersion.raw_text`): of the version in force when
   * `version` is not given. Null when the dataset, the version or its text is not stored.
   */
  rawText(dataset: string, version?: number): Promise<string | null>;
  /** What changed from version `from` to version `to` of a dataset. */
  diffVersions<K extends KnowledgeKind>(
    kind: K,
    dataset: string,
    from: number,
    to: number,
  ): Promise<DatasetDiff<KnowledgeRow<K>>>;
  country(iso3: string): Promise<CountryProfile | null>;
  /** TIP placements of a country, oldest year first. */
  tierHistory(iso3: string): Promise<TierHistoryRow[]>;
  hotlines(iso3?: string): Promise<Hotline[]>;
  listEntries(list?: string): Promise<ListEntry[]>;
  /** Rows of a kind that concern a country (grants, reports, partnerships, news by their `countries`). */
  byCountry<K extends KnowledgeKind>(kind: K, iso3: string): Promise<KnowledgeRow<K>[]>;
  /** Full-text search over countries, hotlines, reports, grants and news in force. */
  search(q: string, options?: SearchOptions): Promise<SearchPage>;
  /** The record in force of an editable kind with that key, and its dataset; null when there is none. */
  record<K extends EditableKind>(kind: K, key: string): Promise<FoundRecord<K> | null>;
  /**
   * Applies one editor's change as a new version of the record's dataset, in one transaction with its
   * full-text index entries and an audit entry (action `<kind>.<op>`, before/after the record) for
   * `author.org_id`. The other rows are copied unchanged. TipwatchError codes: `no_such_record` (update,
   * retire, or restore of a key not retired), `record_exists` (create or restore over a key in force, or an
   * update to another record's key), `record_retired` (create with the key of a retired record: restore it),
   * `dataset_kind_mismatch`.
   */
  editRecord<K extends EditableKind>(
    kind: K,
    edit: RecordEdit<K>,
    author: EditAuthor,
  ): Promise<RecordEditResult<K>>;
  /** Records of a kind retired by `editRecord` and not restored, newest retirement first. */
  retiredRecords<K extends EditableKind>(kind: K): Promise<RetiredRecord<K>[]>;
  close(): Promise<void>;
}
