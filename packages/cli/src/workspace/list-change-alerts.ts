import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  createMatcher,
  createNameNormaliser,
  type ImportKind,
  type ListEntry,
  listChangeAlerts,
  newListMatches,
  type PlaceNames,
  parseUserList,
  type SavedSupplier,
} from '@tipwatch/core';
import type { ScreeningWorkspace } from '@tipwatch/storage';
import type { Effects } from '../effects.js';
import { LEGAL_FORMS_FILE, loadEngine } from '../engine-loader.js';
import { hasKnowledgeBase, withKnowledgeStore } from '../knowledge-loader.js';
import { openWorkspace } from './screening-workers.js';

/** The import kinds whose lists the screening matches names against. */
const LIST_OF: Partial<Record<ImportKind, string>> = { uflpa: 'uflpa', 'cbp-wro': 'cbp_wro' };

/** Whether importing `kind` can change which saved suppliers match a list. */
export function changesLists(kind: ImportKind): boolean {
  return kind === 'list' || LIST_OF[kind] !== undefined;
}

/** The entries of the list an import changes, as in force, with its title and the country resolver. */
interface ListInForce {
  entries: ListEntry[];
  title: string;
  resolveCountry: (text: string) => string | null;
  /** The gazetteer's place names, so that spellings of one place count as one word, as in screening. */
  places: PlaceNames;
}

/**
 * The entries of the list an import of `kind` changes, as they are in force now: the built-in list from the
 * engine's reference data (vendored file or imported version), or a user list from its stored text.
 */
async function listInForce(
  effects: Effects,
  dataDir: string,
  kind: ImportKind,
  listName: string,
): Promise<ListInForce> {
  const engine = await loadEngine(effects);
  const resolveCountry = (text: string) => engine.ref.countries.resolve(text);
  const shared = { resolveCountry, places: engine.ref.xinjiang };
  const builtIn = LIST_OF[kind];
  if (builtIn !== undefined) {
    const entries = engine.ref.listEntries.filter((e) => e.list === builtIn);
    const dataset = entries[0]?.source.dataset;
    const title = engine.ref.datasets.find((d) => d.id === dataset)?.title ?? builtIn;
    return { entries, title, ...shared };
  }
  const title = `list "${listName}"`;
  if (!hasKnowledgeBase(dataDir, effects.env)) return { entries: [], title, ...shared };
  const text = await withKnowledgeStore(effects, dataDir, (store) => store.rawText(`user_list:${listName}`));
  const entries = text === null ? [] : parseUserList(text, listName, { resolveCountry }).entries;
  return { entries, title, ...shared };
}

async function allSavedSuppliers(workspace: ScreeningWorkspace): Promise<SavedSupplier[]> {
  const suppliers: SavedSupplier[] = [];
  const PAGE = 1000;
  for (let offset = 0; ; offset += PAGE) {
    const page = await workspace.screenings.savedSuppliers({ limit: PAGE, offset });
    suppliers.push(...page);
    if (page.length < PAGE) return suppliers;
  }
}

/** Watches one list across an import: `alert` after the import records what is new. */
export interface ListWatch {
  /** Records an alert per organisation with suppliers newly matching the list; the number of alerts. */
  alert(change: { dataset: string; as_of: string | null }): Promise<number>;
  /** Closes the watch without alerting (the import did not happen). */
  cancel(): Promise<void>;
}

/**
 * Before an import that changes a list, notes the list as in force; after it, `alert` screens every
 * organisation's saved suppliers (names and countries only) against the list before and after, and records
 * an alert for each organisation with suppliers that newly match. Null when no organisation has saved
 * suppliers (nothing to screen again).
 */
export async function watchList(
  effects: Effects,
  dataDir: string,
  kind: ImportKind,
  listName: string,
): Promise<ListWatch | null> {
  if (!changesLists(kind)) return null;
  const workspace = await openWorkspace(effects, dataDir);
  let keep = false;
  try {
    if ((await workspace.screenings.savedSuppliers({ limit: 1, offset: 0 })).length === 0) return null;
    const before = await listInForce(effects, dataDir, kind, listName);
    keep = true;
    return {
      async alert(change) {
        try {
          const after = await listInForce(effects, dataDir, kind, listName);
          const legalForms = await readFile(join(effects.dataDir, LEGAL_FORMS_FILE), 'utf8');
          const normaliser = createNameNormaliser(legalForms);
          const matcherOf = (entries: readonly ListEntry[]) =>
            createMatcher([...entries], {
              normaliser,
              resolveCountry: after.resolveCountry,
              places: after.places,
            });
          const alerts = listChangeAlerts(
            newListMatches(
              await allSavedSuppliers(workspace),
              matcherOf(before.entries),
              matcherOf(after.entries),
            ),
            { dataset: change.dataset, title: after.title, as_of: change.as_of },
            new Date().toISOString(),
          );
          for (const a of alerts) await workspace.screenings.addAlert(a);
          return alerts.length;
        } finally {
          await workspace.screenings.close();
        }
      },
      cancel: () => workspace.screenings.close(),
    };
  } finally {
    if (!keep) await workspace.screenings.close();
  }
}
