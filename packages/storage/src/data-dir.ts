import { resolve } from 'node:path';

export interface DataDirInput {
  /** The `--data-dir` option, when given. */
  flag?: string | undefined;
  /** The environment (only `TIPWATCH_DATA_DIR` is read). */
  env: Readonly<Record<string, string | undefined>>;
  /** Directory relative paths are resolved against. */
  cwd: string;
}

export const DEFAULT_DATA_DIR = './tipwatch-data';

/**
 * Where tipwatch keeps its data: `--data-dir DIR`, else `TIPWATCH_DATA_DIR`, else `./tipwatch-data`, as an
 * absolute path resolved against `cwd`. Empty values count as unset. Pure: reads no files.
 */
export function resolveDataDir({ flag, env, cwd }: DataDirInput): string {
  const chosen = [flag, env.TIPWATCH_DATA_DIR].find((v) => v !== undefined && v.trim() !== '');
  return resolve(cwd, chosen ?? DEFAULT_DATA_DIR);
}
