import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { captureEffects } from '../capture-effects.case.js';
import { runCommand } from '../main.js';

const tmp = mkdtempSync(join(tmpdir(), 'tipwatch-match-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function run(...args: string[]) {
  const e = captureEffects({ cwd: tmp });
  const code = await runCommand(['node', 'tipwatch', 'match', ...args], e.fx);
  return { code, out: e.out(), err: e.err() };
}
const lines = (text: string) =>
  text
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);

describe('runCommand(["match", …], effects)', () => {
  it('finds a listed company under a supplier-file spelling, as JSON', async () => {
    const r = await run('HOSHINE SILICON IND CO LTD', '--json');
    expect(r.code).toBe(0);
    const [result] = lines(r.out) as [
      { match: boolean; candidates: { name: string; list: string; score: number }[] },
    ];
    expect(result.match).toBe(true);
    expect(result.candidates[0]).toMatchObject({
      name: 'Hoshine Silicon Industry Co., Ltd.',
      list: 'cbp_wro',
      score: 1,
    });
  });

  it('prints a readable table with the reasons', async () => {
    const r = await run('新疆中泰化学股份有限公司', '--country', 'CN');
    expect(r.code).toBe(0);
    expect(r.out).toContain('MATCH');
    expect(r.out).toContain('Xinjiang Zhongtai Chemical Co., Ltd.');
    expect(r.out).toContain('zhongtai = zhongtai');
  });

  it('matches a file row by row, in input order, one JSON line each', async () => {
    const file = join(tmp, 'suppliers.csv');
    writeFileSync(
      file,
      'name,country\nAcme Widgets Inc,US\nTop Glove Corporation Berhad,MY\nXinjiang Trading Co,CN\n',
    );
    const r = await run('--file', file, '--json');
    expect(r.code).toBe(0);
    const out = lines(r.out) as { query: string; match: boolean; candidates: { id: string }[] }[];
    expect(out.map((o) => [o.query, o.match])).toEqual([
      ['Acme Widgets Inc', false],
      ['Top Glove Corporation Berhad', true],
      ['Xinjiang Trading Co', false],
    ]);
    expect(out[1]!.candidates.length).toBeLessThanOrEqual(5);
    expect(Object.keys(out[1]!.candidates[0]!)).toEqual(['name', 'list', 'id', 'score']);
  });

  it('adds user lists named after their files', async () => {
    const list = join(tmp, 'watch.csv');
    writeFileSync(list, 'name,aliases,country\n"Kestrel Works Co., Ltd.",Kestrel Mills,CHN\n');
    const r = await run('KESTREL MILLS', '--list', list, '--json');
    const [result] = lines(r.out) as [{ match: boolean; candidates: { list: string; id: string }[] }];
    expect(result.match).toBe(true);
    expect(result.candidates[0]!.list).toBe('watch');
    expect(result.candidates[0]!.id).toMatch(/^watch:kestrel-works-co-ltd-/);
  });

  it('scores pairs in order with --pairs', async () => {
    const file = join(tmp, 'pairs.csv');
    writeFileSync(
      file,
      'query,candidate\nTop Glove Corporation Berhad,Top Glove Corporation Bhd\nDeutsche Bank AG,Deutsche Bank GmbH\n',
    );
    const r = await run('--pairs', file, '--json');
    expect(r.code).toBe(0);
    expect(lines(r.out).map((o) => [o.query, o.match])).toEqual([
      ['Top Glove Corporation Berhad', true],
      ['Deutsche Bank AG', false],
    ]);
  });

  it('reports bad input in one line with exit code 2', async () => {
    const file = join(tmp, 'bad.csv');
    writeFileSync(file, 'company\nAcme\n');
    const missing = await run('--file', file);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/^tipwatch: --file .*bad\.csv: no "name" column \(columns found: company\)/);
    expect((await run('Acme', '--threshold', '1.5')).err).toContain(
      '--threshold: expected a number between 0 and 1',
    );
    expect((await run()).code).toBe(2);
    expect((await run('--file', join(tmp, 'absent.csv'))).err).toContain('cannot be read');
  });

  it('reports rows without a name and keeps the output aligned with the input', async () => {
    const file = join(tmp, 'gaps.csv');
    writeFileSync(file, 'name,country\nAcme,US\n\n,CN\nZenith,\n');
    const r = await run('--file', file, '--json');
    expect(r.code).toBe(1);
    expect(lines(r.out).map((o) => o.query)).toEqual(['Acme', '', 'Zenith']);
    expect(r.err).toContain('row 2 (line 4): the name is empty');
  });

  it('describes every option in --help', async () => {
    const r = await run('--help');
    expect(r.code).toBe(0);
    for (const option of ['--country', '--threshold', '--list', '--file', '--pairs', '--json', '--limit']) {
      expect(r.out).toContain(option);
    }
  });
});
