import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TipwatchError } from '../errors.js';
import { createCountryResolver } from '../reference/country-table.js';
import type { Grant } from './grant.js';
import { parseSeedContent } from './seed-content.js';
import { grantTotals } from './seed-content-totals.js';

const data = (file: string) => readFileSync(new URL(`../../../../data/${file}`, import.meta.url), 'utf8');
const page = data('seed/tip-office-homepage.txt');
const pageLines = page.split('\n');
const contentText = data('seed/content.json');
const seed = parseSeedContent(contentText);
const countryNames = createCountryResolver({
  countries: data('taxonomy/countries.csv'),
  altnames: data('taxonomy/countries_mledoze_altnames.csv'),
  variants: data('taxonomy/country_variants.csv'),
});

type AnyRecord = Record<string, unknown> & { id: string; quote: string; source: { record: string } };
// Read generically: the checks below apply to whichever fields a record has.
const records = [
  ...seed.grants,
  ...seed.programme_totals,
  ...seed.reports,
  ...seed.partnerships,
  ...seed.news,
] as unknown as AnyRecord[];
const byId = (id: string) => records.find((r) => r.id === `tip-office-2016:${id}`);

/** The page lines a record's `source.record` names (`line 12`, `lines 24-25`). */
function citedLines(record: string): string {
  const m = /^lines? (\d+)(?:-(\d+))?$/.exec(record);
  if (!m) return '';
  const from = Number(m[1]);
  return pageLines.slice(from - 1, Number(m[2] ?? from)).join('\n');
}

/** The record's own verbatim text: its quote and its long text field. */
const ownText = (r: AnyRecord) =>
  [r.quote, r.description, r.summary, r.body].filter((t) => typeof t === 'string').join('\n');

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

