import {
  type DatasetDiff,
  type DatasetVersion,
  diffDatasets,
  type EditAuthor,
  type EditableKind,
  type FoundRecord,
  type ImportResult,
  isKnowledgeKind,
  type KnowledgeKind,
  type KnowledgeRow,
  type KnowledgeStore,
  kindTraits,
  type NewDatasetVersion,
  type Problem,
  type RecordEdit,
  type RecordEditResult,
  type RetiredRecord,
  type RowQuery,
  SEARCHABLE_KINDS,
  type SearchOptions,
  type SearchPage,
  TipwatchError,
} from '@tipwatch/core';
import type { Kysely, Transaction } from 'kysely';
import { editRecord } from './record-editor.js';
import { findRecord, listRetired } from './record-lookup.js';
import type { Backend, KnowledgeDatabase } from './schema.js';
import { decodeCursor, encodeCursor, queryTerms } from './search-cursor.js';
import { toVersion } from './version-row.js';
import { writeVersion } from './version-writer.js';

/** A search hit as the database returns it, before the row is parsed. */
export interface RawHit {
  kind: string;
  key: string;
  title: string;
  data: string;
  dataset: string;
  score: number;
}

/** What differs between the SQL backends; everything else is shared Kysely code. */
export interface BackendOps {
  backend: Backend;
  /** Serialises imports of one dataset (PostgreSQL row lock; SQLite writes are serial anyway). */
  lockDataset(trx: Transaction<KnowledgeDatabase>, dataset: string): Promise<void>;
  /** Adds the rows of a new version to the full-text index, inside the import transaction. */
  indexVersion(trx: Transaction<KnowledgeDatabase>, versionId: number): Promise<void>;
  /** In-force rows of `kinds` containing every term, best first, ties by id. */
  search(terms: string[], kinds: readonly string[], limit: number, offset: number): Promise<RawHit[]>;
  close(): Promise<void>;
}

// Provenance (dataset, record, as-of) is not content: a new edition's date must not mark every row changed.
const DIFF_OPTIONS = { ignore: ['source'] };

/** The knowledge store over any Kysely database with the tipwatch schema. */
export class KyselyKnowledgeStore implements KnowledgeStore {
  readonly backend: Backend;

  constructor(
    private readonly db: Kysely<KnowledgeDatabase>,
    private readonly ops: BackendOps,
  ) {
    this.backend = ops.backend;
  }

  async importDataset<K extends KnowledgeKind>(
    kind: K,
    meta: NewDatasetVersion,
    rows: readonly KnowledgeRow<K>[],
  ): Promise<ImportResult<K>> {
    if (!isKnowledgeKind(kind))
      throw new TipwatchError('unknown_kind', `"${kind}" is not a knowledge-base kind`);
    if (meta.dataset.trim() === '')
      throw new TipwatchError('no_dataset', 'a dataset name is needed to import');
    const traits = kindTraits(kind);
    const keys = rows.map((row) => traits.keyOf(row), DIFF_OPTIONS);
    const repeated = repeatedKeys(keys);
    if (repeated.length > 0) {
      throw new TipwatchError(
        'repeated_keys',
        `${repeated.length} row(s) of ${meta.dataset} repeat the key of an earlier row (first: row ${repeated[0]?.row}, "${repeated[0]?.key}")`,
        repeated.map(
          (r): Problem => ({
            code: 'repeated_key',
            message: `key "${r.key}" repeats row ${r.first}`,
            row: r.row,
          }),
        ),
      );
    }

    const { version, previous, oldRows } = await this.db.transaction().execute(async (trx) => {
      // Insert-or-nothing then lock: concurrent first imports of one dataset queue up instead of failing.
      await trx
        .insertInto('datasets')
        .values({ id: meta.dataset, kind, in_force_version_id: null })
        .onConflict((oc) => oc.column('id').doNothing())
        .execute();
      await this.ops.lockDataset(trx, meta.dataset);
      const current = await trx
        .selectFrom('datasets')
        .select(['kind', 'in_force_version_id'])
        .where('id', '=', meta.dataset)
        .executeTakeFirstOrThrow();
      if (current.kind !== kind) {
        throw new TipwatchError(
          'dataset_kind_mismatch',
          `dataset ${meta.dataset} holds ${current.kind}, not ${kind}: import it under another name`,
        );
      }
      const inForceId = current.in_force_version_id;
      const previous =
        inForceId === null
          ? undefined
          : await trx
              .selectFrom('dataset_versions')
              .selectAll()
              .where('id', '=', inForceId)
              .executeTakeFirst();
      const oldRows = previous ? await readVersionRows<K>(trx, previous.id) : [];
      const inserted = await writeVersion(trx, this.ops, kind, meta, rows, keys);
      return { version: inserted, previous, oldRows };
    });

    return {
      version: toVersion(version, kind, true),
      previous: previous ? toVersion(previous, kind, false) : null,
      diff: diffDatasets(oldRows, rows, (row) => traits.keyOf(row), DIFF_OPTIONS),
    };
  }

