import { describe, expect, it } from 'vitest';
import type { SpendRow } from '../model/spend-row.js';
import { planColumns } from './column-mapper.js';
import { openSpendFile } from './open-spend-file.js';

async function* once(text: string): AsyncGenerator<Uint8Array> {
  yield Buffer.from(text);
}

async function read(text: string, map: Record<string, string> = {}) {
  const file = await openSpendFile(once(text), { map });
  const rows: SpendRow[] = [];
  for await (const b of file.batches) rows.push(...b.rows);
  return { layout: file.layout, rows };
}

describe('planColumns(headers): amount columns named by fiscal year', () => {
  it.each([
    'FY21 Obligations',
    'FY2021 Obligated Amount',
    'FY 2022 Spend',
    'Obligations FY21',
    'FY23 Total Dollars Obligated',
    'FY24 Net Obligations',
    'FY21 Obligations ($K)',
    'Obligations (FY 2023)',
  ])('reads %s as the amount', (header) => {
    const plan = planColumns(['Vendor', 'Country', header, 'Description']);
    expect(plan.mapping.amount).toBe(header);
    expect(plan.unmapped).toEqual([]);
    expect(plan.problems).toEqual([]);
  });

  it('keeps the scale a fiscal-year header states', () => {
    expect(planColumns(['Vendor', 'FY21 Obligations ($K)']).amountScale).toBe(1000);
  });

  it('does not read a fiscal year beside a column that is no amount', () => {
    const plan = planColumns(['Vendor', 'FY21 Notes', 'FY21', 'Fiscal Year']);
    expect(plan.index.amount).toBeUndefined();
    expect(plan.unmapped).toEqual(['FY21 Notes', 'FY21', 'Fiscal Year']);
  });

  it('prefers an amount column without a fiscal year', () => {
    const plan = planColumns(['Vendor', 'FY21 Obligations', 'Obligations', 'FY22 Obligations']);
    expect(plan.mapping.amount).toBe('Obligations');
    expect(plan.unmapped).toEqual(['FY21 Obligations', 'FY22 Obligations']);
    expect(plan.problems).toEqual([]);
  });

  it('prefers a fiscal-year amount to a bare Netto, which may be a weight', () => {
    expect(planColumns(['Lieferant Name', 'Netto', 'FY22 Spend']).mapping.amount).toBe('FY22 Spend');
  });

  it('reads the latest of several fiscal years, and notes the others and how to choose one', () => {
    const plan = planColumns(['Vendor', 'FY23 Obligations', 'FY21 Obligations', 'FY22 Obligations', 'Notes']);
    expect(plan.mapping.amount).toBe('FY23 Obligations');
    expect(plan.unmapped).toEqual(['FY21 Obligations', 'FY22 Obligations', 'Notes']);
    expect(plan.problems).toHaveLength(1);
    const [note] = plan.problems;
    expect(note?.code).toBe('fiscal_year_amounts');
    expect(note?.column).toBe('FY23 Obligations');
    expect(note?.message).toContain('"FY21 Obligations" and "FY22 Obligations" are not read');
    expect(note?.message).toContain('--map amount="FY22 Obligations"');
  });

  it('orders two-digit and four-digit years alike', () => {
    const plan = planColumns(['Vendor', 'FY2024 Spend', 'FY25 Spend']);
    expect(plan.mapping.amount).toBe('FY25 Spend');
    expect(plan.problems[0]?.message).toContain('"FY2024 Spend" is not read');
  });

  it('reads the year the user names, without a note', () => {
    const plan = planColumns(['Vendor', 'FY21 Obligations', 'FY22 Obligations', 'FY23 Obligations'], {
      amount: 'FY22 Obligations',
    });
    expect(plan.mapping.amount).toBe('FY22 Obligations');
    expect(plan.problems).toEqual([]);
  });
});

describe('openSpendFile: amounts of a fiscal-year column', () => {
  it('reads the amount, and gives the row no date from the fiscal year', async () => {
    const { layout, rows } = await read(
      'Vendor,Country,FY21 Obligations,Description\nAcme,China,"$1,200",bolts\n',
    );
    expect(layout.mapping.amount).toBe('FY21 Obligations');
    expect(rows).toHaveLength(1);
    expect(rows[0]?.amount).toBe(1200);
    expect(rows[0]?.date).toBe('');
  });

  it('reads the latest year of several, or the one named with --map', async () => {
    const csv = 'Vendor,FY21 Obligations,FY22 Obligations,FY23 Obligations\nAcme,100,200,300\n';
    const latest = await read(csv);
    expect(latest.rows[0]?.amount).toBe(300);
    expect(latest.layout.problems.map((p) => p.code)).toContain('fiscal_year_amounts');
    const named = await read(csv, { amount: 'FY22 Obligations' });
    expect(named.rows[0]?.amount).toBe(200);
    expect(named.layout.problems.map((p) => p.code)).not.toContain('fiscal_year_amounts');
  });
});