describe('parseSeedContent(jsonText) on data/seed/content.json', () => {
  it('reads every record without a problem', () => {
    expect(seed.problems).toEqual([]);
    expect(records.map((r) => r.id.replace('tip-office-2016:', '')).sort()).toEqual([
      'fy2015-grants-total',
      'ghana-cpc',
      'ghana-cpc-assistance',
      'icmpd-syria-study',
      'iom-lshtm-health-risks',
      'kerry-jan-5',
      'lpn-thailand',
      'obama-modern-slavery',
      'rethink-supply-chains-finalists',
      'unodc-ilo-recruitment-reports',
      'verite-supply-chains',
    ]);
  });

  it('cites the page for every record, with no as-of date since the page gives none', () => {
    for (const r of records) {
      expect(r.source, r.id).toEqual({
        dataset: 'seed_tip_office_homepage',
        record: expect.stringMatching(/^lines? \d+(-\d+)?$/),
        as_of: null,
      });
    }
  });

  it('has every quote verbatim in the page, in the lines it cites', () => {
    for (const r of records) {
      expect(r.quote.length, r.id).toBeGreaterThan(20);
      expect(page.includes(r.quote), r.id).toBe(true);
      expect(citedLines(r.source.record).includes(r.quote), r.id).toBe(true);
    }
  });

  it('takes every text and name verbatim from the page', () => {
    const texts = (r: AnyRecord): string[] =>
      [
        'title',
        'name',
        'description',
        'summary',
        'body',
        'recipient',
        'funder',
        'recipients',
        'publishers',
        'partners',
        'sectors',
        'topics',
        'url',
      ].flatMap((k) => {
        const v = r[k];
        return typeof v === 'string' ? [v] : Array.isArray(v) ? (v as string[]) : [];
      });
    for (const r of records) {
      for (const t of texts(r).filter((t) => t !== '')) expect(page.includes(t), `${r.id}: ${t}`).toBe(true);
    }
  });

  it('gives a date only where the quote states day, month and year', () => {
    for (const r of records) {
      const d = r.date;
      if (typeof d !== 'string') continue;
      const [y, m, day] = d.split('-').map(Number);
      const month = MONTHS[(m ?? 0) - 1];
      const said = day === undefined ? `${month} ${y}` : `${month} ${day}, ${y}`;
      expect(r.quote, r.id).toContain(said);
    }
    const dated = records.filter((r) => typeof r.date === 'string').map((r) => [r.id, r.date]);
    expect(dated).toEqual([
      ['tip-office-2016:icmpd-syria-study', '2015-12-09'],
      ['tip-office-2016:unodc-ilo-recruitment-reports', '2015-06'],
      ['tip-office-2016:ghana-cpc', '2015-06-23'],
      ['tip-office-2016:rethink-supply-chains-finalists', '2016-02-01'],
    ]);
  });

  it('leaves undated what the page does not date: "Jan. 5" and "In October" have no year', () => {
    expect(byId('kerry-jan-5')?.date).toBeNull();
    expect(byId('ghana-cpc-assistance')?.date).toBeNull();
    expect(byId('obama-modern-slavery')?.date).toBeNull();
    expect(byId('iom-lshtm-health-risks')?.date).toBeNull();
    expect(byId('verite-supply-chains')?.date).toBeNull();
  });

  it('gives amounts and fiscal years only where the quote states them', () => {
    for (const r of records) {
      if (typeof r.amount === 'number') {
        const n = r.amount;
        const said = n % 1_000_000 === 0 ? `$${n / 1_000_000} million` : `$${n.toLocaleString('en-US')}`;
        expect(r.quote, r.id).toContain(said);
      }
      if (typeof r.fiscal_year === 'number') expect(r.quote, r.id).toContain(`FY ${r.fiscal_year}`);
    }
    expect(byId('lpn-thailand')).toMatchObject({ amount: 600000, currency: 'USD', fiscal_year: null });
    expect(byId('ghana-cpc-assistance')).toMatchObject({
      amount: 5000000,
      fiscal_year: null,
      projects: null,
    });
    expect(byId('fy2015-grants-total')).toMatchObject({
      amount: 18000000,
      amount_is_lower_bound: true,
      fiscal_year: 2015,
      projects: 27,
    });
  });

  it('names no P and no trafficking kind the page does not state', () => {
    for (const r of records) {
      for (const p of (r.four_ps as string[] | undefined) ?? []) expect(r.quote, r.id).toContain(p);
      if (r.sex_trafficking !== undefined && r.sex_trafficking !== null) {
        expect(r.quote, r.id).toMatch(/sex\b.*trafficking/);
      }
      if (r.labour_trafficking !== undefined && r.labour_trafficking !== null) {
        expect(r.quote, r.id).toMatch(/labor trafficking/);
      }
    }
    expect(byId('lpn-thailand')).toMatchObject({
      four_ps: [],
      sex_trafficking: null,
      labour_trafficking: null,
    });
  });

  it('gives each record only countries its own text names', () => {
    for (const r of records) {
      const words = ownText(r).match(/[\p{L}-]+/gu) ?? [];
      const named = new Set<string>();
      for (let n = 1; n <= 3; n++) {
        for (let i = 0; i + n <= words.length; i++) {
          const phrase = words.slice(i, i + n).join(' ');
          // Names only: a lower-case word such as "in" or "and" would pass for an ISO code.
          if (!/^\p{Lu}/u.test(phrase) || phrase.length < 4) continue;
          const iso3 = countryNames.resolve(phrase);
          if (iso3) named.add(iso3);
        }
      }
      for (const c of r.countries as string[]) expect(named.has(c), `${r.id}: ${c}`).toBe(true);
    }
    expect(byId('fy2015-grants-total')?.countries).toHaveLength(17);
    expect(byId('icmpd-syria-study')?.countries).toEqual(['SYR', 'TUR', 'LBN', 'JOR', 'IRQ']);
  });
});

