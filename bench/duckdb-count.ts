/**
 * DuckDB's count of a CSV file, the yardstick the screening benchmark is compared with.
 *
 *   npx tsx bench/duckdb-count.ts FILE [--runs 3] [--json]
 *
 * One warm-up run, then the best of `--runs` timed runs of `SELECT count(*) FROM read_csv('FILE')`.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DuckDBInstance } from '@duckdb/node-api';

export interface DuckDbCount {
  file: string;
  rows: number;
  best_seconds: number;
  runs_seconds: number[];
  threads: string;
  duckdb_version: string;
  sql: string;
}

/** Counts the file's rows with DuckDB: one warm-up, then `runs` timed runs; returns the best time. */
export async function duckdbCount(file: string, runs = 3): Promise<DuckDbCount> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  const sql = `SELECT count(*) FROM read_csv('${file.replace(/'/g, "''")}')`;
  const count = async () => {
    const reader = await connection.runAndReadAll(sql);
    return Number(reader.getRows()[0]?.[0]);
  };
  const rows = await count();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const n = await count();
    times.push((performance.now() - t0) / 1000);
    if (n !== rows) throw new Error(`DuckDB counted ${n} rows, then ${rows}`);
  }
  const threads = (await connection.runAndReadAll("SELECT current_setting('threads')")).getRows()[0]?.[0];
  const version = (await connection.runAndReadAll('SELECT version()')).getRows()[0]?.[0];
  connection.closeSync();
  return {
    file,
    rows,
    best_seconds: Math.min(...times),
    runs_seconds: times,
    threads: String(threads),
    duckdb_version: String(version),
    sql,
  };
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { runs: { type: 'string', default: '3' }, json: { type: 'boolean', default: false } },
  });
  const file = positionals[0];
  if (!file || !existsSync(file)) {
    process.stderr.write(`duckdb-count: give an existing CSV file (got ${file ?? 'nothing'})\n`);
    process.exit(2);
  }
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) {
    process.stderr.write(`duckdb-count: --runs must be a positive integer, got "${values.runs}"\n`);
    process.exit(2);
  }
  const result = await duckdbCount(resolve(file), runs);
  if (values.json) process.stdout.write(`${JSON.stringify(result)}\n`);
  else
    process.stdout.write(
      `${result.rows} rows, best ${result.best_seconds.toFixed(3)} s of ${runs} (threads ${result.threads}, DuckDB ${result.duckdb_version})\n`,
    );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
