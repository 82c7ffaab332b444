import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { spendRow } from '../model/spend-row.case.js';
import type { SpendRow } from '../model/spend-row.js';
import { parseFarThresholds } from '../reference/far-thresholds.js';
import { createContractFarAggregator } from './contract-far-aggregator.js';
import { createFarPlanRule } from './far-plan-rule.js';
import { farPortion } from './far-portion.js';
import { parseWeights } from './weights.js';

const dataDir = new URL('../../../../data/', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, dataDir), 'utf8');
const farThresholds = parseFarThresholds(read('far_thresholds.csv'));
const weights = parseWeights(read('weights.json'));
const names: Record<string, string> = {
  AFG: 'Afghanistan',
  KWT: 'Kuwait',
  QAT: 'Qatar',
  USA: 'United States',
};
const resolve = (text: string) =>
  ({ Afghanistan: 'AFG', AFGHANISTAN: 'AFG', Kuwait: 'KWT', Qatar: 'QAT', USA: 'USA' })[text] ?? null;
const countries = { resolve, get: () => undefined, all: () => [] };

/** Screens `rows` as a run does: the contracts' pre-pass, then the rule on each row (of federal awards unless told). */
function run(rows: SpendRow[], federalAwards = true) {
  const rule = createFarPlanRule(
    { farThresholds, countries },
    weights,
    '2026-11-29',
    (iso3) => names[iso3] ?? iso3,
    { federalAwards },
  );
  const agg = createContractFarAggregator(resolve);
  for (const r of rows) agg.add(r);
  const found = rows.map((r) =>
    rule(r, farPortion(r, resolve), r.contract_id === '' ? undefined : agg.get(r.contract_id)),
  );
  return { found, problems: rule.problems() };
}

/** Services performed in Kuwait: a FAR 52.222-50(h) portion. */
const kuwait = (row: number, contract_id: string, amount: number | null, date = '2021-01-10') =>
  spendRow({ row, contract_id, amount, date, psc: 'S216', place_of_performance: 'Kuwait' });

