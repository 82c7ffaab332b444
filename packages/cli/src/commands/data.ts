import type { DatasetInfo } from '@tipwatch/core';
import type { Command } from 'commander';
import type { Effects } from '../effects.js';
import { loadReferenceFromDir, readManifest } from '../reference-loader.js';
import { registerDataImport } from './data-import.js';
import { printVersions } from './data-versions.js';
import type { SetExit } from './index.js';

/**
 * `tipwatch data`: the reference datasets (from `data/manifest.json`) with their as-of dates, licences,
 * row counts and known gaps; `--json` prints the same as JSON, `--check` first reads and validates
 * every listed file (row counts, columns, codes, dates). `--versions` lists the versions imported into the
 * knowledge base, and `data import` imports one (see data-import.ts).
 */
export function registerData(program: Command, effects: Effects, setExit: SetExit): void {
  const data = program
    .command('data')
    .description('List the reference datasets with their source date, licence, rows and known gaps.')
    .option('--json', 'print the manifest as JSON')
    .option('--check', 'read and validate every data file the manifest lists')
    .option('--versions', 'list the versions imported into the knowledge base (see --data-dir)')
    .action(async (opts: { json?: boolean; check?: boolean; versions?: boolean }) => {
      if (opts.versions) {
        setExit(await printVersions(effects, Boolean(opts.json)));
        return;
      }
      const datasets = opts.check
        ? (await loadReferenceFromDir(effects.dataDir, { all: true })).datasets
        : await readManifest(effects.dataDir);
      if (opts.json) effects.stdout(`${JSON.stringify({ datasets }, null, 2)}\n`);
      else effects.stdout(formatTable(datasets));
      if (opts.check) effects.stderr(`tipwatch: all ${datasets.length} datasets check out\n`);
      setExit(0);
    });
  registerDataImport(data, effects, setExit);
}

/** The manifest as a text table, each dataset's gaps listed under its row. */
export function formatTable(datasets: readonly DatasetInfo[]): string {
  const head = ['dataset', 'as-of', 'rows', 'licence'];
  const rows = datasets.map((d) => [d.id, d.as_of, String(d.rows), d.licence]);
  const width = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 2 ? c.padStart(width[i]!) : i === cells.length - 1 ? c : c.padEnd(width[i]!)))
      .join('  ');
  const out = [line(head), line(width.map((w) => '-'.repeat(w)))];
  datasets.forEach((d, i) => {
    out.push(line(rows[i]!));
    out.push(`    source: ${d.source}`);
    for (const gap of d.gaps) out.push(`    gap: ${gap}`);
  });
  return `${out.join('\n')}\n`;
}
