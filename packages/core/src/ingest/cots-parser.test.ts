import { describe, expect, it } from 'vitest';
import { parseCots, readCots } from './cots-parser.js';

describe('parseCots(text, fromCommercialProcedures)', () => {
  it('reads a yes/no column', () => {
    expect(parseCots('Yes', false)).toBe(true);
    expect(parseCots('n', false)).toBe(false);
    expect(parseCots('maybe', false)).toBeNull();
    expect(parseCots('', false)).toBeNull();
  });

  it('reads FPDS commercial-item procedures: only "not used" is an answer (not COTS)', () => {
    expect(parseCots('D', true)).toBe(false);
    expect(parseCots('COMMERCIAL ITEM PROCEDURES NOT USED', true)).toBe(false);
    expect(parseCots('COMMERCIAL PRODUCTS/SERVICES PROCEDURES NOT USED', true)).toBe(false);
    expect(parseCots('A', true)).toBeNull();
    expect(parseCots('COMMERCIAL PRODUCTS/SERVICES', true)).toBeNull();
    expect(parseCots('SERVICES PURSUANT TO FAR 12.102(G)', true)).toBeNull();
  });
});

describe('readCots(text): FAR 2.101 wording', () => {
  it.each([
    ['COTS item', true],
    ['COTS items', true],
    ['cots', true],
    ['Commercially available off-the-shelf', true],
    ['Commercially available off-the-shelf (COTS) item', true],
    ['non-COTS', false],
    ['Non-COTS item', false],
    ['Not COTS', false],
    ['Commercial Product (COTS)', true],
    ['Commercial Item (COTS)', true],
    ['commercial items (cots)', true],
    ['Commercial item (non-COTS)', false],
    ['Commercial Product (Not COTS)', false],
    ['Non-commercial', false],
    ['Noncommercial', false],
    ['Non-commercial item', false],
    ['NOT COMMERCIAL', false],
  ])('reads %s as %s', (text, cots) => {
    expect(readCots(text, false)).toEqual({ cots, understood: true });
  });

  it('reads a commercial item as commercial but of unknown COTS status', () => {
    expect(readCots('Commercial item', false)).toEqual({ cots: null, understood: true });
    expect(readCots('Commercial', false)).toEqual({ cots: null, understood: true });
  });

  it('does not take a (COTS) label on other wording for an answer', () => {
    expect(readCots('Services (COTS)', false)).toEqual({ cots: null, understood: false });
  });

  it('says when the wording is not understood', () => {
    expect(readCots('maybe', false)).toEqual({ cots: null, understood: false });
    expect(readCots('Z', true)).toEqual({ cots: null, understood: false });
    expect(readCots('A', true)).toEqual({ cots: null, understood: true });
  });

  it('gives shared, frozen answers', () => {
    expect(readCots('Yes', false)).toBe(readCots('COTS item', false));
    expect(readCots('A', true)).toBe(readCots('', false));
    expect(Object.isFrozen(readCots('maybe', false))).toBe(true);
  });
});
