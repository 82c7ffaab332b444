import { describe, expect, it } from 'vitest';
import type { Finding } from '../model/finding.js';
import type { ScreenedRow } from '../model/screened-row.js';
import { dispositionLookup } from './carry-over.js';
import { findingIdentity } from './finding-identity.js';
import { supplierIdentity } from './supplier-identity.js';

const finding = (record: string): Finding => ({
  kind: 'entity',
  level: 'critical',
  summary: 'listed',
  source: { dataset: 'uflpa_entities', record, as_of: '2025-01-15' },
});

const row = (supplier: string, country: string | null, findings: Finding[]) =>
  ({ input: { supplier }, country, findings }) as unknown as ScreenedRow;

describe('supplierIdentity(name, country)', () => {
  it('folds case, accents, punctuation and spacing, and keeps the country apart', () => {
    expect(supplierIdentity('ACME  Ltd.', 'CHN')).toBe(supplierIdentity('acme ltd', 'CHN'));
    expect(supplierIdentity('Société Générale', null)).toBe('societe generale|');
    expect(supplierIdentity('Acme Ltd', 'CHN')).not.toBe(supplierIdentity('Acme Ltd', 'VNM'));
  });
});

describe('findingIdentity(finding)', () => {
  it('is the kind, dataset and record, not the wording or level', () => {
    const a = finding('row 12');
    expect(findingIdentity(a)).toBe('entity|uflpa_entities|row 12');
    const reworded: Finding = { ...a, summary: 'other words', level: 'high' };
    expect(findingIdentity(reworded)).toBe(findingIdentity(a));
    expect(findingIdentity(finding('row 13'))).not.toBe(findingIdentity(a));
  });
});

describe('dispositionLookup(dispositions)', () => {
  it('finds the state for the same supplier and finding in a later screening, and nothing otherwise', () => {
    const f = finding('row 12');
    const stateOf = dispositionLookup([
      {
        org_id: 1,
        supplier_key: supplierIdentity('Hoshine Silicon', 'CHN'),
        finding_key: findingIdentity(f),
        state: 'false_positive',
        note: '',
        updated_by: 1,
        updated_at: '2026-01-01T00:00:00.000Z',
      },
    ]);
    expect(stateOf(row('HOSHINE  SILICON', 'CHN', [f]), f)).toBe('false_positive');
    expect(stateOf(row('HOSHINE SILICON', 'VNM', [f]), f)).toBeUndefined();
    expect(stateOf(row('HOSHINE SILICON', 'CHN', [f]), finding('row 13'))).toBeUndefined();
  });
});