describe('createFarPlanRule(ref, weights, today, countryName)', () => {
  it("gives a contract's row without an amount the answer of its contract", () => {
    const { found } = run([
      kuwait(1, 'W52P1J21C0500', 300_000),
      kuwait(2, 'W52P1J21C0500', 300_000),
      kuwait(6, 'W52P1J21C0500', null, '2021-06-01'),
    ]);
    expect(found[2]).not.toBeNull();
    expect(found.map((f) => f?.summary)).toEqual(Array(3).fill(found[0]?.summary));
    expect(found[0]?.summary).toContain(
      'contract W52P1J21C0500: USD 600,000 over 2 such rows and 1 without an amount exceeds USD 550,000',
    );
    // One row with an amount and one without: still the contract's answer, on both rows.
    const pair = run([kuwait(1, 'C-1', 700_000), kuwait(2, 'C-1', null)]).found;
    expect(pair[1]?.summary).toContain('contract C-1: USD 700,000 over 1 such row and 1 without an amount');
    expect(pair[0]?.summary).toBe(pair[1]?.summary);
  });

  it('gives no finding to a row without an amount whose contract stays under the threshold or is unknown', () => {
    expect(run([kuwait(1, 'C-2', 300_000), kuwait(2, 'C-2', null)]).found).toEqual([null, null]);
    expect(run([kuwait(1, 'C-3', null), kuwait(2, 'C-3', null)]).found).toEqual([null, null]);
    expect(run([kuwait(1, '', null)]).found).toEqual([null]);
  });

  it('sums the rows of a contract whose id is written with other case, spaces, dashes or dots', () => {
    const { found } = run([
      kuwait(1, 'W52P1J-21-C-0031', 300_000),
      kuwait(2, 'W52P1J21C0031', 300_000),
      kuwait(3, 'w52p1j21c0031', 300_000),
    ]);
    expect(
      found.every((f) => f?.summary.includes('contract W52P1J-21-C-0031: USD 900,000 over 3 such rows')),
    ).toBe(true);
    expect(found.map((f) => f?.details?.contract_id)).toEqual([
      'W52P1J-21-C-0031',
      'W52P1J21C0031',
      'w52p1j21c0031',
    ]);
  });

  it('cites the threshold row of the clause text it applies, dated by that text', () => {
    const [f2019] = run([kuwait(1, '', 520_000, '2019-03-15')]).found;
    expect(f2019?.details?.threshold).toBe(500_000);
    expect(f2019?.source).toMatchObject({ dataset: 'far_thresholds', as_of: '2015-03-02' });
    expect(f2019?.source.record).toContain('MAR 2015');
    const [f2022] = run([kuwait(1, '', 600_000, '2022-03-15')]).found;
    expect(f2022?.source).toMatchObject({ as_of: '2020-10-01' });
  });

  it('notes, counted with the first row, the rows dated before the first threshold', () => {
    const { found, problems } = run([
      spendRow({
        row: 15,
        amount: 900_000,
        date: '2014-09-30',
        psc: 'Z1JZ',
        place_of_performance: 'Afghanistan',
      }),
      kuwait(16, 'C-4', 400_000, '2014-12-01'),
      kuwait(17, 'C-4', 400_000, '2016-02-01'),
      kuwait(18, '', 900_000, '2016-02-01'),
    ]);
    expect(found.map((f) => f?.details?.threshold ?? null)).toEqual([null, null, null, 500_000]);
    const note = problems.find((p) => p.code === 'far_before_threshold');
    expect(note).toMatchObject({ row: 15, line: 16 });
    expect(note?.message).toMatch(/^3 row\(s\) that the FAR 52\.222-50\(h\) compliance-plan test concerns/);
    expect(note?.message).toContain(
      'before 2015-03-02, when the first threshold in the data (USD 500,000) took effect',
    );
    expect(note?.message).toContain('(first: row 15, line 16, judged on 2014-09-30)');
    expect(run([kuwait(1, '', 900_000, '2016-02-01')]).problems).toEqual([]);
  });

  it('carries the caveat of the data on actions from the day it names, and makes no threshold of it', () => {
    const [late] = run([kuwait(7, '', 600_000, '2026-01-15')]).found;
    expect(late?.details?.threshold).toBe(550_000);
    // The summary is a register cell: the caveat is a short clause there, its full text in the details.
    expect(late?.summary).toBe(
      'FAR 52.222-50(h) compliance plan required: services performed in Kuwait; USD 600,000 exceeds USD ' +
        '550,000 (threshold from 2020-10-01; a USD 700,000 threshold from 2025-10-01 is reported but not ' +
        'verified, see threshold_caveat in findings.jsonl)',
    );
    expect(late?.details?.threshold_caveat).toContain('one secondary source');
    expect(late?.details?.threshold_caveat).toContain('gives USD 700,000');
    expect(late?.details?.threshold_caveat).toContain('not verified');
    const [early] = run([kuwait(7, '', 600_000, '2025-09-30')]).found;
    expect(early?.summary).not.toContain('700,000');
    expect(early?.details?.threshold_caveat).toBeUndefined();
  });

  it('keeps net totals but notes contracts that de-obligations take under the threshold', () => {
    const qatar = (row: number, contract_id: string, amount: number) =>
      spendRow({ row, contract_id, amount, date: '2021-03-01', psc: 'S203', place_of_performance: 'Qatar' });
    const { found, problems } = run([
      qatar(1, 'HQ003421C0100', 200_000),
      qatar(2, 'HQ003421C0100', 200_000),
      qatar(3, 'HQ003421C0100', 200_000),
      qatar(4, 'HQ003421C0100', -60_000),
      // Net still above: a finding and no note; positive sum below: neither.
      qatar(5, 'C-6', 700_000),
      qatar(6, 'C-6', -100_000),
      qatar(7, 'C-7', 500_000),
      qatar(8, 'C-7', -100_000),
    ]);
    expect(found.map((f) => f !== null)).toEqual([false, false, false, false, true, true, false, false]);
    const notes = problems.filter((p) => p.code === 'far_net_of_deobligations');
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ row: 1, line: 2 });
    expect(notes[0]?.message).toMatch(/^1 contract\(s\) \(4 row\(s\)\) have de-obligations/);
    expect(notes[0]?.message).toContain(
      'first: contract HQ003421C0100, row 1, line 2: USD 600,000 obligated, USD 540,000 net, threshold USD 550,000 from 2020-10-01',
    );
  });

  it('says a plan is required of federal awards, and only if the row is a federal contract otherwise', () => {
    const rows = [kuwait(1, '', 900_000)];
    const [federal] = run(rows, true).found;
    const [other] = run(rows, false).found;
    expect(federal?.summary).toMatch(
      /^FAR 52\.222-50\(h\) compliance plan required: services performed in Kuwait;/,
    );
    expect(other?.summary).toMatch(
      /^FAR 52\.222-50\(h\) compliance plan required if this is a US federal contract or subcontract: services performed in Kuwait;/,
    );
    expect(other?.level).toBe(federal?.level);
    expect([federal?.details?.federal_award_file, other?.details?.federal_award_file]).toEqual([true, false]);
    // Without the context, the rule does not claim the rows are federal awards.
    const bare = createFarPlanRule({ farThresholds, countries }, weights, '2026-11-29', (iso3) => iso3);
    expect(bare(rows[0]!, farPortion(rows[0]!, resolve))?.summary).toContain(
      'required if this is a US federal',
    );
  });

  it('counts every row abroad in another currency as untested, whether or not its codes tell its kind', () => {
    const row = (n: number, fields: Partial<SpendRow>) =>
      spendRow({ row: n, amount: 900_000, date: '2025-05-01', supplier_country: 'Qatar', ...fields });
    const { found, problems } = run([
      // Codes that tell, in EUR: untested for the currency.
      row(1, { psc: 'S206', currency: 'EUR' }),
      // No code, in EUR and in QAR: untested for the currency too, not left out of every note.
      row(2, { currency: 'EUR' }),
      row(3, { currency: 'QAR' }),
      // No code, in USD: the note on rows of unknown kind.
      row(4, { currency: 'USD' }),
      // At home, COTS, or without an amount: in no note.
      row(5, { currency: 'EUR', supplier_country: 'USA' }),
      row(6, { currency: 'EUR', cots: true }),
      row(7, { currency: 'EUR', amount: null }),
    ]);
    expect(found.every((f) => f === null)).toBe(true);
    const currency = problems.find((p) => p.code === 'far_untested_currency');
    expect(currency).toMatchObject({ row: 1, line: 2 });
    expect(currency?.message).toMatch(
      /^3 row\(s\) that the FAR 52\.222-50\(h\) compliance-plan test concerns or may concern \(non-COTS supplies from abroad or services performed abroad; for 2 of them it cannot tell which: no PSC or HS code and no NAICS code of a services sector or of manufacturing\) are in EUR, QAR, not USD \(first: row 1, line 2\)/,
    );
    expect(currency?.message).toContain('(and a PSC or NAICS code where they have none)');
    const unknown = problems.find((p) => p.code === 'far_kind_unknown');
    expect(unknown?.message).toMatch(/^1 row\(s\) with an amount .* \(first: row 4, line 5, Qatar\)/);
    // The currency note comes first, as it did when the screener made it.
    expect(problems.map((p) => p.code)).toEqual(['far_untested_currency', 'far_kind_unknown']);
  });

  it('says nothing of codes in the currency note when every untested row has them', () => {
    const { problems } = run([
      spendRow({ row: 1, amount: 900_000, psc: 'S206', place_of_performance: 'Qatar', currency: 'EUR' }),
    ]);
    const [note] = problems;
    expect(note?.message).toMatch(
      /^1 row\(s\) that the FAR .* \(non-COTS supplies from abroad or services performed abroad\) are in EUR, not USD/,
    );
    expect(note?.message).not.toContain('PSC or NAICS');
  });

  it('notes, counted with the first row, the rows abroad whose codes do not tell supplies from services', () => {
    // A guard force in Kabul described only in words: no PSC, NAICS or HS code.
    const kabul = (row: number, fields: Partial<SpendRow> = {}) =>
      spendRow({
        row,
        amount: 900_000,
        date: '2021-05-01',
        supplier: 'KABUL GUARD SERVICES CO',
        supplier_country: 'AFGHANISTAN',
        place_of_performance: 'AFGHANISTAN',
        description: 'LOCAL GUARD FORCE US EMBASSY KABUL',
        ...fields,
      });
    const { found, problems } = run([
      // NAICS 921190 (public administration) is neither a services sector nor manufacturing.
      kabul(4, { naics: '921190' }),
      kabul(5),
      // Bought from a US supplier with no place of performance: at home either way (as supplies, foreign-made
      // goods bought from a US distributor are acquired in the United States).
      kabul(6, { place_of_performance: '', supplier_country: 'USA', origin_country: 'Afghanistan' }),
      kabul(7, { place_of_performance: '', supplier_country: '', origin_country: 'Afghanistan' }),
    ]);
    expect(found).toEqual([null, null, null, null]);
    const note = problems.find((p) => p.code === 'far_kind_unknown');
    expect(note).toMatchObject({ row: 4, line: 5 });
    expect(note?.message).toMatch(
      /^3 row\(s\) with an amount and a place of performance, supplier or origin outside the United States have no PSC or HS code and no NAICS code of a services sector or of manufacturing \(first: row 4, line 5, Afghanistan\)/,
    );
    expect(note?.message).toContain('--map psc="<column>" or --map naics="<column>"');
  });

  it('judges a row with a manufacturing NAICS code and no PSC or HS code as supplies', () => {
    // Printed circuit assemblies (NAICS 334418) bought from a supplier abroad, not said to be COTS.
    const boards = spendRow({
      row: 3,
      amount: 900_000,
      date: '2026-02-05',
      supplier: 'Shenzhen Electronics Co',
      supplier_country: 'Afghanistan',
      description: 'Printed circuit assemblies',
      naics: '334418',
    });
    expect(farPortion(boards, resolve)).toMatchObject({ kind: 'supplies', iso3: 'AFG', cots_unknown: true });
    const { found, problems } = run([boards]);
    expect(found[0]?.kind).toBe('far_plan');
    expect(problems.find((p) => p.code === 'far_kind_unknown')).toBeUndefined();
  });

  it('gives no such note for rows whose codes tell, at home, without an amount, said to be COTS or not in USD', () => {
    const row = (fields: Partial<SpendRow>) =>
      spendRow({ amount: 900_000, date: '2021-05-01', supplier_country: 'Afghanistan', ...fields });
    const { problems } = run([
      row({ psc: 'S206' }),
      row({ naics: '561612' }),
      row({ hs_code: '6203.42' }),
      row({ psc: '8415', cots: true }),
      row({ cots: true }),
      row({ amount: null }),
      row({ supplier_country: 'USA', place_of_performance: 'USA' }),
      row({ supplier_country: 'USA', origin_country: 'USA' }),
      row({ supplier_country: '', place_of_performance: '' }),
      row({ currency: 'EUR' }),
    ]);
    expect(problems.filter((p) => p.code === 'far_kind_unknown')).toEqual([]);
  });
});
