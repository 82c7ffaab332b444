import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { TipwatchError } from '@tipwatch/core';
import {
  bootstrapKnowledgeBase,
  createApp,
  type StaticSite,
  startServer,
  staticSite,
} from '@tipwatch/server';
import type { Command } from 'commander';
import { CliError } from '../cli-error.js';
import type { Effects } from '../effects.js';
import { userDataDir } from '../knowledge-loader.js';
import { liveEngine, ROUTE_CHECK_MS } from '../live-engine.js';
import { readReferenceFiles } from '../reference-loader.js';
import { stopSignal } from '../stop-signal.js';
import { parseUploadLimit, startScreeningWorkers, workspaceDeps } from '../workspace/screening-workers.js';
import { openServiceStores } from '../workspace/service-stores.js';
import type { SetExit } from './index.js';

export const DEFAULT_PORT = 8080;
export const DEFAULT_HOST = '127.0.0.1';

/** A TCP port, 0–65535 (0: any free port); `where` names the flag or variable it came from. */
export function parsePort(text: string, where: string): number {
  if (!/^\d{1,5}$/.test(text.trim()) || Number(text) > 65535) {
    throw new CliError(`${where}: expected a port number 0–65535, found "${text}"`);
  }
  return Number(text);
}

/** The built web app, when `npm run build` has made one; else `/` stays the plain page of the API. */
function webSite(effects: Effects): StaticSite | null {
  const dir = effects.webDir;
  return dir !== undefined && existsSync(join(dir, 'index.html')) ? staticSite(dir) : null;
}

/**
 * `tipwatch serve`: the HTTP API on the knowledge base of the data directory (SQLite there, or PostgreSQL
 * when `DATABASE_URL` is set). Runs the migrations, imports the vendored reference data and seed content the
 * store does not have yet, prints the address and serves until SIGINT or SIGTERM. Reference data imported
 * while it runs is loaded again within a few seconds (see `live-engine.ts`).
 */
export function registerServe(program: Command, effects: Effects, setExit: SetExit): void {
  program
    .command('serve')
    .description('Serve the HTTP API (OpenAPI description at /api/openapi.json).')
    .option('--port <n>', `port to listen on (default $PORT, else ${DEFAULT_PORT}; 0 picks a free one)`)
    .option('--host <host>', 'address to listen on', DEFAULT_HOST)
    .option('--no-worker', 'run no screening jobs in this process (run `tipwatch worker` elsewhere)')
    .option(
      '--upload-limit <mb>',
      'largest screening upload in MB (default $TIPWATCH_UPLOAD_LIMIT_MB, else 100)',
    )
    .action(async (opts: { port?: string; host: string; worker: boolean; uploadLimit?: string }) => {
      const port =
        opts.port !== undefined
          ? parsePort(opts.port, '--port')
          : effects.env.PORT?.trim()
            ? parsePort(effects.env.PORT, 'PORT')
            : DEFAULT_PORT;
      const uploadLimit =
        opts.uploadLimit !== undefined
          ? parseUploadLimit(opts.uploadLimit, '--upload-limit')
          : parseUploadLimit(effects.env.TIPWATCH_UPLOAD_LIMIT_MB, 'TIPWATCH_UPLOAD_LIMIT_MB');
      const dataDir = userDataDir(effects);
      const { store, accounts, workspace, close } = await openServiceStores(effects, dataDir, {
        accounts: true,
      });
      try {
        const files = await readReferenceFiles(effects.dataDir, { all: true });
        const boot = await bootstrapKnowledgeBase(store, files, { imported_by: 'tipwatch serve' });
        for (const r of boot.results) {
          if (r.status === 'imported') effects.stderr(`tipwatch: imported ${r.dataset} (${r.rows} rows)\n`);
          if (r.status === 'failed') {
            const first = r.problems[0];
            effects.stderr(`tipwatch: ${r.dataset} not imported: ${first?.message ?? 'unreadable'}\n`);
          }
        }
        // Reloaded when `tipwatch data import` puts new reference data in force: no restart needed.
        const engines = await liveEngine(effects, store);
        const engine = await engines.current(0);
        const site = webSite(effects);
        const app = createApp({
          ...(site ? { site } : {}),
          store,
          ref: engine.ref,
          matcher: engine.matcher,
          engine: () => engines.current(ROUTE_CHECK_MS),
          clock: () => new Date(),
          programmeTotals: boot.programmeTotals,
          accounts,
          workspace: workspaceDeps(workspace, dataDir, uploadLimit),
        });
        const stop = stopSignal();
        let server: Awaited<ReturnType<typeof startServer>>;
        try {
          server = await startServer(app, { port, host: opts.host });
        } catch (err) {
          const why = err instanceof Error ? err.message : String(err);
          throw new CliError(`cannot listen on ${opts.host}:${port}: ${why}`);
        }
        // Screening jobs run in this process too unless --no-worker: `npm start` is all one needs.
        const workers = opts.worker
          ? startScreeningWorkers(effects, workspace, () => engines.current(0), dataDir, 1)
          : null;
        effects.stdout(`tipwatch: serving ${server.url}/ (knowledge base: ${store.backend}, ${dataDir})\n`);
        const signal = await stop;
        effects.stderr(`tipwatch: ${signal}, stopping\n`);
        await server.close();
        await workers?.stop();
      } catch (err) {
        if (err instanceof TipwatchError) throw new CliError(`knowledge base in ${dataDir}: ${err.message}`);
        throw err;
      } finally {
        await close();
      }
      setExit(0);
    });
}
