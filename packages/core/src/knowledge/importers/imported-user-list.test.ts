import { describe, expect, it } from 'vitest';
import { parseUserList } from '../../matching/user-list.js';
import type { DatasetVersion } from '../dataset-version.js';
import { importedUserList, isUserListDataset, userListDataset } from './imported-user-list.js';

const version = (over: Partial<DatasetVersion> = {}): DatasetVersion => ({
  dataset: 'user_list:watch',
  kind: 'list_entries',
  version: 2,
  imported_at: '2025-07-03T10:00:00.000Z',
  as_of: '2025-06-30',
  row_count: 2,
  checksum: 'x',
  source_file: 'watch.csv',
  imported_by: 'tipwatch data import',
  in_force: true,
  ...over,
});

const { entries } = parseUserList(
  'name,aliases,country\nExample Watchlist Trading Co,EWT Co,CHN\nSample Harbour Textiles Ltd,,\n',
  'watch',
);

describe('userListDataset(name) and isUserListDataset(dataset)', () => {
  it('names a list as the import stores it and tells user lists from the reference datasets', () => {
    expect(userListDataset('watch')).toBe('user_list:watch');
    expect(isUserListDataset('user_list:watch')).toBe(true);
    expect(isUserListDataset('uflpa_entities')).toBe(false);
    expect(isUserListDataset('user_list:')).toBe(false);
  });
});

describe('importedUserList(version, entries)', () => {
  it('keeps the entries and their ids, citing the dataset and the version as-of date', () => {
    const list = importedUserList(version(), entries);
    expect(list.entries.map((e) => [e.id, e.list, e.name, e.aliases, e.country])).toEqual(
      entries.map((e) => [e.id, 'watch', e.name, e.aliases, e.country]),
    );
    expect(list.entries[0]?.id).toMatch(/^watch:example-watchlist-trading-co-/);
    expect(list.entries.map((e) => e.source)).toEqual([
      { dataset: 'user_list:watch', record: 'row 1', as_of: '2025-06-30' },
      { dataset: 'user_list:watch', record: 'row 2', as_of: '2025-06-30' },
    ]);
    // The entries given are not changed.
    expect(entries[0]?.source.dataset).toBe('watch');
  });

  it('describes the version as a dataset the run used', () => {
    expect(importedUserList(version(), entries).info).toEqual({
      id: 'user_list:watch',
      title: 'User list "watch"',
      file: 'watch.csv',
      source: 'imported into the knowledge base from watch.csv by tipwatch data import',
      as_of: '2025-06-30',
      licence: 'not recorded (a list of your own)',
      rows: 2,
      gaps: ['imported version 2 (watch.csv) of 2025-07-03'],
      imported: { version: 2, imported_at: '2025-07-03T10:00:00.000Z', source_file: 'watch.csv' },
    });
  });

  it('dates a version without its own date by its import, and says so', () => {
    const list = importedUserList(version({ as_of: null, source_file: null }), entries);
    expect(list.info.as_of).toBe('2025-07-03');
    expect(list.info.gaps).toEqual([
      'imported version 2 of 2025-07-03',
      'as_of is the import date: the imported file gave none',
    ]);
    expect(list.entries[0]?.source.as_of).toBe('2025-07-03');
  });
});
