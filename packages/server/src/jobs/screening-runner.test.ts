import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { workspaceAppPerFile } from '../workspace/workspace-fixture.case.js';
import { runNextJob } from './screening-runner.js';
import { startWorkerLoop } from './worker-loop.js';

const CSV = readFileSync(
  new URL('../../../cli/src/commands/fixtures/mixed-spend.csv', import.meta.url),
  'utf8',
);

describe('runNextJob and startWorkerLoop', () => {
  const t = workspaceAppPerFile();

  const status = async (id: string) => t.workspace.screenings.screening(t.orgs.acme.id, id);
  const deps = (worker: string, onError?: (e: unknown) => void) => ({
    screenings: t.workspace.screenings,
    jobs: t.workspace.jobs,
    engine: t.engine,
    filesDir: t.filesDir,
    worker,
    clock: () => t.clock.now,
    ...(onError ? { onError } : {}),
  });

  it('finishes a job whose worker died, once its lease has run out', async () => {
    const { id } = await (await t.upload(t.users.acme.analyst.token, CSV)).json();
    const now = t.clock.now;
    const dead = await t.workspace.jobs.claim({
      worker: 'died-mid-job',
      now: now.toISOString(),
      lease_until: new Date(now.getTime() + 60_000).toISOString(),
    });
    expect(dead?.screening_id).toBe(id);
    expect(await runNextJob(deps('w-early'))).toBe(false);
    t.clock.now = new Date(now.getTime() + 120_000);
    expect(await runNextJob(deps('w-later'))).toBe(true);
    expect(await status(id)).toMatchObject({ status: 'done', attempts: 2, error: null });
    expect(
      await t.workspace.jobs.heartbeat(
        id,
        { worker: 'died-mid-job', now: '', lease_until: '' },
        { rows: 0, fraction: 0 },
      ),
    ).toBe(false);
  });

  it('tries a job again after an internal error, and fails it with a readable message after the last attempt', async () => {
    const { id } = await (await t.upload(t.users.acme.analyst.token, CSV)).json();
    rmSync(join(t.filesDir, id, 'upload'));
    const errors: unknown[] = [];
    expect(await runNextJob(deps('w1', (e) => errors.push(e)))).toBe(true);
    expect(await status(id)).toMatchObject({ status: 'queued', attempts: 1 });
    expect((await status(id))?.error).toContain('attempt 1 of 3');
    await runNextJob(deps('w2', (e) => errors.push(e)));
    await runNextJob(deps('w3', (e) => errors.push(e)));
    const failed = await status(id);
    expect(failed).toMatchObject({ status: 'failed', attempts: 3 });
    expect(failed?.error).toContain('internal error 3 times');
    expect(failed?.error).not.toContain(t.filesDir);
    expect(errors).toHaveLength(3);
    expect(String(errors[0])).toContain('ENOENT');
  });

  it('runs queued jobs in a loop until stopped', async () => {
    const { id } = await (await t.upload(t.users.acme.analyst.token, CSV)).json();
    const loop = startWorkerLoop(deps('looping'), { idleMs: 20 });
    for (let i = 0; i < 200 && (await status(id))?.status !== 'done'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    await loop.stop();
    expect(await status(id)).toMatchObject({ status: 'done', attempts: 1, counts: { screened: 8 } });
  });
});
