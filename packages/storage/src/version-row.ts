import type { DatasetVersion, KnowledgeKind } from '@tipwatch/core';
import type { Selectable } from 'kysely';
import type { DatasetVersionsTable } from './schema.js';

/** A `dataset_versions` row as the port's `DatasetVersion`. */
export function toVersion(
  row: Selectable<DatasetVersionsTable>,
  kind: string,
  inForce: boolean,
): DatasetVersion {
  return {
    dataset: row.dataset,
    kind: kind as KnowledgeKind,
    version: row.version,
    imported_at: row.imported_at,
    as_of: row.as_of,
    row_count: row.row_count,
    checksum: row.checksum,
    source_file: row.source_file,
    imported_by: row.imported_by,
    in_force: inForce,
  };
}
