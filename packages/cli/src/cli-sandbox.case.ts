import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { captureEffects } from './capture-effects.case.js';
import { runCommand } from './main.js';

/**
 * A temporary folder for one test file (`tipwatch-PREFIX-…`), removed after its tests: `write` puts a file in it, and `tipwatch`
 * runs the CLI there (its working directory) with captured output.
 *
 * @example
 * const { tmp, write, tipwatch } = cliSandbox('import');
 * const r = await tipwatch('data', 'import', 'list', write('list.csv', 'name\nA\n'), '--data-dir', join(tmp, 'd'));
 */
export function cliSandbox(prefix: string) {
  const tmp = mkdtempSync(join(tmpdir(), `tipwatch-${prefix}-`));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  /** Writes `text` to the file `name` in the folder; its path. */
  const write = (name: string, text: string): string => {
    const path = join(tmp, name);
    writeFileSync(path, text);
    return path;
  };

  /** Runs `tipwatch ARGS…`; its exit code, stdout and stderr. */
  const tipwatch = async (...args: string[]) => {
    const e = captureEffects({ cwd: tmp });
    const code = await runCommand(['node', 'tipwatch', ...args], e.fx);
    return { code, out: e.out(), err: e.err() };
  };

  return { tmp, write, tipwatch };
}
