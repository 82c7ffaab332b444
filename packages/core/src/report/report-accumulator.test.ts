import { describe, expect, it } from 'vitest';
import type { ScreenedRow } from '../model/screened-row.js';
import { reportRows } from './fixtures/report-rows.case.js';
import { ReportAccumulator, supplierKey } from './report-accumulator.js';

function manyRows(n: number): ScreenedRow[] {
  const [template] = reportRows();
  return Array.from({ length: n }, (_, i) => ({
    ...template!,
    input: { ...template!.input, row: i + 1, supplier: `Supplier ${i % 50}` },
    score: (i * 37) % 101,
  }));
}

describe('ReportAccumulator.add(rows)', () => {
  it('sums spend per currency and level without converting', () => {
    const acc = new ReportAccumulator();
    acc.add(reportRows());
    const r = acc.result();
    expect(r.screened).toBe(6);
    expect(r.spend).toEqual({ USD: 2_450_010, EUR: -1200.5 });
    expect(r.rows_without_amount).toBe(1);
    expect(r.by_level.high.rows).toBe(2);
    expect(r.by_level.high.spend).toEqual({ USD: 1_200_000 });
    expect(r.findings_by_kind.far_plan).toBe(3);
  });

  it('groups suppliers ignoring case and spacing and ranks the riskiest first', () => {
    const acc = new ReportAccumulator();
    acc.add(reportRows());
    const r = acc.result();
    expect(r.suppliers).toBe(5);
    expect(r.top_suppliers[0]!.level).toBe('critical');
    expect(r.top_suppliers.find((s) => supplierKey(s.supplier) === 'ACME LTD')?.rows).toBe(2);
  });

  it('weights heat-map spend by level and counts a row in each of its sectors', () => {
    const acc = new ReportAccumulator();
    acc.add(reportRows());
    const cell = acc.result().heat.find((h) => h.sector === 'textiles_apparel' && h.country === 'CHN');
    expect(cell).toEqual({
      currency: 'USD',
      sector: 'textiles_apparel',
      country: 'CHN',
      rows: 1,
      spend: 1_250_000,
      weighted: 1_250_000,
      weighted_rows: 1,
      rows_by_level: { low: 0, medium: 0, high: 0, critical: 1 },
      negative_rows: 0,
    });
    const fish = acc.result().heat.find((h) => h.sector === 'fishing_aquaculture');
    expect(fish?.weighted).toBe(400_000);
  });

  it('counts the rows of each level in a heat-map cell', () => {
    const [template] = reportRows();
    const row = (level: ScreenedRow['level']): ScreenedRow => ({
      ...template!,
      input: { ...template!.input, amount: null },
      level,
      sectors: ['textiles_apparel'],
      country: 'BGD',
    });
    const acc = new ReportAccumulator();
    acc.add([row('high'), row('low'), row('high'), row('critical')]);
    const [cell] = acc.result().heat;
    expect(cell?.rows_by_level).toEqual({ low: 1, medium: 0, high: 2, critical: 1 });
    expect(cell?.weighted_rows).toBe(2);
  });

  it('keeps heat-map spend net of negative amounts and counts the rows that have them', () => {
    const [template] = reportRows();
    const row = (amount: number): ScreenedRow => ({
      ...template!,
      input: { ...template!.input, currency: 'USD', amount },
      level: 'high',
      sectors: ['housekeeping_facilities'],
      country: 'IRQ',
    });
    const acc = new ReportAccumulator();
    acc.add([row(250_000), row(-600_000), row(0)]);
    expect(acc.result().heat).toEqual([
      expect.objectContaining({ spend: -350_000, weighted: -175_000, rows: 3, negative_rows: 1 }),
    ]);
  });

  it('puts rows that follow one another in the cells of their own currency, sectors and country', () => {
    const [template] = reportRows();
    const row = (currency: string, sectors: string[], country: string): ScreenedRow => ({
      ...template!,
      input: { ...template!.input, currency, amount: 100 },
      level: 'critical',
      sectors,
      country,
    });
    const textiles = ['textiles_apparel'];
    const fishing = ['fishing_aquaculture'];
    const acc = new ReportAccumulator();
    acc.add([
      row('USD', textiles, 'CHN'),
      row('USD', textiles, 'CHN'),
      row('USD', fishing, 'CHN'),
      row('EUR', fishing, 'CHN'),
      row('EUR', fishing, 'VNM'),
      row('EUR', [], 'VNM'),
    ]);
    const cells = acc
      .result()
      .heat.map((h) => `${h.currency} ${h.sector || '-'} ${h.country} ${h.rows} ${h.spend}`);
    expect(cells.sort()).toEqual([
      'EUR - VNM 1 100',
      'EUR fishing_aquaculture CHN 1 100',
      'EUR fishing_aquaculture VNM 1 100',
      'USD fishing_aquaculture CHN 1 100',
      'USD textiles_apparel CHN 2 200',
    ]);
  });

  it('keeps only the top rows by score, in batches, best first', () => {
    const acc = new ReportAccumulator({ topRows: 25 });
    const rows = manyRows(5000);
    for (let i = 0; i < rows.length; i += 700) acc.add(rows.slice(i, i + 700));
    const r = acc.result();
    expect(r.top_rows).toHaveLength(25);
    expect(r.top_rows[0]!.score).toBe(100);
    const expected = [...rows].sort((a, b) => b.score - a.score || a.input.row - b.input.row).slice(0, 25);
    expect(r.top_rows.map((x) => x.input.row)).toEqual(expected.map((x) => x.input.row));
  });

  it("keeps a supplier's currencies, finding kinds and countries in the order first seen", () => {
    const [template] = reportRows();
    const row = (n: number, currency: string, amount: number | null, country: string, kinds: string[]) => ({
      ...template!,
      input: { ...template!.input, row: n, supplier: 'Zeta  Trading', currency, amount },
      country,
      findings: kinds.map((kind) => ({ ...template!.findings[0]!, kind }) as ScreenedRow['findings'][number]),
    });
    const acc = new ReportAccumulator();
    acc.add([
      row(1, 'eur', null, 'DEU', ['sector']),
      row(2, 'EUR', 10, 'FRA', ['country', 'sector']),
      row(3, 'usd', 5, 'DEU', []),
      row(4, 'EUR', 2.5, 'AUT', ['goods']),
      ...['ITA', 'ESP', 'PRT', 'BEL'].map((c, i) => row(5 + i, 'USD', 1, c, [])),
    ]);
    const zeta = acc.result().top_suppliers.find((s) => s.supplier === 'Zeta  Trading')!;
    expect(Object.entries(zeta.spend)).toEqual([
      ['EUR', 12.5],
      ['USD', 9],
    ]);
    expect(Object.entries(zeta.kinds)).toEqual([
      ['sector', 2],
      ['country', 1],
      ['goods', 1],
    ]);
    expect(zeta.countries).toEqual(['AUT', 'DEU', 'ESP', 'FRA', 'ITA']);
    expect(zeta.rows).toBe(8);
    expect(zeta.flagged_rows).toBe(3);
  });

  it('stops aggregating new suppliers at the cap and says so', () => {
    const acc = new ReportAccumulator({ maxSuppliers: 10 });
    acc.add(manyRows(200));
    const r = acc.result();
    expect(r.suppliers).toBe(10);
    expect(r.suppliers_capped).toBe(true);
    expect(r.rows_of_uncounted_suppliers).toBe(160);
  });
});

describe('ReportAccumulator.addRejects(rejects)', () => {
  it('counts every reject and keeps a bounded sample', () => {
    const acc = new ReportAccumulator({ rejectSamples: 1 });
    acc.addRejects([
      { row: 1, line: 2, ref: '', reason: 'a', fields: [] },
      { row: 2, line: 3, ref: '', reason: 'b', fields: [] },
    ]);
    expect(acc.result().rejected).toBe(2);
    expect(acc.result().reject_samples).toHaveLength(1);
  });
});
