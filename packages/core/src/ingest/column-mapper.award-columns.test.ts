import { describe, expect, it } from 'vitest';
import type { SpendRow } from '../model/spend-row.js';
import { planColumns } from './column-mapper.js';
import { openSpendFile } from './open-spend-file.js';

async function* once(text: string): AsyncGenerator<Uint8Array> {
  yield Buffer.from(text);
}

async function read(text: string) {
  const file = await openSpendFile(once(text));
  const rows: SpendRow[] = [];
  for await (const b of file.batches) rows.push(...b.rows);
  return { layout: file.layout, rows };
}

describe('planColumns(headers): total obligations and spend', () => {
  it.each([
    'Total Obligations',
    'Total Obligation',
    'Obligations Total',
    'Total Obligated',
    'Total Dollars Obligated',
    'Total Obligated Amount',
    'Total Spend',
    'Total Amount',
  ])('reads %s as the amount', (header) => {
    const plan = planColumns(['Contract Number', 'Vendor Name', 'Vendor Country', 'PSC', header]);
    expect(plan.mapping.amount).toBe(header);
    expect(plan.unmapped).toEqual([]);
  });

  it('reads a total before the columns of the fiscal years it adds up', () => {
    const plan = planColumns([
      'Award ID',
      'Recipient Name',
      'Obligations FY2024',
      'Obligations FY2025',
      'Total Obligations',
    ]);
    expect(plan.mapping.amount).toBe('Total Obligations');
    expect(plan.unmapped).toEqual(['Obligations FY2024', 'Obligations FY2025']);
    expect(plan.problems.map((p) => p.code)).not.toContain('fiscal_year_amounts');
  });

  it('reads a total named by fiscal year as that year', () => {
    const plan = planColumns(['Vendor', 'FY23 Total Obligations', 'FY24 Total Obligations']);
    expect(plan.mapping.amount).toBe('FY24 Total Obligations');
    expect(plan.problems.map((p) => p.code)).toEqual(['fiscal_year_amounts']);
  });
});

describe('planColumns(headers): the country of a recipient, awardee or contractor', () => {
  it.each([
    'Recipient Country',
    'Recipient Country Code',
    'Recipient Country Name',
    'Vendor Country',
    'Awardee Country',
    'Awardee Country Code',
    'Contractor Country',
    'Contractor Country Name',
    'Supplier Country Name',
  ])('reads %s as the supplier country', (header) => {
    const plan = planColumns(['Recipient Name', header, 'Place of Performance Country', 'Obligations']);
    expect(plan.mapping.supplier_country).toBe(header);
    expect(plan.mapping.place_of_performance).toBe('Place of Performance Country');
  });

  it("reads an awardee's or contractor's country name where its code is empty", () => {
    expect(planColumns(['Awardee', 'Awardee Country Code', 'Awardee Country Name']).mapping).toMatchObject({
      supplier_country: 'Awardee Country Code, else Awardee Country Name',
    });
    expect(
      planColumns(['Contractor Name', 'Contractor Country Code', 'Contractor Country Name']).mapping,
    ).toMatchObject({ supplier_country: 'Contractor Country Code, else Contractor Country Name' });
  });
});

describe("planColumns(headers): a purchase order's value", () => {
  it.each([
    ['PO Value', ''],
    ['PO Value (EUR)', 'EUR'],
    ['Purchase Order Value', ''],
    ['Order Value', ''],
    ['Order Value GBP', 'GBP'],
    ['Order Amount', ''],
    ['PO Amount', ''],
  ])('reads %s as the amount (currency %s)', (header, currency) => {
    const plan = planColumns(['PO Number', 'Vendor', 'Vendor Country', 'Item Description', header]);
    expect(plan.mapping.amount).toBe(header);
    expect(plan.defaultCurrency).toBe(currency);
  });
});

describe('openSpendFile: federal award lists and purchase orders', () => {
  it("reads a total obligation, not the latest year's (empty for an award obligated in an earlier year)", async () => {
    const { layout, rows } = await read(
      'Award ID,Recipient Name,Recipient Country,PSC,Obligations FY2024,Obligations FY2025,Total Obligations\n' +
        'A1,AFGHAN CONSTRUCTION COMPANY,AFGHANISTAN,Y1AA,"$2,500,000.00",,"$2,500,000.00"\n',
    );
    expect(layout.mapping.amount).toBe('Total Obligations');
    expect(rows[0]?.amount).toBe(2_500_000);
    expect(rows[0]?.supplier_country).toBe('AFGHANISTAN');
  });

  it('reads the euro amounts of a PO Value (EUR) column', async () => {
    const { layout, rows } = await read(
      'PO Number,Vendor,Vendor Country,Item Description,PO Value (EUR),PO Date\n' +
        'PO-1,Dhaka Knit Ltd,Bangladesh,Cotton T-shirts,"950.000,00",15.03.2026\n',
    );
    expect(layout.mapping.amount).toBe('PO Value (EUR)');
    expect(rows[0]?.amount).toBe(950_000);
    expect(rows[0]?.currency).toBe('EUR');
  });
});
