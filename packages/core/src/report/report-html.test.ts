import { describe, expect, it } from 'vitest';
import type { DetectedLayout } from '../ingest/spend-file.js';
import type { ScreenedRow } from '../model/screened-row.js';
import { expectGolden } from './fixtures/golden-file.case.js';
import { countries, datasets, rejectRows, reportRows } from './fixtures/report-rows.case.js';
import { escapeHtml } from './html-escape.js';
import { ReportAccumulator } from './report-accumulator.js';
import { type ReportContext, renderReportHtml } from './report-html.js';

const layout: DetectedLayout = {
  format: 'csv',
  encoding: 'utf-8',
  encoding_source: 'bom',
  delimiter: ',',
  layout: 'generic',
  headers: ['contract_id', 'vendor_name', 'obligated_amount', '<b>note</b>'],
  mapping: { contract_id: 'contract_id', supplier: 'vendor_name', amount: 'obligated_amount' },
  unmapped: ['<b>note</b>'],
  problems: [
    { code: 'bad_amount', message: 'expected a number', row: 7, line: 8, column: 'obligated_amount' },
  ],
};

const context: ReportContext = {
  input_name: 'spend<2024>.csv',
  generated_at: '2026-01-01T00:00:00Z',
  layout,
  datasets,
  countries,
  settings: { today: '2026-01-01' },
};

function render(rows: ScreenedRow[], topRows?: number): string {
  const acc = new ReportAccumulator(topRows === undefined ? {} : { topRows });
  acc.add(rows);
  acc.addRejects(rejectRows());
  return renderReportHtml(acc.result(), context);
}

/** Headings, tables and figures in document order: the structure a reader navigates by. */
function outline(html: string): string {
  const out: string[] = [];
  const re = /<(h[1-3])[^>]*>(.*?)<\/\1>|<(table)[^>]*>|<(svg)[^>]*>/g;
  for (const m of html.matchAll(re)) {
    if (m[1]) out.push(`${'  '.repeat(Number(m[1][1]) - 1)}${m[1]} ${m[2]!.replace(/<[^>]+>/g, '')}`);
    else out.push(`      [${m[3] ?? m[4]}]`);
  }
  return `${out.join('\n')}\n`;
}

