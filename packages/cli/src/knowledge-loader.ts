import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  IMPORT_TARGETS,
  type ImportedText,
  type ImportedUserList,
  importedUserList,
  isUserListDataset,
  type KnowledgeStore,
  TipwatchError,
} from '@tipwatch/core';
import { openStore, resolveDataDir, SQLITE_FILE } from '@tipwatch/storage';
import { CliError } from './cli-error.js';
import type { Effects } from './effects.js';

/** Manifest ids whose vendored file an imported version replaces when screening. */
export const REPLACEABLE_DATASETS: readonly string[] = [
  ...new Set(Object.values(IMPORT_TARGETS).flatMap((t) => (t.replaces === null ? [] : [t.replaces]))),
];

/** Whether the engine reads the in-force version of a stored dataset: a replaced vendored file, or a user list. */
export function engineReads(dataset: string): boolean {
  return REPLACEABLE_DATASETS.includes(dataset) || isUserListDataset(dataset);
}

/** What the engine reads from the knowledge base: replacements of vendored files, and the user lists. */
export interface ImportedKnowledge {
  texts: ImportedText[];
  userLists: ImportedUserList[];
}

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

/** Opens the knowledge store of the data directory (or of `DATABASE_URL`), creating it when absent. */
export async function openKnowledgeStore(effects: Effects, dataDir: string): Promise<KnowledgeStore> {
  try {
    return await openStore({ dataDir, env: effects.env });
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    throw new CliError(`the knowledge base in ${dataDir} cannot be opened: ${why}`);
  }
}

/** Opens the knowledge store (creating it when absent), runs `use`, and closes it whatever happens. */
export async function withKnowledgeStore<T>(
  effects: Effects,
  dataDir: string,
  use: (store: KnowledgeStore) => Promise<T>,
): Promise<T> {
  const store = await openKnowledgeStore(effects, dataDir);
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

/**
 * The imported versions in force that replace vendored files, and the user lists in force. Opens no database
 * when the data directory has none.
 */
export async function importedKnowledge(effects: Effects, dataDir: string): Promise<ImportedKnowledge> {
  if (!hasKnowledgeBase(dataDir, effects.env)) return { texts: [], userLists: [] };
  return withKnowledgeStore(effects, dataDir, (store) => importedKnowledgeIn(store, dataDir));
}

/** What the engine reads from an open knowledge store (see `importedKnowledge`). */
export async function importedKnowledgeIn(
  store: KnowledgeStore,
  dataDir: string,
): Promise<ImportedKnowledge> {
  const [texts, userLists] = await Promise.all([
    importedTextsIn(store, dataDir),
    userListsIn(store, dataDir),
  ]);
  return { texts, userLists };
}

/**
 * Every user list in force (`tipwatch data import list FILE --name NAME`), by dataset name, with its stored
 * entries: the ids the import gave them, so dispositions and alerts keep meaning the same entry.
 */
export async function userListsIn(store: KnowledgeStore, dataDir: string): Promise<ImportedUserList[]> {
  const versions = (await store.datasets())
    .filter((v) => isUserListDataset(v.dataset))
    .sort((a, b) => a.dataset.localeCompare(b.dataset));
  const out: ImportedUserList[] = [];
  for (const version of versions) {
    try {
      const entries = await store.rows('list_entries', { dataset: version.dataset });
      out.push(importedUserList(version, entries));
    } catch (err) {
      if (err instanceof TipwatchError) throw new CliError(`knowledge base in ${dataDir}: ${err.message}`);
      throw err;
    }
  }
  return out;
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
