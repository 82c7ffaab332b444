import { describe, expect, it } from 'vitest';
import type { ScreenedRow } from '../model/screened-row.js';
import type { SpendRow } from '../model/spend-row.js';
import { CompliancePlanAccumulator, shortDescription } from './compliance-plan-accumulator.js';
import { type CompliancePlanContext, renderCompliancePlan } from './compliance-plan-md.js';
import { planContext, reportRows } from './fixtures/report-rows.case.js';

const context = planContext;

/** The first fixture row with `input` changed and its far_plan finding's details replaced by `details`. */
function farRow(
  input: Partial<SpendRow>,
  details: Record<string, string | number | boolean | null> = {},
): ScreenedRow {
  const [first] = reportRows();
  return {
    ...first!,
    input: { ...first!.input, ...input },
    findings: first!.findings.map((f) =>
      f.kind === 'far_plan' ? { ...f, details: { iso3: 'QAT', portion: 'services', ...details } } : f,
    ),
  };
}

/** The header bullets of the first contract section. */
function header(rows: ScreenedRow[], ctx: CompliancePlanContext = context): string {
  const acc = new CompliancePlanAccumulator();
  acc.add(rows);
  const section = renderCompliancePlan(acc.result(), ctx).split('\n## ')[1] ?? '';
  return section.slice(0, section.indexOf('### '));
}

const decidedByEstimate = {
  value: 4_200_000,
  estimated_value: 4_200_000,
  obligated: 250_000,
  per_contract: false,
  threshold: 550_000,
  threshold_from: '2020-10-01',
  threshold_date: '2025-12-15',
};

describe('renderCompliancePlan(result, context): what decided a contract', () => {
  it('gives the estimated value that was compared, and its column, beside the smaller value of the rows', () => {
    const text = header(
      [
        farRow(
          { contract_id: 'W912D125C0002', amount: 250_000, contract_value: 4_200_000, date: '2025-12-15' },
          decidedByEstimate,
        ),
      ],
      { ...context, columns: { contract_value: 'potential_total_value_of_award', date: 'action_date' } },
    );
    expect(text).toContain('- Value of these rows: 250,000 USD (currencies not converted)\n');
    expect(text).toContain(
      '- Value compared with the threshold: **USD 4,200,000**, the contract’s estimated value as the file states it (column potential\\_total\\_value\\_of\\_award), larger than the USD 250,000 that these rows add up to\n',
    );
    // Without the run's columns the value is still given, its column not.
    expect(header([farRow({ contract_id: 'C-1', amount: 250_000 }, decidedByEstimate)])).toContain(
      '**USD 4,200,000**, the contract’s estimated value as the file states it, larger than',
    );
  });

  it('says when the rows’ own amounts were compared', () => {
    const text = header([
      farRow(
        { contract_id: 'C-2', amount: 700_000, date: '2024-07-01' },
        { value: 700_000, threshold: 550_000, threshold_from: '2020-10-01', threshold_date: '2024-07-01' },
      ),
    ]);
    expect(text).toContain(
      '- Value compared with the threshold: **USD 700,000**, what these rows add up to in US dollars (the file states no larger estimated value)\n',
    );
  });

  it('keeps the day the threshold is in force from apart from the contract’s own dates', () => {
    const rows = [
      farRow(
        { row: 1, contract_id: 'C-3', date: '2020-09-15' },
        {
          ...decidedByEstimate,
          threshold: 500_000,
          threshold_from: '2015-03-02',
          threshold_date: '2020-09-15',
        },
      ),
      farRow(
        { row: 2, contract_id: 'C-3', date: '2021-09-30' },
        {
          ...decidedByEstimate,
          threshold: 500_000,
          threshold_from: '2015-03-02',
          threshold_date: '2020-09-15',
        },
      ),
      farRow(
        { row: 3, contract_id: 'C-3', date: '2021-02-10' },
        {
          ...decidedByEstimate,
          threshold: 500_000,
          threshold_from: '2015-03-02',
          threshold_date: '2020-09-15',
        },
      ),
    ];
    const text = header(rows, { ...context, columns: { date: 'action_date' } });
    expect(text).toContain(
      '- Dates of these rows (column action\\_date): first 2020-09-15, last 2021-09-30\n',
    );
    expect(text).toContain(
      '- Threshold: USD 500,000, in force from 2015-03-02 (the contract was judged on 2020-09-15, the first date of these rows). It is older than the OCT 2020 text',
    );
    const undated = header([
      farRow({ contract_id: 'C-4', date: '' }, { ...decidedByEstimate, threshold_date: '2026-11-30' }),
    ]);
    expect(undated).toContain('- Dates of these rows: none given\n');
    expect(undated).toContain(
      '(the contract was judged on 2026-11-30: no row is dated, so the day of the screening)',
    );
  });
});

