import type { EditableKind, FoundRecord, KnowledgeRow, RetiredRecord } from '@tipwatch/core';
import type { Kysely } from 'kysely';
import type { KnowledgeDatabase } from './schema.js';

/** The in-force record of `kind` with `key`, in any dataset. */
export async function findRecord<K extends EditableKind>(
  db: Kysely<KnowledgeDatabase>,
  kind: K,
  key: string,
): Promise<FoundRecord<K> | null> {
  const found = await db
    .selectFrom('records as r')
    .innerJoin('datasets as d', 'd.in_force_version_id', 'r.version_id')
    .select(['r.data', 'd.id as dataset'])
    .where('r.kind', '=', kind)
    .where('r.key', '=', key)
    .executeTakeFirst();
  return found ? { dataset: found.dataset, key, row: JSON.parse(found.data) as KnowledgeRow<K> } : null;
}

/** The records of `kind` retired and not restored, newest retirement first. */
export async function listRetired<K extends EditableKind>(
  db: Kysely<KnowledgeDatabase>,
  kind: K,
): Promise<RetiredRecord<K>[]> {
  const rows = await db
    .selectFrom('retired_records')
    .selectAll()
    .where('kind', '=', kind)
    .orderBy('retired_at', 'desc')
    .orderBy('key')
    .execute();
  return rows.map((r) => ({
    kind,
    dataset: r.dataset,
    key: r.key,
    row: JSON.parse(r.data) as KnowledgeRow<K>,
    retired_at: r.retired_at,
    retired_by: r.retired_by,
  }));
}
