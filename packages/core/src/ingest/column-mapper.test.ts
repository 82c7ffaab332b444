import { describe, expect, it } from 'vitest';
import { planColumns } from './column-mapper.js';

describe('planColumns(headers)', () => {
  it('reads city, state / province, region and postal code columns as parts of the address, in file order', () => {
    const headers = [
      'Facility Name',
      'Address',
      'City',
      'State/Province',
      'Country',
      'Product Type',
      'Postal Code',
      'Region',
    ];
    const plan = planColumns(headers);
    expect(plan.index.supplier_address).toBe(1);
    expect(plan.addressParts).toEqual([2, 3, 6, 7]);
    expect(plan.mapping.supplier_address).toBe('Address + City + State/Province + Postal Code + Region');
    expect(plan.unmapped).toEqual([]);
  });

  it('builds the address from city and state alone when there is no address column', () => {
    const plan = planColumns(['Factory Name', 'City', 'State', 'Country / Region']);
    expect(plan.index.supplier_address).toBeUndefined();
    expect(plan.addressParts).toEqual([1, 2]);
    expect(plan.mapping.supplier_address).toBe('City + State');
    expect(plan.mapping.supplier_country).toBe('Country / Region');
  });

  it('reads only the named column when --map names the address', () => {
    const plan = planColumns(['Factory Name', 'Address', 'City', 'State'], { supplier_address: 'City' });
    expect(plan.index.supplier_address).toBe(2);
    expect(plan.addressParts).toEqual([]);
    expect(plan.mapping.supplier_address).toBe('City');
  });
});
