/**
 * Run as a separate process by the store contract: opens the store named on the command line, starts importing
 * a second version of the TIP tiers and kills itself part-way through, as a power cut or `kill -9` would.
 */
import type { KnowledgeStore } from '@tipwatch/core';
import { tierRows } from './knowledge-fixtures.case.js';
import { openPostgresStore } from './postgres/postgres-store.js';
import { openSqliteStore } from './sqlite/sqlite-store.js';

export type CrashTarget =
  | { backend: 'sqlite'; file: string }
  | { backend: 'postgres'; url: string; schema: string };

/** Row whose serialisation kills the process. */
export const CRASH_AT_ROW = 2_000;

async function main(target: CrashTarget): Promise<void> {
  const store: KnowledgeStore =
    target.backend === 'sqlite'
      ? await openSqliteStore(target.file)
      : await openPostgresStore({ connectionString: target.url, schema: target.schema });
  const rows = tierRows().map((row, i) =>
    i === CRASH_AT_ROW
      ? Object.defineProperty({ ...row }, 'note', {
          enumerable: true,
          get() {
            process.kill(process.pid, 'SIGKILL');
            return '';
          },
        })
      : { ...row, note: `${row.note} (unfinished import)` },
  );
  await store.importDataset(
    'tiers',
    { dataset: 'tip_tiers', as_of: null, source_file: null, imported_by: 'crash' },
    rows,
  );
  process.stderr.write('the import finished although the process should have died\n');
}

const arg = process.argv[2];
if (arg !== undefined && process.argv[1]?.endsWith('crash-import.case.ts'))
  await main(JSON.parse(arg) as CrashTarget);
