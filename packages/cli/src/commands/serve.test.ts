import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { captureEffects } from '../capture-effects.case.js';
import { runCommand } from '../main.js';
import { parsePort } from './serve.js';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const MAIN = fileURLToPath(new URL('../main.ts', import.meta.url));

describe('parsePort(text, where)', () => {
  it('takes 0–65535 and names the flag otherwise', () => {
    expect(parsePort('8080', '--port')).toBe(8080);
    expect(parsePort('0', 'PORT')).toBe(0);
    expect(() => parsePort('65536', '--port')).toThrow(
      '--port: expected a port number 0–65535, found "65536"',
    );
    expect(() => parsePort('http', 'PORT')).toThrow('PORT: expected');
  });
});

describe('tipwatch serve', () => {
  it('refuses a bad --port or PORT with exit 2 before opening anything', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tipwatch-serve-'));
    try {
      const a = captureEffects();
      expect(await runCommand(['node', 'tipwatch', 'serve', '--port', 'x', '--data-dir', dir], a.fx)).toBe(2);
      expect(a.err()).toContain('--port: expected a port number');
      const b = captureEffects();
      b.fx.env = { PORT: '99999' };
      expect(await runCommand(['node', 'tipwatch', 'serve', '--data-dir', dir], b.fx)).toBe(2);
      expect(b.err()).toContain('PORT: expected a port number');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('serves /api/countries/CHN from a fresh data directory and stops cleanly on SIGTERM', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tipwatch-serve-'));
    const env = { ...process.env };
    delete env.DATABASE_URL;
    delete env.PORT;
    const script = `import(${JSON.stringify(MAIN)}).then((m) => m.run(process.argv))`;
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', '-e', script, 'tipwatch', 'serve', '--port', '0', '--data-dir', dir],
      { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (b: Buffer) => {
      stderr += b.toString();
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        child.stdout.on('data', (b: Buffer) => {
          stdout += b.toString();
          const m = /serving (http:\/\/127\.0\.0\.1:\d+)\//.exec(stdout);
          if (m) resolve(m[1]!);
        });
        exited.then((code) => reject(new Error(`serve exited with ${code}: ${stderr}`)));
      });
      const res = await fetch(`${url}/api/countries/CHN`);
      expect(res.status).toBe(200);
      const body = (await res.json()) as { iso3: string; tip: { tier: string }; tier_history: unknown[] };
      expect(body.iso3).toBe('CHN');
      expect(body.tip.tier).toBe('Tier 3');
      expect(body.tier_history.length).toBeGreaterThan(10);
      expect(stderr).toContain('imported tip_tiers');
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      expect(stderr).toContain('SIGTERM, stopping');
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
