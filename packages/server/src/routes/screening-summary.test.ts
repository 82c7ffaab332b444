import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { ReportResult, ScreeningSummary } from '@tipwatch/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportData } from '../jobs/report-data.js';
import { type WorkspaceApp, workspaceApp } from '../workspace/workspace-fixture.case.js';

const MIXED = readFileSync(
  new URL('../../../cli/src/commands/fixtures/mixed-spend.csv', import.meta.url),
  'utf8',
);
const [HEADER = '', ...LINES] = MIXED.trim().split('\n');

/**
 * 6,010 rows: the fixture's ten lines over and over (two currencies, every level, rows with no amount, no
 * country and no sector, rejects), and ten rows whose currency is written " usd ", which count as USD.
 */
function bigCsv(): string {
  const out = [HEADER];
  for (let i = 0; i < 6000; i++) {
    const line = LINES[i % LINES.length] ?? '';
    out.push(line.replace(/^PO-\d+/, `PO-${i + 1}`));
  }
  for (let i = 0; i < 10; i++) {
    out.push(
      `PO-X${i},Gulf Build Contracting,Doha,Qatar,,construction of embassy annex,236220,Y1AA,,${1000 + i}, usd ,2024-03-06,no`,
    );
  }
  return `${out.join('\n')}\n`;
}

/** Same keys, and each amount equal up to the order of floating-point additions. */
function expectAmounts(actual: Record<string, number>, expected: Record<string, number>, what: string) {
  expect(Object.keys(actual).sort(), what).toEqual(Object.keys(expected).sort());
  for (const [k, v] of Object.entries(expected)) expect(actual[k], `${what} ${k}`).toBeCloseTo(v, 6);
}

function expectReportFigures(summary: ScreeningSummary, report: ReportResult) {
  expect(summary.rows).toBe(report.screened);
  expect(summary.rows_without_amount).toBe(report.rows_without_amount);
  expect(Object.fromEntries(summary.by_currency.map((c) => [c.currency, c.rows]))).toEqual(
    report.rows_by_currency,
  );
  expectAmounts(
    Object.fromEntries(
      summary.by_currency.filter((c) => c.rows_with_amount > 0).map((c) => [c.currency, c.spend]),
    ),
    report.spend,
    'spend',
  );
  for (const l of summary.by_level) {
    const r = report.by_level[l.level as keyof ReportResult['by_level']];
    expect(l.rows, l.level).toBe(r.rows);
    expect(l.rows_without_amount, l.level).toBe(r.rows_without_amount);
    expectAmounts(l.spend, r.spend, `spend of ${l.level}`);
  }
  expect(Object.fromEntries(summary.by_kind.map((k) => [k.kind, k.findings]))).toEqual(
    report.findings_by_kind,
  );
  const key = (c: { currency: string; sector: string | null; country: string | null }) =>
    `${c.currency}|${c.sector ?? ''}|${c.country ?? ''}`;
  const cells = new Map(report.heat.map((c) => [key(c), c]));
  expect(summary.heat.map(key).sort()).toEqual([...cells.keys()].sort());
  for (const c of summary.heat) {
    const r = cells.get(key(c));
    expect(c.rows, key(c)).toBe(r?.rows);
    expect(c.spend, key(c)).toBeCloseTo(r?.spend ?? Number.NaN, 6);
    expect(c.weighted, key(c)).toBeCloseTo(r?.weighted ?? Number.NaN, 6);
  }
}

interface RegisterRow {
  row: number;
  ref: string;
  country: string | null;
  kinds: string[];
  amount: number | null;
  currency: string;
  findings: { id: number }[];
}

const databases: [string, string | undefined][] = [['SQLite', undefined]];
if (process.env.DATABASE_URL) databases.push(['PostgreSQL', process.env.DATABASE_URL]);
else {
  describe('GET /api/screenings/{id}/summary (PostgreSQL)', () => {
    it('needs a database', () => {
      throw new Error(
        'set DATABASE_URL to a PostgreSQL database, e.g. DATABASE_URL=postgres://postgres@127.0.0.1:5432/test',
      );
    });
  });
}

