import type { ListEntry } from '../../matching/list-entry.js';
import type { DatasetInfo } from '../../reference/dataset-info.js';
import type { DatasetVersion } from '../dataset-version.js';

/** The store's datasets of user lists are `user_list:NAME`. */
const USER_LIST_PREFIX = 'user_list:';

/** The dataset a user list named `name` is stored as. */
export function userListDataset(name: string): string {
  return `${USER_LIST_PREFIX}${name}`;
}

/** Whether a stored dataset is a user list (`tipwatch data import list FILE --name NAME`). */
export function isUserListDataset(dataset: string): boolean {
  return dataset.startsWith(USER_LIST_PREFIX) && dataset.length > USER_LIST_PREFIX.length;
}

/** A user list as the screening uses it: its entries, and the dataset they cite. */
export interface ImportedUserList {
  /** The version's dataset as the run used it, listed with the reference datasets. */
  info: DatasetInfo;
  /** The stored entries (ids as imported), each citing `user_list:NAME` and the version's as-of date. */
  entries: ListEntry[];
}

/**
 * The in-force version of an imported user list and its stored entries, made ready for the matcher: the
 * entries keep their ids, names, aliases and records, and cite dataset `user_list:NAME` with the version's
 * as-of date (the import date when the file gave none, said in the gaps, as for the reference datasets).
 *
 * @example
 * const list = importedUserList(await store.versions('user_list:watch').then((v) => v[0]), entries);
 * list.entries[0].source // { dataset: 'user_list:watch', record: 'row 1', as_of: '2025-06-01' }
 */
export function importedUserList(version: DatasetVersion, entries: readonly ListEntry[]): ImportedUserList {
  const name = version.dataset.slice(USER_LIST_PREFIX.length);
  const day = version.imported_at.slice(0, 10);
  const as_of = version.as_of ?? day;
  const file = version.source_file;
  return {
    info: {
      id: version.dataset,
      title: `User list "${name}"`,
      file: file ?? version.dataset,
      source: `imported into the knowledge base${file === null ? '' : ` from ${file}`} by ${version.imported_by}`,
      as_of,
      licence: 'not recorded (a list of your own)',
      rows: entries.length,
      gaps: [
        `imported version ${version.version}${file === null ? '' : ` (${file})`} of ${day}`,
        ...(version.as_of === null ? ['as_of is the import date: the imported file gave none'] : []),
      ],
      imported: { version: version.version, imported_at: version.imported_at, source_file: file },
    },
    entries: entries.map((e) => ({
      ...e,
      source: { dataset: version.dataset, record: e.source.record, as_of },
    })),
  };
}
