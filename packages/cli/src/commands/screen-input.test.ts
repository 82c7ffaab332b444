import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { captureEffects } from '../capture-effects.case.js';
import { runCommand } from '../main.js';

const tmp = mkdtempSync(join(tmpdir(), 'tipwatch-screen-input-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function screen(args: string[]) {
  const e = captureEffects();
  const code = await runCommand(['node', 'tipwatch', 'screen', ...args], e.fx);
  return { code, out: e.out(), err: e.err() };
}

describe('tipwatch screen: what FILE is', () => {
  it('exits with 2 when FILE is a directory', async () => {
    const r = await screen([tmp, '--out', join(tmp, 'dir-out')]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`tipwatch: ${tmp} is a directory, not a file\n`);
  });

  it('exits with 2 and says a CSV file named .xlsx may have the wrong extension', async () => {
    const file = join(tmp, 'renamed.xlsx');
    writeFileSync(file, 'supplier,amount\nAlpha,1\n');
    const r = await screen([file, '--out', join(tmp, 'renamed')]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('not a valid XLSX workbook');
    expect(r.err).toContain('CSV file with the wrong extension');
    expect(r.err).not.toMatch(/signature|0x/);
  });

  it('reads the worksheet --sheet names and says which sheet it read', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Tier 1').addRows([
      ['Supplier', 'Country'],
      ['First Sheet Supplier Ltd', 'Germany'],
    ]);
    wb.addWorksheet('Tier 2').addRows([
      ['Supplier', 'Country'],
      ['Second Sheet Mill Ltd', 'France'],
    ]);
    const file = join(tmp, 'tiers.xlsx');
    await wb.xlsx.writeFile(file);
    const dir = join(tmp, 'tiers');
    const r = await screen([file, '--out', dir, '--sheet', 'Tier 2']);
    expect(r.code, r.err).toBe(0);
    expect(r.err).toContain('Note: Read the worksheet "Tier 2" (sheet 2 of the workbook), as --sheet asked.');
    const register = readFileSync(join(dir, 'register.csv'), 'utf8');
    expect(register).toContain('Second Sheet Mill Ltd');
    expect(register).not.toContain('First Sheet Supplier Ltd');
    const missing = await screen([file, '--out', dir, '--sheet', '5']);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('Sheets in this workbook: "Tier 1", "Tier 2".');
  });
});
