import { fileURLToPath } from 'node:url';

/** Side effects the commands use, passed in so that tests can capture output. */
export interface Effects {
  stdout(text: string): void;
  stderr(text: string): void;
  env: Record<string, string | undefined>;
  cwd: string;
  /** Whether stderr is a terminal (progress bars only then). */
  isTTY: boolean;
  /** The vendored reference data folder. */
  dataDir: string;
  /** The built web app (`packages/web/dist`), which `serve` serves when it holds an `index.html`. */
  webDir?: string;
  /**
   * The user's data directory (knowledge base, imported versions), from `--data-dir`, `TIPWATCH_DATA_DIR`
   * or `./tipwatch-data`; set before each command runs. Unset, commands resolve it from env and cwd.
   */
  knowledgeDir?: string;
  /** Today's date, `YYYY-MM-DD`. */
  today(): string;
}

export function defaultEffects(): Effects {
  return {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    env: process.env,
    cwd: process.cwd(),
    isTTY: Boolean(process.stderr.isTTY),
    dataDir: fileURLToPath(new URL('../../../data/', import.meta.url)),
    webDir: fileURLToPath(new URL('../../web/dist/', import.meta.url)),
    today: () => new Date().toISOString().slice(0, 10),
  };
}
