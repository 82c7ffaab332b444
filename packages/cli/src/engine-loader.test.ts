import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { captureEffects } from './capture-effects.case.js';
import { CliError } from './cli-error.js';
import { loadUserLists, userListName } from './engine-loader.js';

const tmp = mkdtempSync(join(tmpdir(), 'tipwatch-lists-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const resolveCountry = (t: string) => ({ CN: 'CHN', 'Viet Nam': 'VNM' })[t] ?? null;
const RESERVED = new Set(['uflpa', 'cbp_wro', 'uflpa_entities']);

/** Writes a list file under the test folder and reads it as `--list` does. */
async function load(file: string, text: string | Uint8Array) {
  const path = join(tmp, file);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
  const { fx, err } = captureEffects({ cwd: tmp });
  const entries = await loadUserLists(fx, [file], resolveCountry, RESERVED);
  return { entries, err: err() };
}

describe('userListName(file, reserved)', () => {
  it('names a list by its file, and a file named like a bundled list or dataset by its whole name', () => {
    expect(userListName('/x/watch.csv', RESERVED)).toBe('watch');
    expect(userListName('/x/sub/uflpa.csv', RESERVED)).toBe('uflpa.csv');
    expect(userListName('/x/cbp_wro.csv', RESERVED)).toBe('cbp_wro.csv');
    expect(userListName('/x/uflpa_entities', RESERVED)).toBe('uflpa_entities (user list)');
  });
});

describe('loadUserLists(effects, files, resolveCountry, reserved)', () => {
  it('reads an Alias column as the aliases', async () => {
    const { entries, err } = await load(
      'wl_alias.csv',
      'Name,Alias,Country\nGolden Thread Co Ltd,Jinxian Co,CN\n',
    );
    expect(entries[0]).toMatchObject({ list: 'wl_alias', aliases: ['Jinxian Co'], country: 'CHN' });
    expect(err).toBe('');
  });

  it('warns of an unknown country, a repeated name and an unused column, and goes on', async () => {
    const { entries, err } = await load(
      'wl_bad.csv',
      'name,aliases,country,notes\nGolden Thread Co Ltd,,Korea,x\nSaigon Garment JSC,,Viet Nam,\nGolden Thread Co Ltd,Jinxian Co,CN,\n',
    );
    expect(entries.map((e) => [e.name, e.country, e.aliases])).toEqual([
      ['Golden Thread Co Ltd', null, ['Jinxian Co']],
      ['Saigon Garment JSC', 'VNM', []],
    ]);
    expect(err.split('\n').filter(Boolean)).toEqual([
      'tipwatch: warning: --list wl_bad.csv: row 1 (line 2): country "Korea" not recognised; the entry is kept without a country',
      'tipwatch: warning: --list wl_bad.csv: row 3 (line 4) repeats the name "Golden Thread Co Ltd" of row 1; its aliases were merged',
      'tipwatch: warning: --list wl_bad.csv: line 1: column "notes" is not used (a list is read from its name, aliases and country columns)',
    ]);
  });

  it('stops on a list without a name column', async () => {
    await expect(load('wl_noname.csv', 'code,country\nAlpha,CN\n')).rejects.toThrow(
      new CliError(
        '--list wl_noname.csv: line 1: the list has no name column such as "name", "entity_name", "Supplier Name" or "Company" (columns found: code, country)',
      ),
    );
  });

  it('cites a file named like a bundled list under its file name, and says so', async () => {
    const { entries, err } = await load('sub2/cbp_wro.csv', 'name\nGolden Thread Co Ltd\n');
    expect(entries[0]).toMatchObject({
      list: 'cbp_wro.csv',
      source: { dataset: 'cbp_wro.csv', record: 'row 1' },
    });
    expect(entries[0]!.id).toMatch(/^cbp_wro\.csv:/);
    expect(err).toBe(
      'tipwatch: warning: --list sub2/cbp_wro.csv: "cbp_wro" is the name of a bundled list or dataset; its entries are cited as user list "cbp_wro.csv"\n',
    );
  });

  it('reads a list in the encoding it was saved in: GB18030, and UTF-16 with tabs as Excel saves "Unicode text"', async () => {
    const rows =
      'name,aliases,country\nGolden Thread Co Ltd,金线有限公司,CN\nSaigon Garment JSC,西贡制衣有限公司,Viet Nam\n';
    const gbk = await load('wl_gbk.csv', iconv.encode(rows, 'gb18030'));
    const utf16 = await load(
      'wl_utf16.txt',
      Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(rows.replaceAll(',', '\t'), 'utf-16le')]),
    );
    for (const { entries, err } of [gbk, utf16]) {
      expect(entries.map((e) => [e.name, e.aliases, e.country])).toEqual([
        ['Golden Thread Co Ltd', ['金线有限公司'], 'CHN'],
        ['Saigon Garment JSC', ['西贡制衣有限公司'], 'VNM'],
      ]);
      expect(err).toBe('');
    }
  });

  it('stops on a workbook or an archive given as a list, saying to save it as CSV', async () => {
    const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00]);
    await expect(load('wl.xlsx', zip)).rejects.toThrow(
      /^--list wl\.xlsx: the list is an XLSX workbook or a ZIP archive, .*save it as CSV/,
    );
    const xls = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    await expect(load('wl.xls', xls)).rejects.toThrow(
      /^--list wl\.xls: the list is an old Excel \.xls workbook, .*save it as CSV/,
    );
  });

  it('stops on a list whose bytes do not decode in the encoding it declares, rather than miss its names', async () => {
    const bytes = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from('name,country\nSoci'),
      Buffer.from([0xe9, 0x74, 0xe9]),
      Buffer.from(' Textile,CN\n'),
    ]);
    await expect(load('wl_mixed.csv', bytes)).rejects.toThrow(
      /^--list wl_mixed\.csv: the list cannot be read as text: read as utf-8, 2 characters do not decode; save it as CSV/,
    );
  });
});
