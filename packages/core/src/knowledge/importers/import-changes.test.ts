import { describe, expect, it } from 'vitest';
import type { ListEntry } from '../../matching/list-entry.js';
import { diffDatasets } from '../dataset-diff.js';
import { kindTraits } from '../knowledge-kind.js';
import type { TierHistoryRow } from '../tier-history-row.js';
import { describeChanges, formatChanges } from './import-changes.js';

const entry = (id: string, name: string, aliases: string[] = []): ListEntry => ({
  id,
  list: 'uflpa',
  name,
  aliases,
  country: 'CHN',
  source: { dataset: 'uflpa_entities', record: 'row 1', as_of: null },
});
const tier = (iso3: string, year: number, t: TierHistoryRow['tier']): TierHistoryRow => ({
  iso3,
  country: iso3,
  year,
  tier: t,
  note: '',
  source: { dataset: 'tip_tiers', record: 'row 1', as_of: null },
});

describe('describeChanges(kind, diff)', () => {
  it('tells a rename (same id, another name) from other changes and from removals', () => {
    const keyOf = kindTraits('list_entries').keyOf;
    const diff = diffDatasets(
      [entry('a', 'Alpha Co'), entry('b', 'Beta Co'), entry('c', 'Gamma Co')],
      [entry('a', 'ALPHA CO.'), entry('b', 'Beta Co', ['Beta']), entry('d', 'Delta Co')],
      keyOf,
      { ignore: ['source'] },
    );
    const changes = describeChanges('list_entries', diff);
    expect(changes.added).toEqual([{ key: 'd', name: 'Delta Co' }]);
    expect(changes.removed).toEqual([{ key: 'c', name: 'Gamma Co' }]);
    expect(changes.renamed).toEqual([{ key: 'a', from: 'Alpha Co', to: 'ALPHA CO.' }]);
    expect(changes.changed).toEqual([{ key: 'b', name: 'Beta Co', fields: ['aliases'] }]);
    expect(formatChanges('list_entries', changes)).toEqual([
      'entries added 1: Delta Co',
      'entries removed 1: Gamma Co',
      'renamed 1: "Alpha Co" → "ALPHA CO."',
      'entries changed 1: Beta Co (aliases)',
    ]);
  });

  it("pairs a country's placement out and in for one year as a change of tier", () => {
    const keyOf = kindTraits('tiers').keyOf;
    const diff = diffDatasets(
      [tier('ALB', 2024, 'Tier 2'), tier('AGO', 2024, 'Tier 2')],
      [tier('ALB', 2024, 'Tier 2 Watch List'), tier('AGO', 2024, 'Tier 2'), tier('AGO', 2025, 'Tier 1')],
      keyOf,
    );
    const changes = describeChanges('tiers', diff);
    expect(changes.tiers_changed).toEqual([
      { iso3: 'ALB', country: 'ALB', year: 2024, from: 'Tier 2', to: 'Tier 2 Watch List' },
    ]);
    expect(changes.added.map((a) => a.key)).toEqual(['AGO:2025:Tier 1']);
    expect(changes.removed).toEqual([]);
    expect(formatChanges('tiers', describeChanges('tiers', diffDatasets([], [], keyOf)))).toEqual([
      'no changes (0 placements)',
    ]);
  });
});
