import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createClassifier } from '../classify/create-classifier.js';
import type { ScreenedRow } from '../model/screened-row.js';
import type { RejectedRow } from '../model/spend-row.js';
import { loadReferenceData } from '../reference/load-reference-data.js';
import type { ScreenOptions } from './screen-options.js';
import { screenSpendFile } from './screen-spend-file.js';
import { buildTestReference, exactMatcher } from './screening-fixture.case.js';
import { parseWeights } from './weights.js';

const dataDir = new URL('../../../../data/', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, dataDir), 'utf8');
const ref = buildTestReference(read);
const weights = parseWeights(read('weights.json'));

function bytes(text: string): () => AsyncIterable<Uint8Array> {
  return () =>
    (async function* () {
      yield new TextEncoder().encode(text);
    })();
}

async function run(csv: string, reference = ref, options: Partial<ScreenOptions> = {}) {
  let opens = 0;
  const open = bytes(csv);
  const rows: ScreenedRow[] = [];
  const rejects: RejectedRow[] = [];
  const summary = await screenSpendFile({
    open: () => {
      opens++;
      return open();
    },
    fileOptions: {},
    ref: reference,
    matcher: exactMatcher(reference.listEntries),
    weights,
    options: { today: '2026-11-29', ...options },
    onRows: (batch) => {
      rows.push(...batch);
    },
    onRejects: (batch) => {
      rejects.push(...batch);
    },
  });
  return { summary, rows, rejects, opens };
}

