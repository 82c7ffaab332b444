import type { Command } from 'commander';
import type { Effects } from '../effects.js';
import { userDataDir } from '../knowledge-loader.js';
import { liveEngine } from '../live-engine.js';
import { stopSignal } from '../stop-signal.js';
import { parseCount, startScreeningWorkers } from '../workspace/screening-workers.js';
import { openServiceStores } from '../workspace/service-stores.js';
import type { SetExit } from './index.js';

/**
 * `tipwatch worker`: runs screening jobs only (no HTTP), for more machines or processes beside
 * `tipwatch serve`. Workers share the queue in the database (PostgreSQL with `DATABASE_URL` for several
 * machines) and the data directory's `screenings/` folder, which every worker and server must see. Before
 * each job a worker looks at the versions of the reference data in force and loads them again when an
 * import changed them.
 */
export function registerWorker(program: Command, effects: Effects, setExit: SetExit): void {
  program
    .command('worker')
    .description(
      'Run screening jobs uploaded through the HTTP API (no HTTP server); stops on SIGINT or SIGTERM.',
    )
    .option('--concurrency <n>', 'jobs run at the same time in this process', '1')
    .action(async (opts: { concurrency: string }) => {
      const count = parseCount(opts.concurrency, '--concurrency');
      const dataDir = userDataDir(effects);
      const { store, workspace, close } = await openServiceStores(effects, dataDir);
      try {
        // Before each job the worker looks at the versions in force, so an import needs no restart.
        const engines = await liveEngine(effects, store);
        const stop = stopSignal();
        const workers = startScreeningWorkers(effects, workspace, () => engines.current(0), dataDir, count);
        effects.stdout(
          `tipwatch: ${count} screening worker${count === 1 ? '' : 's'} running (${workspace.screenings.backend}, ${dataDir})\n`,
        );
        const signal = await stop;
        effects.stderr(`tipwatch: ${signal}, finishing the jobs in hand\n`);
        await workers.stop();
      } finally {
        await close();
      }
      setExit(0);
    });
}
