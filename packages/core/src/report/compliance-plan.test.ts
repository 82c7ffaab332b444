import { describe, expect, it } from 'vitest';
import { CompliancePlanAccumulator } from './compliance-plan-accumulator.js';
import { markdownText, renderCompliancePlan } from './compliance-plan-md.js';
import { expectGolden } from './fixtures/golden-file.case.js';
import { datasets, hotlines, planContext, reportRows } from './fixtures/report-rows.case.js';

const context = planContext;

function plan(): string {
  const acc = new CompliancePlanAccumulator();
  acc.add(reportRows());
  return renderCompliancePlan(acc.result(), context);
}

describe('CompliancePlanAccumulator.add(rows)', () => {
  it('keeps only rows with a far_plan finding, one entry per contract', () => {
    const acc = new CompliancePlanAccumulator();
    expect(acc.hasPlans).toBe(false);
    acc.add(reportRows());
    const r = acc.result();
    expect(acc.hasPlans).toBe(true);
    expect(r.rows).toBe(3);
    expect(r.contracts.map((c) => [c.contract_id, c.rows])).toEqual([
      ['C-001', 1],
      ['C-002', 2],
    ]);
    expect(r.contracts[1]!.far_countries).toEqual(['MYS', 'THA']);
    expect(r.contracts[1]!.spend).toEqual({ USD: 1_200_000 });
  });

  it('keys a row without contract id by its row and bounds contracts and risks', () => {
    const rows = reportRows().slice(0, 1);
    const noId = rows.map((r) => ({ ...r, input: { ...r.input, contract_id: '' } }));
    const acc = new CompliancePlanAccumulator({ maxContracts: 1, maxRisks: 2 });
    acc.add(noId);
    acc.add(reportRows().slice(1, 2));
    const r = acc.result();
    expect(r.contracts.map((c) => c.key)).toEqual(['row 1']);
    expect(r.contracts[0]!.risks).toHaveLength(2);
    expect(r.contracts[0]!.more_risks).toBe(3);
    expect(r.contracts_not_kept).toBe(1);
  });
});

describe('renderCompliancePlan(result, context)', () => {
  const text = plan();

  it('renders the fixture contracts as the golden plan', () => {
    expectGolden('compliance-plan.golden.md', text);
  });

  it('says the clause binds federal contracts and subcontracts only, not a company’s own purchase orders', () => {
    const intro = text.split('\n## ')[0]!;
    expect(intro).toContain('applies only to US federal government contracts and to the subcontracts');
    expect(intro).toContain('own purchase orders outside a federal contract');
    expect(intro).toContain('not a legal requirement');
  });

  it('covers the five (h)(3) elements in every contract section', () => {
    const sections = text.split('\n## ').slice(1);
    expect(sections).toHaveLength(2);
    for (const s of sections) {
      for (const el of ['(h)(3)(i) ', '(h)(3)(ii) ', '(h)(3)(iii) ', '(h)(3)(iv) ', '(h)(3)(v) ']) {
        expect(s).toContain(`### ${el}`);
      }
      expect(s).toContain('1-844-888-FREE');
    }
  });

  it('gives the hotlines of a country of performance from the data, and says when none is known', () => {
    const thai = hotlines.filter((h) => h.iso3 === 'THA');
    expect(thai.length).toBeGreaterThan(0);
    for (const h of thai) expect(text).toContain(markdownText(h.name));
    expect(text).toContain('China (CHN): no hotline for this country is known in tipwatch’s hotline dataset');
  });

  it('escapes supplier names so they cannot inject Markdown or HTML', () => {
    expect(text).toContain('\\<script\\>alert(1)\\</script\\> Trading');
    expect(text).not.toContain('<script>');
  });
});

describe('markdownText(text)', () => {
  it('neutralises links, emphasis, tables and HTML, and keeps one line', () => {
    expect(markdownText('[click](http://x) *a* |b| <i>c</i>\nd')).toBe(
      '\\[click\\](http://x) \\*a\\* \\|b\\| \\<i\\>c\\</i\\> d',
    );
  });
});

describe('renderCompliancePlan(result, context) with a place that does not resolve', () => {
  it('names the place as unresolved and suggests no hotline for it', () => {
    const [first] = reportRows();
    const row = {
      ...first!,
      input: { ...first!.input, contract_id: 'C-X', place_of_performance: 'Atlantis' },
      findings: first!.findings.map((f) => (f.kind === 'far_plan' ? { ...f, details: {} } : f)),
    };
    const acc = new CompliancePlanAccumulator();
    acc.add([row]);
    const text = renderCompliancePlan(acc.result(), context);
    expect(text).toContain('Countries of performance: “Atlantis” (not resolved to a country)');
    expect(text).toContain(
      'No country of performance is known for these rows, so no local hotline can be suggested.',
    );
  });
});

describe('renderCompliancePlan(result, context): the awareness program', () => {
  it('tailors it to the risks at medium level or above, not to a low one', () => {
    const [first] = reportRows();
    const withLevel = (level: 'low' | 'high') => ({
      ...first!,
      input: { ...first!.input, contract_id: `C-${level}` },
      findings: first!.findings.map((f) => (f.kind === 'far_plan' ? f : { ...f, level })),
    });
    const acc = new CompliancePlanAccumulator();
    acc.add([withLevel('low'), withLevel('high')]);
    const sections = renderCompliancePlan(acc.result(), context).split('\n## ').slice(1);
    const low = sections.find((s) => s.startsWith('Contract C-low'));
    const high = sections.find((s) => s.startsWith('Contract C-high'));
    expect(low).toBeDefined();
    expect(low).not.toContain('Tailor it to this contract’s risks');
    expect(high).toContain('Tailor it to this contract’s risks');
  });
});