describe('screenSpendFile(args)', () => {
  it('reads twice when contract_id is mapped and judges FAR per contract', async () => {
    const csv = [
      'contract_id,supplier,place_of_performance,psc,amount,currency,date',
      'C-1,Alpha Services GmbH,Germany,S201,300000,USD,2024-03-01',
      'C-1,Alpha Services GmbH,Germany,S201,300000,USD,2024-04-01',
      'C-2,Xinjiang Zhongtai Chemical Co. Ltd.,China,S201,100,USD,2024-04-01',
      'C-3,Beta Ltd,Germany,S201,abc,USD,2024-04-01',
    ].join('\n');
    const { summary, rows, opens } = await run(csv);
    expect(opens).toBe(2);
    expect(summary.passes).toBe(2);
    expect(summary.far_contracts).toBe(2);
    expect(summary.rejected).toBe(1);
    expect(summary.rows).toBe(summary.screened + summary.rejected);
    expect(rows.slice(0, 2).every((r) => r.findings.some((f) => f.kind === 'far_plan'))).toBe(true);
    expect(rows[2]?.level).toBe('critical');
    expect(summary.levels.critical).toBe(1);
    expect(summary.spend.USD?.medium).toBe(600_000);
    expect(summary.data_versions.map((d) => d.dataset)).toContain('uflpa_entities');
  });

  it('says when rejected rows belong to a contract whose other rows are summed for the FAR test', async () => {
    const csv = [
      'contract_id,supplier,place_of_performance,psc,amount,currency,date',
      'C-1,Alpha Services GmbH,Germany,S201,400000,USD,2024-03-01',
      'C-1,,Germany,S201,300000,USD,2024-04-01',
      'C-2,Beta Ltd,Germany,S201,abc,USD,2024-04-01',
    ].join('\n');
    const { summary, rows } = await run(csv);
    expect(rows[0]?.findings.some((f) => f.kind === 'far_plan')).toBe(false);
    const problem = summary.layout.problems.find((p) => p.code === 'rejected_contract_rows');
    expect(problem?.message).toMatch(
      /^1 rejected row\(s\) belong to 1 contract\(s\) .*\(first: contract C-1, row 2, line 3\)/,
    );
    const clean = await run(
      csv
        .split('\n')
        .filter((l) => !l.startsWith('C-1,,'))
        .join('\n'),
    );
    expect(clean.summary.layout.problems.some((p) => p.code === 'rejected_contract_rows')).toBe(false);
  });

  it('counts rejected rows of one contract as one, however its id is written', async () => {
    const csv = [
      'contract_id,supplier,place_of_performance,psc,amount,currency,date',
      'W912DQ-16-D-3002,Alpha Services GmbH,Germany,S201,400000,USD,2024-03-01',
      'w912dq16d3002,,Germany,S201,300000,USD,2024-04-01',
      'W912DQ 16 D 3002,,Germany,S201,100000,USD,2024-04-02',
    ].join('\n');
    const { summary } = await run(csv);
    const problem = summary.layout.problems.find((p) => p.code === 'rejected_contract_rows');
    expect(problem?.message).toMatch(
      /^2 rejected row\(s\) belong to 1 contract\(s\) .*\(first: contract w912dq16d3002, row 2, line 3\)/,
    );
  });

  it("passes on the FAR test's notes: rows dated before the first threshold, contracts de-obligations took under it", async () => {
    const csv = [
      'contract_id,supplier,place_of_performance,psc,amount,currency,date',
      'C-1,Alpha Services GmbH,Germany,S201,900000,USD,2014-09-30',
      'C-2,Beta Services GmbH,Germany,S201,200000,USD,2024-03-01',
      'C-2,Beta Services GmbH,Germany,S201,200000,USD,2024-03-02',
      'C-2,Beta Services GmbH,Germany,S201,200000,USD,2024-03-03',
      'C-2,Beta Services GmbH,Germany,S201,-60000,USD,2024-06-01',
    ].join('\n');
    const { summary, rows } = await run(csv);
    expect(rows.some((r) => r.findings.some((f) => f.kind === 'far_plan'))).toBe(false);
    const codes = summary.layout.problems.map((p) => p.code);
    expect(codes).toContain('far_before_threshold');
    expect(codes).toContain('far_net_of_deobligations');
    const early = summary.layout.problems.find((p) => p.code === 'far_before_threshold');
    expect(early).toMatchObject({ row: 1, line: 2 });
  });

  it('reports the values of a country column that are no country, once per column', async () => {
    const csv = [
      'supplier,country,origin country,amount',
      'Acme,Burma,,10',
      'Beta,Narnia,Atlantis,10',
      'Gamma,P.R.C.,,10',
      'Delta,Narnia,,10',
      'Epsilon,Xanadu,,10',
      'Zeta,Lilliput,,10',
      'Eta,Oz,,10',
      'Theta,n/a,,10',
    ].join('\n');
    const { summary, rows } = await run(csv);
    expect(rows.map((r) => r.country)).toEqual(['MMR', null, 'CHN', null, null, null, null, null]);
    const problems = summary.layout.problems.filter((p) => p.code === 'unknown_country');
    expect(problems.map((p) => p.message)).toEqual([
      '5 value(s) in column "country" are not a known country: "Narnia" (row 2), "Xanadu" (row 5), ' +
        '"Lilliput" (row 6), …; those rows were screened without a country (no TIP tier or country-wide finding).',
      '1 value(s) in column "origin country" are not a known country: "Atlantis" (row 2); ' +
        'those rows were screened without a country (no TIP tier or country-wide finding).',
    ]);
    expect(problems[0]).toMatchObject({ row: 2, line: 3, column: 'country' });
  });

  it('says what became of rows whose place of performance is no country, and that OCONUS is not abroad', async () => {
    const csv = [
      'supplier,country,place of performance,psc,amount',
      'Acme,Qatar,Al Udeid Air Base,S206,900000',
      'Beta,United Arab Emirates,OCONUS,S206,900000',
    ].join('\n');
    const { summary, rows } = await run(csv);
    expect(rows.map((r) => r.country)).toEqual(['QAT', 'ARE']);
    const [problem] = summary.layout.problems.filter((p) => p.code === 'unknown_country');
    expect(problem?.message).toContain(
      "the place was not understood: those rows were screened with the supplier's",
    );
    expect(problem?.message).toContain('not tested against FAR 52.222-50(h)');
    expect(problem?.message).toContain(
      'OCONUS (outside the continental United States) is not taken as abroad',
    );
    expect(problem?.message).not.toContain('screened without a country');
  });

  it('says how many rows the FAR test concerns could not be tested because they are not in USD', async () => {
    const csv = [
      'contract_id,supplier,place_of_performance,psc,amount,currency,date',
      'C-1,Doha Guarding WLL,Qatar,S206,3500000,QAR,2022-01-01',
      'C-1,Doha Guarding WLL,Qatar,S206,100000,QAR,2022-02-01',
      'C-2,Alpha Services GmbH,Germany,S201,900000,EUR,2024-03-01',
      'C-3,Beta Services LLC,Germany,S201,900000,USD,2024-03-01',
      'C-4,Gamma Supply Inc,United States,S201,900000,EUR,2024-03-01',
    ].join('\n');
    const { summary, rows } = await run(csv);
    const problems = summary.layout.problems.filter((p) => p.code === 'far_untested_currency');
    expect(problems).toHaveLength(1);
    // Three rows abroad in other currencies; the US row is not for the test, the USD row is tested.
    expect(problems[0]?.message).toMatch(
      /^3 row\(s\) that the FAR 52\.222-50\(h\) .* in QAR, EUR, not USD \(first: row 1, line 2\)/,
    );
    expect(rows[3]?.findings.some((f) => f.kind === 'far_plan')).toBe(true);
    const { summary: usdOnly } = await run(
      csv.split('\n').slice(0, 1).concat(csv.split('\n')[4]!).join('\n'),
    );
    expect(usdOnly.layout.problems.some((p) => p.code === 'far_untested_currency')).toBe(false);
  });

  it('counts rows abroad in another currency as untested also when their codes do not tell their kind', async () => {
    // A European ERP export: no PSC, HS or NAICS code; amounts in EUR, one in USD.
    const csv = [
      'Lieferant;Land;Beschreibung;Betrag;Währung',
      'Hanoi Cleaning Services JSC;Vietnam;Reinigung Büro Hanoi;125400;EUR',
      'Kakao Ghana Ltd;Ghana;Kakaobohnen;1450000;EUR',
      'Müller Logistik GmbH;Deutschland;Spedition;65000;EUR',
      'Shenzhen Electronics Co;China;Laptops;310000;USD',
    ].join('\n');
    const { summary } = await run(csv);
    const far = summary.layout.problems.filter((p) => p.code.startsWith('far_'));
    expect(far.map((p) => p.code)).toEqual(['far_untested_currency', 'far_kind_unknown']);
    // Every row abroad that went untested is in one note: three in EUR, the USD one for its codes.
    expect(far[0]?.message).toMatch(
      /^3 row\(s\) .* for 3 of them it cannot tell which: .* are in EUR, not USD/,
    );
    expect(far[1]?.message).toMatch(/^1 row\(s\) .* \(first: row 4, line 5, China\)/);
  });

  it('says a plan is required of the rows of a federal award layout, and only if federal of other files', async () => {
    const usaspending = [
      'award_id_piid,recipient_name,primary_place_of_performance_country_code,product_or_service_code,federal_action_obligation,action_date',
      'W912D121C0001,Doha Guarding WLL,QAT,S206,900000,2022-01-01',
    ].join('\n');
    const invoices = [
      'PO Number,Vendor Name,Place of Performance,PSC,Invoice Amount,Currency,Invoice Date',
      'PO-0001,Doha Guarding WLL,Qatar,S206,900000,USD,2022-01-01',
    ].join('\n');
    const far = (rows: ScreenedRow[]) => rows[0]?.findings.find((f) => f.kind === 'far_plan');
    const federal = far((await run(usaspending)).rows);
    const other = far((await run(invoices)).rows);
    expect(federal?.summary).toMatch(
      /^FAR 52\.222-50\(h\) compliance plan required: services performed in Qatar/,
    );
    expect(other?.summary).toMatch(
      /^FAR 52\.222-50\(h\) compliance plan required if this is a US federal contract or subcontract: services performed in Qatar/,
    );
    expect(other?.level).toBe(federal?.level);
    // A caller that knows better says so.
    expect(far((await run(invoices, ref, { federalAwards: true })).rows)?.summary).toMatch(
      /^FAR 52\.222-50\(h\) compliance plan required: /,
    );
  });

  it('reports no country problem when every country resolves', async () => {
    const { summary } = await run('supplier,country,amount\nAcme,Hong Kong SAR,10\nBeta,U.S.A.,5\n');
    expect(summary.layout.problems.filter((p) => p.code === 'unknown_country')).toEqual([]);
  });

  it('says when many descriptions of rows without a code matched no goods or sector keyword', async () => {
    const csv = [
      'supplier,country,description,hs_code,amount',
      'Usina Alfa,Brazil,Açúcar VHP a granel,,1000',
      'Usina Beta,Brazil,Açúcar cristal,1701.14,900',
      'Café Gama,Brazil,Café verde,,200',
      'Carvão Delta,Brazil,Carvão vegetal,,300',
      'Epsilon,Brazil,,,10',
      'Zeta,Brazil,Castanha-do-pará,,50',
      'Eta,Brazil,Couro bovino,,70',
    ].join('\n');
    const { summary } = await run(csv);
    const notes = summary.layout.problems.filter((p) => p.code === 'unclassified_descriptions');
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ row: 1, column: 'description' });
    expect(notes[0]?.message).toMatch(
      /^5 of 5 descriptions in column "description" \(rows without an HS, NAICS or PSC code\) matched no goods or sector keyword/,
    );
    expect(notes[0]?.message).toContain('(first: row 1, "Açúcar VHP a granel")');
    expect(notes[0]?.message).toContain(
      'Descriptions are read in English and, for the main goods, in Spanish',
    );
  });

  it("says when many product types of a brand list's rows matched no goods or sector keyword", async () => {
    const csv = [
      'Factory Name,Country,Product Type',
      'Alpha Trims,China,Zippers',
      'Beta Trims,China,Buttons',
      'Gamma Trims,China,Labels',
      'Delta Bags,China,Handbags',
      'Epsilon Belts,China,Belts',
      'Zeta Knits,China,',
    ].join('\n');
    const { summary } = await run(csv);
    const notes = summary.layout.problems.filter((p) => p.code === 'unclassified_descriptions');
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ row: 1, column: 'Product Type' });
    expect(notes[0]?.message).toMatch(
      /^5 of 5 product types in column "Product Type" \(rows without an HS, NAICS or PSC code\) matched no goods or sector keyword \(first: row 1, "Zippers"\)\. Product types are read in English/,
    );
    expect(notes[0]?.expected).toMatch(/^a product type that names its goods/);
  });

  it('counts a product type as read when its row was classified', async () => {
    // The vendored crosswalk's keywords, which the test reference's classifier (codes only) lacks.
    const classifier = createClassifier(
      { codes: read('crosswalk/codes.csv'), keywords: read('crosswalk/keywords.csv') },
      ref.goods,
    );
    const csv = ['Factory Name,Country,Product Type'];
    for (let i = 1; i <= 12; i++) csv.push(`F${i},China,${i % 4 ? 'Sportswear' : 'Zippers'}`);
    const { summary } = await run(csv.join('\n'), { ...ref, classifier });
    expect(summary.layout.problems.filter((p) => p.code === 'unclassified_descriptions')).toEqual([]);
  });

  it("applies CBP's Turkmenistan cotton order to products made of cotton, whose good is not Cotton", async () => {
    const classifier = createClassifier(
      { codes: read('crosswalk/codes.csv'), keywords: read('crosswalk/keywords.csv') },
      ref.goods,
    );
    const csv = [
      'supplier,country,description,product_type,hs_code',
      'Alpha,Turkmenistan,COTTON T-SHIRTS,,',
      'Beta,Turkmenistan,,Baumwollgarn,',
      'Gamma,Turkmenistan,Knitted T-shirts,,6109.10',
      'Delta,Turkmenistan,Rohbaumwolle,,',
      'Epsilon,Turkmenistan,Knitted T-shirts,,',
    ].join('\n');
    const { rows } = await run(csv, { ...ref, classifier });
    const order = (r: ScreenedRow) =>
      r.findings.find((f) => f.kind === 'import_ban' && /Turkmenistan cotton/i.test(f.summary))?.summary ??
      null;
    const goods = (r: ScreenedRow) =>
      r.findings.filter((f) => f.kind === 'goods').map((f) => f.details?.good);
    expect(rows.map(order)).toEqual([
      expect.stringContaining('(matched Cotton (keyword "cotton"))'),
      expect.stringContaining('(matched Cotton (keyword "Baumwollgarn"))'),
      expect.stringContaining('(matched Cotton (HS 610910))'),
      expect.stringContaining('(matched Cotton)'),
      null,
    ]);
    // ILAB lists Cotton for Turkmenistan but not Garments or Thread/Yarn: the material is the finding.
    expect(rows.map(goods)).toEqual([['Cotton'], ['Cotton'], ['Cotton'], ['Cotton'], []]);
    const materialOf = (r: ScreenedRow) =>
      r.findings.find((f) => f.kind === 'goods')?.details?.material_of ?? null;
    expect(rows.map(materialOf)).toEqual(['Garments', 'Thread/Yarn', 'Garments', null, null]);
  });

  it('gives no note on descriptions when few classified nothing or their rows have codes', async () => {
    const few = ['supplier,country,description,amount', 'Alfa,Brazil,Café verde,1', 'Beta,Brazil,Açúcar,2'];
    const coded = ['supplier,country,description,hs_code,amount'];
    // Codes are read whatever the language, whether or not they classify (8481.80, taps and valves, does not).
    for (let i = 1; i <= 10; i++)
      coded.push(`S${i},Brazil,Produto ${i},${i % 2 ? '1701.14' : '8481.80'},${i}`);
    for (const csv of [few, coded]) {
      const { summary } = await run(csv.join('\n'));
      expect(summary.layout.problems.filter((p) => p.code === 'unclassified_descriptions')).toEqual([]);
    }
  });

  it('reads once without a contract_id column', async () => {
    const { summary, opens, rows } = await run('supplier,country,amount\nAcme,Burma,10\n');
    expect(opens).toBe(1);
    expect(summary.passes).toBe(1);
    expect(rows[0]?.country).toBe('MMR');
    expect(summary.levels.high).toBe(1);
  });
});

