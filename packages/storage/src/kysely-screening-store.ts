import {
  type Alert,
  type AlertMatch,
  type Disposition,
  type DispositionChange,
  type FindingKind,
  type FindingsQuery,
  isDispositionState,
  isLevel,
  type Level,
  levelRank,
  type NewAlert,
  type NewScreening,
  type NewStoredFinding,
  type Paged,
  type RegisterEntry,
  type RegisterQuery,
  type RegisterRow,
  type SavedSupplier,
  type Screening,
  type ScreeningCounts,
  type ScreeningStatus,
  type ScreeningStore,
  type ScreeningSummary,
  type StoredFinding,
  summaryFromGroups,
  TipwatchError,
} from '@tipwatch/core';
import { type Kysely, type Selectable, sql } from 'kysely';
import type { Backend } from './schema.js';
import type {
  DispositionsTable,
  ScreeningDatabase,
  ScreeningJobsTable,
  ScreeningsTable,
} from './screening-schema.js';

/** Rows per INSERT: well under SQLite's and PostgreSQL's limits on bound parameters. */
const INSERT_CHUNK = 500;

/** `,a,b,` for a list, so `LIKE '%,a,%'` finds one value. */
const listCell = (values: readonly string[]) => (values.length === 0 ? '' : `,${values.join(',')},`);
const listOf = (cell: string) => (cell === '' ? [] : cell.slice(1, -1).split(','));

/** The screening store over any Kysely database with the tipwatch schema (migration 0005). */
export class KyselyScreeningStore implements ScreeningStore {
  constructor(
    private readonly db: Kysely<ScreeningDatabase>,
    readonly backend: Backend,
    private readonly onClose: () => Promise<void> = () => db.destroy(),
  ) {}