  async previewImport<K extends KnowledgeKind>(
    kind: K,
    dataset: string,
    rows: readonly KnowledgeRow<K>[],
  ): Promise<DatasetDiff<KnowledgeRow<K>>> {
    const existing = await this.db
      .selectFrom('datasets')
      .select('kind')
      .where('id', '=', dataset)
      .executeTakeFirst();
    if (existing && existing.kind !== kind) {
      throw new TipwatchError(
        'dataset_kind_mismatch',
        `dataset ${dataset} holds ${existing.kind}, not ${kind}`,
      );
    }
    const inForce = existing ? await this.rows(kind, { dataset }) : [];
    const traits = kindTraits(kind);
    return diffDatasets(inForce, rows, (row) => traits.keyOf(row), DIFF_OPTIONS);
  }

  async setInForce(dataset: string, version: number): Promise<DatasetVersion> {
    return this.db.transaction().execute(async (trx) => {
      const found = await trx
        .selectFrom('dataset_versions as v')
        .innerJoin('datasets as d', 'd.id', 'v.dataset')
        .selectAll('v')
        .select('d.kind')
        .where('v.dataset', '=', dataset)
        .where('v.version', '=', version)
        .executeTakeFirst();
      if (!found) throw new TipwatchError('no_such_version', `dataset ${dataset} has no version ${version}`);
      await trx
        .updateTable('datasets')
        .set({ in_force_version_id: found.id })
        .where('id', '=', dataset)
        .execute();
      return toVersion(found, found.kind, true);
    });
  }

  async datasets(): Promise<DatasetVersion[]> {
    const rows = await this.db
      .selectFrom('datasets as d')
      .innerJoin('dataset_versions as v', 'v.id', 'd.in_force_version_id')
      .selectAll('v')
      .select('d.kind')
      .orderBy('d.id')
      .execute();
    return rows.map((r) => toVersion(r, r.kind, true));
  }

  async versions(dataset: string): Promise<DatasetVersion[]> {
    const rows = await this.db
      .selectFrom('dataset_versions as v')
      .innerJoin('datasets as d', 'd.id', 'v.dataset')
      .selectAll('v')
      .select(['d.kind', 'd.in_force_version_id'])
      .where('v.dataset', '=', dataset)
      .orderBy('v.version', 'desc')
      .execute();
    return rows.map((r) => toVersion(r, r.kind, r.in_force_version_id === r.id));
  }

  async rows<K extends KnowledgeKind>(kind: K, query: RowQuery = {}): Promise<KnowledgeRow<K>[]> {
    if (query.version !== undefined) {
      if (query.dataset === undefined) {
        throw new TipwatchError('version_without_dataset', 'name the dataset whose version to read');
      }
      const id = await this.versionId(kind, query.dataset, query.version);
      return readVersionRows<K>(this.db, id);
    }
    let q = this.db
      .selectFrom('records as r')
      .innerJoin('datasets as d', 'd.in_force_version_id', 'r.version_id')
      .select('r.data')
      .where('r.kind', '=', kind);
    if (query.dataset !== undefined) q = q.where('d.id', '=', query.dataset);
    const rows = await q.orderBy('r.id').execute();
    return rows.map((r) => JSON.parse(r.data) as KnowledgeRow<K>);
  }

  async diffVersions<K extends KnowledgeKind>(
    kind: K,
    dataset: string,
    from: number,
    to: number,
  ): Promise<DatasetDiff<KnowledgeRow<K>>> {
    const [before, after] = await Promise.all([
      this.rows(kind, { dataset, version: from }),
      this.rows(kind, { dataset, version: to }),
    ]);
    const traits = kindTraits(kind);
    return diffDatasets(before, after, (row) => traits.keyOf(row), DIFF_OPTIONS);
  }

