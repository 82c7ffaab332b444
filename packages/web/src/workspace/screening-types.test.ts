import {
  DISPOSITION_STATES as ENGINE_DISPOSITION_STATES,
  FINDING_KINDS as ENGINE_FINDING_KINDS,
  LEVELS as ENGINE_LEVELS,
  SECTORS as ENGINE_SECTORS,
  SECTOR_LABELS,
} from '@tipwatch/core';
import { describe, expect, it } from 'vitest';
import { DISPOSITION_STATES, FINDING_KINDS, LEVELS, SECTORS, sectorLabel } from './screening-types.js';

describe('LEVELS, FINDING_KINDS and DISPOSITION_STATES (the register filters and forms)', () => {
  it("are the engine's own, in its order", () => {
    expect([...LEVELS]).toEqual([...ENGINE_LEVELS]);
    expect([...FINDING_KINDS]).toEqual([...ENGINE_FINDING_KINDS]);
    expect([...DISPOSITION_STATES]).toEqual([...ENGINE_DISPOSITION_STATES]);
  });
});

describe('SECTORS (the register filter)', () => {
  it("offers exactly the engine's sectors, in its order, with its labels", () => {
    expect(SECTORS.map(([id]) => id)).toEqual([...ENGINE_SECTORS]);
    for (const [id, label] of SECTORS) expect(label).toBe(SECTOR_LABELS[id]);
  });

  it('labels a sector id for tables and charts and leaves anything else as it is', () => {
    expect(sectorLabel('textiles_apparel')).toBe('Textiles and apparel');
    expect(sectorLabel('no sector')).toBe('no sector');
  });
});
