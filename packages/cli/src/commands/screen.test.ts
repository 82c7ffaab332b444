import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { captureEffects, DATA_DIR } from '../capture-effects.case.js';
import { runCommand } from '../main.js';

const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'tipwatch-screen-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Compares an output with its golden file; on mismatch writes `*-changed.*` beside it and fails. */
function expectGolden(actual: string, goldenName: string): void {
  const golden = join(fixtures, goldenName);
  const changed = golden.replace(/\.golden\./, '-changed.');
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(golden, actual);
  const expected = existsSync(golden) ? readFileSync(golden, 'utf8') : '';
  if (actual !== expected) writeFileSync(changed, actual);
  else rmSync(changed, { force: true });
  expect(actual, `${goldenName} differs: see ${changed}`).toBe(expected);
}

async function screen(args: string[]) {
  const e = captureEffects();
  const code = await runCommand(['node', 'tipwatch', 'screen', ...args], e.fx);
  return { code, out: e.out(), err: e.err() };
}

describe('tipwatch screen FILE', () => {
  const out = join(tmp, 'mixed');
  let summary: Record<string, unknown>;

  it('screens every row or rejects it with a reason, and prints a JSON summary', async () => {
    const r = await screen([join(fixtures, 'mixed-spend.csv'), '--out', out, '--json']);
    expect(r.code, r.err).toBe(0);
    summary = JSON.parse(r.out);
    expect(summary).toMatchObject({ rows: 10, screened: 8, rejected: 2, out });
    const levels = summary.levels as Record<string, number>;
    expect(Object.values(levels).reduce((a, b) => a + b, 0)).toBe(8);
    expect((summary.layout as { layout: string }).layout).toBe('generic');
    const versions = (summary.data_versions as { dataset: string }[]).map((d) => d.dataset);
    expect(versions).toContain('uflpa_entities');
    // The portal's seed content is no input of a screen.
    expect(versions).not.toContain('seed_content');
    // One row, a services contract abroad, needs a FAR 52.222-50(h) compliance plan.
    expect(summary.far_plan).toEqual({ rows: 1, contracts: 1, path: join(out, 'compliance-plan.md') });
    expect(existsSync(join(out, 'compliance-plan.md'))).toBe(true);
  });

  it('says in the JSON summary when no compliance plan was written', async () => {
    const clean = join(tmp, 'no-plan.csv');
    writeFileSync(clean, 'supplier,country,amount\nAcme Office Supply,USA,100\n');
    const dir = join(tmp, 'no-plan');
    const r = await screen([clean, '--out', dir, '--json']);
    expect(r.code, r.err).toBe(0);
    expect(JSON.parse(r.out).far_plan).toEqual({ rows: 0, contracts: 0, path: null });
    expect(existsSync(join(dir, 'compliance-plan.md'))).toBe(false);
  });

  it('writes the register and findings as the golden files say', () => {
    expectGolden(readFileSync(join(out, 'register.csv'), 'utf8'), 'mixed-spend.register.golden.csv');
    expectGolden(readFileSync(join(out, 'findings.jsonl'), 'utf8'), 'mixed-spend.findings.golden.jsonl');
    expectGolden(readFileSync(join(out, 'rejects.csv'), 'utf8'), 'mixed-spend.rejects.golden.csv');
  });

  it('finds each kind of risk in the rows made to carry it', () => {
    const findings = readFileSync(join(out, 'findings.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { row: number; kind: string; level: string; source: { dataset: string } });
    const kinds = (row: number) => new Set(findings.filter((f) => f.row === row).map((f) => f.kind));
    expect(kinds(1).has('entity')).toBe(true); // Hoshine, under a CBP order
    expect(kinds(2).has('import_ban')).toBe(true); // an Urumqi address in China
    expect(kinds(3).has('import_ban')).toBe(true); // Turkmenistan cotton
    expect(kinds(4).has('goods')).toBe(true); // polo shirts from Bangladesh
    expect(kinds(5).has('import_ban')).toBe(false); // Aksu in Kazakhstan is not Xinjiang
    expect(kinds(6).has('sector')).toBe(true); // construction
    expect(kinds(9).has('entity')).toBe(true); // Top Glove Berhad for Top Glove Bhd
    for (const f of findings) expect(f.source.dataset).not.toBe('');
  });

  it('writes a self-contained report with the data versions and their gaps', () => {
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(html.startsWith('<!doctype html>') || html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).not.toMatch(/<script|<link[^>]+stylesheet|src="http/i);
    expect(html).toContain('HOSHINE SILICON IND CO LTD');
    expect(html).toContain('partial: the list had 144 entities');
    expect(html).toContain('<code>tip_tiers</code>');
    expect(html).not.toContain('<code>seed_content</code>');
  });

  it('exits with 3 when --fail-on is met and 0 when it is not', async () => {
    const file = join(fixtures, 'mixed-spend.csv');
    expect((await screen([file, '--out', join(tmp, 'f1'), '--fail-on', 'critical'])).code).toBe(3);
    const clean = join(tmp, 'clean.csv');
    writeFileSync(clean, 'supplier,country,amount\nAcme Office Supply,USA,100\n');
    expect((await screen([clean, '--out', join(tmp, 'f2'), '--fail-on', 'high'])).code).toBe(0);
  });

  it('takes the --fail-on level in any case', async () => {
    const file = join(fixtures, 'mixed-spend.csv');
    expect((await screen([file, '--out', join(tmp, 'f3'), '--fail-on', 'CRITICAL'])).code).toBe(3);
    expect((await screen([file, '--out', join(tmp, 'f4'), '--fail-on', 'High'])).code).toBe(3);
  });
});

describe('tipwatch screen: a run that screens nothing', () => {
  it('reads the supplier from a Vendor column where the Supplier column is empty', async () => {
    const file = join(tmp, 'vendor-column.csv');
    writeFileSync(
      file,
      'Supplier,Vendor,Country,Amount\n,Hoshine Silicon Industry Co Ltd,China,100\n,Acme Office Supply,USA,5\n',
    );
    const r = await screen([file, '--out', join(tmp, 'vendor-column'), '--fail-on', 'high']);
    expect(r.err).toMatch(/supplier +<- Supplier, else Vendor\n/);
    expect(r.out).toContain('Screened 2 of 2 rows (none rejected).');
    expect(r.code, r.err).toBe(3);
  });

  it('exits with 2 when every row is rejected, still writing the outputs', async () => {
    const file = join(tmp, 'no-names.csv');
    writeFileSync(file, 'Supplier,Country,Amount\n,China,100\n,USA,5\n');
    const dir = join(tmp, 'no-names');
    for (const extra of [[], ['--json'], ['--fail-on', 'low']]) {
      const r = await screen([file, '--out', dir, ...extra]);
      expect(r.code, r.err).toBe(2);
      expect(r.err).toContain(
        `tipwatch: no row could be screened: all 2 rows were rejected, see ${join(dir, 'rejects.csv')}\n`,
      );
    }
    expect(readFileSync(join(dir, 'rejects.csv'), 'utf8')).toContain('missing supplier name');
    expect(existsSync(join(dir, 'report.html'))).toBe(true);
  });

  it('exits with 2 on a file with a header and no data rows', async () => {
    const file = join(tmp, 'header-only.csv');
    writeFileSync(file, 'Factory Name,Address,Country\n');
    const dir = join(tmp, 'header-only');
    const r = await screen([file, '--out', dir]);
    expect(r.code, r.err).toBe(2);
    expect(r.err).toContain('tipwatch: the file has no data rows\n');
    expect(existsSync(join(dir, 'register.csv'))).toBe(true);
  });

  it('says so in its help', async () => {
    const r = await screen(['--help']);
    expect(r.out + r.err).toContain('no row could be');
  });
});

describe('tipwatch screen --list FILE', () => {
  it('flags suppliers on a user list, whose countries may be written as names', async () => {
    const list = join(tmp, 'our-watchlist.csv');
    writeFileSync(list, 'name,aliases,country\nSteppe Logistics LLP,Steppe Logistika,Kazakhstan\n');
    const dir = join(tmp, 'with-list');
    const r = await screen([join(fixtures, 'mixed-spend.csv'), '--out', dir, '--list', list]);
    expect(r.code, r.err).toBe(0);
    const hit = readFileSync(join(dir, 'findings.jsonl'), 'utf8')
      .split('\n')
      .filter((l) => l.includes('"row":5,') && l.includes('"kind":"entity"'));
    expect(hit).toHaveLength(1);
    expect(hit[0]).toContain('our-watchlist');
  });
});

describe('tipwatch screen: bad input', () => {
  it('exits with 2 and one line naming the file when it does not exist', async () => {
    const r = await screen([join(tmp, 'nope.csv'), '--out', join(tmp, 'x')]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^tipwatch: .*nope\.csv: no such file/);
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  it('exits with 2 naming the columns that exist when --map names a missing one', async () => {
    const r = await screen([
      join(fixtures, 'mixed-spend.csv'),
      '--out',
      join(tmp, 'y'),
      '--map',
      'supplier=Vendor',
    ]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('Vendor');
    expect(r.err).toContain('po_number');
  });

  it('exits with 2 on an unknown --map field or --fail-on level', async () => {
    const file = join(fixtures, 'mixed-spend.csv');
    expect((await screen([file, '--map', 'vendor=supplier'])).code).toBe(2);
    expect((await screen([file, '--fail-on', 'severe'])).code).toBe(2);
  });

  it('exits with 2 saying a JSON or HTML file saved as .csv is not CSV', async () => {
    const json = join(tmp, 'export.csv');
    writeFileSync(json, '[{"supplier":"Hoshine","country":"China","amount":1}]\n');
    const r = await screen([json, '--out', join(tmp, 'json-out')]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^tipwatch: The file looks like JSON .*not a CSV file/);
    const html = join(tmp, 'page.csv');
    writeFileSync(
      html,
      '<!DOCTYPE html>\n<html><body><table><tr><th>Supplier</th></tr></table></body></html>\n',
    );
    const h = await screen([html, '--out', join(tmp, 'html-out')]);
    expect(h.code).toBe(2);
    expect(h.err).toMatch(/^tipwatch: The file looks like HTML or XML .*not a CSV file/);
  });

  it('exits with 2 on a file that is not CSV or XLSX, and leaves no outputs behind', async () => {
    const bin = join(tmp, 'photo.csv');
    writeFileSync(bin, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 0, 1, 2, 3, 0, 0]));
    const dir = join(tmp, 'bin-out');
    const r = await screen([bin, '--out', dir]);
    expect(r.code).toBe(2);
    expect(existsSync(join(dir, 'register.csv'))).toBe(false);
  });
});

describe('tipwatch screen: a USAspending contract-transactions download', () => {
  it("reads the 297-column layout and sums a contract's transactions for the FAR plan test", async () => {
    const columns = readFileSync(join(DATA_DIR, 'formats', 'usaspending_contract_columns.txt'), 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '' && !l.startsWith('#'));
    expect(columns).toHaveLength(297);
    const row = (values: Record<string, string>) =>
      columns.map((c) => JSON.stringify(values[c] ?? '')).join(',');
    const base = {
      award_id_piid: '19AQMM24C0042',
      recipient_name: 'GULF BUILD CONTRACTING WLL',
      recipient_country_code: 'QAT',
      primary_place_of_performance_country_code: 'QAT',
      product_or_service_code: 'Y1AA',
      naics_code: '236220',
      transaction_description: 'EMBASSY ANNEX CONSTRUCTION',
    };
    const text = [
      columns.join(','),
      row({
        ...base,
        contract_transaction_unique_key: 'K1',
        federal_action_obligation: '400000',
        action_date: '2024-02-01',
      }),
      row({
        ...base,
        contract_transaction_unique_key: 'K2',
        federal_action_obligation: '300000',
        action_date: '2024-05-01',
      }),
    ].join('\n');
    const file = join(tmp, 'usaspending.csv');
    writeFileSync(file, text);
    const dir = join(tmp, 'usaspending');
    const r = await screen([file, '--out', dir, '--json']);
    expect(r.code, r.err).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ screened: 2, layout: { layout: 'usaspending_transactions' } });
    const far = readFileSync(join(dir, 'findings.jsonl'), 'utf8')
      .split('\n')
      .filter((l) => l.includes('"kind":"far_plan"'));
    // Neither transaction alone exceeds USD 550,000; together they do.
    expect(far).toHaveLength(2);
    expect(far[0]).toContain('700,000');
    expect(readFileSync(join(dir, 'compliance-plan.md'), 'utf8')).toContain('## Contract 19AQMM24C0042');
    // Two transactions of one contract: two rows, one section of the plan.
    const plan = join(dir, 'compliance-plan.md');
    expect(JSON.parse(r.out).far_plan).toEqual({ rows: 2, contracts: 1, path: plan });
    const human = await screen([file, '--out', dir]);
    expect(human.code, human.err).toBe(0);
    expect(human.out).toContain(
      `FAR 52.222-50(h): 2 rows need a compliance plan, in 1 contract; the draft has a section for each: ${plan}.\n`,
    );
  });
});

describe('tipwatch screen: the FAR plan of a file that is not federal award data', () => {
  it('says the rows would need a plan if they belong to US federal contracts', async () => {
    const file = join(tmp, 'purchase-orders.csv');
    writeFileSync(
      file,
      'PO Number,Supplier,Supplier Country,PSC,Amount,Date\n' +
        'PO-1,Gulf Build Contracting,Qatar,Y1AA,750000,2024-05-01\n' +
        'PO-2,Doha Facilities WLL,Qatar,S201,600000,2024-06-01\n',
    );
    const dir = join(tmp, 'purchase-orders');
    const human = await screen([file, '--out', dir]);
    expect(human.code, human.err).toBe(0);
    expect(human.out).toContain(
      `FAR 52.222-50(h): 2 rows would need a compliance plan if they belong to US federal contracts or subcontracts, in 2 contracts; the draft has a section for each: ${join(dir, 'compliance-plan.md')}.\n`,
    );
  });
});

describe('tipwatch screen: encodings and spreadsheets', () => {
  it('reads a windows-1252 file with accented names', async () => {
    const file = join(tmp, 'cp1252.csv');
    writeFileSync(
      file,
      iconv.encode(
        'supplier;country;amount\nSociété Générale d’Équipement;France;1.234,50\n',
        'windows-1252',
      ),
    );
    const dir = join(tmp, 'cp1252');
    const r = await screen([file, '--out', dir, '--json']);
    expect(r.code, r.err).toBe(0);
    expect(readFileSync(join(dir, 'register.csv'), 'utf8')).toContain('Société Générale d’Équipement');
  });

  it('prints, after the layout, what it found wrong while reading: unreadable dates, a stray quote', async () => {
    const file = join(tmp, 'notes.csv');
    writeFileSync(
      file,
      'supplier,country,amount,date\nAlpha Ltd,Germany,10,2023-13-45\n"Beta Ltd,Germany,10,2023-01-02\nGamma Ltd,France,5,2023-02-03\n',
    );
    const r = await screen([file, '--out', join(tmp, 'notes')]);
    expect(r.code, r.err).toBe(0);
    expect(r.err).toMatch(/Note: .*"2023-13-45"/);
    expect(r.out).toContain('Screened 2 of 3 rows (1 rejected');
  });

  it('reads an XLSX brand factory list and flags a high share of migrant workers', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Factories');
    ws.addRow([
      'Factory Name',
      'Address',
      'Country / Region',
      'Product Type',
      'Number of Workers',
      '% Migrant Workers',
    ]);
    ws.addRow([
      'Penang Precision Components Sdn Bhd',
      'Bayan Lepas, Penang',
      'Malaysia',
      'Electronics',
      1200,
      '35%',
    ]);
    ws.addRow(['Gazipur Knitwear Ltd', 'Gazipur', 'Bangladesh', 'Apparel', 800, '0%']);
    const file = join(tmp, 'factories.xlsx');
    await wb.xlsx.writeFile(file);
    const dir = join(tmp, 'xlsx');
    const r = await screen([file, '--out', dir, '--json']);
    expect(r.code, r.err).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({
      rows: 2,
      screened: 2,
      layout: { format: 'xlsx', layout: 'brand_factory_list' },
    });
    const findings = readFileSync(join(dir, 'findings.jsonl'), 'utf8');
    expect(findings).toMatch(/"row":1,[^\n]*"kind":"workforce","level":"medium"/);
    expect(findings).not.toMatch(/"row":2,[^\n]*"kind":"workforce"/);
  });
});
