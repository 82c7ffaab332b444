import { describe, expect, it } from 'vitest';
import { planColumns } from './column-mapper.js';
import { isRejected, RowBuilder } from './row-builder.js';

const SUBAWARD = [
  'prime_award_piid',
  'prime_award_naics_code',
  'prime_award_product_or_service_code',
  'subaward_amount',
  'subawardee_name',
  'subawardee_country_code',
  'subawardee_country_name',
  'subaward_description',
];

describe("planColumns(headers): USAspending's subaward download", () => {
  it("reads the prime award's PSC and NAICS as the row's codes", () => {
    const plan = planColumns(SUBAWARD);
    expect(plan.mapping.psc).toBe('prime_award_product_or_service_code');
    expect(plan.mapping.naics).toBe('prime_award_naics_code');
  });

  it("prefers a file's own PSC and NAICS to the prime's", () => {
    const plan = planColumns([...SUBAWARD, 'PSC', 'NAICS']);
    expect(plan.mapping.psc).toBe('PSC');
    expect(plan.mapping.naics).toBe('NAICS');
  });

  it('reads the country name where the country code is empty', () => {
    const plan = planColumns(SUBAWARD);
    expect(plan.mapping.supplier_country).toBe('subawardee_country_code, else subawardee_country_name');
    const builder = new RowBuilder(plan, SUBAWARD, {});
    const row = (code: string, name: string) => {
      const r = builder.build(
        [
          'SPE2DH21C0700',
          '339113',
          '6515',
          '800000',
          'SUPERMAX GLOVE MANUFACTURING SDN BHD',
          code,
          name,
          'GLOVES',
        ],
        1,
        2,
      );
      return isRejected(r) ? null : r.supplier_country;
    };
    expect(row('', 'MALAYSIA')).toBe('MALAYSIA');
    expect(row('MYS', 'MALAYSIA')).toBe('MYS');
    expect(row('', '')).toBe('');
  });

  it('has no country fallback without a name column, nor for a bare Country Code', () => {
    expect(planColumns(['Supplier', 'Country Code', 'Country Name']).supplierCountryFallback).toBeNull();
    const plan = planColumns(SUBAWARD.filter((h) => h !== 'subawardee_country_name'));
    expect(plan.mapping.supplier_country).toBe('subawardee_country_code');
    expect(plan.supplierCountryFallback).toBeNull();
  });

  it('reads the USAspending recipient country name where the code is empty', () => {
    const headers = [
      'award_id_piid',
      'recipient_name',
      'recipient_country_code',
      'recipient_country_name',
      'federal_action_obligation',
    ];
    const plan = planColumns(headers);
    expect(plan.mapping.supplier_country).toBe('recipient_country_code, else recipient_country_name');
  });
});
