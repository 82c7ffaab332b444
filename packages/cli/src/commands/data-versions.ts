import type { DatasetVersion } from '@tipwatch/core';
import type { Effects } from '../effects.js';
import { hasKnowledgeBase, userDataDir, withKnowledgeStore } from '../knowledge-loader.js';

/**
 * `tipwatch data --versions`: every stored version of every dataset in the knowledge base (dataset, version,
 * imported_at, as_of, rows, in force), newest first per dataset. Without a knowledge base in the data
 * directory it says so and creates none.
 */
export async function printVersions(effects: Effects, json: boolean): Promise<number> {
  const dataDir = userDataDir(effects);
  const versions: DatasetVersion[] = hasKnowledgeBase(dataDir, effects.env)
    ? await withKnowledgeStore(effects, dataDir, async (store) => {
        const all: DatasetVersion[] = [];
        for (const d of await store.datasets()) all.push(...(await store.versions(d.dataset)));
        return all;
      })
    : [];
  if (json) {
    effects.stdout(`${JSON.stringify({ data_dir: dataDir, versions }, null, 2)}\n`);
    return 0;
  }
  if (versions.length === 0) {
    effects.stdout(`No imported datasets in ${dataDir}.\n`);
    return 0;
  }
  effects.stdout(`Knowledge base in ${dataDir}:\n${formatVersions(versions)}`);
  return 0;
}

/** The versions as a text table. */
export function formatVersions(versions: readonly DatasetVersion[]): string {
  const head = ['dataset', 'version', 'imported_at', 'as_of', 'rows', 'in force', 'file'];
  const rows = versions.map((v) => [
    v.dataset,
    String(v.version),
    v.imported_at,
    v.as_of ?? '-',
    String(v.row_count),
    v.in_force ? 'yes' : 'no',
    v.source_file ?? '-',
  ]);
  const width = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]?.length ?? 0)));
  const right = new Set([1, 4]);
  const line = (cells: string[]) =>
    cells
      .map((c, i) =>
        i === cells.length - 1 ? c : right.has(i) ? c.padStart(width[i] ?? 0) : c.padEnd(width[i] ?? 0),
      )
      .join('  ');
  return `${[line(head), line(width.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n')}\n`;
}