describe('grantTotals(grants)', () => {
  it('sums the grants only, never the programme totals', () => {
    const totals = grantTotals(seed.grants);
    expect(totals).toEqual({ by_currency: { USD: 600000 }, counted: 1, without_amount: 0 });
    for (const t of seed.programme_totals) expect(totals.by_currency.USD).not.toBe(t.amount + 600000);
  });

  it('skips a programme total that reaches it as an untyped row', () => {
    const mixed = [...seed.grants, ...(seed.programme_totals as unknown as Grant[])];
    expect(grantTotals(mixed).by_currency).toEqual({ USD: 600000 });
  });

  it('keeps currencies apart and counts grants without an amount', () => {
    const lpn = seed.grants[0]!;
    const rows: Grant[] = [
      lpn,
      { ...lpn, id: 'b', amount: 100, currency: 'EUR' },
      { ...lpn, id: 'c', amount: null, currency: null },
    ];
    expect(grantTotals(rows)).toEqual({
      by_currency: { USD: 600000, EUR: 100 },
      counted: 2,
      without_amount: 1,
    });
  });
});

describe('parseSeedContent(jsonText) on bad input', () => {
  const doc = JSON.parse(contentText) as Record<string, Record<string, unknown>[]>;
  const withRecord = (section: string, index: number, change: Record<string, unknown>) =>
    JSON.stringify({
      ...doc,
      [section]: doc[section]!.map((r, i) => (i === index ? { ...r, ...change } : r)),
    });

  it('leaves out a record with a field of the wrong type, naming section, index and field', () => {
    const result = parseSeedContent(withRecord('grants', 0, { amount: '600,000' }));
    expect(result.grants).toEqual([]);
    expect(result.problems).toEqual([
      expect.objectContaining({ code: 'seed_record_invalid', row: 1, column: 'amount' }),
    ]);
    expect(result.problems[0]?.message).toMatch(/^grants\[0\] \(record 1\), field "amount": /);
  });

  it('rejects a date that is not a real YYYY[-MM[-DD]], a code that is not ISO alpha-3, an unknown field', () => {
    const badDate = parseSeedContent(withRecord('news', 1, { date: '2016-02-30' }));
    expect(badDate.news).toHaveLength(2);
    expect(badDate.problems.map((p) => [p.row, p.column])).toEqual([[2, 'date']]);
    const badCountry = parseSeedContent(withRecord('reports', 2, { countries: ['Syria'] }));
    expect(badCountry.problems.map((p) => [p.row, p.column])).toEqual([[3, 'countries[0]']]);
    const unknown = parseSeedContent(withRecord('partnerships', 0, { signed: '2015' }));
    expect(unknown.partnerships).toEqual([]);
    // Leaving the partnership out also leaves the programme total that names it without its link.
    expect(unknown.problems.map((p) => [p.row, p.column])).toEqual([
      [1, 'signed'],
      [2, 'partnership_id'],
    ]);
  });

  it('asks for a currency with an amount, and reports a repeated id and a missing source field', () => {
    const noCurrency = parseSeedContent(withRecord('grants', 0, { currency: null }));
    expect(noCurrency.problems.map((p) => p.column)).toEqual(['currency']);
    const repeated = parseSeedContent(withRecord('news', 2, { id: 'tip-office-2016:ghana-cpc-assistance' }));
    expect(repeated.problems.map((p) => [p.code, p.row])).toEqual([['seed_id_repeated', 3]]);
    const noDataset = parseSeedContent(withRecord('news', 0, { source: { record: 'line 15', as_of: null } }));
    expect(noDataset.problems.map((p) => p.column)).toEqual(['source.dataset']);
  });

  it('reports a programme total tied to a partnership that is not there', () => {
    const result = parseSeedContent(JSON.stringify({ ...doc, partnerships: [] }));
    expect(result.problems.map((p) => [p.code, p.row, p.column])).toEqual([
      ['seed_link_unknown', 2, 'partnership_id'],
    ]);
  });

  it('throws a TipwatchError for text that is not a JSON object', () => {
    expect(() => parseSeedContent('{"grants": [')).toThrow(TipwatchError);
    expect(() => parseSeedContent('[]')).toThrow(/expected a JSON object/);
  });
});
