import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const MAIN = fileURLToPath(new URL('./main.ts', import.meta.url));

describe('run(argv)', () => {
  it('stops quietly when the reader of its output closes the pipe early', async () => {
    // The reader closes its end before the help text is written, as `| head -1` does after one line.
    const script = `import(${JSON.stringify(MAIN)}).then((m) => m.run(process.argv))`;
    const child = spawn(process.execPath, ['--import', 'tsx', '-e', script, 'tipwatch', 'match', '--help'], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (b: Buffer) => {
      stderr += b.toString();
    });
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    expect(stderr).not.toContain('EPIPE');
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(code).toBe(0);
  });
});
