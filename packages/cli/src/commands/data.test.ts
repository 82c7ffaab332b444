import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { Effects } from '../effects.js';
import { runCommand } from '../main.js';

const dataDir = fileURLToPath(new URL('../../../../data/', import.meta.url));

function effects(dir = dataDir) {
  const out: string[] = [];
  const err: string[] = [];
  const fx: Effects = {
    stdout: (s) => out.push(s),
    stderr: (s) => err.push(s),
    env: {},
    cwd: process.cwd(),
    isTTY: false,
    dataDir: dir,
    today: () => '2026-11-29',
  };
  return { fx, out: () => out.join(''), err: () => err.join('') };
}

const tmp = mkdtempSync(join(tmpdir(), 'tipwatch-data-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('runCommand(["data"], effects)', () => {
  it('prints the manifest as a table with as-of, licence, rows and gaps', async () => {
    const e = effects();
    expect(await runCommand(['node', 'tipwatch', 'data'], e.fx)).toBe(0);
    const text = e.out();
    expect(text).toMatch(/^dataset\s+as-of\s+rows\s+licence/);
    expect(text).toMatch(/uflpa_entities\s+2025-01-15\s+62\s+US Government facts/);
    expect(text).toContain('    gap: partial: the list had 144 entities on 2025-01-14');
  });

  it('prints the same as JSON with --json', async () => {
    const e = effects();
    expect(await runCommand(['node', 'tipwatch', 'data', '--json'], e.fx)).toBe(0);
    const json = JSON.parse(e.out());
    const manifest = JSON.parse(readFileSync(join(dataDir, 'manifest.json'), 'utf8'));
    expect(json.datasets).toEqual(manifest.datasets);
  });

  it('checks every file with --check', async () => {
    const e = effects();
    expect(await runCommand(['node', 'tipwatch', 'data', '--check'], e.fx)).toBe(0);
    expect(e.err()).toMatch(/all \d+ datasets check out/);
  });

  it('exits 2 naming a missing file', async () => {
    const dir = join(tmp, 'missing');
    cpSync(dataDir, dir, { recursive: true });
    rmSync(join(dir, 'hotlines.csv'));
    const e = effects(dir);
    expect(await runCommand(['node', 'tipwatch', 'data', '--check'], e.fx)).toBe(2);
    expect(e.err()).toContain('hotlines.csv is missing (data/manifest.json lists it as "hotlines")');
    expect(e.err()).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it('exits 2 naming the row, line and column of a broken cell', async () => {
    const dir = join(tmp, 'broken');
    cpSync(dataDir, dir, { recursive: true });
    const p = join(dir, 'lists/cbp_wro.csv');
    writeFileSync(p, readFileSync(p, 'utf8').replace('1991-11-06,Xiang-Yang', '06/11/1991,Xiang-Yang'));
    const e = effects(dir);
    expect(await runCommand(['node', 'tipwatch', 'data', '--check'], e.fx)).toBe(2);
    expect(e.err()).toContain(
      'data/lists/cbp_wro.csv: row 3 (line 4), column "date": expected a date as YYYY-MM-DD',
    );
  });
});