describe('CompliancePlanAccumulator.add(rows): value', () => {
  it('counts a row without a currency in US dollars, as the FAR test did', () => {
    const [first] = reportRows();
    const acc = new CompliancePlanAccumulator();
    acc.add([{ ...first!, input: { ...first!.input, currency: '', amount: 50_000 } }]);
    expect(acc.result().contracts[0]?.spend).toEqual({ USD: 50_000 });
  });
});

/** The first fixture row as a row of `contract_id` with `amount`, its far_plan finding's details replaced. */
function farRow(
  row: number,
  contract_id: string,
  amount: number,
  details: Record<string, string | number | boolean | null> = {},
) {
  const [first] = reportRows();
  return {
    ...first!,
    input: { ...first!.input, row, contract_id, amount },
    findings: first!.findings.map((f) =>
      f.kind === 'far_plan' ? { ...f, details: { ...f.details, ...details } } : f,
    ),
  };
}

describe('CompliancePlanAccumulator.add(rows): one contract written several ways', () => {
  it('gives the rows of ids differing in case, spaces, dashes or dots one section, titled as first written', () => {
    const acc = new CompliancePlanAccumulator();
    acc.add([
      farRow(1, 'W52P1J-21-C-0031', 300_000),
      farRow(2, 'W52P1J21C0031', 300_000),
      farRow(3, 'w52p1j21c0031', 300_000),
    ]);
    const r = acc.result();
    expect(r.contracts).toHaveLength(1);
    expect(r.contracts[0]).toMatchObject({
      contract_id: 'W52P1J-21-C-0031',
      other_ids: ['W52P1J21C0031', 'w52p1j21c0031'],
      rows: 3,
      row_numbers: [1, 2, 3],
      spend: { USD: 900_000 },
    });
    const text = renderCompliancePlan(r, context);
    expect(text).toContain('## Contract W52P1J-21-C-0031\n');
    expect(text).toContain('- Also written: W52P1J21C0031; w52p1j21c0031 (ids that differ only in case');
  });
});

describe('renderCompliancePlan(result, context): value, countries and threshold of a contract', () => {
  const render = (rows: ReturnType<typeof farRow>[]) => {
    const acc = new CompliancePlanAccumulator();
    acc.add(rows);
    return renderCompliancePlan(acc.result(), context);
  };

  it('says a value is net of de-obligations and gives what it is made of', () => {
    const closeOut = render([farRow(1, 'W91GY019C0003', -700_000)]);
    expect(closeOut).toContain(
      '- Value of these rows, net of de-obligations: -700,000 USD (obligations 0 USD; de-obligations -700,000 USD; currencies not converted)',
    );
    expect(closeOut).not.toContain('- Value of these rows: -700,000');
    const mixed = render([farRow(1, 'C-9', 700_000), farRow(2, 'C-9', -200_000)]);
    expect(mixed).toContain(
      'net of de-obligations: 500,000 USD (obligations 700,000 USD; de-obligations -200,000 USD;',
    );
    expect(render([farRow(1, 'C-8', 700_000)])).toContain(
      '- Value of these rows: 700,000 USD (currencies not converted)',
    );
  });

  it('names the countries of supplies for what they are, and those of services as of performance', () => {
    const supplies = render([farRow(1, 'C-1', 900_000, { portion: 'supplies', iso3: 'MYS' })]);
    expect(supplies).toContain('- Countries where the supplies are acquired or produced: Malaysia (MYS)');
    expect(supplies).not.toContain('Countries of performance:');
    const services = render([farRow(1, 'C-2', 900_000, { portion: 'services', iso3: 'THA' })]);
    expect(services).toContain('- Countries of performance: Thailand (THA)');
    const both = render([
      farRow(1, 'C-3', 900_000, { portion: 'services', iso3: 'THA' }),
      farRow(2, 'C-3', 900_000, { portion: 'supplies', iso3: 'MYS' }),
    ]);
    expect(both).toContain(
      '- Countries of performance (services) or of the supplies: Malaysia (MYS); Thailand (THA)',
    );
  });

  it('gives the threshold applied, and says when it is older than the clause text the draft follows', () => {
    const older = render([farRow(1, 'C-1', 520_000, { threshold: 500_000, threshold_from: '2015-03-02' })]);
    expect(older).toContain(
      '- Threshold: USD 500,000, in force from 2015-03-02. It is older than the OCT 2020 text this draft follows',
    );
    const current = render([farRow(1, 'C-2', 600_000, { threshold: 550_000, threshold_from: '2020-10-01' })]);
    expect(current).toContain('- Threshold: USD 550,000, in force from 2020-10-01\n'); // The clause text's own date decides, not when its file was read.
    const acc = new CompliancePlanAccumulator();
    acc.add([farRow(1, 'C-3', 600_000, { threshold: 550_000, threshold_from: '2020-10-01' })]);
    const reread = renderCompliancePlan(acc.result(), {
      ...context,
      datasets: datasets.map((d) => (d.id === 'far_52_222_50' ? { ...d, as_of: '2026-11-30' } : d)),
    });
    expect(reread).toContain('- Threshold: USD 550,000, in force from 2020-10-01\n');
  });
});
