import {
  type AuditEntry,
  canonicalJson,
  type EditAuthor,
  type EditableKind,
  isEditableKind,
  type KnowledgeRow,
  kindTraits,
  type RecordEdit,
  type RecordEditResult,
  TipwatchError,
} from '@tipwatch/core';
import type { Kysely, Transaction } from 'kysely';
import type { AuditLogTable } from './account-schema.js';
import type { BackendOps } from './kysely-store.js';
import { findRecord } from './record-lookup.js';
import type { KnowledgeDatabase } from './schema.js';
import { toVersion } from './version-row.js';
import { writeVersion } from './version-writer.js';

/** The knowledge tables and the audit log (same database): an edit writes both in one transaction. */
type EditDatabase = KnowledgeDatabase & { audit_log: AuditLogTable };

const noSuchRecord = (kind: string, key: string) =>
  new TipwatchError('no_such_record', `no ${kind} record "${key}" in force`);
const recordExists = (kind: string, key: string) =>
  new TipwatchError('record_exists', `a ${kind} record "${key}" is in force already`);
const recordRetired = (kind: string, key: string) =>
  new TipwatchError('record_retired', `the ${kind} record "${key}" is retired: restore it instead`);

/**
 * Applies one edit (see `KnowledgeStore.editRecord`): the dataset's rows in force are copied into a new
 * version with the one change, indexed for search, put in force, and the change is appended to the audit
 * log, all in one transaction under the dataset's lock.
 */
export async function editRecord<K extends EditableKind>(
  db: Kysely<KnowledgeDatabase>,
  ops: BackendOps,
  kind: K,
  edit: RecordEdit<K>,
  author: EditAuthor,
): Promise<RecordEditResult<K>> {
  if (!isEditableKind(kind)) {
    throw new TipwatchError('not_editable', `${kind} records change only by importing a new version`);
  }
  const traits = kindTraits(kind);
  return db.transaction().execute(async (trx) => {
    const dataset = await datasetOf(trx, kind, edit);
    await ops.lockDataset(trx, dataset);
    const current = await trx
      .selectFrom('datasets')
      .select(['kind', 'in_force_version_id'])
      .where('id', '=', dataset)
      .executeTakeFirstOrThrow();
    if (current.kind !== kind) {
      throw new TipwatchError(
        'dataset_kind_mismatch',
        `dataset ${dataset} holds ${current.kind}, not ${kind}`,
      );
    }
    const previous =
      current.in_force_version_id === null
        ? undefined
        : await trx
            .selectFrom('dataset_versions')
            .selectAll()
            .where('id', '=', current.in_force_version_id)
            .executeTakeFirst();
    const stored = previous
      ? await trx
          .selectFrom('records')
          .select(['key', 'data'])
          .where('version_id', '=', previous.id)
          .orderBy('id')
          .execute()
      : [];
    const rows = stored.map((r) => JSON.parse(r.data) as KnowledgeRow<K>);
    const keys = stored.map((r) => r.key);

    // A key may be taken by a record in force in any dataset of the kind, or by a retired one.
    const claim = async (key: string) => {
      if ((await findRecord(trx, kind, key)) !== null) throw recordExists(kind, key);
      const retired = await trx
        .selectFrom('retired_records')
        .select('key')
        .where('kind', '=', kind)
        .where('key', '=', key)
        .executeTakeFirst();
      if (retired) throw recordRetired(kind, key);
    };
    const indexOf = (key: string) => {
      const at = keys.indexOf(key);
      if (at < 0) throw noSuchRecord(kind, key);
      return at;
    };

    let before: KnowledgeRow<K> | null = null;
    let after: KnowledgeRow<K> | null = null;
    let key: string;
    if (edit.op === 'create') {
      key = traits.keyOf(edit.row);
      await claim(key);
      after = edit.row;
      rows.push(after);
      keys.push(key);
    } else if (edit.op === 'update') {
      const at = indexOf(edit.key);
      key = traits.keyOf(edit.row);
      if (key !== edit.key) await claim(key);
      before = rows[at] as KnowledgeRow<K>;
      after = edit.row;
      rows[at] = after;
      keys[at] = key;
    } else if (edit.op === 'retire') {
      const at = indexOf(edit.key);
      key = edit.key;
      before = rows[at] as KnowledgeRow<K>;
      rows.splice(at, 1);
      keys.splice(at, 1);
      await trx
        .insertInto('retired_records')
        .values({
          kind,
          key,
          dataset,
          data: canonicalJson(before),
          retired_at: author.at,
          retired_by: author.actor,
        })
        .execute();
    } else {
      key = edit.key;
      if ((await findRecord(trx, kind, key)) !== null) throw recordExists(kind, key);
      const retired = await trx
        .selectFrom('retired_records')
        .select('data')
        .where('kind', '=', kind)
        .where('key', '=', key)
        .executeTakeFirstOrThrow();
      after = JSON.parse(retired.data) as KnowledgeRow<K>;
      rows.push(after);
      keys.push(key);
      await trx.deleteFrom('retired_records').where('kind', '=', kind).where('key', '=', key).execute();
    }

    const version = await writeVersion(
      trx,
      ops,
      kind,
      {
        dataset,
        as_of: previous?.as_of ?? null,
        source_file: null,
        imported_by: author.user_id === null ? author.actor : `user ${author.user_id} (API)`,
      },
      rows,
      keys,
      author.at,
    );
    const audit = await appendAudit(trx as unknown as Transaction<EditDatabase>, {
      org_id: author.org_id,
      actor_user_id: author.user_id,
      actor: author.actor,
      at: author.at,
      action: `${kind}.${edit.op}`,
      target_type: kind,
      target_id: edit.op === 'create' ? key : edit.key,
      before: before as Record<string, unknown> | null,
      after: after as Record<string, unknown> | null,
    });
    return { dataset, key, version: toVersion(version, kind, true), before, after, audit };
  });
}

/** The dataset an edit applies to: given (create), the retired record's (restore), else the record's. */
async function datasetOf<K extends EditableKind>(
  trx: Transaction<KnowledgeDatabase>,
  kind: K,
  edit: RecordEdit<K>,
): Promise<string> {
  if (edit.op === 'create') {
    if (edit.dataset.trim() === '') throw new TipwatchError('no_dataset', 'a dataset name is needed');
    // Insert-or-nothing then lock (by the caller): concurrent first edits of a dataset queue up.
    await trx
      .insertInto('datasets')
      .values({ id: edit.dataset, kind, in_force_version_id: null })
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
    return edit.dataset;
  }
  if (edit.op === 'restore') {
    const retired = await trx
      .selectFrom('retired_records')
      .select('dataset')
      .where('kind', '=', kind)
      .where('key', '=', edit.key)
      .executeTakeFirst();
    if (!retired) throw new TipwatchError('no_such_record', `no retired ${kind} record "${edit.key}"`);
    return retired.dataset;
  }
  const found = await findRecord(trx, kind, edit.key);
  if (found === null) throw noSuchRecord(kind, edit.key);
  return found.dataset;
}

async function appendAudit(
  trx: Transaction<EditDatabase>,
  entry: Omit<AuditEntry, 'id'>,
): Promise<AuditEntry> {
  const row = await trx
    .insertInto('audit_log')
    .values({
      ...entry,
      before: entry.before === null ? null : JSON.stringify(entry.before),
      after: entry.after === null ? null : JSON.stringify(entry.after),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: row.id, ...entry };
}
