import type { KnowledgeStore } from '@tipwatch/core';
import { openStore } from '@tipwatch/storage';
import type { Command } from 'commander';
import { CliError } from '../cli-error.js';
import type { Effects } from '../effects.js';
import { userDataDir } from '../knowledge-loader.js';
import { liveEngine } from '../live-engine.js';
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
      let store: KnowledgeStore;
      try {
        store = await openStore({ dataDir, env: effects.env });
      } catch (err) {
        const why = err instanceof Error ? err.message : String(err);
        throw new CliError(`the knowledge base in ${dataDir} cannot be opened: ${why}`);
      }
      let workspace: Awaited<ReturnType<typeof openWorkspace>>;
      try {
        workspace = await openWorkspace(effects, dataDir);
      } catch (err) {
        await store.close();
        throw err;
      }
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
        await workspace.screenings.close();
        await store.close();
      }
      setExit(0);
    });
}
