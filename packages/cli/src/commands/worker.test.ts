import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cliSandbox } from '../cli-sandbox.case.js';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const MAIN = fileURLToPath(new URL('../main.ts', import.meta.url));
const FIXTURES = new URL('./fixtures/', import.meta.url);
const CSV = readFileSync(new URL('mixed-spend.csv', FIXTURES), 'utf8');

const { tmp, tipwatch } = cliSandbox('worker');

/** An analyst's API token in a fresh data directory. */
async function analystToken(dir: string): Promise<string> {
  const user = await tipwatch(
    'admin',
    'create-user',
    '--org',
    'Acme',
    '--role',
    'analyst',
    'ana@acme.example',
    '--data-dir',
    dir,
  );
  expect(user.code, user.err).toBe(0);
  const token = await tipwatch(
    'admin',
    'create-token',
    'ana@acme.example',
    '--name',
    'tests',
    '--data-dir',
    dir,
    '--json',
  );
  expect(token.code, token.err).toBe(0);
  return JSON.parse(token.out).token;
}

/** Starts `tipwatch ARGS` as a process; resolves with a line of its stdout matching `ready`. */
function start(args: string[], ready: RegExp) {
  const env = { ...process.env };
  delete env.DATABASE_URL;
  delete env.PORT;
  const script = `import(${JSON.stringify(MAIN)}).then((m) => m.run(process.argv))`;
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', '-e', script, 'tipwatch', ...args],
    {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stdout = '';
  let stderr = '';
  child.stderr?.on('data', (b: Buffer) => {
    stderr += b.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const match = new Promise<RegExpExecArray>((resolve, reject) => {
    child.stdout?.on('data', (b: Buffer) => {
      stdout += b.toString();
      const m = ready.exec(stdout);
      if (m) resolve(m);
    });
    exited.then((code) => reject(new Error(`tipwatch ${args[0]} exited with ${code}: ${stderr}`)));
  });
  return { child, exited, match, stderr: () => stderr };
}

async function upload(url: string, token: string, csv = CSV): Promise<string> {
  const form = new FormData();
  form.append('file', new Blob([csv]), 'mixed-spend.csv');
  const res = await fetch(`${url}/api/screenings`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body: form,
  });
  expect(res.status).toBe(202);
  return ((await res.json()) as { id: string }).id;
}

async function statusOf(url: string, token: string, id: string): Promise<string> {
  const res = await fetch(`${url}/api/screenings/${id}`, { headers: { authorization: `Bearer ${token}` } });
  return ((await res.json()) as { status: string }).status;
}

async function waitFor(url: string, token: string, id: string, status: string): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if ((await statusOf(url, token, id)) === status) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`screening ${id} never became ${status}`);
}

interface ScreenedJson {
  findings: { items: { kind: string; source: { dataset: string; record: string; as_of: string | null } }[] };
  screening: { counts: { data_versions: { dataset: string; imported?: { version: number } }[] } };
}

/** Uploads `csv`, waits until it is screened; its findings and the screening (with its data versions). */
async function screenCsv(url: string, token: string, csv: string): Promise<ScreenedJson> {
  const id = await upload(url, token, csv);
  await waitFor(url, token, id, 'done');
  const h = { headers: { authorization: `Bearer ${token}` } };
  return {
    findings: (await (
      await fetch(`${url}/api/screenings/${id}/findings`, h)
    ).json()) as ScreenedJson['findings'],
    screening: (await (await fetch(`${url}/api/screenings/${id}`, h)).json()) as ScreenedJson['screening'],
  };
}

interface Candidate {
  list: string;
  is_match: boolean;
  entry: { source: { dataset: string } };
}

/** The candidates of `POST /api/match` for `name` in China. */
async function candidates(url: string, name: string): Promise<Candidate[]> {
  const res = await fetch(`${url}/api/match`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name, country: 'CN' }),
  });
  return ((await res.json()) as { candidates: Candidate[] }).candidates;
}

/** Asks `check` every 250 ms until it holds, 40 times at most; whether it held. */
async function eventually(check: () => Promise<boolean>): Promise<boolean> {
  for (let i = 0; i < 40; i++) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return false;
}

