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

  it('names a listed entity by its stable key, so a list version that moves its row keeps the identity', () => {
    const listed = (record: string, entry: string): Finding => ({
      ...finding(record),
      source: { dataset: 'cbp_wro', record, as_of: '2026-01-29' },
      details: { entry, list: 'cbp_wro', entry_country: 'CHN' },
    });
    const before = listed('row 45', 'cbp_wro:hoshine-silicon-industry-co-ltd-4e3b49cd');
    const moved = listed('row 46', 'cbp_wro:hoshine-silicon-industry-co-ltd-4e3b49cd');
    expect(findingIdentity(before)).toBe('entity|cbp_wro|cbp_wro:hoshine-silicon-industry-co-ltd-4e3b49cd');
    expect(findingIdentity(moved)).toBe(findingIdentity(before));
    expect(findingIdentity(listed('row 45', 'cbp_wro:another-entry-0badf00d'))).not.toBe(
      findingIdentity(before),
    );
    // Only entity findings name an entry; the others keep the record they cite.
    const goods: Finding = { ...moved, kind: 'goods', details: { entry: 'x', good: 'Cotton' } };
    expect(findingIdentity(goods)).toBe('goods|cbp_wro|row 46');
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
        note: 'another company',
        updated_by: 1,
        updated_at: '2026-01-01T00:00:00.000Z',
      },
    ]);
    expect(stateOf(row('HOSHINE  SILICON', 'CHN', [f]), f)).toEqual({
      state: 'false_positive',
      note: 'another company',
    });
    expect(stateOf(row('HOSHINE SILICON', 'VNM', [f]), f)).toBeUndefined();
    expect(stateOf(row('HOSHINE SILICON', 'CHN', [f]), finding('row 13'))).toBeUndefined();
  });
});
