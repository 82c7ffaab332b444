import { SECTORS as ENGINE_SECTORS, SECTOR_LABELS } from '@tipwatch/core';
import { describe, expect, it } from 'vitest';
import { SECTORS } from './screening-types.js';

describe('SECTORS (the register filter)', () => {
  it("offers exactly the engine's sectors, in its order, with its labels", () => {
    expect(SECTORS.map(([id]) => id)).toEqual([...ENGINE_SECTORS]);
    for (const [id, label] of SECTORS) expect(label).toBe(SECTOR_LABELS[id]);
  });
});
