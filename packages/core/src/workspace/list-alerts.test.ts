import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ListEntry } from '../matching/list-entry.js';
import { createMatcher } from '../matching/list-matcher.js';
import { createNameNormaliser } from '../matching/name-normaliser.js';
import { listChangeAlerts, newListMatches } from './list-alerts.js';
import type { SavedSupplier } from './saved-supplier.js';

const aliases = readFileSync(
  new URL('../../../../data/matching/org_types_aliases.csv', import.meta.url),
  'utf8',
);
const normaliser = createNameNormaliser(aliases);
const matcherOver = (entries: ListEntry[]) => createMatcher(entries, { normaliser });

const entry = (id: string, name: string, row: number): ListEntry => ({
  id: `uflpa:${id}`,
  list: 'uflpa',
  name,
  aliases: [],
  country: 'CHN',
  source: { dataset: 'uflpa_entities', record: `row ${row}`, as_of: '2025-01-15' },
});

const saved = (org_id: number, name: string): SavedSupplier => ({
  org_id,
  supplier_key: `${name.toLowerCase()}|CHN`,
  name,
  country: 'CHN',
  first_seen: '2026-01-01T00:00:00.000Z',
  last_screening_id: 'AAAAAAAAAAAAAAAA',
});

const OLD = [entry('hoshine', 'Hoshine Silicon Industry Co., Ltd.', 1)];
const NEW = [
  ...OLD,
  entry('camel', 'Camel Group Co., Ltd.', 2),
  entry('ninestar', 'Ninestar Corporation', 3),
];

describe('newListMatches(suppliers, before, after)', () => {
  it('keeps the suppliers that match an entry of the new version they did not match before, per organisation', () => {
    const matches = newListMatches(
      [
        saved(1, 'HOSHINE SILICON INDUSTRY CO LTD'),
        saved(1, 'Camel Group Co Ltd'),
        saved(1, 'Acme Stationery'),
        saved(2, 'NINESTAR CORP'),
      ],
      matcherOver(OLD),
      matcherOver(NEW),
    );
    expect([...matches.keys()].sort()).toEqual([1, 2]);
    expect(matches.get(1)?.map((m) => [m.supplier, m.record])).toEqual([['Camel Group Co Ltd', 'row 2']]);
    expect(matches.get(2)?.map((m) => m.matched_name)).toEqual(['Ninestar Corporation']);
  });

  it('finds nothing new when the list did not gain a matching entry', () => {
    expect(
      newListMatches([saved(1, 'Hoshine Silicon Industry')], matcherOver(OLD), matcherOver(OLD)).size,
    ).toBe(0);
  });
});

describe('listChangeAlerts(matches, list, createdAt)', () => {
  it('writes one alert per organisation with a title counting the suppliers', () => {
    const m = {
      supplier: 'Camel Group',
      country: 'CHN',
      matched_name: 'Camel Group Co., Ltd.',
      score: 0.97,
      record: 'row 2',
    };
    const alerts = listChangeAlerts(
      new Map([
        [2, [m]],
        [1, [m, { ...m, supplier: 'Camel Grp' }, { ...m, supplier: 'Camel' }]],
      ]),
      { dataset: 'uflpa_entities', title: 'UFLPA Entity List', as_of: '2025-01-15' },
      '2026-02-01T00:00:00.000Z',
    );
    expect(alerts.map((a) => a.title)).toEqual([
      '3 suppliers newly match the UFLPA Entity List of 2025-01-15',
      '1 supplier newly matches the UFLPA Entity List of 2025-01-15',
    ]);
    expect(alerts[0]).toMatchObject({
      org_id: 1,
      dataset: 'uflpa_entities',
      created_at: '2026-02-01T00:00:00.000Z',
    });
  });
});
