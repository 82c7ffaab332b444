import { hostname } from 'node:os';
import { join } from 'node:path';
import {
  DEFAULT_UPLOAD_LIMIT,
  type ScreeningEngine,
  startWorkerLoop,
  type WorkerLoop,
  type WorkspaceDeps,
} from '@tipwatch/server';
import { openScreeningWorkspace, type ScreeningWorkspace } from '@tipwatch/storage';
import { CliError } from '../cli-error.js';
import type { Effects } from '../effects.js';

/** Where each screening's upload and outputs live: `<data-dir>/screenings/<id>/`. */
export function screeningsDir(dataDir: string): string {
  return join(dataDir, 'screenings');
}

/** Opens the screening store and job queue of the data directory (or of `DATABASE_URL`). */
export async function openWorkspace(effects: Effects, dataDir: string): Promise<ScreeningWorkspace> {
  try {
    return await openScreeningWorkspace({ dataDir, env: effects.env });
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    throw new CliError(`the screenings in ${dataDir} cannot be opened: ${why}`);
  }
}

/** A count of 1–64 from a flag; `where` names it. */
export function parseCount(text: string, where: string): number {
  if (!/^\d{1,2}$/.test(text.trim()) || Number(text) < 1 || Number(text) > 64) {
    throw new CliError(`${where}: expected a number of workers 1–64, found "${text}"`);
  }
  return Number(text);
}

/** An upload limit in megabytes (default 100), from a flag or the environment. */
export function parseUploadLimit(text: string | undefined, where: string): number {
  if (text === undefined || text.trim() === '') return DEFAULT_UPLOAD_LIMIT;
  if (!/^\d{1,6}$/.test(text.trim()) || Number(text) < 1) {
    throw new CliError(`${where}: expected a size in megabytes (1 or more), found "${text}"`);
  }
  return Number(text) * 1024 * 1024;
}

/** What the HTTP app needs to serve the workspace. */
export function workspaceDeps(
  workspace: ScreeningWorkspace,
  dataDir: string,
  uploadLimit: number,
): WorkspaceDeps {
  return { screenings: workspace.screenings, filesDir: screeningsDir(dataDir), uploadLimit };
}

/**
 * Starts `count` worker loops on the job queue, each named after this host and process so an operator can
 * tell them apart; unexpected errors go to stderr.
 */
export function startScreeningWorkers(
  effects: Effects,
  workspace: ScreeningWorkspace,
  engine: ScreeningEngine | (() => Promise<ScreeningEngine>),
  dataDir: string,
  count: number,
): WorkerLoop {
  const loops: WorkerLoop[] = [];
  for (let i = 1; i <= count; i++) {
    const worker = `${hostname()}:${process.pid}:${i}`;
    const report = (err: unknown) =>
      effects.stderr(`tipwatch: worker ${worker}: ${err instanceof Error ? err.message : String(err)}\n`);
    loops.push(
      startWorkerLoop(
        {
          screenings: workspace.screenings,
          jobs: workspace.jobs,
          engine,
          filesDir: screeningsDir(dataDir),
          worker,
          clock: () => new Date(),
          onError: report,
        },
        { onError: report },
      ),
    );
  }
  return { stop: async () => void (await Promise.all(loops.map((l) => l.stop()))) };
}