describe('renderCompliancePlan(result, context): what the contract buys', () => {
  it('gives the rows’ descriptions once each, shortened, and their PSC and NAICS codes', () => {
    const rows = [
      farRow({
        row: 1,
        contract_id: 'C-5',
        description: 'BASE SECURITY GUARD SERVICES CAMP ARIFJAN',
        psc: 'S206',
        naics: '561612',
      }),
      farRow({
        row: 2,
        contract_id: 'C-5',
        description: 'Base  security guard services camp Arifjan',
        psc: 'S206',
        naics: '561612',
      }),
      farRow({ row: 3, contract_id: 'C-5', description: 'INCREMENTAL FUNDING', psc: 'S206', naics: '' }),
    ];
    expect(header(rows, { ...context, columns: { description: 'transaction_description' } })).toContain(
      '- What is bought, as the file describes it: “BASE SECURITY GUARD SERVICES CAMP ARIFJAN”; “INCREMENTAL FUNDING” (column transaction\\_description); PSC S206; NAICS 561612\n',
    );
  });

  it('keeps a few descriptions and codes per contract, and says there are more', () => {
    const rows = Array.from({ length: 8 }, (_, i) =>
      farRow({ row: i + 1, contract_id: 'C-6', description: `item ${i}`, psc: `P${i}`, naics: '' }),
    );
    const acc = new CompliancePlanAccumulator();
    acc.add(rows);
    const c = acc.result().contracts[0]!;
    expect(c.descriptions).toEqual(['item 0', 'item 1', 'item 2']);
    expect(c.more_descriptions).toBe(true);
    expect(c.psc).toEqual(['P0', 'P1', 'P2', 'P3', 'P4']);
    expect(c.more_codes).toBe(true);
    expect(header(rows)).toContain(
      '“item 2”; and other descriptions; PSC P0, P1, P2, P3, P4 (more codes in the rows)',
    );
  });

  it('cuts a long description at a word', () => {
    const long =
      'BASE OPERATIONS SUPPORT SERVICES INCLUDING DINING FACILITY, BILLETING, LAUNDRY, FIRE PROTECTION AND CUSTODIAL SERVICES';
    expect(shortDescription(long)).toBe(
      'BASE OPERATIONS SUPPORT SERVICES INCLUDING DINING FACILITY, BILLETING, LAUNDRY, FIRE…',
    );
    expect(shortDescription('  short\n text ')).toBe('short text');
  });
});

describe('renderCompliancePlan(result, context): a threshold caveat', () => {
  it('quotes in full the caveat that the finding’s summary names in short', () => {
    const caveat =
      'A later threshold of USD 700,000 from 2025-10-01 is reported by a secondary source, not verified.';
    const acc = new CompliancePlanAccumulator();
    acc.add([
      farRow({ contract_id: 'C-CAVEAT', amount: 800_000, date: '2025-12-15' }, { threshold_caveat: caveat }),
    ]);
    const plan = renderCompliancePlan(acc.result(), context);
    const why = plan.slice(plan.indexOf('### Why a plan is needed'));
    expect(why).toContain(`The threshold caveat in full: “${caveat}”.`);
  });
});

describe('renderCompliancePlan(result, context): the awarding agency', () => {
  it('names the agency the rows give, with its column, and says when rows of one contract name several', () => {
    const one = header(
      [
        farRow(
          { contract_id: 'C-AG', agency: 'Department of the Army', date: '2025-12-15' },
          decidedByEstimate,
        ),
      ],
      { ...context, columns: { agency: 'awarding_sub_agency_name' } },
    );
    expect(one).toContain(
      '- Awarding agency (column awarding\\_sub\\_agency\\_name): Department of the Army\n',
    );
    const several = header([
      farRow({ contract_id: 'C-AG', agency: 'Department of the Army' }, decidedByEstimate),
      farRow({ contract_id: 'C-AG', agency: 'Department of State' }, decidedByEstimate),
      farRow({ contract_id: 'C-AG', agency: 'Department of the Navy' }, decidedByEstimate),
    ]);
    expect(several).toContain(
      '- Awarding agency (several in the rows): Department of the Army; Department of State; and others\n',
    );
    expect(header([farRow({ contract_id: 'C-NONE' }, decidedByEstimate)])).not.toContain('Awarding agency');
  });
});

describe('renderCompliancePlan(result, context): the workforce', () => {
  it('gives the migrant share as a measure, not as money', () => {
    const text = header([
      farRow({ contract_id: 'C-MIG', migrant_share: 0.333, workers: 9000 }, decidedByEstimate),
    ]);
    expect(text).toContain('- Share of migrant workers (largest figure): 33.3%\n');
  });
});
