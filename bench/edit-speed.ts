/**
 * Cost of one editor's change to public content, by the size of the dataset it lands in.
 *
 *   npx tsx bench/edit-speed.ts [--rows 100,1000,10000] [--edits 10]     (after npm run build)
 *   DATABASE_URL=postgres://… npx tsx bench/edit-speed.ts                 (PostgreSQL too)
 *
 * Each edit writes a new version of the record's dataset (every row copied, indexed for search) with its
 * audit entry in one transaction, so its cost grows with the dataset. For each size the script imports a
 * dataset of made-up news items, then times `editRecord` updates of one item and prints the median and the
 * slowest. Throw-away SQLite files and PostgreSQL schemas are removed at the end.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { AccountStore, KnowledgeStore, NewsItem } from '@tipwatch/core';
import pg from 'pg';
import {
  openPostgresAccountStore,
  openPostgresStore,
  openSqliteAccountStore,
  openSqliteStore,
} from '../packages/storage/src/index.js';

const { values } = parseArgs({
  options: { rows: { type: 'string', default: '100,1000,10000' }, edits: { type: 'string', default: '10' } },
});
const sizes = (values.rows ?? '').split(',').map(Number);
const edits = Number(values.edits);

const item = (dataset: string, i: number, title = `Made-up item ${i}`): NewsItem => ({
  id: `${dataset}-${i}`,
  title,
  date: '2025-01-01',
  body: `Made-up text of item ${i} for timing edits, long enough to look like a short news body. `.repeat(3),
  countries: ['GHA'],
  url: null,
  source: { dataset: 'bench', record: `row ${i}`, as_of: null },
});

async function run(backend: string, store: KnowledgeStore, accounts: AccountStore): Promise<void> {
  const office = await accounts.createOrganisation({ name: 'Office', is_office: true, created_at: 'bench' });
  const author = { org_id: office.id, user_id: 1, actor: 'bench', at: new Date().toISOString() };
  for (const size of sizes) {
    const dataset = `bench_${size}`;
    const rows = Array.from({ length: size }, (_, i) => item(dataset, i));
    await store.importDataset(
      'news',
      { dataset, as_of: null, source_file: null, imported_by: 'bench' },
      rows,
    );
    const times: number[] = [];
    for (let k = 0; k < edits; k++) {
      const row = item(dataset, 5, `Edited title ${k}`);
      const started = performance.now();
      await store.editRecord('news', { op: 'update', key: row.id, row }, author);
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)] ?? 0;
    const slowest = times[times.length - 1] ?? 0;
    console.log(
      `${backend.padEnd(10)} rows ${String(size).padStart(6)}  median ${median.toFixed(1).padStart(7)} ms  slowest ${slowest.toFixed(1).padStart(7)} ms`,
    );
  }
}

const dir = mkdtempSync(join(tmpdir(), 'tipwatch-edit-bench-'));
try {
  const file = join(dir, 'bench.sqlite');
  const store = await openSqliteStore(file);
  const accounts = await openSqliteAccountStore(file);
  await run('sqlite', store, accounts);
  await accounts.close();
  await store.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const url = process.env.DATABASE_URL;
if (url) {
  const schema = `tw_edit_bench_${process.pid}`;
  try {
    const store = await openPostgresStore({ connectionString: url, schema });
    const accounts = await openPostgresAccountStore({ connectionString: url, schema });
    await run('postgres', store, accounts);
    await accounts.close();
    await store.close();
  } finally {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await client.end();
  }
}
