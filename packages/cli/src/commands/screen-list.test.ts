import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { captureEffects } from '../capture-effects.case.js';
import { runCommand } from '../main.js';

const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'tipwatch-screen-list-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function screen(args: string[]) {
  const e = captureEffects();
  const code = await runCommand(['node', 'tipwatch', 'screen', ...args], e.fx);
  return { code, out: e.out(), err: e.err() };
}

describe('tipwatch screen --list', () => {
  it('says in its help that aliases are separated by ; or |, with no empty default', async () => {
    const r = await screen(['--help']);
    const help = (r.out + r.err).replace(/\s+/g, ' ');
    const list = help.slice(help.indexOf('--list <file>'), help.indexOf('-h, --help'));
    expect(list).toContain('optional aliases (separated by ; or |)');
    expect(list).not.toContain('default');
  });

  it('reads every list given, and says nothing of aliases separated by ";"', async () => {
    const a = join(tmp, 'a.csv');
    const b = join(tmp, 'b.csv');
    writeFileSync(a, 'name,aliases,country\nSteppe Logistics LLP,Steppe Logistika;SL LLP,Kazakhstan\n');
    writeFileSync(b, 'name\nNobody Listed Here Ltd\n');
    const dir = join(tmp, 'two-lists');
    const r = await screen([join(fixtures, 'mixed-spend.csv'), '--out', dir, '--list', a, '--list', b]);
    expect(r.code, r.err).toBe(0);
    expect(r.err).not.toContain('warning');
    expect(readFileSync(join(dir, 'findings.jsonl'), 'utf8')).toContain('Steppe Logistics LLP');
  });
});
