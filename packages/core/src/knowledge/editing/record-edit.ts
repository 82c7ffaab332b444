import type { AuditEntry } from '../../accounts/audit-entry.js';
import type { DatasetVersion } from '../dataset-version.js';
import type { KnowledgeRow } from '../knowledge-kind.js';
import type { EditableKind } from './editable-kind.js';

/**
 * One change to one record. Records are found by their key (`KIND_TRAITS[kind].keyOf`: the id, or for a
 * hotline its country, name and numbers) among the datasets in force of the kind.
 * - `create` adds a record to `dataset` (no record of the kind, in force or retired, may have its key);
 * - `update` replaces the record with key `key` in its dataset (the new row may have another key, not one in use);
 * - `retire` takes the record out of its dataset (out of lists, search and the feed); it is kept as retired;
 * - `restore` puts a retired record back into its dataset.
 */
export type RecordEdit<K extends EditableKind> =
  | { op: 'create'; dataset: string; row: KnowledgeRow<K> }
  | { op: 'update'; key: string; row: KnowledgeRow<K> }
  | { op: 'retire'; key: string }
  | { op: 'restore'; key: string };

/** Who makes a change: written to the audit log in the transaction that makes it. */
export interface EditAuthor {
  org_id: number;
  user_id: number | null;
  /** How the author is shown in the audit log (an e-mail address, `cli`). */
  actor: string;
  /** ISO 8601 instant of the change. */
  at: string;
}

export interface RecordEditResult<K extends EditableKind> {
  dataset: string;
  /** The record's key after the change (before it, for a retirement). */
  key: string;
  /** The dataset version the change wrote, now in force. */
  version: DatasetVersion;
  before: KnowledgeRow<K> | null;
  after: KnowledgeRow<K> | null;
  audit: AuditEntry;
}

/** A record taken out of its dataset by `retire`, as it was then. */
export interface RetiredRecord<K extends EditableKind> {
  kind: K;
  dataset: string;
  key: string;
  row: KnowledgeRow<K>;
  retired_at: string;
  retired_by: string;
}

/** A record in force and the dataset holding it. */
export interface FoundRecord<K extends EditableKind> {
  dataset: string;
  key: string;
  row: KnowledgeRow<K>;
}
