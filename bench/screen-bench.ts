/**
 * The screening benchmark: a generated spend file screened end to end by the built CLI, compared with
 * DuckDB counting the same file in the same run.
 *
 *   npm run bench -- [--rows 1000000] [--file F] [--runs 3] [--no-build] [--skip-duckdb] [--profile]
 *                    [--memory-rows 250000,500000]
 *
 * Steps: generate `bench/out/spend-<rows>.csv` if absent; DuckDB count (best of 3 after a warm-up); build the
 * CLI; time `tipwatch screen FILE --out DIR --json` under /usr/bin/time (wall seconds, CPU seconds, peak RSS)
 * `--runs` times and report the median run; time the read floors (papaparse, and the engine's openSpendFile).
 * `--memory-rows 250000,500000` also screens files of those sizes once each (generated if absent, same seed)
 * and reports their peak RSS beside the main file's, to show whether memory grows with the file.
 * Results go to stdout and to bench/out/screen-bench.json.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateSpend } from './generate-spend.js';
import { formatSummary, summariseProfile } from './profile-summary.js';

const REPO = resolve(fileURLToPath(import.meta.url), '../..');
const OUT = join(REPO, 'bench/out');
const CLI = 'packages/cli/bin/tipwatch.js';
const GOALS = { rowsPerSecond: 250_000, peakRssMb: 400, duckdbRatio: 12 };

interface Timed {
  command: string;
  seconds: number;
  /** User + system CPU seconds: steadier than wall time on a shared machine. */
  cpu_seconds: number;
  peak_rss_mb: number;
  exit_code: number;
  stdout_tail: string;
  stderr_tail: string;
}

const tail = (s: string, n = 600) => (s.length > n ? `…${s.slice(-n)}` : s).trim();

