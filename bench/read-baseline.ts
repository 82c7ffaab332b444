/**
 * Read floors for the screening benchmark: how fast the spend file can merely be read.
 *
 *   npx tsx bench/read-baseline.ts papaparse FILE   # papaparse streaming, rows as arrays
 *   npx tsx bench/read-baseline.ts ingest FILE      # the engine's openSpendFile reader, every batch drained
 *
 * Prints one JSON line: mode, rows, rejects, seconds (inside the process, after start-up).
 */
import { createReadStream, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';

interface BaselineResult {
  mode: string;
  rows: number;
  rejects: number;
  seconds: number;
  source?: string;
}

/** Streams the file through papaparse (arrays, no header handling) and counts the data rows. */
export function papaparseCount(file: string): Promise<{ rows: number }> {
  return new Promise((done, fail) => {
    let rows = -1; // the header line
    Papa.parse<string[]>(createReadStream(file), {
      chunkSize: 1 << 20,
      chunk: (result) => {
        rows += result.data.length;
      },
      complete: () => done({ rows }),
      error: (err) => fail(err),
    });
  });
}

type OpenSpendFile = (
  source: AsyncIterable<Uint8Array>,
) => Promise<{ batches: AsyncIterable<{ rows: unknown[]; rejects: unknown[] }> }>;

/**
 * Finds openSpendFile in the built core package (plain JavaScript, as the CLI runs it), else in its sources
 * through tsx (slower: tsx wraps functions to keep their names).
 */
async function loadOpenSpendFile(): Promise<{ fn: OpenSpendFile; source: string } | undefined> {
  for (const [path, source] of [
    ['../packages/core/dist/index.js', 'core dist'],
    ['../packages/core/src/ingest/open-spend-file.js', 'core sources via tsx'],
  ] as const) {
    try {
      const mod = (await import(path)) as Record<string, unknown>;
      if (typeof mod.openSpendFile === 'function') return { fn: mod.openSpendFile as OpenSpendFile, source };
    } catch {
      // not built or not written yet: try the next place
    }
  }
  return undefined;
}

/** Drains every batch of the engine's reader and counts rows and rejects. */
export async function ingestCount(file: string): Promise<{ rows: number; rejects: number; source: string }> {
  const open = await loadOpenSpendFile();
  if (!open) throw new Error('openSpendFile is not available in @tipwatch/core yet');
  const spend = await open.fn(createReadStream(file, { highWaterMark: 1 << 20 }));
  let rows = 0;
  let rejects = 0;
  for await (const batch of spend.batches) {
    rows += batch.rows.length;
    rejects += batch.rejects.length;
  }
  return { rows, rejects, source: open.source };
}

async function main(): Promise<void> {
  const [mode, file] = process.argv.slice(2);
  if ((mode !== 'papaparse' && mode !== 'ingest') || !file || !existsSync(file)) {
    process.stderr.write('usage: read-baseline.ts papaparse|ingest FILE (an existing CSV)\n');
    process.exit(2);
  }
  const t0 = performance.now();
  let result: BaselineResult;
  try {
    if (mode === 'papaparse') {
      const { rows } = await papaparseCount(file);
      result = { mode, rows, rejects: 0, seconds: (performance.now() - t0) / 1000 };
    } else {
      const r = await ingestCount(file);
      result = {
        mode,
        rows: r.rows,
        rejects: r.rejects,
        seconds: (performance.now() - t0) / 1000,
        source: r.source,
      };
    }
  } catch (err) {
    process.stderr.write(`read-baseline: ${mode}: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  }
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
