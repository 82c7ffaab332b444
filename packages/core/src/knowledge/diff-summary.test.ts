import { describe, expect, it } from 'vitest';
import { diffDatasets } from './dataset-diff.js';
import { summariseDiff } from './diff-summary.js';

const key = (r: { id: string }) => r.id;

describe('summariseDiff(diff, keyOf)', () => {
  it('names added, removed and changed rows with their fields', () => {
    const diff = diffDatasets(
      [
        { id: 'AFG', level: 'No Advancement' },
        { id: 'BOL', level: 'Moderate' },
      ],
      [
        { id: 'AFG', level: 'Minimal' },
        { id: 'GHA', level: 'Moderate' },
      ],
      key,
    );
    expect(summariseDiff(diff, key)).toEqual(['added 1: GHA', 'removed 1: BOL', 'changed 1: AFG (level)']);
  });

  it('shortens long lists and says when nothing changed', () => {
    const rows = Array.from({ length: 12 }, (_, i) => ({ id: `k${i}` }));
    expect(summariseDiff(diffDatasets([], rows, key), key, { maxNamed: 2 })).toEqual([
      'added 12: k0, k1 and 10 more',
    ]);
    expect(summariseDiff(diffDatasets(rows, rows, key), key)).toEqual(['no changes (12 rows)']);
  });
});