describe('renderReportHtml(result, context)', () => {
  const html = render(reportRows());

  it('has the structure of the golden outline', () => {
    expectGolden('report-outline.golden.txt', outline(html));
  });

  it('is one self-contained page with no script and no external asset', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\bsrc=|url\(|@import|href="(?!#)/i);
    expect(html).toContain('@media print');
  });

  it('prints without a page break before every section, and fits its wide tables to the page', () => {
    const print = html.slice(html.indexOf('@media print{'), html.indexOf('@page'));
    expect(print.length).toBeGreaterThan(0);
    // A forced break before each h2 left the summary and the level chart on mostly blank pages.
    expect(print).not.toMatch(/break-before:\s*page/);
    // A heading stays with what follows it.
    expect(print).toContain('h2,h3,p.lede,caption{break-after:avoid}');
    // The rows table prints each row's facts on one line with its findings below at full width.
    expect(html).toContain('<table class="rows">');
    expect(print).toMatch(/table\.rows tr\{display:grid/);
    expect(print).toMatch(/table\.rows tr>:last-child\{grid-column:1\/-1/);
    // Heat-map cells may wrap in print instead of widening the table past the page.
    expect(print).toMatch(/table\.heat th,table\.heat td\{[^}]*white-space:normal/);
  });

  it('dates the report for a reader and keeps the exact timestamp for machines', () => {
    expect(html).toContain('Generated <time datetime="2026-01-01T00:00:00Z">2026-01-01 00:00 UTC</time>');
  });

  it('names the encoding and delimiter of a CSV file, and the worksheet of a workbook instead', () => {
    expect(html).toContain('<th scope="row">Encoding</th><td>utf-8 (bom)</td>');
    expect(html).toContain('<th scope="row">Delimiter</th><td>comma</td>');
    const acc = new ReportAccumulator();
    acc.add(reportRows());
    const workbook = renderReportHtml(acc.result(), {
      ...context,
      layout: {
        ...layout,
        format: 'xlsx',
        encoding: 'xlsx',
        encoding_source: 'xlsx',
        delimiter: '',
        sheet: 'Factory <List>',
      },
    });
    expect(workbook).toContain('<th scope="row">Worksheet</th><td>“Factory &lt;List&gt;”</td>');
    expect(workbook).not.toContain('<th scope="row">Encoding</th>');
    expect(workbook).not.toContain('<th scope="row">Delimiter</th>');
  });

  it('escapes user text from rows, file names and headers', () => {
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; Trading');
    expect(html).toContain('spend&lt;2024&gt;.csv');
    expect(html).toContain('“&lt;b&gt;note&lt;/b&gt;”');
    expect(html).not.toContain('<b>note</b>');
    expect(html).toContain('=HYPERLINK(&quot;http://evil.example&quot;,&quot;click&quot;)');
  });

  it('cites every finding of the listed rows with dataset, record and as-of', () => {
    const asOf = new Map(datasets.map((d) => [d.id, d.as_of]));
    for (const row of reportRows()) {
      for (const f of row.findings) {
        const date = f.source.as_of ?? asOf.get(f.source.dataset) ?? 'date unknown';
        expect(html).toContain(`Source: ${f.source.dataset}, ${f.source.record}, as of ${date}.`);
      }
    }
  });

  it("dates a source without its own as-of by its dataset's, else says the date is unknown", () => {
    const goods = datasets.find((d) => d.id === 'tvpra_goods')!;
    expect(html).toMatch(new RegExp(`Source: tvpra_goods, row \\d+, as of ${goods.as_of}\\.`));
    const acc = new ReportAccumulator();
    acc.add(reportRows());
    const bare = renderReportHtml(acc.result(), { ...context, datasets: [] });
    expect(bare).toMatch(/Source: tvpra_goods, row \d+, as of date unknown\./);
    expect(bare).toContain('Source: input, row 3, as of 2024-03-01.');
  });

  it('shows the as-of date and every known gap of the datasets it was given', () => {
    expect(datasets.length).toBeGreaterThan(0);
    for (const d of datasets) {
      expect(html).toContain(`<code>${d.id}</code></th><td class="num">${d.as_of}</td>`);
      for (const gap of d.gaps) expect(html).toContain(`<li>${escapeHtml(gap)}</li>`);
    }
  });

  it('gives every table header a scope and keeps heading levels in order', () => {
    const ths = html.match(/<th\b[^>]*>/g) ?? [];
    expect(ths.length).toBeGreaterThan(0);
    expect(ths.filter((th) => !/scope="(col|row)"/.test(th))).toEqual([]);
    const levels = [...html.matchAll(/<h([1-6])\b/g)].map((m) => Number(m[1]));
    expect(levels[0]).toBe(1);
    for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!).toBeLessThanOrEqual(1);
  });

  it('pairs the level chart with a data table and puts numbers in heat-map cells', () => {
    expect(html).toMatch(/<svg[^>]*role="img"[^>]*aria-labelledby=/);
    expect(html).toContain('Rows and spend by level (data table of the chart)');
    expect(html).toMatch(
      /<td class="num" style="background:#[0-9a-f]{6};color:#[0-9a-f]{6}">1.3M<small>1 row<\/small>/,
    );
  });

  it('shows heat-map spend net of de-obligations, marks the cells that are and says so', () => {
    const [template] = reportRows();
    const iraq = (amount: number, sector: string): ScreenedRow => ({
      ...template!,
      input: { ...template!.input, currency: 'USD', amount },
      level: 'critical',
      sectors: [sector],
      country: 'IRQ',
    });
    const page = render([
      iraq(125_000, 'housekeeping_facilities'),
      iraq(-300_000, 'housekeeping_facilities'),
      iraq(900_000, 'construction'),
    ]);
    const section = page.slice(page.indexOf('id="heatmap"'), page.indexOf('id="suppliers"'));
    expect(section).toMatch(/>-175K<sup title="net of negative amounts">†<\/sup><small>2 rows<\/small>/);
    expect(section).toMatch(/>900K<small>1 row<\/small>/);
    expect(section).toContain('† Net of negative amounts (de-obligations, credits), as the totals above are');
    // register.csv has no amount column: the note sends the reader to the input file, by row number.
    expect(section).not.toContain('register.csv has each row');
    expect(section).toContain(
      "Each row's own amount is in the input file; the <code>row</code> column of register.csv is its data row there.",
    );
    const plain = html.slice(html.indexOf('id="heatmap"'), html.indexOf('id="suppliers"'));
    expect(plain).not.toContain('† Net of negative amounts');
  });

  it('says supplier spend is net of negative amounts when a listed supplier’s is negative', () => {
    const [template] = reportRows();
    const row = (amount: number): ScreenedRow => ({
      ...template!,
      input: { ...template!.input, supplier: 'BAGHDAD PROTECTIVE SERVICES CO', currency: 'USD', amount },
    });
    const page = render([row(100_000), row(-400_000)]);
    const section = page.slice(page.indexOf('id="suppliers"'), page.indexOf('id="rows"'));
    expect(section).toContain('-300,000');
    expect(section).toContain('Spend is net of negative amounts (de-obligations, credits)');
    expect(section).not.toContain('register.csv has each row');
    expect(section).toContain('Each row’s own amount is in the input file');
    expect(render([row(100_000)])).not.toContain('Spend is net of negative amounts');
  });

  it('maps rows in whole numbers by level when no flagged row has an amount (a factory list)', () => {
    const rows = reportRows().map((r) => ({ ...r, input: { ...r.input, amount: null, currency: '' } }));
    const page = render(rows);
    const section = page.slice(page.indexOf('id="heatmap"'), page.indexOf('id="suppliers"'));
    expect(section).toContain('this map counts rows (suppliers, factories) instead of weighing spend');
    expect(section).toContain('<h3>Rows at medium level or above</h3>');
    // No fraction of a row anywhere: not in the cells, their totals or the legend.
    const figures = [...section.matchAll(/<td class="num"[^>]*>(?:<strong>)?([^<]*)/g)].map((m) => m[1]);
    expect(figures.length).toBeGreaterThan(0);
    expect(figures.filter((f) => !/^(\d[\d,]*|–)$/.test(f!))).toEqual([]);
    const legend = section.match(/<p class="legend note">.*?<\/p>/)?.[0] ?? '';
    expect(legend).not.toMatch(/\d\.\d|up to/);
    expect(legend).toContain('>none</span>');
    // No column of zero spend in a file without amounts, and no spend column of dashes per supplier.
    const levels = page.slice(page.indexOf('id="levels"'), page.indexOf('id="heatmap"'));
    expect(levels).toContain('Rows by risk level');
    expect(levels).not.toContain('Spend,');
    expect(levels).not.toContain('Rows without amount');
    const suppliers = page.slice(page.indexOf('id="suppliers"'), page.indexOf('id="rows"'));
    expect(suppliers).not.toContain('<th scope="col" class="num">Spend</th>');
    expect(html).toContain('<th scope="col" class="num">Spend</th>');
    // No table of zeros for spend when no row has an amount; one row without is said in the singular.
    const summary = page.slice(page.indexOf('id="summary"'), page.indexOf('id="heatmap"'));
    expect(summary).toContain('No screened row has an amount');
    expect(summary).not.toContain('Total spend of screened rows by currency');
    const one = render(
      reportRows().map((r, i) => ({
        ...r,
        input: { ...r.input, amount: i === 0 ? null : (r.input.amount ?? 1) },
      })),
    );
    expect(one).toContain('1 screened row has no amount and adds nothing to spend.');
    // The critical textiles row from China is one row, said with its level.
    expect(section).toMatch(
      /<td class="num" style="background:#[0-9a-f]{6};color:#[0-9a-f]{6}">1<small>1 critical<\/small>/,
    );
    expect(html.slice(html.indexOf('id="heatmap"'), html.indexOf('id="suppliers"'))).not.toContain(
      'Rows at medium level or above',
    );
    const credits = render(
      reportRows().map((r) => ({ ...r, input: { ...r.input, amount: -Math.abs(r.input.amount ?? 1) } })),
    );
    expect(credits).toContain('have only negative or zero amounts (credits, de-obligations)');
    expect(credits).toContain('<h3>Rows at medium level or above</h3>');
  });

  it('shades each cell of a map of rows as the legend says, in whole numbers', () => {
    const [template] = reportRows();
    const countriesOf = ['CHN', 'THA', 'MYS', 'BGD', 'VNM', 'IND', 'TUR'];
    // 1 row in China, 2 in Thailand … 7 in Türkiye, all at high level and without amounts.
    const rows: ScreenedRow[] = countriesOf.flatMap((country, i) =>
      Array.from({ length: i + 1 }, (_, j) => ({
        ...template!,
        input: { ...template!.input, row: i * 10 + j + 1, amount: null, currency: '' },
        level: 'high' as const,
        sectors: ['textiles_apparel'],
        country,
      })),
    );
    const page = render(rows);
    const section = page.slice(page.indexOf('id="heatmap"'), page.indexOf('id="suppliers"'));
    const legend = new Map(
      [
        ...section.matchAll(/<span style="background:(#[0-9a-f]{6});color:#[0-9a-f]{6}">([^<]*)<\/span>/g),
      ].map((m) => [m[1]!, m[2]!]),
    );
    expect([...legend.values()]).toEqual(['none', '1', '2–3', '4–5', '6–7']);
    const cells = [...section.matchAll(/style="background:(#[0-9a-f]{6});color:#[0-9a-f]{6}">(\d+)<small>/g)];
    expect(cells).toHaveLength(7);
    for (const [, bg, figure] of cells) {
      const [lo, hi = lo] = legend.get(bg!)!.split('–').map(Number);
      expect(Number(figure)).toBeGreaterThanOrEqual(lo!);
      expect(Number(figure)).toBeLessThanOrEqual(hi!);
    }
  });

  it('says a FAR plan is needed outright only for federal award files, and conditionally for any other', () => {
    const acc = new ReportAccumulator();
    acc.add(reportRows());
    const result = acc.result();
    const rows = result.findings_by_kind.far_plan;
    expect(rows).toBeGreaterThan(1);
    const summary = (page: string) => page.slice(page.indexOf('id="summary"'), page.indexOf('id="levels"'));
    const conditional = `${rows} rows would need a compliance plan under FAR 52.222-50(h) if they are US federal contracts or subcontracts`;
    const outright = `${rows} rows need a compliance plan under FAR 52.222-50(h)`;
    // A generic file (a company's purchase orders, an importer's entries): the clause may not apply.
    expect(summary(html)).toContain(conditional);
    expect(summary(html)).toContain('this file is not in the layout of a federal award download');
    expect(summary(html)).not.toContain(outright);
    const withLayout = (l: Partial<DetectedLayout>) =>
      summary(renderReportHtml(result, { ...context, layout: { ...layout, ...l } }));
    for (const name of ['usaspending_transactions', 'usaspending_award_summary', 'fpds'] as const) {
      expect(withLayout({ layout: name })).toContain(outright);
      expect(withLayout({ layout: name })).not.toContain('would need');
    }
    // USAspending's subaward download and SAM.gov award notices have no layout of their own.
    expect(withLayout({ mapping: { ...layout.mapping, contract_id: 'prime_award_piid' } })).toContain(
      outright,
    );
    expect(withLayout({ mapping: { ...layout.mapping, supplier: 'Awardee' } })).toContain(outright);
    expect(withLayout({ mapping: { ...layout.mapping, contract_id: 'PO Number' } })).toContain(conditional);
  });

  it('says when the supplier table lists only the highest of more suppliers', () => {
    const [template] = reportRows();
    const rows = Array.from({ length: 30 }, (_, i) => ({
      ...template!,
      input: { ...template!.input, row: i + 1, supplier: `Supplier ${i + 1}` },
    }));
    const page = render(rows);
    const section = page.slice(page.indexOf('id="suppliers"'), page.indexOf('id="rows"'));
    expect(section).toContain(
      'Listed: the 25 highest of 30 suppliers; the rows of the others are in register.csv.',
    );
    expect(html).not.toContain('Listed: the');
  });

  it('lists at most the top-N rows and sends the reader to the files for the rest', () => {
    const [template] = reportRows();
    const rows = Array.from({ length: 1500 }, (_, i) => ({
      ...template!,
      input: { ...template!.input, row: i + 1 },
      score: i % 100,
    }));
    const big = render(rows);
    const section = big.slice(big.indexOf('id="rows"'), big.indexOf('id="rejects"'));
    expect(section.match(/<tr><td class="num">/g)).toHaveLength(1000);
    expect(section).toContain('The other 500 screened rows are in register.csv');
    const small = render(reportRows(), 2);
    const smallSection = small.slice(small.indexOf('id="rows"'), small.indexOf('id="rejects"'));
    expect(smallSection.match(/<tr><td class="num">/g)).toHaveLength(2);
  });
});

describe('renderReportHtml(result, { disposition })', () => {
  it('shows a disposition badge beside the findings that have one, and nothing without the option', () => {
    const acc = new ReportAccumulator();
    acc.add(reportRows());
    const result = acc.result();
    const plain = renderReportHtml(result, context);
    expect(plain).not.toContain('Disposition');
    const first = result.top_rows.find((r) => r.findings.length > 0);
    expect(first).toBeDefined();
    const marked = renderReportHtml(result, {
      ...context,
      disposition: (row, finding) =>
        row === first && finding === first?.findings[0]
          ? { state: 'false_positive', note: 'another <b>company</b> & address' }
          : undefined,
    });
    expect(marked.match(/Disposition: false positive/g)).toHaveLength(1);
    // The analyst's note is shown as text, never as markup.
    expect(marked).toContain(
      '<span class="disposition-note">Note: another &lt;b&gt;company&lt;/b&gt; &amp; address</span>',
    );
    expect(marked).toContain('.disposition-false_positive{');
  });
});

describe('renderReportHtml(result, context): what an entity finding is of', () => {
  it('labels a possible match, and a match of another party of the row, as such', () => {
    const [first] = reportRows();
    const entity = first!.findings.find((f) => f.kind === 'entity');
    if (entity === undefined) throw new Error('the fixture row has an entity finding');
    const variant = (details: Record<string, string | boolean>) => ({
      ...first!,
      findings: [{ ...entity, details: { ...entity.details, ...details } }],
    });
    const html = render([
      variant({ possible_match: true }),
      variant({ matched_on: 'shipper' }),
      variant({ matched_on: 'parent_company', possible_match: true }),
    ]);
    expect(html).toContain('<strong>Possible listed entity</strong>');
    expect(html).toContain('<strong>Listed shipper</strong>');
    expect(html).toContain('<strong>Possible listed parent company</strong>');
    expect(html).toContain('Closest listed name: “');
  });
});
