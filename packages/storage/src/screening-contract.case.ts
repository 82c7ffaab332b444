import type {
  AccountStore,
  NewStoredFinding,
  RegisterEntry,
  RegisterQuery,
  ScreeningCounts,
} from '@tipwatch/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ScreeningWorkspace } from './open-screening-store.js';

const T0 = '2026-01-15T12:00:00.000Z';
const T1 = '2026-01-15T12:01:00.000Z';
const T2 = '2026-01-15T12:02:00.000Z';
const T3 = '2026-01-15T12:03:00.000Z';

/** A fresh, empty database: the workspace and accounts on it, and a way to open a second connection. */
export interface OpenedWorkspace {
  workspace: ScreeningWorkspace;
  accounts: AccountStore;
  /** Another connection (pool) to the same database, as a second worker process would have. */
  again(): Promise<ScreeningWorkspace>;
}

const COUNTS: ScreeningCounts = {
  rows: 3,
  screened: 3,
  rejected: 0,
  levels: { low: 1, medium: 0, high: 1, critical: 1 },
  layout: 'generic',
  data_versions: [{ dataset: 'uflpa_entities', as_of: '2025-01-15', rows: 62 }],
};

const entry = (row: number, over: Partial<RegisterEntry>): RegisterEntry => ({
  row,
  ref: `PO-${row}`,
  supplier: `Supplier ${row}`,
  supplier_key: `supplier ${row}|CHN`,
  country: 'CHN',
  level: 'low',
  score: 10,
  sectors: [],
  kinds: [],
  amount: 100,
  currency: 'USD',
  top_reason: '',
  ...over,
});

const finding = (row: number, kind: NewStoredFinding['kind'], record: string): NewStoredFinding => ({
  row,
  ref: `PO-${row}`,
  supplier: `Supplier ${row}`,
  supplier_key: `supplier ${row}|CHN`,
  finding_key: `${kind}|uflpa_entities|${record}`,
  kind,
  level: kind === 'entity' ? 'critical' : 'medium',
  summary: `${kind} finding`,
  source: { dataset: 'uflpa_entities', record, as_of: '2025-01-15' },
  matched_name: kind === 'entity' ? 'LISTED CO' : null,
  score: kind === 'entity' ? 0.97 : null,
});

const query = (over: Partial<RegisterQuery> = {}): RegisterQuery => ({
  sort: 'score',
  order: 'desc',
  limit: 50,
  offset: 0,
  ...over,
});

