import { describe, expect, it } from 'vitest';
import { isServiceCodes } from './service-code.js';

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