  async createScreening(s: NewScreening, maxAttempts: number): Promise<Screening> {
    await this.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('screenings')
        .values({
          id: s.id,
          org_id: s.org_id,
          created_by: s.created_by,
          created_by_email: s.created_by_email,
          created_at: s.created_at,
          file_name: s.file_name,
          file_size: s.file_size,
          options: JSON.stringify(s.options),
          counts: null,
        })
        .execute();
      await trx
        .insertInto('screening_jobs')
        .values({
          screening_id: s.id,
          status: 'queued',
          attempts: 0,
          max_attempts: maxAttempts,
          progress_rows: 0,
          progress_fraction: 0,
          created_at: s.created_at,
        })
        .execute();
    });
    const created = await this.screening(s.org_id, s.id);
    if (created === null) throw new TipwatchError('screening_missing', `screening ${s.id} was not stored`);
    return created;
  }

  private selectScreenings() {
    return this.db
      .selectFrom('screenings as s')
      .innerJoin('screening_jobs as j', 'j.screening_id', 's.id')
      .selectAll('s')
      .select([
        'j.status',
        'j.attempts',
        'j.progress_rows',
        'j.progress_fraction',
        'j.error',
        'j.started_at',
        'j.finished_at',
      ]);
  }

  async screening(orgId: number, id: string): Promise<Screening | null> {
    const row = await this.selectScreenings()
      .where('s.org_id', '=', orgId)
      .where('s.id', '=', id)
      .executeTakeFirst();
    return row ? toScreening(row) : null;
  }

  async screenings(orgId: number, page: Paged): Promise<Screening[]> {
    const rows = await this.selectScreenings()
      .where('s.org_id', '=', orgId)
      .orderBy('s.created_at', 'desc')
      .orderBy('s.id', 'desc')
      .limit(page.limit)
      .offset(page.offset)
      .execute();
    return rows.map(toScreening);
  }

  async deleteScreening(orgId: number, id: string): Promise<boolean> {
    return this.db.transaction().execute(async (trx) => {
      const found = await trx
        .selectFrom('screenings')
        .select('id')
        .where('org_id', '=', orgId)
        .where('id', '=', id)
        .executeTakeFirst();
      if (!found) return false;
      await trx.deleteFrom('screening_findings').where('screening_id', '=', id).execute();
      await trx.deleteFrom('screening_rows').where('screening_id', '=', id).execute();
      await trx.deleteFrom('screening_jobs').where('screening_id', '=', id).execute();
      await trx.deleteFrom('screenings').where('id', '=', id).execute();
      return true;
    });
  }

  async clearResults(id: string): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx.deleteFrom('screening_findings').where('screening_id', '=', id).execute();
      await trx.deleteFrom('screening_rows').where('screening_id', '=', id).execute();
    });
  }

  async addResults(
    id: string,
    rows: readonly RegisterEntry[],
    findings: readonly NewStoredFinding[],
  ): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
        await trx
          .insertInto('screening_rows')
          .values(
            rows.slice(i, i + INSERT_CHUNK).map((r) => ({
              screening_id: id,
              row: r.row,
              ref: r.ref,
              supplier: r.supplier,
              supplier_key: r.supplier_key,
              country: r.country,
              level: r.level,
              level_rank: levelRank(r.level),
              score: r.score,
              sectors: listCell(r.sectors),
              kinds: listCell(r.kinds),
              amount: r.amount !== null && Number.isFinite(r.amount) ? r.amount : null,
              currency: r.currency,
              top_reason: r.top_reason,
            })),
          )
          .execute();
      }
      for (let i = 0; i < findings.length; i += INSERT_CHUNK) {
        await trx
          .insertInto('screening_findings')
          .values(
            findings.slice(i, i + INSERT_CHUNK).map((f) => ({
              screening_id: id,
              row: f.row,
              ref: f.ref,
              supplier: f.supplier,
              supplier_key: f.supplier_key,
              finding_key: f.finding_key,
              kind: f.kind,
              level: f.level,
              summary: f.summary,
              dataset: f.source.dataset,
              record: f.source.record,
              as_of: f.source.as_of,
              matched_name: f.matched_name,
              score: f.score,
            })),
          )
          .execute();
      }
    });
  }

  async register(orgId: number, id: string, q: RegisterQuery): Promise<RegisterRow[]> {
    if ((await this.screening(orgId, id)) === null) return [];
    let query = this.db.selectFrom('screening_rows').selectAll().where('screening_id', '=', id);
    if (q.level !== undefined) query = query.where('level', '=', q.level);
    if (q.country !== undefined) query = query.where('country', '=', q.country);
    if (q.kind !== undefined) query = query.where('kinds', 'like', `%,${q.kind},%`);
    if (q.sector !== undefined) query = query.where('sectors', 'like', `%,${q.sector},%`);
    const column = q.sort === 'level' ? 'level_rank' : q.sort;
    query = query.orderBy(column, q.order);
    if (q.sort === 'level') query = query.orderBy('score', q.order);
    const rows = await query.orderBy('row', 'asc').limit(q.limit).offset(q.offset).execute();
    if (rows.length === 0) return [];
    const findings = await this.findingsQuery(orgId, id)
      .where(
        'f.row',
        'in',
        rows.map((r) => r.row),
      )
      .orderBy('f.id')
      .execute();
    const byRow = new Map<number, RegisterRow['findings']>();
    for (const f of findings) {
      const stored = toFinding(f);
      let list = byRow.get(f.row);
      if (list === undefined) {
        list = [];
        byRow.set(f.row, list);
      }
      list.push({
        id: stored.id,
        kind: stored.kind,
        level: stored.level,
        finding_key: stored.finding_key,
        disposition: stored.disposition,
      });
    }
    return rows.map((r) => ({
      row: r.row,
      ref: r.ref,
      supplier: r.supplier,
      supplier_key: r.supplier_key,
      country: r.country,
      level: asLevel(r.level),
      score: r.score,
      sectors: listOf(r.sectors),
      kinds: listOf(r.kinds) as FindingKind[],
      amount: r.amount,
      currency: r.currency,
      top_reason: r.top_reason,
      findings: byRow.get(r.row) ?? [],
    }));
  }

  private findingsQuery(orgId: number, id: string) {
    return this.db
      .selectFrom('screening_findings as f')
      .leftJoin('dispositions as d', (join) =>
        join
          .on('d.org_id', '=', orgId)
          .onRef('d.supplier_key', '=', 'f.supplier_key')
          .onRef('d.finding_key', '=', 'f.finding_key'),
      )
      .selectAll('f')
      .select(['d.state', 'd.note', 'd.updated_at'])
      .where('f.screening_id', '=', id);
  }

  async findings(orgId: number, id: string, q: FindingsQuery): Promise<StoredFinding[]> {
    if ((await this.screening(orgId, id)) === null) return [];
    let query = this.findingsQuery(orgId, id);
    if (q.row !== undefined) query = query.where('f.row', '=', q.row);
    if (q.ref !== undefined) query = query.where('f.ref', '=', q.ref);
    const rows = await query.orderBy('f.row').orderBy('f.id').limit(q.limit).offset(q.offset).execute();
    return rows.map(toFinding);
  }

  async summary(orgId: number, id: string): Promise<ScreeningSummary | null> {
    if ((await this.screening(orgId, id)) === null) return null;
    // Grouped in the database: one group per currency, country, level and sector list, however many rows.
    const groups = await this.db
      .selectFrom('screening_rows')
      .select(['currency', 'country', 'level', 'sectors'])
      .select((eb) => [
        eb.fn.countAll<number | string>().as('rows'),
        eb.fn.count<number | string>('amount').as('rows_with_amount'),
        sql<number | null>`sum(amount)`.as('spend'),
      ])
      .where('screening_id', '=', id)
      .groupBy(['currency', 'country', 'level', 'sectors'])
      .execute();
    const kinds = await this.db
      .selectFrom('screening_findings')
      .select('kind')
      .select((eb) => [
        eb.fn.countAll<number | string>().as('findings'),
        sql<number | string>`count(distinct ${sql.ref('row')})`.as('rows'),
      ])
      .where('screening_id', '=', id)
      .groupBy('kind')
      .execute();
    return summaryFromGroups(
      groups.map((g) => ({
        currency: g.currency,
        country: g.country,
        level: g.level,
        sectors: listOf(g.sectors),
        rows: Number(g.rows),
        rows_with_amount: Number(g.rows_with_amount),
        spend: Number(g.spend ?? 0),
      })),
      kinds.map((k) => ({ kind: k.kind, findings: Number(k.findings), rows: Number(k.rows) })),
    );
  }

  async finding(orgId: number, id: string, findingId: number): Promise<StoredFinding | null> {
    if ((await this.screening(orgId, id)) === null) return null;
    const row = await this.findingsQuery(orgId, id).where('f.id', '=', findingId).executeTakeFirst();
    return row ? toFinding(row) : null;
  }

  async setDisposition(
    change: DispositionChange,
  ): Promise<{ before: Disposition | null; after: Disposition }> {
    return this.db.transaction().execute(async (trx) => {
      const old = await trx
        .selectFrom('dispositions')
        .selectAll()
        .where('org_id', '=', change.org_id)
        .where('supplier_key', '=', change.supplier_key)
        .where('finding_key', '=', change.finding_key)
        .executeTakeFirst();
      if (old === undefined) {
        await trx.insertInto('dispositions').values(change).execute();
      } else {
        await trx
          .updateTable('dispositions')
          .set({
            state: change.state,
            note: change.note,
            updated_by: change.updated_by,
            updated_at: change.updated_at,
          })
          .where('org_id', '=', change.org_id)
          .where('supplier_key', '=', change.supplier_key)
          .where('finding_key', '=', change.finding_key)
          .execute();
      }
      return { before: old ? toDisposition(old) : null, after: { ...change } };
    });
  }

  async screeningDispositions(orgId: number, id: string): Promise<Disposition[]> {
    const rows = await this.db
      .selectFrom('dispositions as d')
      .selectAll('d')
      .where('d.org_id', '=', orgId)
      .where(({ exists, selectFrom }) =>
        exists(
          selectFrom('screening_findings as f')
            .select('f.id')
            .where('f.screening_id', '=', id)
            .whereRef('f.supplier_key', '=', 'd.supplier_key')
            .whereRef('f.finding_key', '=', 'd.finding_key'),
        ),
      )
      .execute();
    return rows.map(toDisposition);
  }

  async saveSuppliers(suppliers: readonly SavedSupplier[]): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      for (let i = 0; i < suppliers.length; i += INSERT_CHUNK) {
        await trx
          .insertInto('saved_suppliers')
          .values(suppliers.slice(i, i + INSERT_CHUNK).map((s) => ({ ...s })))
          .onConflict((oc) =>
            oc.columns(['org_id', 'supplier_key']).doUpdateSet((eb) => ({
              name: eb.ref('excluded.name'),
              last_screening_id: eb.ref('excluded.last_screening_id'),
            })),
          )
          .execute();
      }
    });
  }

  async savedSuppliers(page: Paged): Promise<SavedSupplier[]> {
    return this.db
      .selectFrom('saved_suppliers')
      .selectAll()
      .orderBy('org_id')
      .orderBy('supplier_key')
      .limit(page.limit)
      .offset(page.offset)
      .execute();
  }

  async addAlert(alert: NewAlert): Promise<Alert> {
    const row = await this.db
      .insertInto('alerts')
      .values({ ...alert, matches: JSON.stringify(alert.matches) })
      .returningAll()
      .executeTakeFirstOrThrow();
    return { ...row, matches: JSON.parse(row.matches) as AlertMatch[] };
  }

  async alerts(orgId: number, page: Paged): Promise<Alert[]> {
    const rows = await this.db
      .selectFrom('alerts')
      .selectAll()
      .where('org_id', '=', orgId)
      .orderBy('id', 'desc')
      .limit(page.limit)
      .offset(page.offset)
      .execute();
    return rows.map((row) => ({ ...row, matches: JSON.parse(row.matches) as AlertMatch[] }));
  }

  close(): Promise<void> {
    return this.onClose();
  }
}