/** The behaviour every ScreeningStore and JobQueue adapter must have. */
export function runScreeningStoreContract(name: string, open: () => Promise<OpenedWorkspace>): void {
  describe(`ScreeningStore and JobQueue contract: ${name}`, () => {
    let opened: OpenedWorkspace;
    let orgA: number;
    let orgB: number;
    beforeEach(async () => {
      opened = await open();
      orgA = (await opened.accounts.createOrganisation({ name: 'A', is_office: false, created_at: T0 })).id;
      orgB = (await opened.accounts.createOrganisation({ name: 'B', is_office: false, created_at: T0 })).id;
    });
    afterEach(async () => {
      await opened.workspace.screenings.close();
      await opened.accounts.close();
    });

    const create = (id: string, org = orgA, at = T0) =>
      opened.workspace.screenings.createScreening(
        {
          id,
          org_id: org,
          created_by: 1,
          created_by_email: 'ana@a.example',
          created_at: at,
          file_name: '../spend 2026.csv',
          file_size: 1234,
          options: { map: { supplier: 'Vendor' }, encoding: 'windows-1252' },
        },
        2,
      );
    const terms = (worker: string, now: string, lease_until: string) => ({ worker, now, lease_until });

    it('creates a queued screening that only its organisation can read, and lists them newest first', async () => {
      const s = await create('s1');
      expect(s).toMatchObject({
        id: 's1',
        org_id: orgA,
        status: 'queued',
        attempts: 0,
        progress: { rows: 0, fraction: 0 },
        file_name: '../spend 2026.csv',
        options: { map: { supplier: 'Vendor' }, encoding: 'windows-1252' },
        error: null,
        counts: null,
      });
      expect(await opened.workspace.screenings.screening(orgA, 's1')).toEqual(s);
      expect(await opened.workspace.screenings.screening(orgB, 's1')).toBeNull();
      await create('s2', orgA, T1);
      await create('s3', orgB, T2);
      const list = await opened.workspace.screenings.screenings(orgA, { limit: 10, offset: 0 });
      expect(list.map((x) => x.id)).toEqual(['s2', 's1']);
      const second = await opened.workspace.screenings.screenings(orgA, { limit: 1, offset: 1 });
      expect(second.map((x) => x.id)).toEqual(['s1']);
    });

    it('gives a job to one claimer, stores progress and completes it with its counts', async () => {
      await create('s1');
      const { jobs, screenings } = opened.workspace;
      const job = await jobs.claim(terms('w1', T0, T1));
      expect(job).toMatchObject({ screening_id: 's1', org_id: orgA, attempts: 1, max_attempts: 2 });
      expect(job?.options).toEqual({ map: { supplier: 'Vendor' }, encoding: 'windows-1252' });
      expect(await jobs.claim(terms('w2', T0, T1))).toBeNull();
      expect(await jobs.heartbeat('s1', terms('w1', T0, T2), { rows: 2, fraction: 0.5 })).toBe(true);
      expect(await jobs.heartbeat('s1', terms('w2', T0, T2), { rows: 9, fraction: 0.9 })).toBe(false);
      expect(await screenings.screening(orgA, 's1')).toMatchObject({
        status: 'running',
        progress: { rows: 2, fraction: 0.5 },
        started_at: T0,
      });
      expect(await jobs.complete('s1', 'w2', COUNTS, T1)).toBe(false);
      expect(await jobs.complete('s1', 'w1', COUNTS, T1)).toBe(true);
      expect(await screenings.screening(orgA, 's1')).toMatchObject({
        status: 'done',
        counts: COUNTS,
        finished_at: T1,
        progress: { rows: 3, fraction: 1 },
      });
      expect(await jobs.heartbeat('s1', terms('w1', T1, T2), { rows: 3, fraction: 1 })).toBe(false);
      expect(await jobs.claim(terms('w2', T3, T3))).toBeNull();
    });

    it('keeps a workbook’s sheet with the options and the counts, as the workspace stores them', async () => {
      const { jobs, screenings } = opened.workspace;
      // The server stores the sheet asked for with the options, and the sheet read with the counts.
      const options = { map: { supplier: 'Factory' }, format: 'xlsx' as const, sheet: 'Tier 1 – März' };
      const counts = { ...COUNTS, layout: 'open_supply_hub_download', sheet: 'Tier 1 – März' };
      await opened.workspace.screenings.createScreening(
        {
          id: 'wb',
          org_id: orgA,
          created_by: 1,
          created_by_email: 'ana@a.example',
          created_at: T0,
          file_name: 'factories.xlsx',
          file_size: 4321,
          options,
        },
        2,
      );
      expect((await screenings.screening(orgA, 'wb'))?.options).toEqual(options);
      expect((await jobs.claim(terms('w1', T0, T1)))?.options).toEqual(options);
      expect(await jobs.complete('wb', 'w1', counts, T1)).toBe(true);
      const done = await screenings.screening(orgA, 'wb');
      expect(done?.counts).toEqual(counts);
      expect((await screenings.screenings(orgA, { limit: 10, offset: 0 }))[0]?.options).toEqual(options);
    });

    it('gives a job whose lease ran out to another worker, and fails it after the last attempt', async () => {
      await create('s1');
      const { jobs, screenings } = opened.workspace;
      await jobs.claim(terms('w1', T0, T1));
      expect(await jobs.claim(terms('w2', T0, T1))).toBeNull();
      const again = await jobs.claim(terms('w2', T2, T3));
      expect(again).toMatchObject({ screening_id: 's1', attempts: 2, worker: 'w2' });
      expect(await jobs.heartbeat('s1', terms('w1', T2, T3), { rows: 1, fraction: 0.1 })).toBe(false);
      // w2 dies too: two attempts were allowed, so the job fails with a message.
      expect(
        await jobs.claim(terms('w3', '2026-01-15T13:00:00.000Z', '2026-01-15T13:01:00.000Z')),
      ).toBeNull();
      const failed = await screenings.screening(orgA, 's1');
      expect(failed?.status).toBe('failed');
      expect(failed?.error).toMatch(/stopped without finishing 2 times/);
    });

    it('puts a failed attempt back in the queue while attempts remain, and records the error', async () => {
      await create('s1');
      const { jobs, screenings } = opened.workspace;
      await jobs.claim(terms('w1', T0, T1));
      expect(await jobs.fail('s1', 'w1', 'the database went away', T0, true)).toBe(true);
      expect(await screenings.screening(orgA, 's1')).toMatchObject({
        status: 'queued',
        error: 'the database went away',
      });
      await jobs.claim(terms('w1', T1, T2));
      expect(await jobs.fail('s1', 'w1', 'still away', T1, true)).toBe(true);
      expect(await screenings.screening(orgA, 's1')).toMatchObject({ status: 'failed', error: 'still away' });
      await create('s2');
      await jobs.claim(terms('w1', T1, T2));
      expect(await jobs.fail('s2', 'w1', 'row 3: no supplier column', T1, false)).toBe(true);
      expect(await screenings.screening(orgA, 's2')).toMatchObject({
        status: 'failed',
        attempts: 1,
        finished_at: T1,
      });
    });

    it('loads register rows and findings, filters and sorts them, only for the organisation', async () => {
      await create('s1');
      const s = opened.workspace.screenings;
      await s.addResults(
        's1',
        [
          entry(1, { level: 'critical', score: 95, kinds: ['entity', 'country'], sectors: ['electronics'] }),
          entry(2, { level: 'low', score: 5, country: 'VNM', supplier: 'Able', supplier_key: 'able|VNM' }),
          entry(3, { level: 'high', score: 60, kinds: ['country'], sectors: ['textiles_apparel'] }),
        ],
        [finding(1, 'entity', 'row 7'), finding(1, 'country', 'CHN'), finding(3, 'country', 'CHN')],
      );
      const rows = await s.register(orgA, 's1', query());
      expect(rows.map((r) => r.row)).toEqual([1, 3, 2]);
      expect(rows[0]).toMatchObject({
        level: 'critical',
        kinds: ['entity', 'country'],
        sectors: ['electronics'],
        amount: 100,
        country: 'CHN',
      });
      expect(rows[0]?.findings.map((f) => [f.kind, f.disposition])).toEqual([
        ['entity', null],
        ['country', null],
      ]);
      expect((await s.register(orgA, 's1', query({ kind: 'country' }))).map((r) => r.row)).toEqual([1, 3]);
      expect((await s.register(orgA, 's1', query({ level: 'high' }))).map((r) => r.row)).toEqual([3]);
      expect((await s.register(orgA, 's1', query({ country: 'VNM' }))).map((r) => r.row)).toEqual([2]);
      expect((await s.register(orgA, 's1', query({ sector: 'textiles_apparel' }))).map((r) => r.row)).toEqual(
        [3],
      );
      expect(
        (await s.register(orgA, 's1', query({ sort: 'supplier', order: 'asc' }))).map((r) => r.supplier),
      ).toEqual(['Able', 'Supplier 1', 'Supplier 3']);
      expect(
        (await s.register(orgA, 's1', query({ sort: 'level', order: 'asc', limit: 2, offset: 1 }))).map(
          (r) => r.row,
        ),
      ).toEqual([3, 1]);
      expect(await s.register(orgB, 's1', query())).toEqual([]);
      const all = await s.findings(orgA, 's1', { limit: 10, offset: 0 });
      expect(all.map((f) => [f.row, f.kind])).toEqual([
        [1, 'entity'],
        [1, 'country'],
        [3, 'country'],
      ]);
      expect(all[0]).toMatchObject({ matched_name: 'LISTED CO', score: 0.97, source: { record: 'row 7' } });
      const one = all[0];
      if (one === undefined) throw new Error('no finding');
      expect(await s.finding(orgA, 's1', one.id)).toEqual(one);
      expect(await s.finding(orgB, 's1', one.id)).toBeNull();
      expect(await s.findings(orgB, 's1', { limit: 10, offset: 0 })).toEqual([]);
      await s.clearResults('s1');
      expect(await s.register(orgA, 's1', query())).toEqual([]);
    });

    it('finds the findings of one row or reference, and sums every row by level, currency, kind, country and sector', async () => {
      await create('s1');
      const s = opened.workspace.screenings;
      await s.addResults(
        's1',
        [
          entry(1, {
            level: 'critical',
            kinds: ['entity', 'country'],
            sectors: ['electronics', 'textiles_apparel'],
            amount: 1000,
          }),
          entry(2, { level: 'low', country: null, amount: null }),
          entry(3, { level: 'high', kinds: ['country'], sectors: ['electronics'], amount: 200 }),
          entry(4, { level: 'medium', country: 'VNM', currency: 'EUR', amount: 40, ref: 'PO-1' }),
        ],
        [
          finding(1, 'entity', 'row 7'),
          finding(1, 'country', 'CHN'),
          finding(3, 'country', 'CHN'),
          { ...finding(4, 'country', 'VNM'), ref: 'PO-1' },
        ],
      );
      const page = { limit: 10, offset: 0 };
      expect((await s.findings(orgA, 's1', { ...page, row: 1 })).map((f) => [f.row, f.kind])).toEqual([
        [1, 'entity'],
        [1, 'country'],
      ]);
      expect(await s.findings(orgA, 's1', { ...page, row: 2 })).toEqual([]);
      expect((await s.findings(orgA, 's1', { ...page, ref: 'PO-1' })).map((f) => f.row)).toEqual([1, 1, 4]);
      expect((await s.findings(orgA, 's1', { ...page, ref: 'PO-1', row: 4 })).map((f) => f.row)).toEqual([4]);
      expect(await s.findings(orgB, 's1', { ...page, row: 1 })).toEqual([]);

      expect(await s.summary(orgB, 's1')).toBeNull();
      const sum = await s.summary(orgA, 's1');
      expect(sum).toMatchObject({ rows: 4, rows_without_amount: 1 });
      expect(sum?.by_currency).toEqual([
        { currency: 'USD', rows: 3, rows_with_amount: 2, spend: 1200 },
        { currency: 'EUR', rows: 1, rows_with_amount: 1, spend: 40 },
      ]);
      expect(sum?.by_level).toEqual([
        { level: 'low', rows: 1, rows_without_amount: 1, spend: {} },
        { level: 'medium', rows: 1, rows_without_amount: 0, spend: { EUR: 40 } },
        { level: 'high', rows: 1, rows_without_amount: 0, spend: { USD: 200 } },
        { level: 'critical', rows: 1, rows_without_amount: 0, spend: { USD: 1000 } },
      ]);
      expect(sum?.by_kind.filter((k) => k.findings > 0)).toEqual([
        { kind: 'entity', findings: 1, rows: 1 },
        { kind: 'country', findings: 3, rows: 3 },
      ]);
      // Risk-weighted: critical × 1, high × 0.5, medium × 0.25, low × 0.
      expect(sum?.by_country).toEqual([
        { country: 'CHN', rows: 2, spend: { USD: 1200 }, weighted: { USD: 1100 } },
        { country: 'VNM', rows: 1, spend: { EUR: 40 }, weighted: { EUR: 10 } },
        { country: null, rows: 1, spend: {}, weighted: {} },
      ]);
      expect(sum?.heat).toEqual([
        { currency: 'USD', sector: 'electronics', country: 'CHN', rows: 2, spend: 1200, weighted: 1100 },
        { currency: 'USD', sector: 'textiles_apparel', country: 'CHN', rows: 1, spend: 1000, weighted: 1000 },
        { currency: 'EUR', sector: null, country: 'VNM', rows: 1, spend: 40, weighted: 10 },
        { currency: 'USD', sector: null, country: null, rows: 1, spend: 0, weighted: 0 },
      ]);
    });

    it('keeps dispositions per organisation, supplier and finding, carried over to later screenings', async () => {
      const s = opened.workspace.screenings;
      await create('s1');
      await create('s2', orgA, T1);
      await create('s3', orgB, T1);
      for (const id of ['s1', 's2', 's3']) {
        await s.addResults(id, [entry(1, { kinds: ['entity'] })], [finding(1, 'entity', 'row 7')]);
      }
      const change = {
        org_id: orgA,
        supplier_key: 'supplier 1|CHN',
        finding_key: 'entity|uflpa_entities|row 7',
        state: 'under_review' as const,
        note: 'asking the buyer',
        updated_by: 1,
        updated_at: T1,
      };
      const first = await s.setDisposition(change);
      expect(first.before).toBeNull();
      expect(first.after).toMatchObject({ state: 'under_review' });
      const second = await s.setDisposition({
        ...change,
        state: 'false_positive',
        note: 'other company',
        updated_at: T2,
      });
      expect(second.before).toMatchObject({ state: 'under_review', note: 'asking the buyer' });
      expect(second.after).toMatchObject({ state: 'false_positive', note: 'other company' });
      for (const id of ['s1', 's2']) {
        const [row] = await s.register(orgA, id, query());
        expect(row?.findings[0]?.disposition).toEqual({
          state: 'false_positive',
          note: 'other company',
          updated_at: T2,
        });
      }
      const [otherRow] = await s.register(orgB, 's3', query());
      expect(otherRow?.findings[0]?.disposition).toBeNull();
      expect((await s.screeningDispositions(orgA, 's2')).map((d) => d.state)).toEqual(['false_positive']);
      expect(await s.screeningDispositions(orgB, 's3')).toEqual([]);
    });

    it('deletes a screening with its rows, only for its organisation', async () => {
      const s = opened.workspace.screenings;
      await create('s1');
      await s.addResults('s1', [entry(1, {})], [finding(1, 'country', 'CHN')]);
      expect(await s.deleteScreening(orgB, 's1')).toBe(false);
      expect(await s.deleteScreening(orgA, 's1')).toBe(true);
      expect(await s.screening(orgA, 's1')).toBeNull();
      expect(await s.findings(orgA, 's1', { limit: 10, offset: 0 })).toEqual([]);
      expect(await opened.workspace.jobs.claim(terms('w1', T0, T1))).toBeNull();
    });

    it('keeps saved suppliers per organisation and lists alerts newest first', async () => {
      const s = opened.workspace.screenings;
      const saved = (org: number, key: string, name: string, screening: string) => ({
        org_id: org,
        supplier_key: key,
        name,
        country: 'CHN',
        first_seen: T0,
        last_screening_id: screening,
      });
      await s.saveSuppliers([saved(orgA, 'acme|CHN', 'ACME', 's1'), saved(orgB, 'acme|CHN', 'Acme', 's9')]);
      await s.saveSuppliers([{ ...saved(orgA, 'acme|CHN', 'Acme Ltd', 's2'), first_seen: T2 }]);
      const all = await s.savedSuppliers({ limit: 10, offset: 0 });
      expect(all).toEqual([saved(orgA, 'acme|CHN', 'Acme Ltd', 's2'), saved(orgB, 'acme|CHN', 'Acme', 's9')]);
      const alert = (org: number, title: string) => ({
        org_id: org,
        created_at: T1,
        dataset: 'uflpa_entities',
        as_of: '2025-01-15',
        title,
        matches: [
          { supplier: 'Acme', country: 'CHN', matched_name: 'ACME CO', score: 0.95, record: 'row 3' },
        ],
      });
      const a1 = await s.addAlert(alert(orgA, 'first'));
      await s.addAlert(alert(orgB, 'theirs'));
      await s.addAlert(alert(orgA, 'second'));
      expect(a1).toMatchObject(alert(orgA, 'first'));
      expect((await s.alerts(orgA, { limit: 10, offset: 0 })).map((a) => a.title)).toEqual([
        'second',
        'first',
      ]);
    });

    it('never gives one job to two claimers working at the same time on two connections', async () => {
      const ids = Array.from({ length: 12 }, (_, i) => `c${String(i).padStart(2, '0')}`);
      for (const id of ids) await create(id);
      const other = await opened.again();
      try {
        const claimed: string[] = [];
        const loop = async (queue: ScreeningWorkspace['jobs'], worker: string) => {
          for (;;) {
            const job = await queue.claim(terms(worker, T0, T3));
            if (job === null) return;
            claimed.push(job.screening_id);
          }
        };
        await Promise.all([
          loop(opened.workspace.jobs, 'a1'),
          loop(opened.workspace.jobs, 'a2'),
          loop(other.jobs, 'b1'),
          loop(other.jobs, 'b2'),
        ]);
        expect(claimed.slice().sort()).toEqual(ids);
      } finally {
        await other.screenings.close();
      }
    });
  });
}
