import type { Command } from 'commander';
import type { Effects } from '../effects.js';
import { loadEngine } from '../engine-loader.js';
import { userDataDir } from '../knowledge-loader.js';
import { openWorkspace, parseCount, startScreeningWorkers } from '../workspace/screening-workers.js';
import type { SetExit } from './index.js';

/** Resolves on the first SIGINT or SIGTERM. */
function stopSignal(): Promise<string> {
  return new Promise((resolve) => {
    const on = (signal: string) => {
      process.off('SIGINT', on);
      process.off('SIGTERM', on);
      resolve(signal);
    };
    process.on('SIGINT', on);
    process.on('SIGTERM', on);
  });
}

/**
 * `tipwatch worker`: runs screening jobs only (no HTTP), for more machines or processes beside
 * `tipwatch serve`. Workers share the queue in the database (PostgreSQL with `DATABASE_URL` for several
 * machines) and the data directory's `screenings/` folder, which every worker and server must see.
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
      const engine = await loadEngine(effects);
      const workspace = await openWorkspace(effects, dataDir);
      try {
        const stop = stopSignal();
        const workers = startScreeningWorkers(effects, workspace, engine, dataDir, count);
        effects.stdout(
          `tipwatch: ${count} screening worker${count === 1 ? '' : 's'} running (${workspace.screenings.backend}, ${dataDir})\n`,
        );
        const signal = await stop;
        effects.stderr(`tipwatch: ${signal}, finishing the jobs in hand\n`);
        await workers.stop();
      } finally {
        await workspace.screenings.close();
      }
      setExit(0);
    });
}
