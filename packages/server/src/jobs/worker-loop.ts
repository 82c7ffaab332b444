import { type RunnerDeps, runNextJob } from './screening-runner.js';

export interface WorkerLoopOptions {
  /** How long to wait when the queue is empty (default 1 s). */
  idleMs?: number;
  /** Told about errors the loop survives (the store being unreachable, say). */
  onError?: (error: unknown) => void;
}

/** A running worker; `stop()` lets the job in hand finish and resolves when the loop has ended. */
export interface WorkerLoop {
  stop(): Promise<void>;
}

/**
 * Runs screening jobs one after another until stopped: claims a job, runs it, and when the queue is empty
 * waits `idleMs` before looking again. Several loops (in one process or on several machines) share the
 * queue; the store makes sure no two take the same job.
 */
export function startWorkerLoop(deps: RunnerDeps, options: WorkerLoopOptions = {}): WorkerLoop {
  const idleMs = options.idleMs ?? 1000;
  let stopping = false;
  let wake: (() => void) | null = null;
  const pause = () =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(done, idleMs);
      function done() {
        clearTimeout(timer);
        wake = null;
        resolve();
      }
      wake = done;
    });
  const loop = (async () => {
    while (!stopping) {
      let claimed = false;
      try {
        claimed = await runNextJob(deps);
      } catch (err) {
        options.onError?.(err);
      }
      if (!claimed && !stopping) await pause();
    }
  })();
  return {
    async stop() {
      stopping = true;
      wake?.();
      await loop;
    },
  };
}