function asLevel(text: string): Level {
  if (!isLevel(text)) throw new TipwatchError('bad_row', `stored level "${text}" is not a level`);
  return text;
}

type ScreeningRow = Selectable<ScreeningsTable> &
  Pick<
    Selectable<ScreeningJobsTable>,
    'status' | 'attempts' | 'progress_rows' | 'progress_fraction' | 'error' | 'started_at' | 'finished_at'
  >;

function toScreening(row: ScreeningRow): Screening {
  return {
    id: row.id,
    org_id: row.org_id,
    created_by: row.created_by,
    created_by_email: row.created_by_email,
    created_at: row.created_at,
    file_name: row.file_name,
    file_size: row.file_size,
    options: JSON.parse(row.options) as Screening['options'],
    status: row.status as ScreeningStatus,
    attempts: row.attempts,
    progress: { rows: row.progress_rows, fraction: row.progress_fraction },
    error: row.error,
    started_at: row.started_at,
    finished_at: row.finished_at,
    counts: row.counts === null ? null : (JSON.parse(row.counts) as ScreeningCounts),
  };
}

interface FindingWithDisposition {
  id: number;
  row: number;
  ref: string;
  supplier: string;
  supplier_key: string;
  finding_key: string;
  kind: string;
  level: string;
  summary: string;
  dataset: string;
  record: string;
  as_of: string | null;
  matched_name: string | null;
  score: number | null;
  state: string | null;
  note: string | null;
  updated_at: string | null;
}

function toFinding(f: FindingWithDisposition): StoredFinding {
  return {
    id: f.id,
    row: f.row,
    ref: f.ref,
    supplier: f.supplier,
    supplier_key: f.supplier_key,
    finding_key: f.finding_key,
    kind: f.kind as FindingKind,
    level: asLevel(f.level),
    summary: f.summary,
    source: { dataset: f.dataset, record: f.record, as_of: f.as_of },
    matched_name: f.matched_name,
    score: f.score,
    disposition:
      f.state !== null && isDispositionState(f.state)
        ? { state: f.state, note: f.note ?? '', updated_at: f.updated_at ?? '' }
        : null,
  };
}

function toDisposition(row: Selectable<DispositionsTable>): Disposition {
  if (!isDispositionState(row.state)) {
    throw new TipwatchError('bad_row', `stored disposition state "${row.state}" is not a state`);
  }
  return { ...row, state: row.state };
}