describe('screenSpendFile(args): rejected rows that name an import ban’s origin', () => {
  // The shipped data in full (the test reference has no origin words): every file the manifest lists.
  const files = new Map<string, string>([['manifest.json', read('manifest.json')]]);
  for (const d of (JSON.parse(read('manifest.json')) as { datasets: { file: string }[] }).datasets) {
    files.set(d.file, read(d.file));
  }
  const shipped = loadReferenceData(files);

  it('says so in their reason and in one note; other rejects keep their reason', async () => {
    const csv = [
      'manufacturer,shipper,description,hs_code,country_of_origin,amount',
      ',,"TOMATO PASTE, XINJIANG",200290,China,100',
      'Acme Foods Co,,canned tuna,160414,Thailand,50',
      ',,cotton yarn,5205,Turkey,10',
    ].join('\n');
    const { summary, rejects } = await run(csv, shipped);
    expect(rejects.map((r) => r.reason)).toEqual([
      'missing supplier name (columns "manufacturer" and "shipper" are empty); its description names an import ban\'s origin ("TOMATO PASTE, XINJIANG"): not screened, correct the row',
      'missing supplier name (columns "manufacturer" and "shipper" are empty)',
    ]);
    const note = summary.layout.problems.find((p) => p.code === 'rejected_ban_origin');
    expect(note).toMatchObject({ row: 1, line: 2 });
    expect(note?.message).toMatch(/^1 rejected row\(s\) name an import ban's origin in their description/);
  });
});
