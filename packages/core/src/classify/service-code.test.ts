import { describe, expect, it } from 'vitest';
import { isConstructionCodes, isManufacturingNaics, isServiceCodes } from './service-code.js';

const codes = (fields: { psc?: string; hs_code?: string; naics?: string }) =>
  isServiceCodes({ psc: '', hs_code: '', naics: '', ...fields });

describe('isServiceCodes(row)', () => {
  it('takes a PSC that starts with a letter for a service, one that starts with a digit for supplies', () => {
    expect(codes({ psc: 'R408' })).toBe(true);
    expect(codes({ psc: 's201', naics: '315110' })).toBe(true);
    expect(codes({ psc: '8440', naics: '541611' })).toBe(false);
  });

  it('without a PSC, takes a NAICS code of a services sector for a service unless an HS code names goods', () => {
    expect(codes({ naics: '541611' })).toBe(true);
    expect(codes({ naics: '236220' })).toBe(true);
    expect(codes({ naics: '315110' })).toBe(false);
    expect(codes({ naics: '541611', hs_code: '2804.61' })).toBe(false);
    expect(codes({ naics: '921190' })).toBe(false);
    expect(codes({})).toBe(false);
  });
});

describe('isConstructionCodes(row)', () => {
  const construction = (fields: { psc?: string; hs_code?: string; naics?: string }) =>
    isConstructionCodes({ psc: '', hs_code: '', naics: '', ...fields });

  it('takes a PSC of construction (Y) or of work on real property (Z) for construction, and no other', () => {
    expect(construction({ psc: 'Y1AA' })).toBe(true);
    expect(construction({ psc: 'z2aa', naics: '541611' })).toBe(true);
    expect(construction({ psc: 'S201', naics: '236220' })).toBe(false);
    expect(construction({ psc: '5620' })).toBe(false);
  });

  it('without a PSC, takes a NAICS code of sector 23 for construction unless an HS code names goods', () => {
    expect(construction({ naics: '236220' })).toBe(true);
    expect(construction({ naics: '238140' })).toBe(true);
    expect(construction({ naics: '327120' })).toBe(false);
    expect(construction({ naics: '236220', hs_code: '6904.10' })).toBe(false);
    expect(construction({})).toBe(false);
  });
});

describe('isManufacturingNaics(naics)', () => {
  it('takes NAICS sector 31-33 for manufacturing, and no other sector', () => {
    for (const naics of ['311611', '315110', '325412', '334418', ' 336411'])
      expect(isManufacturingNaics(naics)).toBe(true);
    for (const naics of ['', '115114', '212221', '236220', '423430', '541611', '921190', 'x33']) {
      expect(isManufacturingNaics(naics)).toBe(false);
    }
  });
});
