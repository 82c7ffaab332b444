/**
 * Load benchmark of the HTTP API: the built CLI's `tipwatch serve` started on a free loopback port with a
 * fresh temp data directory (SQLite, bootstrapped from data/), then autocannon against three routes, each at a
 * fixed 500 requests/s and then at the most the server gives. Bounded in time: 2 × 3 runs of --duration s.
 *
 *   npx tsx bench/api-load.ts [--duration 10] [--rate 500] [--connections 10] [--no-build]
 *
 * Results go to stdout and to bench/out/api-load.json. Latencies at a fixed rate are corrected for
 * coordinated omission (autocannon's default), so a stalled server shows up in p99. autocannon paces a fixed
 * rate by letting each connection send its quota for the second back to back at the start of the second:
 * 500/s arrives as bursts, and p99 measures the queue of a burst more than a steady 500/s.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const REPO = resolve(fileURLToPath(import.meta.url), '../..');
const OUT = join(REPO, 'bench/out');
const GOAL = { rate: 500, p99Ms: 50 };

interface RequestSpec {
  method: 'GET' | 'POST';
  path: string;
  body?: string;
  headers?: Record<string, string>;
}
interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; max: number; average: number };
  non2xx: number;
  errors: number;
  timeouts: number;
  duration: number;
}
type Autocannon = (options: Record<string, unknown>) => Promise<AutocannonResult>;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

const { values: args } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    rate: { type: 'string', default: String(GOAL.rate) },
    connections: { type: 'string', default: '10' },
    'no-build': { type: 'boolean', default: false },
  },
});
const duration = Number(args.duration);
const rate = Number(args.rate);
const connections = Number(args.connections);

// Real inputs: countries with much or little data, searches that hit several kinds, names from the lists.
const COUNTRIES = ['CHN', 'USA', 'THA', 'IND', 'MYS', 'TKM', 'GHA', 'BRA', 'DEU', 'PRK'];
const QUERIES = ['hotline', 'forced labor', 'cotton', 'trafficking fishing', 'child labor', 'Thailand'];
const NAMES: [string, string | null][] = [
  ['HOSHINE SILICON IND CO LTD', 'CN'],
  ['Xinjiang Production and Construction Corps', 'CHN'],
  ['Top Glove Corporation Bhd', 'Malaysia'],
  ['Acme Office Supplies Inc', 'US'],
  ['Da Wang', null],
  ['Lop County Meixin Hair Products', 'CN'],
];

const TARGETS: { name: string; requests: RequestSpec[] }[] = [
  {
    name: 'GET /api/countries/{iso3}',
    requests: COUNTRIES.map((c) => ({ method: 'GET', path: `/api/countries/${c}` })),
  },
  {
    name: 'GET /api/search?q=',
    requests: QUERIES.map((q) => ({ method: 'GET', path: `/api/search?q=${encodeURIComponent(q)}` })),
  },
  {
    name: 'POST /api/match',
    requests: NAMES.map(([name, country]) => ({
      method: 'POST',
      path: '/api/match',
      body: JSON.stringify({ name, country }),
      headers: { 'content-type': 'application/json' },
    })),
  },
];

function build(): void {
  const r = spawnSync('npx', ['tsc', '-b', 'packages/cli'], { cwd: REPO, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('build failed');
}

async function startServer(dataDir: string): Promise<{ url: string; stop: () => Promise<void> }> {
  const env = { ...process.env };
  delete env.DATABASE_URL;
  const child = spawn(
    process.execPath,
    ['packages/cli/bin/tipwatch.js', 'serve', '--port', '0', '--data-dir', dataDir],
    { cwd: REPO, env, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  const url = await new Promise<string>((ok, fail) => {
    let out = '';
    child.stdout.on('data', (b: Buffer) => {
      out += b.toString();
      const m = /serving (http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
      if (m) ok(m[1]!);
    });
    exited.then((code) => fail(new Error(`tipwatch serve exited with ${code}`)));
  });
  return {
    url,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

interface Row {
  route: string;
  mode: string;
  requests_per_s: number;
  p50_ms: number;
  p99_ms: number;
  max_ms: number;
  total: number;
  non2xx: number;
  errors: number;
}

async function run(url: string, target: (typeof TARGETS)[number], fixedRate: number | null): Promise<Row> {
  const r = await autocannon({
    url,
    connections,
    duration,
    requests: target.requests,
    ...(fixedRate === null ? {} : { overallRate: fixedRate }),
  });
  return {
    route: target.name,
    mode: fixedRate === null ? 'max' : `${fixedRate}/s`,
    requests_per_s: Math.round(r.requests.average),
    p50_ms: r.latency.p50,
    p99_ms: r.latency.p99,
    max_ms: r.latency.max,
    total: r.requests.total,
    non2xx: r.non2xx,
    errors: r.errors + r.timeouts,
  };
}

async function main(): Promise<void> {
  if (!args['no-build']) build();
  const dataDir = mkdtempSync(join(tmpdir(), 'tipwatch-api-load-'));
  const load_before = loadavg();
  const server = await startServer(dataDir);
  const rows: Row[] = [];
  try {
    // One warm-up request per route shape so first-use caches are not timed.
    for (const t of TARGETS) {
      for (const q of t.requests) {
        const res = await fetch(`${server.url}${q.path}`, {
          method: q.method,
          ...(q.body ? { body: q.body, headers: q.headers } : {}),
        });
        if (res.status !== 200) throw new Error(`${q.method} ${q.path}: HTTP ${res.status}`);
        await res.arrayBuffer();
      }
    }
    for (const t of TARGETS) {
      for (const mode of [rate, null]) {
        const row = await run(server.url, t, mode);
        rows.push(row);
        console.log(
          `${row.route.padEnd(28)} ${row.mode.padEnd(7)} ${String(row.requests_per_s).padStart(6)} req/s  p50 ${row.p50_ms} ms  p99 ${row.p99_ms} ms  max ${row.max_ms} ms  non-2xx ${row.non2xx}  errors ${row.errors}`,
        );
      }
    }
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
  const report = {
    command: `npx tsx bench/api-load.ts --duration ${duration} --rate ${rate} --connections ${connections}`,
    node: process.version,
    cpus: cpus().length,
    cpu_model: cpus()[0]?.model ?? 'unknown',
    load_average_before: load_before.map((l) => Math.round(l * 100) / 100),
    load_average_after: loadavg().map((l) => Math.round(l * 100) / 100),
    goal: `p99 < ${GOAL.p99Ms} ms at ${GOAL.rate} requests/s`,
    rows,
  };
  mkdirSync(OUT, { recursive: true });
  writeFileSync(join(OUT, 'api-load.json'), `${JSON.stringify(report, null, 2)}\n`);
  console.log(
    `load average before ${report.load_average_before.join(' ')}, after ${report.load_average_after.join(' ')}`,
  );
}

await main();