/** Runs a command under GNU time; returns wall seconds and peak RSS of the process tree's largest member. */
function timed(argv: string[], stdoutFile?: string): Timed {
  const timeFile = join(OUT, 'time.txt');
  const r = spawnSync('/usr/bin/time', ['-f', '%e %M %U %S', '-o', timeFile, ...argv], {
    cwd: REPO,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const [secs, kb, user, sys] = readFileSync(timeFile, 'utf8').trim().split('\n').at(-1)!.split(' ');
  if (stdoutFile) writeFileSync(stdoutFile, r.stdout ?? '');
  return {
    command: argv.join(' '),
    seconds: Number(secs),
    cpu_seconds: Number((Number(user) + Number(sys)).toFixed(2)),
    peak_rss_mb: Math.round(Number(kb) / 1024),
    exit_code: r.status ?? -1,
    stdout_tail: tail(r.stdout ?? ''),
    stderr_tail: tail(r.stderr ?? ''),
  };
}

function run(cmd: string, args: string[]): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(cmd, args, { cwd: REPO, encoding: 'utf8', maxBuffer: 1 << 26 });
  return { code: r.status ?? -1, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

function main(): void {
  const { values } = parseArgs({
    options: {
      rows: { type: 'string', default: '1000000' },
      file: { type: 'string' },
      runs: { type: 'string', default: '3' },
      'no-build': { type: 'boolean', default: false },
      'skip-duckdb': { type: 'boolean', default: false },
      profile: { type: 'boolean', default: false },
      'memory-rows': { type: 'string', default: '' },
    },
  });
  const rowsWanted = Number(values.rows);
  const runs = Number(values.runs);
  if (!Number.isInteger(rowsWanted) || rowsWanted < 1 || !Number.isInteger(runs) || runs < 1) {
    process.stderr.write('screen-bench: --rows and --runs must be positive integers\n');
    process.exit(2);
  }
  mkdirSync(OUT, { recursive: true });
  const file = resolve(values.file ?? join(OUT, `spend-${rowsWanted}.csv`));
  const rel = relative(REPO, file);
  const say = (s: string) => process.stdout.write(`${s}\n`);

  say(`machine: ${cpus().length} cpus (${cpus()[0]?.model ?? '?'}), node ${process.version}`);
  say(
    `load average before: ${loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}`,
  );

  if (!existsSync(file)) {
    if (values.file) {
      process.stderr.write(`screen-bench: ${file} does not exist\n`);
      process.exit(2);
    }
    say(`generating ${rel}: npx tsx bench/generate-spend.ts --rows ${rowsWanted}`);
    const m = generateSpend({ rows: rowsWanted, seed: 20260101, out: file });
    say(
      `  ${m.rows} rows, ${m.distinct_suppliers} distinct suppliers, ${(m.bytes / 1e6).toFixed(0)} MB, ${m.seconds} s`,
    );
  }
  const metaPath = `${file}.meta.json`;
  const meta = existsSync(metaPath)
    ? (JSON.parse(readFileSync(metaPath, 'utf8')) as Record<string, unknown>)
    : {};

  const result: Record<string, unknown> = {
    date: new Date().toISOString(),
    machine: { nproc: cpus().length, cpu: cpus()[0]?.model, node: process.version, loadavg: loadavg() },
    file: rel,
    manifest: meta,
  };

  let duckdbSeconds: number | undefined;
  let rows = Number(meta.rows ?? Number.NaN);
  if (!values['skip-duckdb']) {
    const cmd = ['npx', 'tsx', 'bench/duckdb-count.ts', rel, '--json'];
    const r = run(cmd[0]!, cmd.slice(1));
    if (r.code !== 0) {
      say(`DuckDB count failed: ${tail(r.stderr)}`);
    } else {
      const d = JSON.parse(r.stdout.trim().split('\n').at(-1)!) as { rows: number; best_seconds: number };
      duckdbSeconds = d.best_seconds;
      rows = d.rows;
      result.duckdb = { command: cmd.join(' '), ...d };
      say(`DuckDB count: ${d.rows} rows, best ${d.best_seconds.toFixed(3)} s   [${cmd.join(' ')}]`);
    }
  }

  if (!values['no-build']) {
    const b = run('npx', ['tsc', '-b', 'packages/cli']);
    if (b.code !== 0) say(`build failed (measuring the existing dist): ${tail(b.stdout || b.stderr, 400)}`);
    result.build_ok = b.code === 0;
  }

  const help = run('node', [CLI, '--help']);
  const hasScreen = /^\s+screen\b/m.test(help.stdout);
  result.screen_available = hasScreen;

  const report = (label: string, t: Timed) => {
    const rps = rows / t.seconds;
    const ratio = duckdbSeconds ? t.seconds / duckdbSeconds : undefined;
    say(
      `${label}: ${t.seconds.toFixed(2)} s (cpu ${t.cpu_seconds.toFixed(2)} s), ${Math.round(rps).toLocaleString('en-US')} rows/s, peak RSS ${t.peak_rss_mb} MB` +
        (ratio ? `, ${ratio.toFixed(1)}× DuckDB` : '') +
        (t.exit_code !== 0 ? `, exit code ${t.exit_code}` : ''),
    );
    say(`  [${t.command}]`);
    return { ...t, rows_per_second: Math.round(rps), duckdb_ratio: ratio };
  };

  if (hasScreen) {
    const outDir = join(OUT, 'screen-out');
    const argv = ['node', CLI, 'screen', rel, '--out', relative(REPO, outDir), '--json'];
    const all = [];
    for (let i = 0; i < runs; i++) {
      rmSync(outDir, { recursive: true, force: true });
      const t = timed(argv, join(OUT, 'screen-stdout.json'));
      all.push(report(`screen run ${i + 1}/${runs}`, t));
      if (t.exit_code !== 0) {
        say(`  stderr: ${t.stderr_tail}`);
        break;
      }
    }
    // The median run by wall time (the machine may be shared): its figures are the ones reported.
    const best = [...all].sort((a, b) => a.seconds - b.seconds)[Math.floor((all.length - 1) / 2)]!;
    const cpu = all.map((t) => t.cpu_seconds).sort((a, b) => a - b)[Math.floor((all.length - 1) / 2)]!;
    result.screen = { runs: all, median: best, median_cpu_seconds: cpu };
    say('');
    say(
      `median screen of ${all.length}: ${best.seconds.toFixed(2)} s, ${best.rows_per_second.toLocaleString('en-US')} rows/s; ` +
        `median CPU ${cpu.toFixed(2)} s (${Math.round(rows / cpu).toLocaleString('en-US')} rows per CPU second); ` +
        `peak RSS ${Math.min(...all.map((t) => t.peak_rss_mb))}–${Math.max(...all.map((t) => t.peak_rss_mb))} MB`,
    );
    const checks = [
      [
        `rows/s ≥ ${GOALS.rowsPerSecond.toLocaleString('en-US')}`,
        best.rows_per_second >= GOALS.rowsPerSecond,
      ],
      [
        `peak RSS < ${GOALS.peakRssMb} MB (max over runs)`,
        Math.max(...all.map((t) => t.peak_rss_mb)) < GOALS.peakRssMb,
      ],
      [
        `within ${GOALS.duckdbRatio}× DuckDB`,
        best.duckdb_ratio !== undefined && best.duckdb_ratio <= GOALS.duckdbRatio,
      ],
    ] as const;
    for (const [goal, ok] of checks) say(`  ${ok ? 'met   ' : 'NOT met'} ${goal}`);
    result.goals = Object.fromEntries(checks);

    // Peak RSS per file size: the same generator (same seed) at other sizes, one screen each.
    const sizes = values['memory-rows']
      .split(',')
      .filter((x) => x.trim() !== '')
      .map(Number);
    if (sizes.some((n) => !Number.isInteger(n) || n < 1)) {
      say('--memory-rows: expected a comma-separated list of row counts; skipped');
    } else if (sizes.length > 0) {
      const bySize = [];
      for (const n of sizes) {
        const sized = join(OUT, `spend-${n}.csv`);
        if (!existsSync(sized)) generateSpend({ rows: n, seed: 20260101, out: sized });
        rmSync(outDir, { recursive: true, force: true });
        const t = timed([
          'node',
          CLI,
          'screen',
          relative(REPO, sized),
          '--out',
          relative(REPO, outDir),
          '--json',
        ]);
        say(
          `memory, ${n.toLocaleString('en-US')} rows: peak RSS ${t.peak_rss_mb} MB, ${t.seconds.toFixed(2)} s, ` +
            `CPU ${t.cpu_seconds.toFixed(2)} s${t.exit_code !== 0 ? `, exit code ${t.exit_code}` : ''}`,
        );
        bySize.push({ rows: n, ...t });
      }
      result.memory_by_size = bySize;
    }

    if (values.profile) {
      const profDir = join(OUT, 'prof');
      rmSync(profDir, { recursive: true, force: true });
      rmSync(outDir, { recursive: true, force: true });
      const p = run('node', ['--cpu-prof', '--cpu-prof-dir', relative(REPO, profDir), ...argv.slice(1)]);
      const prof = readdirSync(profDir).find((f) => f.endsWith('.cpuprofile'));
      if (p.code === 0 && prof) {
        const summary = summariseProfile(JSON.parse(readFileSync(join(profDir, prof), 'utf8')), 30);
        result.profile = summary;
        say(`\nprofile (node --cpu-prof ${argv.slice(1).join(' ')}):`);
        process.stdout.write(formatSummary(summary));
      } else {
        say(`profiling failed: ${tail(p.stderr)}`);
      }
    }
  } else {
    say('the CLI has no screen command yet: timing the read floors instead');
  }

  // Read floors: what merely reading the file costs, with and without the engine's reader.
  const floors = [];
  for (const mode of ['papaparse', 'ingest']) {
    const t = timed(['node', '--import', 'tsx', 'bench/read-baseline.ts', mode, rel]);
    if (t.exit_code !== 0) {
      say(`read floor ${mode}: not measured (${t.stderr_tail})`);
      continue;
    }
    floors.push({ mode, inner: JSON.parse(t.stdout_tail), ...report(`read floor ${mode}`, t) });
  }
  result.read_floors = floors;

  say(
    `load average after: ${loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}`,
  );
  result.loadavg_after = loadavg();
  writeFileSync(join(OUT, 'screen-bench.json'), `${JSON.stringify(result, null, 2)}\n`);
  say(`\nresults written to ${relative(REPO, join(OUT, 'screen-bench.json'))}`);
}

main();