  async rawText(dataset: string, version?: number): Promise<string | null> {
    let q = this.db
      .selectFrom('dataset_versions as v')
      .innerJoin('dataset_raw_texts as t', 't.version_id', 'v.id')
      .select('t.text')
      .where('v.dataset', '=', dataset);
    if (version === undefined) {
      q = q.innerJoin('datasets as d', 'd.in_force_version_id', 'v.id');
    } else {
      q = q.where('v.version', '=', version);
    }
    return (await q.executeTakeFirst())?.text ?? null;
  }

  async country(iso3: string) {
    return (await this.byCountry('countries', iso3))[0] ?? null;
  }

  async tierHistory(iso3: string) {
    const rows = await this.byCountry('tiers', iso3);
    return rows.sort((a, b) => a.year - b.year);
  }

  async hotlines(iso3?: string) {
    return iso3 === undefined ? this.rows('hotlines') : this.byCountry('hotlines', iso3);
  }

  async listEntries(list?: string) {
    const rows = await this.rows('list_entries');
    return list === undefined ? rows : rows.filter((r) => r.list === list);
  }

  async byCountry<K extends KnowledgeKind>(kind: K, iso3: string): Promise<KnowledgeRow<K>[]> {
    const rows = await this.db
      .selectFrom('records as r')
      .innerJoin('datasets as d', 'd.in_force_version_id', 'r.version_id')
      .innerJoin('record_countries as c', 'c.record_id', 'r.id')
      .select('r.data')
      .where('r.kind', '=', kind)
      .where('c.iso3', '=', iso3.toUpperCase())
      .orderBy('r.id')
      .execute();
    return rows.map((r) => JSON.parse(r.data) as KnowledgeRow<K>);
  }

  async search(q: string, options: SearchOptions = {}): Promise<SearchPage> {
    const limit = Math.min(100, Math.max(1, Math.trunc(options.limit ?? 20)));
    const offset = options.cursor ? decodeCursor(options.cursor, q) : 0;
    const terms = queryTerms(q);
    if (terms.length === 0) return { hits: [], next_cursor: null };
    // One row more than asked tells whether another page exists.
    const raw = await this.ops.search(terms, SEARCHABLE_KINDS, limit + 1, offset);
    const hits = raw.slice(0, limit).map((h) => ({
      kind: h.kind as KnowledgeKind,
      dataset: h.dataset,
      key: h.key,
      title: h.title,
      score: h.score,
      row: JSON.parse(h.data) as KnowledgeRow,
    }));
    return { hits, next_cursor: raw.length > limit ? encodeCursor(q, offset + limit) : null };
  }

  record<K extends EditableKind>(kind: K, key: string): Promise<FoundRecord<K> | null> {
    return findRecord(this.db, kind, key);
  }

  editRecord<K extends EditableKind>(
    kind: K,
    edit: RecordEdit<K>,
    author: EditAuthor,
  ): Promise<RecordEditResult<K>> {
    return editRecord(this.db, this.ops, kind, edit, author);
  }

  retiredRecords<K extends EditableKind>(kind: K): Promise<RetiredRecord<K>[]> {
    return listRetired(this.db, kind);
  }

  async close(): Promise<void> {
    await this.db.destroy();
  }

  private async versionId(kind: KnowledgeKind, dataset: string, version: number): Promise<number> {
    const found = await this.db
      .selectFrom('dataset_versions as v')
      .innerJoin('datasets as d', 'd.id', 'v.dataset')
      .select(['v.id', 'd.kind'])
      .where('v.dataset', '=', dataset)
      .where('v.version', '=', version)
      .executeTakeFirst();
    if (!found) throw new TipwatchError('no_such_version', `dataset ${dataset} has no version ${version}`);
    if (found.kind !== kind)
      throw new TipwatchError('dataset_kind_mismatch', `dataset ${dataset} holds ${found.kind}`);
    return found.id;
  }
}

async function readVersionRows<K extends KnowledgeKind>(
  db: Kysely<KnowledgeDatabase>,
  versionId: number,
): Promise<KnowledgeRow<K>[]> {
  const rows = await db
    .selectFrom('records')
    .select('data')
    .where('version_id', '=', versionId)
    .orderBy('id')
    .execute();
  return rows.map((r) => JSON.parse(r.data) as KnowledgeRow<K>);
}

function repeatedKeys(keys: string[]): { key: string; row: number; first: number }[] {
  const first = new Map<string, number>();
  const out: { key: string; row: number; first: number }[] = [];
  keys.forEach((key, i) => {
    const seen = first.get(key);
    if (seen === undefined) first.set(key, i + 1);
    else out.push({ key, row: i + 1, first: seen });
  });
  return out;
}
