import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readXlsxSheets, type SheetRow } from './xlsx-reader.js';

async function* once(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield bytes;
}

describe('readXlsxSheets(chunks): number cells as the sheet shows them', () => {
  it('gives every column its shown text until shownColumns is set, then only those columns', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Shipments');
    ws.addRow(['Shipper', 'HS Code', 'Value', 'Share']);
    for (const name of ['Alpha Co', 'Beta Co', 'Gamma Co', 'Delta Co']) {
      const row = ws.addRow([name, 807.19, 56000.5, 0.35]);
      row.getCell(2).numFmt = '0000.00';
      row.getCell(3).numFmt = '0000.00';
      row.getCell(4).numFmt = '0%';
    }
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const sheets = readXlsxSheets(once(bytes))[Symbol.asyncIterator]();
    const sheet = (await sheets.next()).value!;
    const rows = sheet.rows[Symbol.asyncIterator]();
    const next = async () => (await rows.next()).value as SheetRow;

    expect((await next()).shown).toBeUndefined();
    const sample = await next();
    expect(sample.cells).toEqual(['Alpha Co', '807.19', '56000.5', '35%']);
    expect(sample.shown).toEqual([undefined, '0807.19', '56000.50']);

    sheet.shownColumns = new Set([1]);
    const row = await next();
    expect(row.cells).toEqual(['Beta Co', '807.19', '56000.5', '35%']);
    expect(row.shown).toEqual([undefined, '0807.19']);

    sheet.shownColumns = new Set();
    const plain = await next();
    expect(plain.cells).toEqual(['Gamma Co', '807.19', '56000.5', '35%']);
    expect(plain.shown).toBeUndefined();

    await rows.return?.(undefined);
    await sheets.return?.(undefined);
  });
});
