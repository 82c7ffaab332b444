import { fileURLToPath } from 'node:url';
import type { Effects } from './effects.js';

/** The repository's vendored data folder, as the built CLI finds it. */
export const DATA_DIR = fileURLToPath(new URL('../../../data/', import.meta.url));

/** Effects for tests: captured output, no terminal, a fixed date, the real data folder unless given. */
export function captureEffects(options: { dataDir?: string; cwd?: string; today?: string } = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const fx: Effects = {
    stdout: (s) => out.push(s),
    stderr: (s) => err.push(s),
    env: {},
    cwd: options.cwd ?? process.cwd(),
    isTTY: false,
    dataDir: options.dataDir ?? DATA_DIR,
    today: () => options.today ?? '2026-11-29',
  };
  return { fx, out: () => out.join(''), err: () => err.join('') };
}
