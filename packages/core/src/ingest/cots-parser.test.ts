import { describe, expect, it } from 'vitest';
import { parseCots } from './cots-parser.js';

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
