import { describe, expect, it } from 'vitest';
import { canonicalJson, diffDatasets } from './dataset-diff.js';

interface Row {
  id: string;
  name: string;
  stats: { share: number | null; age: string };
  tags: string[];
  source: { as_of: string };
}

const row = (id: string, over: Partial<Row> = {}): Row => ({
  id,
  name: `name ${id}`,
  stats: { share: 0.1, age: '5-14' },
  tags: ['a'],
  source: { as_of: '2023-01-01' },
  ...over,
});

describe('diffDatasets(oldRows, newRows, keyOf)', () => {
  it('reports added, removed and changed rows with the changed fields', () => {
    const old = [row('a'), row('b'), row('c')];
    const next = [row('a'), row('b', { name: 'renamed', stats: { share: 0.2, age: '5-14' } }), row('d')];
    const diff = diffDatasets(old, next, (r) => r.id);
    expect(diff.added.map((r) => r.id)).toEqual(['d']);
    expect(diff.removed.map((r) => r.id)).toEqual(['c']);
    expect(diff.changed).toHaveLength(1);
    expect(diff.changed[0]?.key).toBe('b');
    expect(diff.changed[0]?.fields).toEqual(['name', 'stats.share']);
    expect(diff.changed[0]?.before.name).toBe('name b');
    expect(diff.unchanged).toBe(1);
  });

  it('compares by value whatever the key order, arrays as a whole', () => {
    const a = row('a');
    const reordered = {
      tags: ['a'],
      source: { as_of: '2023-01-01' },
      stats: { age: '5-14', share: 0.1 },
      name: 'name a',
      id: 'a',
    };
    expect(diffDatasets([a], [reordered], (r) => r.id).unchanged).toBe(1);
    const diff = diffDatasets([a], [row('a', { tags: ['a', 'b'] })], (r) => r.id);
    expect(diff.changed[0]?.fields).toEqual(['tags']);
  });

  it('treats null and a number as different, and skips ignored fields', () => {
    const diff = diffDatasets(
      [row('a')],
      [row('a', { stats: { share: null, age: '5-14' }, source: { as_of: '2024-01-01' } })],
      (r) => r.id,
      { ignore: ['source'] },
    );
    expect(diff.changed[0]?.fields).toEqual(['stats.share']);
  });

  it('reports everything as added against an empty old version', () => {
    const diff = diffDatasets([], [row('a'), row('b')], (r) => r.id);
    expect(diff.added).toHaveLength(2);
    expect(diff.removed).toEqual([]);
  });
});

describe('canonicalJson(value)', () => {
  it('sorts object keys at every depth', () => {
    expect(canonicalJson({ b: 1, a: { d: 2, c: [3, { f: 1, e: 0 }] } })).toBe(
      '{"a":{"c":[3,{"e":0,"f":1}],"d":2},"b":1}',
    );
  });
});