/** `tipwatch serve --no-worker` and one `tipwatch worker` on the data directory `dir`. */
function serveAndWorker(dir: string) {
  const serve = start(
    ['serve', '--no-worker', '--port', '0', '--data-dir', dir],
    /serving (http:\/\/127\.0\.0\.1:\d+)\//,
  );
  const worker = start(['worker', '--data-dir', dir], /1 screening worker running/);
  return {
    serve,
    worker,
    /** Resolves with the server's address once both are ready. */
    ready: async () => {
      const url = (await serve.match)[1] ?? '';
      await worker.match;
      return url;
    },
    /** Stops both with SIGTERM; they exit 0. */
    stop: async () => {
      worker.child.kill('SIGTERM');
      serve.child.kill('SIGTERM');
      expect(await worker.exited).toBe(0);
      expect(await serve.exited).toBe(0);
    },
    /** Kills whichever still runs (after a failure). */
    kill: () => {
      if (worker.child.exitCode === null) worker.child.kill('SIGKILL');
      if (serve.child.exitCode === null) serve.child.kill('SIGKILL');
    },
  };
}

describe('tipwatch serve and tipwatch worker', () => {
  it('serve runs uploaded screenings in its own process by default', async () => {
    const dir = join(tmp, 'in-process');
    const token = await analystToken(dir);
    const serve = start(['serve', '--port', '0', '--data-dir', dir], /serving (http:\/\/127\.0\.0\.1:\d+)\//);
    try {
      const url = (await serve.match)[1] ?? '';
      const id = await upload(url, token);
      await waitFor(url, token, id, 'done');
      serve.child.kill('SIGTERM');
      expect(await serve.exited).toBe(0);
    } finally {
      if (serve.child.exitCode === null) serve.child.kill('SIGKILL');
    }
  });

  it('serve --no-worker leaves jobs queued until a tipwatch worker process runs them', async () => {
    const dir = join(tmp, 'separate');
    const token = await analystToken(dir);
    const serve = start(
      ['serve', '--no-worker', '--port', '0', '--data-dir', dir],
      /serving (http:\/\/127\.0\.0\.1:\d+)\//,
    );
    let worker: ReturnType<typeof start> | null = null;
    try {
      const url = (await serve.match)[1] ?? '';
      const id = await upload(url, token);
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(await statusOf(url, token, id)).toBe('queued');
      worker = start(['worker', '--concurrency', '2', '--data-dir', dir], /2 screening workers running/);
      await worker.match;
      await waitFor(url, token, id, 'done');
      worker.child.kill('SIGTERM');
      expect(await worker.exited).toBe(0);
      expect(worker.stderr()).toContain('SIGTERM, finishing the jobs in hand');
      serve.child.kill('SIGTERM');
      expect(await serve.exited).toBe(0);
    } finally {
      if (worker !== null && worker.child.exitCode === null) worker.child.kill('SIGKILL');
      if (serve.child.exitCode === null) serve.child.kill('SIGKILL');
    }
  });

  it('screens and matches with a list imported while serve and worker run, without a restart', async () => {
    const dir = join(tmp, 'reload');
    const token = await analystToken(dir);
    // In force at start: the vendored UFLPA list without its first entity; the import brings it back.
    const vendored = readFileSync(join(ROOT, 'data/lists/uflpa_entities.csv'), 'utf8');
    const [header, first, ...rest] = vendored.split('\n');
    const entity = /^"([^"]+)"/.exec(first ?? '')?.[1] ?? '';
    expect(entity).toBe('Binzhou Chinatex Yintai Industrial Co., Ltd.');
    const without = join(tmp, 'uflpa-without-first.csv');
    writeFileSync(without, [header, ...rest].join('\n'));
    const before = await tipwatch('data', 'import', 'uflpa', without, '--data-dir', dir);
    expect(before.code, before.err).toBe(0);

    const both = serveAndWorker(dir);
    const csv = `po_number,supplier,supplier_country,description,amount,currency\nPO-1,"${entity}",China,cotton fabric,100,USD\n`;
    const screen = async (url: string) => {
      const { findings, screening } = await screenCsv(url, token, csv);
      return {
        listed: findings.items.some((f) => f.kind === 'entity' && f.source.dataset === 'uflpa_entities'),
        version: screening.counts.data_versions.find((d) => d.dataset === 'uflpa_entities')?.imported
          ?.version,
      };
    };
    const matched = async (url: string) =>
      (await candidates(url, entity)).some((c) => c.list === 'uflpa' && c.is_match);
    try {
      const url = await both.ready();
      expect(await screen(url)).toEqual({ listed: false, version: 1 });
      expect(await matched(url)).toBe(false);

      const after = await tipwatch(
        'data',
        'import',
        'uflpa',
        join(ROOT, 'data/lists/uflpa_entities.csv'),
        '--data-dir',
        dir,
      );
      expect(after.code, after.err).toBe(0);
      // The worker looks before each job; serve's routes at most every 5 s.
      expect(await screen(url)).toEqual({ listed: true, version: 2 });
      expect(await eventually(() => matched(url))).toBe(true);
      expect(both.worker.stderr()).toContain('reference data changed (');
      expect(both.serve.stderr()).toContain('reference data changed (');
      await both.stop();
    } finally {
      both.kill();
    }
  });

  it('screens and matches with user lists imported before serve starts and while it runs', async () => {
    const dir = join(tmp, 'user-list');
    const token = await analystToken(dir);
    const first = 'Example Watchlist Trading Co';
    const second = 'Sample Harbour Textiles Ltd';
    const v1 = join(tmp, 'watchlist.csv');
    writeFileSync(v1, `name,aliases,country\n${first},,CN\n`);
    const before = await tipwatch(
      'data',
      'import',
      'list',
      v1,
      '--name',
      'watchlist',
      '--as-of',
      '2026-10-01',
      '--data-dir',
      dir,
    );
    expect(before.code, before.err).toBe(0);

    const both = serveAndWorker(dir);
    const screen = async (url: string, supplier: string) => {
      const csv = `po_number,supplier,supplier_country,description,amount,currency\nPO-1,"${supplier}",China,buckets,100,USD\n`;
      const { findings, screening } = await screenCsv(url, token, csv);
      return {
        sources: findings.items.filter((f) => f.kind === 'entity').map((f) => f.source),
        version: screening.counts.data_versions.find((d) => d.dataset === 'user_list:watchlist')?.imported
          ?.version,
      };
    };
    const matched = async (url: string, name: string) =>
      (await candidates(url, name)).some(
        (c) => c.list === 'watchlist' && c.is_match && c.entry.source.dataset === 'user_list:watchlist',
      );
    try {
      const url = await both.ready();
      expect(await matched(url, first)).toBe(true);
      expect(await matched(url, second)).toBe(false);
      expect(await screen(url, first)).toEqual({
        sources: [{ dataset: 'user_list:watchlist', record: 'row 1', as_of: '2026-10-01' }],
        version: 1,
      });

      const v2 = join(tmp, 'watchlist-2.csv');
      writeFileSync(v2, `name,aliases,country\n${first},,CN\n${second},,CN\n`);
      const after = await tipwatch(
        'data',
        'import',
        'list',
        v2,
        '--name',
        'watchlist',
        '--as-of',
        '2026-11-01',
        '--data-dir',
        dir,
      );
      expect(after.code, after.err).toBe(0);
      expect(await screen(url, second)).toEqual({
        sources: [{ dataset: 'user_list:watchlist', record: 'row 2', as_of: '2026-11-01' }],
        version: 2,
      });
      expect(await eventually(() => matched(url, second))).toBe(true);
      expect(both.worker.stderr()).toContain('user_list:watchlist@2');
      await both.stop();
    } finally {
      both.kill();
    }
  });

  it('refuses a bad --concurrency or --upload-limit with exit 2', async () => {
    const bad = await tipwatch('worker', '--concurrency', '0', '--data-dir', join(tmp, 'bad'));
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--concurrency: expected a number of workers 1–64');
    const limit = await tipwatch('serve', '--upload-limit', 'lots', '--data-dir', join(tmp, 'bad'));
    expect(limit.code).toBe(2);
    expect(limit.err).toContain('--upload-limit: expected a size in megabytes');
  });
});
