import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { RejectedRow, SpendRow } from '../model/spend-row.js';
import { openSpendFile } from './open-spend-file.js';
import type { SpendFileOptions } from './spend-file.js';

async function* chunked(bytes: Uint8Array, size = 1000): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

async function readAll(bytes: Uint8Array, options: SpendFileOptions = {}) {
  const file = await openSpendFile(chunked(bytes), options);
  /** The notes known before any row is read. */
  const atOpen = file.layout.problems.map((p) => p.code);
  const rows: SpendRow[] = [];
  const rejects: RejectedRow[] = [];
  for await (const b of file.batches) {
    rows.push(...b.rows);
    rejects.push(...b.rejects);
  }
  return { layout: file.layout, atOpen, rows, rejects };
}

/** A summary sheet first (a supplier and its total, one line for all), then the detail under a title row. */
async function summaryFirst(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const summary = wb.addWorksheet('Summary');
  summary.addRow(['Supplier', 'Total Spend']);
  summary.addRow(['All suppliers', 5_000_000]);
  const detail = wb.addWorksheet('Detail');
  detail.addRow(['Report run 2026-11-01']);
  detail.addRow(['Vendor Name', 'Vendor Country', 'Item', 'HS Code', 'Invoice Date', 'Amount']);
  detail.addRow([
    'Shanghai Medical Gloves Co',
    'China',
    'Nitrile examination gloves',
    '401519',
    '2025-02-12',
    4_500_000,
  ]);
  detail.addRow(['Hotan Apparel Co', 'China', 'Cotton T-shirts', '610910', '2025-02-22', 600_000]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function message(
  layout: { problems: { code: string; message: string }[] },
  code: string,
): string | undefined {
  return layout.problems.find((p) => p.code === code)?.message;
}

describe('openSpendFile(xlsx): the worksheet read when several have a header', () => {
  it('reads the detail sheet after a summary sheet, and names the summary and how to read it', async () => {
    const { layout, atOpen, rows, rejects } = await readAll(await summaryFirst());
    expect(layout.sheet).toBe('Detail');
    expect(rows.map((r) => r.supplier)).toEqual(['Shanghai Medical Gloves Co', 'Hotan Apparel Co']);
    expect(rejects).toEqual([]);
    expect(message(layout, 'sheet_read')).toBe(
      'Read the worksheet "Detail" (sheet 2 of the workbook): of the sheets with a recognisable header, it alone ' +
        'has rows to screen.',
    );
    expect(message(layout, 'other_sheets_with_header')).toBe(
      'Another worksheet also has a recognisable header: "Summary" (sheet 1: 2 field(s), no rows to screen); only ' +
        '"Detail" was read. To read another, say so with --sheet "Summary".',
    );
    // Both sheets were looked at before the rows were read: the note comes with the layout.
    expect(atOpen).toContain('other_sheets_with_header');
  });

  it('reads the summary sheet when --sheet names it, its line for all suppliers a totals line', async () => {
    const { layout, rows, rejects } = await readAll(await summaryFirst(), { sheet: 'Summary' });
    expect(layout.sheet).toBe('Summary');
    expect(rows).toEqual([]);
    expect(rejects.map((r) => r.reason)).toEqual([
      '"All suppliers" in column "Supplier" with nothing else but amounts or counts is a totals line, not a supplier',
    ]);
    expect(message(layout, 'other_sheets_with_header')).toBeUndefined();
  });

  it('reads the sheet whose header maps more fields, of two with rows', async () => {
    const wb = new ExcelJS.Workbook();
    const totals = wb.addWorksheet('By supplier');
    totals.addRow(['Supplier', 'Total Spend']);
    totals.addRow(['Hotan Apparel Co', 600_000]);
    totals.addRow(['Shanghai Medical Gloves Co', 4_500_000]);
    const lines = wb.addWorksheet('Lines');
    lines.addRow(['Supplier', 'Country', 'Description', 'Amount']);
    lines.addRow(['Hotan Apparel Co', 'China', 'Cotton T-shirts', 600_000]);
    const { layout, rows } = await readAll(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(layout.sheet).toBe('Lines');
    expect(rows.map((r) => [r.supplier, r.description])).toEqual([['Hotan Apparel Co', 'Cotton T-shirts']]);
    expect(message(layout, 'sheet_read')).toBe(
      'Read the worksheet "Lines" (sheet 2 of the workbook): of the sheets with a recognisable header, its header ' +
        'maps the most fields (4: supplier, supplier_country, description, amount).',
    );
    expect(message(layout, 'other_sheets_with_header')).toContain(
      '"By supplier" (sheet 1: 2 field(s), 2 row(s))',
    );
  });

  it('reads the sheet with more rows of two whose headers map as many fields, else the first', async () => {
    const wb = new ExcelJS.Workbook();
    const few = wb.addWorksheet('Q1');
    few.addRow(['Supplier', 'Amount']);
    few.addRow(['Alpha Ltd', 10]);
    const more = wb.addWorksheet('Q2');
    more.addRow(['Supplier', 'Amount']);
    more.addRow(['Beta Ltd', 20]);
    more.addRow(['Gamma Ltd', 30]);
    const { layout } = await readAll(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(layout.sheet).toBe('Q2');
    expect(message(layout, 'sheet_read')).toContain('it has the most rows');

    const tie = new ExcelJS.Workbook();
    for (const name of ['Q3', 'Q4']) {
      const ws = tie.addWorksheet(name);
      ws.addRow(['Supplier', 'Amount']);
      ws.addRow([`${name} Ltd`, 10]);
    }
    const tied = await readAll(new Uint8Array(await tie.xlsx.writeBuffer()));
    expect(tied.layout.sheet).toBe('Q3');
    expect(message(tied.layout, 'sheet_read')).toContain('it comes first of those that map as many fields');
  });

  it('reads a long sheet as it streams, and names the sheets with a header after it once its rows are read', async () => {
    const wb = new ExcelJS.Workbook();
    const spend = wb.addWorksheet('Spend');
    spend.addRow(['Supplier', 'Amount']);
    for (let i = 1; i <= 40; i++) spend.addRow([`Supplier ${i} Ltd`, i]);
    wb.addWorksheet('Notes').addRow(['Compiled from the ERP']);
    const master = wb.addWorksheet('Vendor master');
    master.addRow(['Vendor Name', 'Vendor Country', 'City']);
    master.addRow(['Supplier 1 Ltd', 'Viet Nam', 'Hanoi']);
    const { layout, atOpen, rows } = await readAll(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(layout.sheet).toBe('Spend');
    expect(rows).toHaveLength(40);
    expect(atOpen).not.toContain('other_sheets_with_header');
    expect(message(layout, 'sheet_read')).toBe('Read the worksheet "Spend" (sheet 1 of the workbook).');
    expect(message(layout, 'other_sheets_with_header')).toBe(
      'Another worksheet also has a recognisable header: "Vendor master" (sheet 3: 3 field(s), 1 row(s)); only ' +
        '"Spend" was read. To read another, say so with --sheet "Vendor master".',
    );
  });

  it('keeps a short sheet whose header maps more fields before a long one after it, and names the long one', async () => {
    const wb = new ExcelJS.Workbook();
    const list = wb.addWorksheet('Suppliers');
    list.addRow(['Supplier', 'Country', 'Address', 'Description', 'Amount']);
    list.addRow(['Alpha Ltd', 'China', 'Korla, Xinjiang', 'Cotton yarn', 100]);
    const spend = wb.addWorksheet('Payments');
    spend.addRow(['Supplier', 'Amount']);
    for (let i = 1; i <= 40; i++) spend.addRow([`Supplier ${i} Ltd`, i]);
    const { layout, rows } = await readAll(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(layout.sheet).toBe('Suppliers');
    expect(rows.map((r) => r.supplier)).toEqual(['Alpha Ltd']);
    expect(message(layout, 'other_sheets_with_header')).toContain(
      '"Payments" (sheet 2: 2 field(s), more rows)',
    );
  });

  it('says nothing of other sheets when one sheet has a header', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Read me').addRow(['How this list was compiled']);
    const ws = wb.addWorksheet('Suppliers');
    ws.addRow(['Supplier', 'Country']);
    ws.addRow(['Alpha Ltd', 'China']);
    const { layout } = await readAll(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(layout.problems.map((p) => p.message)).toEqual([
      'Read the worksheet "Suppliers" (sheet 2 of the workbook); the sheets before it have no recognisable header: "Read me".',
    ]);
  });
});
