import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { captureEffects, DATA_DIR } from '../capture-effects.case.js';
import { runCommand } from '../main.js';

const tmp = mkdtempSync(join(tmpdir(), 'tipwatch-data-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('runCommand(["data"], effects)', () => {
  it('prints the manifest as a table with as-of, licence, rows and gaps', async () => {
    const e = captureEffects();
    expect(await runCommand(['node', 'tipwatch', 'data'], e.fx)).toBe(0);
    const text = e.out();
    expect(text).toMatch(/^dataset\s+as-of\s+rows\s+licence/);
    expect(text).toMatch(/uflpa_entities\s+2025-01-15\s+62\s+US Government facts/);
    expect(text).toContain('    gap: partial: the list had 144 entities on 2025-01-14');
    expect(text).toMatch(/\n {4}source: .*Entity List/);
  });

  it('prints the same as JSON with --json', async () => {
    const e = captureEffects();
    expect(await runCommand(['node', 'tipwatch', 'data', '--json'], e.fx)).toBe(0);
    const json = JSON.parse(e.out());
    const manifest = JSON.parse(readFileSync(join(DATA_DIR, 'manifest.json'), 'utf8'));
    expect(json.datasets).toEqual(manifest.datasets);
  });

  it('checks every file with --check', async () => {
    const e = captureEffects();
    expect(await runCommand(['node', 'tipwatch', 'data', '--check'], e.fx)).toBe(0);
    expect(e.err()).toMatch(/all \d+ datasets check out/);
  });

  it('exits 2 naming a missing file', async () => {
    const dir = join(tmp, 'missing');
    cpSync(DATA_DIR, dir, { recursive: true });
    rmSync(join(dir, 'hotlines.csv'));
    const e = captureEffects({ dataDir: dir });
    expect(await runCommand(['node', 'tipwatch', 'data', '--check'], e.fx)).toBe(2);
    expect(e.err()).toContain('hotlines.csv is missing (data/manifest.json lists it as "hotlines")');
    expect(e.err()).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it('exits 2 naming the row, line and column of a broken cell', async () => {
    const dir = join(tmp, 'broken');
    cpSync(DATA_DIR, dir, { recursive: true });
    const p = join(dir, 'lists/cbp_wro.csv');
    writeFileSync(p, readFileSync(p, 'utf8').replace('1991-11-06,Xiang-Yang', '06/11/1991,Xiang-Yang'));
    const e = captureEffects({ dataDir: dir });
    expect(await runCommand(['node', 'tipwatch', 'data', '--check'], e.fx)).toBe(2);
    expect(e.err()).toContain(
      'data/lists/cbp_wro.csv: row 3 (line 4), column "date": expected a date as YYYY-MM-DD',
    );
  });
});
