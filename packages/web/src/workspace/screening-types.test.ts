import { SECTORS as ENGINE_SECTORS, SECTOR_LABELS } from '@tipwatch/core';
import { describe, expect, it } from 'vitest';
import { SECTORS, sectorLabel } from './screening-types.js';

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
