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

  it("maps a contract's stated estimated value: USAspending's potential total value of award, or a generic column", () => {
    const usa = planColumns([
      'contract_transaction_unique_key',
      'award_id_piid',
      'federal_action_obligation',
      'potential_total_value_of_award',
      'recipient_name',
    ]);
    expect(usa.mapping.contract_value).toBe('potential_total_value_of_award');
    expect(usa.mapping.amount).toBe('federal_action_obligation');
    const generic = planColumns(['Supplier', 'Amount', 'Total Contract Value']);
    expect(generic.mapping.contract_value).toBe('Total Contract Value');
    expect(generic.mapping.amount).toBe('Amount');
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

  it.each([
    ['Migrant Worker %'],
    ['% of foreign migrant workers'],
    ['Foreign Workers (%)'],
    ['Migrant workers (%)'],
    ['% migrant'],
  ])('reads %s as the migrant share', (header) => {
    expect(planColumns(['Factory Name', header]).mapping.migrant_share).toBe(header);
  });

  it.each([['No. of Employees'], ['Size of workforce'], ['Total Workers']])(
    'reads %s as the worker count',
    (header) => {
      expect(planColumns(['Factory Name', header]).mapping.workers).toBe(header);
    },
  );

  it.each([['Main product'], ['Product Group'], ['Category'], ['Product Category']])(
    'reads %s as the product type',
    (header) => {
      expect(planColumns(['Factory Name', 'Country', header]).mapping.product_type).toBe(header);
    },
  );

  it.each([
    ['Parent Company'],
    ['Parent company'],
    ['Group'],
    ['Parent Group'],
    ['Owner'],
    ['Ultimate Parent Legal Business Name'],
    ['母公司'],
  ])('reads %s as the parent company', (header) => {
    const plan = planColumns(['Factory Name', 'Country', header]);
    expect(plan.mapping.parent_company).toBe(header);
    expect(plan.unmapped).toEqual([]);
  });

  it('reads the parent company of an Open Supply Hub download and of a USAspending file', () => {
    const osh = planColumns(['os_id', 'name', 'address', 'country_name', 'sector', 'parent_company']);
    expect(osh.layout).toBe('open_supply_hub_download');
    expect(osh.mapping.parent_company).toBe('parent_company');
    const usa = planColumns([
      'contract_transaction_unique_key',
      'award_id_piid',
      'recipient_name',
      'recipient_parent_name',
      'federal_action_obligation',
    ]);
    expect(usa.layout).toBe('usaspending_transactions');
    expect(usa.mapping.parent_company).toBe('recipient_parent_name');
  });

  it('reads a parent company column named with --map', () => {
    const plan = planColumns(['Factory Name', 'Country', 'Holding'], { parent_company: 'Holding' });
    expect(plan.mapping.parent_company).toBe('Holding');
    expect(plan.index.parent_company).toBe(2);
  });

  it.each([
    ['Manufacturing Site Address'],
    ['Site address'],
    ['Location'],
    ['Factory Location'],
    ['Address Line 1'],
    ['Address 1'],
    ['Registered Address'],
  ])('reads %s as the supplier address', (header) => {
    expect(planColumns(['Supplier', header, 'Country']).mapping.supplier_address).toBe(header);
  });

  it.each([['Tier 1 Factory'], ['Supplier name'], ['Factory name (English)']])(
    'reads %s as the supplier name',
    (header) => {
      expect(planColumns([header, 'Country']).mapping.supplier).toBe(header);
    },
  );

  it("prefers a factory's English name, falling back on its local name", () => {
    const headers = ['Factory name (local)', 'Factory name (English)', 'Country'];
    const plan = planColumns(headers);
    expect(plan.layout).toBe('brand_factory_list');
    expect(plan.mapping.supplier).toBe('Factory name (English)');
    expect(plan.supplierFallback).toBe(0);
    expect(plan.unmapped).toEqual([]);
  });

  it('reads an FPDS ezSearch export as FPDS, in US dollars', () => {
    const headers = [
      'PIID',
      'Referenced IDV PIID',
      'Date Signed',
      'Action Obligation ($)',
      'Legal Business Name',
      'Vendor Address City',
      'Vendor Address Country Name',
      'Principal Place of Performance Country Name',
      'Product or Service Code (PSC)',
      'Commercial Item Acquisition Procedures',
      'Description of Requirement',
    ];
    const plan = planColumns(headers);
    expect(plan.layout).toBe('fpds');
    expect(plan.mapping).toEqual({
      contract_id: 'PIID',
      supplier: 'Legal Business Name',
      supplier_address: 'Vendor Address City',
      supplier_country: 'Vendor Address Country Name',
      place_of_performance: 'Principal Place of Performance Country Name',
      psc: 'Product or Service Code (PSC)',
      amount: 'Action Obligation ($)',
      date: 'Date Signed',
      description: 'Description of Requirement',
      cots: 'Commercial Item Acquisition Procedures',
    });
    expect(plan.defaultCurrency).toBe('USD');
    expect(plan.cotsFromCommercialProcedures).toBe(true);
    expect(plan.contractParent).toBe(1);
  });

  it('reads USAspending columns in a file that keeps only a few of them', () => {
    const headers = [
      'contract_transaction_unique_key',
      'recipient_name',
      'federal_action_obligation',
      'action_date',
      'primary_place_of_performance_country_code',
      'product_or_service_code',
    ];
    const plan = planColumns(headers);
    expect(plan.layout).toBe('generic');
    expect(plan.mapping).toMatchObject({
      supplier: 'recipient_name',
      amount: 'federal_action_obligation',
      place_of_performance: 'primary_place_of_performance_country_code',
    });
    expect(plan.refColumn).toBe(0);
    expect(plan.defaultCurrency).toBe('USD');
    expect(plan.unmapped).toEqual([]);
  });
});
