import {
  DISPOSITION_STATES as ENGINE_DISPOSITION_STATES,
  FINDING_KINDS as ENGINE_FINDING_KINDS,
  LAYOUTS as ENGINE_LAYOUTS,
  LEVELS as ENGINE_LEVELS,
  SECTORS as ENGINE_SECTORS,
  SECTOR_LABELS,
} from '@tipwatch/core';
import { describe, expect, it } from 'vitest';
import {
  DISPOSITION_STATES,
  FINDING_KINDS,
  inputDescription,
  LAYOUTS,
  LEVELS,
  layoutLabel,
  SECTORS,
  sectorLabel,
} from './screening-types.js';

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

describe('LAYOUTS (how a screening read its file)', () => {
  it('names every layout the engine detects, in its order, each with a label of its own', () => {
    expect(LAYOUTS.map(([id]) => id)).toEqual([...ENGINE_LAYOUTS]);
    const labels = LAYOUTS.map(([, label]) => label);
    expect(new Set(labels).size).toBe(labels.length);
  });

  it('labels a layout id readably and leaves one it does not know as it is', () => {
    expect(layoutLabel('open_supply_hub_download')).toBe('Open Supply Hub facility download');
    expect(layoutLabel('fpds')).toBe('FPDS contract data');
    expect(layoutLabel('some_new_layout')).toBe('some_new_layout');
  });
});

describe('inputDescription(counts)', () => {
  it('names the layout, and the worksheet read when the file was a workbook', () => {
    expect(inputDescription({ layout: 'generic' })).toBe('Spend or supplier file (columns matched by name)');
    expect(inputDescription({ layout: 'open_supply_hub_download', sheet: 'Facilities' })).toBe(
      'Open Supply Hub facility download, worksheet “Facilities”',
    );
  });
});
