import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { IMPORT_TARGETS, type ImportedText, type KnowledgeStore, TipwatchError } from '@tipwatch/core';
import { openStore, resolveDataDir, SQLITE_FILE } from '@tipwatch/storage';
import { CliError } from './cli-error.js';
import type { Effects } from './effects.js';

/** Manifest ids whose vendored file an imported version replaces when screening. */
export const REPLACEABLE_DATASETS: readonly string[] = [
  ...new Set(Object.values(IMPORT_TARGETS).flatMap((t) => (t.replaces === null ? [] : [t.replaces]))),
];

/**
 * The user's data directory: `--data-dir DIR` (set on `effects.knowledgeDir` before a command runs), else
 * `TIPWATCH_DATA_DIR`, else `./tipwatch-data`. The vendored reference data stays `effects.dataDir`.
 */
export function userDataDir(effects: Effects): string {
  return effects.knowledgeDir ?? resolveDataDir({ env: effects.env, cwd: effects.cwd });
}

/** Whether there is a knowledge base to read: `DIR/knowledge.sqlite` exists, or `DATABASE_URL` is set. */
export function hasKnowledgeBase(dataDir: string, env: Effects['env']): boolean {
  return Boolean(env.DATABASE_URL?.trim()) || existsSync(join(dataDir, SQLITE_FILE));
}

/** Opens the knowledge store (creating it when absent), runs `use`, and closes it whatever happens. */
export async function withKnowledgeStore<T>(
  effects: Effects,
  dataDir: string,
  use: (store: KnowledgeStore) => Promise<T>,
): Promise<T> {
  let store: KnowledgeStore;
  try {
    store = await openStore({ dataDir, env: effects.env });
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    throw new CliError(`the knowledge base in ${dataDir} cannot be opened: ${why}`);
  }
  try {
    return await use(store);
  } finally {
    await store.close();
  }
}

/**
 * The imported versions in force that replace vendored files, with their texts. Opens no database when the
 * data directory has none (a plain `tipwatch screen` needs no set-up): then there is nothing to replace.
 */
export async function importedReferenceTexts(effects: Effects, dataDir: string): Promise<ImportedText[]> {
  if (!hasKnowledgeBase(dataDir, effects.env)) return [];
  return withKnowledgeStore(effects, dataDir, (store) => importedTextsIn(store, dataDir));
}

/** The imported versions in force of an open knowledge store that replace vendored files, with their texts. */
export async function importedTextsIn(store: KnowledgeStore, dataDir: string): Promise<ImportedText[]> {
  const out: ImportedText[] = [];
  for (const version of await store.datasets()) {
    if (!REPLACEABLE_DATASETS.includes(version.dataset)) continue;
    let text: string | null;
    try {
      text = await store.rawText(version.dataset);
    } catch (err) {
      if (err instanceof TipwatchError) throw new CliError(`knowledge base in ${dataDir}: ${err.message}`);
      throw err;
    }
    // A version written without its file's text (the bootstrap of the vendored data) replaces nothing.
    if (text === null) continue;
    out.push({
      dataset: version.dataset,
      text,
      version: version.version,
      imported_at: version.imported_at,
      as_of: version.as_of,
      source_file: version.source_file,
    });
  }
  return out;
}