for (const [name, postgres] of databases) {
  describe(`GET /api/screenings/{id}/summary and /findings?row= (${name})`, () => {
    let t: WorkspaceApp;
    let small: string;
    let big: string;
    const h = () => ({ headers: t.bearer(t.users.acme.viewer.token) });
    const get = async (path: string) => {
      const res = await t.request(path, h());
      expect(res.status, path).toBe(200);
      return res.json();
    };
    const reportOf = (id: string) =>
      (JSON.parse(readFileSync(join(t.filesDir, id, 'report-data.json'), 'utf8')) as ReportData).result;
    const registerOf = async (id: string) => {
      const rows: RegisterRow[] = [];
      let cursor: string | null = null;
      do {
        const page: { items: RegisterRow[]; next_cursor: string | null } = await get(
          `/api/screenings/${id}/register?limit=500&sort=row${cursor ? `&cursor=${cursor}` : ''}`,
        );
        rows.push(...page.items);
        cursor = page.next_cursor;
      } while (cursor !== null);
      return rows;
    };

    beforeAll(async () => {
      t = await workspaceApp(postgres === undefined ? {} : { postgres });
      small = (await (await t.upload(t.users.acme.analyst.token, MIXED, 'mixed.csv')).json()).id;
      big = (await (await t.upload(t.users.acme.analyst.token, bigCsv(), 'big.csv')).json()).id;
      const early = await t.request(`/api/screenings/${small}/summary`, h());
      expect(early.status).toBe(409);
      expect(await t.runWorker()).toBe(2);
    }, 120_000);
    afterAll(async () => {
      await t.close();
    });

    it('gives the report’s figures for a small screening', async () => {
      const summary: ScreeningSummary = await get(`/api/screenings/${small}/summary`);
      expect(summary.rows).toBe(8);
      expect(summary.by_currency.map((c) => c.currency)).toEqual(['USD', 'EUR']);
      expectReportFigures(summary, reportOf(small));
    });

    it('gives the report’s figures and the register’s sums for 6,010 rows', async () => {
      const summary: ScreeningSummary = await get(`/api/screenings/${big}/summary`);
      const report = reportOf(big);
      expect(report.screened).toBe(4810);
      expectReportFigures(summary, report);
      // The " usd " rows are summed with USD, as in the report.
      expect(summary.by_currency.map((c) => c.currency).sort()).toEqual(['EUR', 'USD']);
      const rows = await registerOf(big);
      expect(rows).toHaveLength(summary.rows);
      const perCountry = new Map<string | null, number>();
      for (const r of rows) perCountry.set(r.country, (perCountry.get(r.country) ?? 0) + 1);
      expect(new Map(summary.by_country.map((c) => [c.country, c.rows]))).toEqual(perCountry);
      for (const k of summary.by_kind) {
        expect(k.rows, k.kind).toBe(rows.filter((r) => r.kinds.includes(k.kind)).length);
      }
      const usd = rows.filter((r) => r.currency === 'USD' && r.amount !== null);
      expect(summary.by_currency.find((c) => c.currency === 'USD')?.spend).toBeCloseTo(
        usd.reduce((a, r) => a + (r.amount ?? 0), 0),
        6,
      );
    });

    it('answers from the totals the job kept, and sums the rows again when they are missing', async () => {
      const kept = join(t.filesDir, big, 'summary.json');
      const stored = JSON.parse(readFileSync(kept, 'utf8'));
      expect(stored).toEqual(await t.workspace.screenings.summary(t.orgs.acme.id, big));
      const fromFile = await get(`/api/screenings/${big}/summary`);
      rmSync(kept);
      const fromRows = await get(`/api/screenings/${big}/summary`);
      expect(fromRows).toEqual(fromFile);
      expect(fromRows).toEqual({ screening_id: big, ...stored });
    });

    it('gives one row’s findings, by row number or by reference, with one request', async () => {
      const rows = await registerOf(small);
      const flagged = rows.filter((r) => r.findings.length > 0);
      expect(flagged.length).toBeGreaterThan(3);
      for (const r of flagged) {
        const byRow = await get(`/api/screenings/${small}/findings?row=${r.row}&limit=500`);
        expect(byRow.items.map((f: { id: number }) => f.id)).toEqual(r.findings.map((f) => f.id));
        expect(byRow.next_cursor).toBeNull();
        const byRef = await get(`/api/screenings/${small}/findings?ref=${encodeURIComponent(r.ref)}`);
        expect(byRef.items.map((f: { id: number }) => f.id)).toEqual(r.findings.map((f) => f.id));
        expect(byRef.items[0]).toMatchObject({ row: r.row, ref: r.ref, disposition: null });
      }
      // In the big screening the same reference is on one row only; the row is found among 4,810.
      const last = (await registerOf(big)).filter((r) => r.findings.length > 0).at(-1);
      const found = await get(`/api/screenings/${big}/findings?row=${last?.row}`);
      expect(found.items.map((f: { id: number }) => f.id)).toEqual(last?.findings.map((f) => f.id));
      expect((await get(`/api/screenings/${small}/findings?ref=no-such-ref`)).items).toEqual([]);
    });

    it('shows a disposition in the row’s findings', async () => {
      const [row] = (await registerOf(small)).filter((r) => r.findings.length > 0);
      const id = row?.findings[0]?.id;
      const put = await t.request(`/api/screenings/${small}/findings/${id}/disposition`, {
        method: 'PUT',
        headers: t.bearer(t.users.acme.analyst.token, { 'content-type': 'application/json' }),
        body: JSON.stringify({ state: 'confirmed', note: 'checked' }),
      });
      expect(put.status).toBe(200);
      const found = await get(`/api/screenings/${small}/findings?row=${row?.row}`);
      expect(found.items[0].disposition).toMatchObject({ state: 'confirmed', note: 'checked' });
    });

    it('refuses a row that is not a row number, naming the parameter', async () => {
      for (const bad of ['0', '-1', 'abc', '1.5', '']) {
        const res = await t.request(`/api/screenings/${small}/findings?row=${bad}`, h());
        expect(res.status, bad).toBe(400);
        const body = await res.json();
        expect(body.error).toMatchObject({ code: 'bad_parameter', details: { parameter: 'row' } });
        expect(body.error.message).toContain('expected a row number');
      }
    });
  });
}
