import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TipwatchError } from '../errors.js';
import { parseWeights, type Weights } from './weights.js';

const text = readFileSync(new URL('../../../../data/weights.json', import.meta.url), 'utf8');

function broken(edit: (w: Weights) => void): unknown {
  const w = JSON.parse(text) as Weights;
  edit(w);
  try {
    parseWeights(JSON.stringify(w));
  } catch (err) {
    return err;
  }
  return null;
}

describe('parseWeights(jsonText)', () => {
  it('reads the shipped data/weights.json with the documented defaults', () => {
    const w = parseWeights(text);
    expect(w.levels.entity).toBe('critical');
    expect(w.levels.import_ban).toBe('critical');
    expect(w.levels.goods.child_labor).toBe('medium');
    expect(w.levels.goods.forced_labor).toBe('high');
    expect(w.levels.country['Tier 2 Watch List']).toBe('medium');
    expect(w.levels.country['Tier 1 or 2']).toBe('low');
    expect(w.levels.far_plan).toBe('medium');
  });

  it('names the field of a bad level', () => {
    const err = broken((w) => {
      (w.levels as { entity: string }).entity = 'severe';
    });
    expect(err).toBeInstanceOf(TipwatchError);
    expect((err as TipwatchError).message).toContain('levels.entity');
  });

  it('rejects overlapping score bands and a base outside its band', () => {
    const overlap = broken((w) => {
      w.score.bands.high.min = 40;
    });
    expect((overlap as TipwatchError).message).toContain('score.bands.high.min');
    const base = broken((w) => {
      w.score.base.medium = 60;
    });
    expect((base as TipwatchError).message).toContain('score.base.medium');
  });

  it('reports a file that is not JSON with its name', () => {
    expect(() => parseWeights('{ levels:', 'data/weights.json')).toThrow(
      /data\/weights\.json: not valid JSON/,
    );
  });
});
