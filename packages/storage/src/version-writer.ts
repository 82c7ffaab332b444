import { createHash } from 'node:crypto';
import {
  canonicalJson,
  type KnowledgeKind,
  type KnowledgeRow,
  kindTraits,
  type NewDatasetVersion,
} from '@tipwatch/core';
import type { Selectable, Transaction } from 'kysely';
import type { BackendOps } from './kysely-store.js';
import type { DatasetVersionsTable, KnowledgeDatabase } from './schema.js';

// 500 rows × 7 columns stays far below SQLite's and PostgreSQL's bound-parameter limits.
const CHUNK = 500;

/**
 * Writes `rows` (with their `keys`, in order) as the next version of `meta.dataset` inside `trx`, indexes
 * them for search and puts the version in force. The caller holds the dataset's lock and has checked the
 * dataset's kind and that the keys are unique. `at` is the version's time (default now).
 */
export async function writeVersion<K extends KnowledgeKind>(
  trx: Transaction<KnowledgeDatabase>,
  ops: BackendOps,
  kind: K,
  meta: NewDatasetVersion,
  rows: readonly KnowledgeRow<K>[],
  keys: readonly string[],
  at?: string,
): Promise<Selectable<DatasetVersionsTable>> {
  const traits = kindTraits(kind);
  const last = await trx
    .selectFrom('dataset_versions')
    .select((eb) => eb.fn.max('version').as('max'))
    .where('dataset', '=', meta.dataset)
    .executeTakeFirst();
  const number = Number(last?.max ?? 0) + 1;
  const inserted = await trx
    .insertInto('dataset_versions')
    .values({
      dataset: meta.dataset,
      version: number,
      imported_at: at ?? new Date().toISOString(),
      as_of: meta.as_of,
      row_count: rows.length,
      // Set once every row is written (below): the hash is taken as the rows are serialised.
      checksum: meta.checksum ?? '',
      source_file: meta.source_file,
      imported_by: meta.imported_by,
    })
    .returningAll()
    .executeTakeFirstOrThrow();

  const hash = createHash('sha256');
  for (let start = 0; start < rows.length; start += CHUNK) {
    const chunk = rows.slice(start, start + CHUNK);
    // Rows are serialised chunk by chunk inside the transaction: a failure part-way leaves nothing behind.
    const texts = chunk.map((row) => canonicalJson(row));
    for (const text of texts) hash.update(text).update('\n');
    const ids = await trx
      .insertInto('records')
      .values(
        chunk.map((row, i) => ({
          version_id: inserted.id,
          kind,
          key: keys[start + i] as string,
          title: traits.titleOf(row),
          search_text: traits.textOf(row),
          row_date: traits.dateOf(row),
          data: texts[i] as string,
        })),
      )
      .returning(['id', 'key'])
      .execute();
    const idOf = new Map(ids.map((r) => [r.key, r.id]));
    const links = chunk.flatMap((row, i) => {
      const recordId = idOf.get(keys[start + i] as string) as number;
      return [...new Set(traits.countriesOf(row))].map((iso3) => ({ record_id: recordId, iso3 }));
    });
    for (let at = 0; at < links.length; at += CHUNK) {
      await trx
        .insertInto('record_countries')
        .values(links.slice(at, at + CHUNK))
        .execute();
    }
  }
  if (meta.checksum === undefined) {
    inserted.checksum = hash.digest('hex');
    await trx
      .updateTable('dataset_versions')
      .set({ checksum: inserted.checksum })
      .where('id', '=', inserted.id)
      .execute();
  }
  if (meta.raw_text !== undefined) {
    await trx
      .insertInto('dataset_raw_texts')
      .values({ version_id: inserted.id, text: meta.raw_text })
      .execute();
  }
  await ops.indexVersion(trx, inserted.id);
  await trx
    .updateTable('datasets')
    .set({ in_force_version_id: inserted.id })
    .where('id', '=', meta.dataset)
    .execute();
  return inserted;
}
