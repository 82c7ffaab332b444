import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createNameNormaliser } from './name-normaliser.js';
import { GENERIC_WORDS, ORGANISATION_WORDS } from './token-weights.js';

const normaliser = createNameNormaliser(
  readFileSync(new URL('../../../../data/matching/org_types_aliases.csv', import.meta.url), 'utf8'),
);

describe('GENERIC_WORDS', () => {
  it('holds only tokens a normalised name can have', () => {
    // Weights are looked up for normalised tokens only: a word the normaliser writes another way
    // (`chemical` is `chem`) is never looked up, so its canonical form must be listed instead.
    const unreachable = [...GENERIC_WORDS].filter((w) => normaliser.normalise(w).tokens.join(' ') !== w);
    expect(unreachable).toEqual([]);
  });
});

describe('ORGANISATION_WORDS', () => {
  it('are generic words', () => {
    expect([...ORGANISATION_WORDS].filter((w) => !GENERIC_WORDS.has(w))).toEqual([]);
  });
});
