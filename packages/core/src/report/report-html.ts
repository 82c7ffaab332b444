import { SECTOR_LABELS } from '../classify/sectors.js';
import type { DetectedLayout } from '../ingest/spend-file.js';
import { FINDING_KINDS, type Finding } from '../model/finding.js';
import { LEVELS, type Level } from '../model/level.js';
import type { ScreenedRow } from '../model/screened-row.js';
import type { CountryResolver } from '../reference/country-resolver.js';
import type { DatasetInfo } from '../reference/dataset-info.js';
import { isFederalAwardLayout } from '../screening/federal-award-layout.js';
import type { ShownDisposition } from '../workspace/carry-over.js';
import type { DispositionState } from '../workspace/disposition.js';
import { FINDING_KIND_NOTES, LEVEL_NOTES } from './finding-kind-notes.js';
import { currencyLabel, formatCompact, formatCount, formatDecimal, formatNumber } from './format-amount.js';
import { escapeHtml as esc } from './html-escape.js';
import {
  type CurrencyAmounts,
  type HeatCell,
  LEVEL_WEIGHTS,
  type ReportResult,
} from './report-accumulator.js';

/** What the report says about the run besides the aggregates. */
export interface ReportContext {
  /** The input file's name, shown in the title. */
  input_name?: string;
  /** When the run happened (ISO timestamp), given by the caller so the engine stays deterministic. */
  generated_at: string;
  /** The detected layout and column mapping of the input file. */
  layout?: DetectedLayout;
  /** The reference datasets the run used, with their as-of dates and known gaps. */
  datasets: readonly DatasetInfo[];
  /** For country names next to alpha-3 codes. */
  countries?: Pick<CountryResolver, 'get'>;
  /** Run settings worth printing (e.g. matcher threshold, today's date), in display order. */
  settings?: Readonly<Record<string, string>>;
  /** tipwatch version, when known. */
  version?: string;
  /** The compliance-plan draft written with this report, when rows need one: its number of contract sections. */
  compliance_plan?: { contracts: number };
  /**
   * The organisation's disposition of a row's finding, shown as a badge beside it with the analyst's note
   * (workspace reports); absent in command-line reports.
   */
  disposition?: (row: ScreenedRow, finding: Finding) => ShownDisposition | undefined;
}

/** Currencies charted one by one; further currencies appear in the tables only. */
const CHARTED_CURRENCIES = 3;
/** Country columns of the heat map before the rest are summed into "other". */
const HEAT_COUNTRIES = 10;

const LEVEL_STYLE: Record<Level, { bg: string; fg: string; bar: string }> = {
  low: { bg: '#e6f2e6', fg: '#1b4d1e', bar: '#4f8a52' },
  medium: { bg: '#fff1c7', fg: '#5c4300', bar: '#b58900' },
  high: { bg: '#ffdcc2', fg: '#7a3000', bar: '#d2691e' },
  critical: { bg: '#a3161a', fg: '#ffffff', bar: '#a3161a' },
};

/**
 * Sequential reds; text colour chosen per step for at least 4.5:1 contrast (WCAG 1.4.3), which every piece
 * of text in a cell keeps: the row count under the figure is small, so it is never faded.
 */
const HEAT_STEPS = [
  { bg: '#fff5f0', fg: '#222222' },
  { bg: '#fdd4c2', fg: '#222222' },
  { bg: '#fc9a7c', fg: '#222222' },
  { bg: '#d7301f', fg: '#ffffff' },
  { bg: '#8c0d11', fg: '#ffffff' },
];

const CSS = `
:root{color-scheme:light}
*{box-sizing:border-box}
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#1d1d1f;background:#fff;margin:0}
main{max-width:1180px;margin:0 auto;padding:24px 28px 48px}
h1{font-size:28px;margin:0 0 4px}
h2{font-size:21px;margin:40px 0 10px;padding-top:10px;border-top:2px solid #d0d4da}
h3{font-size:17px;margin:22px 0 8px}
p.lede{color:#444;margin:0 0 18px}
.tiles{display:grid;grid-template-columns:repeat(auto-fit,minmax(150px,1fr));gap:12px;margin:12px 0}
.tile{border:1px solid #c9ced6;border-radius:8px;padding:10px 14px;background:#f7f8fa}
.tile .n{font-size:26px;font-weight:700;display:block}
.tile .l{color:#444;font-size:13px}
table{border-collapse:collapse;margin:8px 0 16px;font-size:13.5px}
th,td{border:1px solid #c9ced6;padding:4px 8px;text-align:left;vertical-align:top}
thead th{background:#eef0f3}
th[scope=row]{background:#f7f8fa;font-weight:600}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.badge{display:inline-block;border-radius:4px;padding:0 6px;font-weight:700;font-size:12px;letter-spacing:.02em;border:1px solid #0003}
.lv-low{background:${LEVEL_STYLE.low.bg};color:${LEVEL_STYLE.low.fg}}
.lv-medium{background:${LEVEL_STYLE.medium.bg};color:${LEVEL_STYLE.medium.fg}}
.lv-high{background:${LEVEL_STYLE.high.bg};color:${LEVEL_STYLE.high.fg}}
.lv-critical{background:${LEVEL_STYLE.critical.bg};color:${LEVEL_STYLE.critical.fg}}
table.heat td{text-align:right;min-width:70px}
table.heat td small{display:block;font-size:11px}
ol.findings{margin:0;padding-left:18px}
ol.findings li{margin:0 0 4px}
ul.gaps{margin:0;padding-left:18px}
.cite{color:#3d3d3d;font-size:12px}
.note{color:#3d3d3d;font-size:13px}
.legend span{display:inline-block;padding:0 8px;margin-right:4px;border:1px solid #0002}
figure{margin:8px 0 4px}
figcaption{font-size:13px;color:#3d3d3d}
nav ol{columns:2;font-size:14px}
code{font-size:12.5px;background:#f1f2f4;padding:0 3px;border-radius:3px}
@media print{
  body{font-size:10.5pt}
  main{max-width:none;padding:0}
  nav{display:none}
  h2{margin-top:20pt;border-top:1px solid #d0d4da}
  h2,h3,p.lede,caption{break-after:avoid}
  tr,figure,.tiles{break-inside:avoid}
  thead{display:table-header-group}
  table{font-size:8pt}
  th,td{padding:2px 4px}
  td .cite,td .note,td small,td code,td .badge{font-size:7pt}
  td code,td .cite,td.src{overflow-wrap:anywhere}
  .badge{white-space:nowrap}
  table.data{width:100%;table-layout:fixed}
  table.heat{font-size:7pt}
  table.heat th,table.heat td{padding:2px 3px;min-width:0;white-space:normal}
  table.heat small{font-size:6.5pt}
  table.data th:nth-child(1){width:21%}
  table.data th:nth-child(2){width:11%}
  table.data th:nth-child(3){width:7%}
  table.data th:nth-child(4){width:29%}
  /* The rows table prints each row as a line of its facts with its findings below at full width. */
  table.rows,table.rows thead,table.rows tbody{display:block}
  table.rows tr{display:grid;grid-template-columns:5% 6% 15% 25% 13% 15% 12% 9%}
  table.rows tr>:last-child{grid-column:1/-1;border-top:none}
  table.rows tr>*{border-bottom:none}
  table.rows tbody tr{border-bottom:1px solid #c9ced6}
  table.rows tr{break-inside:auto}
  table.rows ol.findings li{break-inside:avoid}
  .badge,.heat td,.tile,thead th{-webkit-print-color-adjust:exact;print-color-adjust:exact}
  a{color:inherit;text-decoration:none}
}
@page{margin:14mm}
`;

/** `1 row`, `2 rows`. */
function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

function badge(level: Level): string {
  return `<span class="badge lv-${level}">${level.toUpperCase()}</span>`;
}

function currencies(result: ReportResult): string[] {
  const all = new Set([...Object.keys(result.spend), ...Object.keys(result.rows_by_currency)]);
  return [...all].sort(
    (a, b) => (result.rows_by_currency[b] ?? 0) - (result.rows_by_currency[a] ?? 0) || (a < b ? -1 : 1),
  );
}

function amountsText(amounts: CurrencyAmounts): string {
  const parts = Object.entries(amounts)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([c, v]) => `${esc(formatNumber(v))} ${esc(currencyLabel(c))}`);
  return parts.length === 0 ? '—' : parts.join('<br>');
}

function countryText(iso3: string, ctx: ReportContext): string {
  if (iso3 === '') return 'not resolved';
  const name = ctx.countries?.get(iso3)?.name;
  return name === undefined ? esc(iso3) : `${esc(iso3)} <small>${esc(name)}</small>`;
}

function sectorText(sector: string): string {
  if (sector === '') return 'No high-risk sector';
  return esc((SECTOR_LABELS as Record<string, string>)[sector] ?? sector);
}

/**
 * Whether the input file is known to hold US federal contracts or subcontracts (see `isFederalAwardLayout`,
 * which the FAR finding's wording follows too). FAR 52.222-50(h) binds only those; a company's own purchase
 * orders or an importer's entries are not, and a plan is then conditional.
 */
function federalAwardFile(layout: DetectedLayout | undefined): boolean {
  return layout !== undefined && isFederalAwardLayout(layout);
}

/** The rows that need a FAR 52.222-50(h) compliance plan, and where the draft is. */
function farNote(result: ReportResult, ctx: ReportContext): string {
  const rows = result.findings_by_kind.far_plan;
  if (rows === 0) return '';
  const plan = ctx.compliance_plan;
  const where =
    plan === undefined
      ? ''
      : `, in ${plural(plan.contracts, 'contract')} (a row without a contract id counts as one); the compliance-plan draft (<code>compliance-plan.md</code>) has a section for each`;
  if (federalAwardFile(ctx.layout)) {
    return `<p class="note"><strong>${plural(rows, 'row needs', 'rows need')} a compliance plan under FAR 52.222-50(h)</strong>${where}.</p>`;
  }
  return `<p class="note"><strong>${plural(rows, 'row', 'rows')} would need a compliance plan under FAR 52.222-50(h) if ${rows === 1 ? 'it is a US federal contract or subcontract' : 'they are US federal contracts or subcontracts'}</strong>${where}. The clause binds only those, and this file is not in the layout of a federal award download (USAspending, FPDS), so check that first.</p>`;
}

function headline(result: ReportResult, ctx: ReportContext): string {
  const tiles = [
    [formatCount(result.rows), 'data rows read'],
    [formatCount(result.screened), 'rows screened'],
    [formatCount(result.rejected), 'rows rejected'],
    [`${result.suppliers_capped ? '≥ ' : ''}${formatCount(result.suppliers)}`, 'distinct suppliers'],
    [formatCount(result.findings), 'findings'],
    [
      formatCount(result.by_level.critical.rows + result.by_level.high.rows),
      'rows at high or critical level',
    ],
  ];
  const spendRows = currencies(result)
    .map(
      (c) =>
        `<tr><th scope="row">${esc(currencyLabel(c))}</th><td class="num">${esc(formatNumber(result.spend[c] ?? 0))}</td><td class="num">${formatCount(result.rows_by_currency[c] ?? 0)}</td></tr>`,
    )
    .join('');
  const head = `<h2 id="summary" class="first">Summary</h2>
<div class="tiles">${tiles.map(([n, l]) => `<div class="tile"><span class="n">${esc(n ?? '')}</span><span class="l">${esc(l ?? '')}</span></div>`).join('')}</div>
${farNote(result, ctx)}<h3>Spend per currency</h3>`;
  const without = result.rows_without_amount;
  if (result.screened > 0 && without === result.screened) {
    // A supplier or factory list: no amounts, so no table of zeros.
    return `${head}
<p class="note">No screened row has an amount (a supplier or factory list): there is no spend to sum, and the tables below count rows instead.</p>`;
  }
  return `${head}
<p class="note">Amounts are summed per currency as the file gives them and never converted.${
    without > 0
      ? ` ${plural(without, 'screened row has', 'screened rows have')} no amount and ${without === 1 ? 'adds' : 'add'} nothing to spend.`
      : ''
  }</p>
<table><caption class="note">Total spend of screened rows by currency</caption><thead><tr><th scope="col">Currency</th><th scope="col" class="num">Spend</th><th scope="col" class="num">Rows</th></tr></thead><tbody>${spendRows || '<tr><td colspan="3">No screened rows.</td></tr>'}</tbody></table>`;
}

function levelChart(result: ReportResult, currency: string, index: number): string {
  const levels = [...LEVELS].reverse();
  const values = levels.map((l) => result.by_level[l].spend[currency] ?? 0);
  const max = Math.max(...values, 0);
  const barX = 90;
  const barMax = 430;
  const rowH = 34;
  const height = levels.length * rowH + 10;
  const id = `levchart-${index}`;
  const bars = levels
    .map((l, i) => {
      const v = values[i] ?? 0;
      const w = max > 0 ? Math.max(v > 0 ? 2 : 0, Math.round((v / max) * barMax)) : 0;
      const y = 6 + i * rowH;
      return `<text x="${barX - 8}" y="${y + 17}" text-anchor="end" font-size="13" fill="#1d1d1f">${l}</text><rect x="${barX}" y="${y}" width="${w}" height="24" fill="${LEVEL_STYLE[l].bar}"/><text x="${barX + w + 6}" y="${y + 17}" font-size="13" fill="#1d1d1f">${esc(formatCompact(v))}</text>`;
    })
    .join('');
  const desc = levels.map((l, i) => `${l}: ${formatNumber(values[i] ?? 0)}`).join('; ');
  return `<figure><svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="${id}-t ${id}-d" width="600" height="${height}" viewBox="0 0 600 ${height}"><title id="${id}-t">Spend by level in ${esc(currencyLabel(currency))}</title><desc id="${id}-d">${esc(desc)}</desc>${bars}</svg><figcaption>Spend by level, ${esc(currencyLabel(currency))}. The same figures are in the table below.</figcaption></figure>`;
}

/** True when no screened row has an amount (a supplier or factory list): there is no spend to show. */
function noAmounts(result: ReportResult): boolean {
  return result.screened > 0 && result.rows_without_amount === result.screened;
}

function levelSection(result: ReportResult): string {
  // Only currencies some row has an amount in: rows with neither amount nor currency make no column of zeros.
  const cur = currencies(result).filter((c) => Object.hasOwn(result.spend, c));
  const charts = cur
    .filter((c) => Object.values(result.by_level).some((t) => (t.spend[c] ?? 0) > 0))
    .slice(0, CHARTED_CURRENCIES)
    .map((c, i) => levelChart(result, c, i))
    .join('');
  const head = cur.map((c) => `<th scope="col" class="num">Spend, ${esc(currencyLabel(c))}</th>`).join('');
  const bare = noAmounts(result);
  const body = [...LEVELS]
    .reverse()
    .map((l) => {
      const t = result.by_level[l];
      const cells = cur.map((c) => `<td class="num">${esc(formatNumber(t.spend[c] ?? 0))}</td>`).join('');
      const without = bare ? '' : `<td class="num">${formatCount(t.rows_without_amount)}</td>`;
      return `<tr><th scope="row">${badge(l)}</th><td class="num">${formatCount(t.rows)}</td>${cells}${without}</tr>`;
    })
    .join('');
  const more =
    cur.length > CHARTED_CURRENCIES
      ? `<p class="note">Charts show the ${CHARTED_CURRENCIES} currencies with the most rows; the table has all ${cur.length}.</p>`
      : '';
  if (bare) {
    return `<h2 id="levels">Rows by risk level</h2>
<p class="lede">A row's level is the highest level among its findings. No row has an amount, so rows are counted instead of spend.</p>
<table><caption class="note">Rows by level</caption><thead><tr><th scope="col">Level</th><th scope="col" class="num">Rows</th></tr></thead><tbody>${body}</tbody></table>`;
  }
  return `<h2 id="levels">Spend by risk level</h2>
<p class="lede">A row's level is the highest level among its findings.</p>
${charts}${more}
<table><caption class="note">Rows and spend by level (data table of the chart)</caption><thead><tr><th scope="col">Level</th><th scope="col" class="num">Rows</th>${head}<th scope="col" class="num">Rows without amount</th></tr></thead><tbody>${body}</tbody></table>`;
}

function heatStep(value: number, max: number): (typeof HEAT_STEPS)[number] {
  if (value <= 0 || max <= 0) return HEAT_STEPS[0]!;
  const i = Math.min(HEAT_STEPS.length - 1, 1 + Math.floor((value / max) * (HEAT_STEPS.length - 1)));
  return HEAT_STEPS[i]!;
}

/** What a heat map weighs: risk-weighted spend in one currency, or risk-weighted rows (no amounts). */
interface HeatMeasure {
  title: string;
  /** "risk-weighted spend" / "risk-weighted rows", for the caption. */
  what: string;
  weighted: (c: HeatCell) => number;
  /** The unweighted figure that breaks ties between countries. */
  plain: (c: HeatCell) => number;
  format: (n: number) => string;
  /** Rows of a cell whose negative amounts the figure is net of (spend maps only). */
  negative?: (c: HeatCell) => number;
  /** Figures are whole rows: the legend gives the whole numbers of each shade. */
  whole?: boolean;
  /** The small line under a cell's figure; its number of rows by default. */
  note?: (rows: number, byLevel: Record<Level, number>) => string;
}

/** One cell of the map as shown: the sum of the heat cells of its sector and column. */
interface GridCell {
  weighted: number;
  rows: number;
  negative: number;
  byLevel: Record<Level, number>;
}

/**
 * The legend labels of a map of whole rows: the whole numbers each shade stands for (`1`, `2–3`), so a
 * reader never sees a fraction of a row. Shades no whole number falls in are left out ('').
 */
function wholeLegend(max: number): string[] {
  const steps = HEAT_STEPS.length;
  // The first whole number at or above 1 shaded at least `step` (heatStep grows with the value).
  const first = (step: number): number => {
    let lo = 1;
    let hi = max + 1;
    while (lo < hi) {
      const mid = Math.floor((lo + hi) / 2);
      if (HEAT_STEPS.indexOf(heatStep(mid, max)) >= step) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
  return HEAT_STEPS.map((_, i) => {
    if (i === 0) return 'none';
    const lo = first(i);
    const hi = i === steps - 1 ? max : first(i + 1) - 1;
    if (lo > hi) return '';
    return lo === hi ? formatCount(lo) : `${formatCount(lo)}–${formatCount(hi)}`;
  });
}

function heatMap(cells: HeatCell[], measure: HeatMeasure, ctx: ReportContext): string {
  const byCountry = new Map<string, { weighted: number; spend: number }>();
  for (const c of cells) {
    const t = byCountry.get(c.country) ?? { weighted: 0, spend: 0 };
    t.weighted += measure.weighted(c);
    t.spend += measure.plain(c);
    byCountry.set(c.country, t);
  }
  const ranked = [...byCountry.entries()]
    .filter(([iso]) => iso !== '')
    .sort(([a, x], [b, y]) => y.weighted - x.weighted || y.spend - x.spend || (a < b ? -1 : 1))
    .map(([iso]) => iso);
  const shown = ranked.slice(0, HEAT_COUNTRIES);
  const otherCount = ranked.length - shown.length;
  const columns = [...shown];
  const OTHER = '\u0000other';
  if (otherCount > 0) columns.push(OTHER);
  if (byCountry.has('')) columns.push('');
  const shownSet = new Set(shown);
  const sectorKeys = [...new Set(cells.map((c) => c.sector))];
  const order = Object.keys(SECTOR_LABELS);
  sectorKeys.sort((a, b) => {
    const ia = a === '' ? 1e9 : order.indexOf(a) === -1 ? 1e8 : order.indexOf(a);
    const ib = b === '' ? 1e9 : order.indexOf(b) === -1 ? 1e8 : order.indexOf(b);
    return ia - ib || (a < b ? -1 : 1);
  });
  const grid = new Map<string, GridCell>();
  for (const c of cells) {
    const col = c.country === '' ? '' : shownSet.has(c.country) ? c.country : OTHER;
    const key = `${c.sector}\u0001${col}`;
    const g = grid.get(key) ?? {
      weighted: 0,
      rows: 0,
      negative: 0,
      byLevel: { low: 0, medium: 0, high: 0, critical: 0 },
    };
    g.weighted += measure.weighted(c);
    g.rows += c.rows;
    g.negative += measure.negative?.(c) ?? 0;
    for (const l of LEVELS) g.byLevel[l] += c.rows_by_level[l];
    grid.set(key, g);
  }
  let netted = false;
  for (const g of grid.values()) if (g.negative > 0) netted = true;
  let max = 0;
  for (const g of grid.values()) max = Math.max(max, g.weighted);
  const head = columns
    .map((col) =>
      col === OTHER
        ? `<th scope="col">Other (${plural(otherCount, 'country', 'countries')})</th>`
        : `<th scope="col">${countryText(col, ctx)}</th>`,
    )
    .join('');
  const body = sectorKeys
    .map((s) => {
      let rowTotal = 0;
      const tds = columns
        .map((col) => {
          const g = grid.get(`${s}\u0001${col}`);
          if (g === undefined) return '<td class="num">–</td>';
          rowTotal += g.weighted;
          const step = heatStep(g.weighted, max);
          const mark = g.negative > 0 ? '<sup title="net of negative amounts">†</sup>' : '';
          return `<td class="num" style="background:${step.bg};color:${step.fg}">${esc(measure.format(g.weighted))}${mark}<small>${measure.note?.(g.rows, g.byLevel) ?? plural(g.rows, 'row')}</small></td>`;
        })
        .join('');
      return `<tr><th scope="row">${sectorText(s)}</th>${tds}<td class="num"><strong>${esc(measure.format(rowTotal))}</strong></td></tr>`;
    })
    .join('');
  const whole = measure.whole ? wholeLegend(max) : [];
  const legend = HEAT_STEPS.map((step, i) => {
    const label = measure.whole
      ? (whole[i] ?? '')
      : i === 0
        ? 'none'
        : `up to ${measure.format((max * i) / (HEAT_STEPS.length - 1))}`;
    return label === '' ? '' : `<span style="background:${step.bg};color:${step.fg}">${esc(label)}</span>`;
  }).join('');
  return `<h3>${esc(measure.title)}</h3>
<table class="heat"><caption class="note">Rows: sectors. Columns: the ${shown.length === 1 ? 'country' : `${shown.length} countries`} with the most ${measure.what}${otherCount > 0 ? ', then all others' : ''}. Each cell: ${measure.what} and ${measure.note === undefined ? 'number of rows' : 'rows of each level'}.</caption><thead><tr><th scope="col">Sector</th>${head}<th scope="col">All countries</th></tr></thead><tbody>${body}</tbody></table>
${max > 0 ? `<p class="legend note">Shade (darker = more; the number in each cell is what counts): ${legend}</p>` : ''}${
  netted
    ? `<p class="note">† Net of negative amounts (de-obligations, credits), as the totals above are: those rows are subtracted, not left out, so a cell whose negative amounts outweigh the rest shows a negative figure and no shade. Each row's own amount is in the input file; the <code>row</code> column of register.csv is its data row there.</p>`
    : ''
}`;
}

function heatSection(result: ReportResult, ctx: ReportContext): string {
  const cur = currencies(result).filter((c) => result.heat.some((h) => h.currency === c && h.weighted > 0));
  const weights = LEVELS.map((l) => `${l} × ${LEVEL_WEIGHTS[l]}`).join(', ');
  const maps = cur
    .slice(0, CHARTED_CURRENCIES)
    .map((c) =>
      heatMap(
        result.heat.filter((h) => h.currency === c),
        {
          title: `Risk-weighted spend, ${currencyLabel(c)}`,
          what: 'risk-weighted spend',
          weighted: (h) => h.weighted,
          plain: (h) => h.spend,
          format: formatCompact,
          negative: (h) => h.negative_rows,
        },
        ctx,
      ),
    )
    .join('');
  // A file without amounts (a brand's factory list) still has risk to place: its rows are counted instead,
  // in whole rows by level, since a weighted fraction of a factory means nothing to a reader.
  const byRows =
    maps === '' && result.heat.some((h) => h.weighted_rows > 0)
      ? `<p>${
          result.heat.some((h) => h.weighted < 0)
            ? 'The rows at medium level or above have only negative or zero amounts (credits, de-obligations) in every currency'
            : 'No screened row at medium level or above has an amount'
        }, so this map counts rows (suppliers, factories) instead of weighing spend. The figure in each cell is the number of rows at medium level or above; the line under it gives how many rows are at each level, low ones included. Countries are ordered by that number, then by how high their rows' levels are. The shade follows the figure.</p>${heatMap(
          result.heat,
          {
            title: 'Rows at medium level or above',
            what: 'rows at medium level or above',
            weighted: (h) => h.rows_by_level.critical + h.rows_by_level.high + h.rows_by_level.medium,
            plain: (h) => h.weighted_rows,
            format: formatCount,
            whole: true,
            note: (_, byLevel) =>
              [...LEVELS]
                .reverse()
                .filter((l) => byLevel[l] > 0)
                .map((l) => `${formatCount(byLevel[l])} ${l}`)
                .join(', '),
          },
          ctx,
        )}`
      : '';
  const lede =
    maps === '' && byRows !== ''
      ? 'Rows at medium level or above, by the sector the row was classified in and its resolved country. A row in two sectors counts in both, so sector rows do not add up to the total.'
      : `Risk-weighted spend is each row's amount times the weight of its level (${esc(weights)}), summed by the sector the row was classified in and its resolved country, as Verité mapped federal spending onto at-risk sectors. A row in two sectors counts in both, so sector rows do not add up to the total. Each currency has its own map.`;
  return `<h2 id="heatmap">Where ${maps === '' && byRows !== '' ? 'risky rows are' : 'risky spend goes'}: sectors × countries</h2>
<p class="lede">${lede}</p>
${maps || byRows || '<p>No screened row at medium level or above, so there is no risk to map.</p>'}${
  cur.length > CHARTED_CURRENCIES
    ? `<p class="note">${cur.length - CHARTED_CURRENCIES} further currencies are not mapped here; their spend by level is in the table above.</p>`
    : ''
}`;
}

function supplierSection(result: ReportResult, ctx: ReportContext): string {
  // A supplier or factory list has no spend: no column of dashes.
  const bare = noAmounts(result);
  const rows = result.top_suppliers
    .map((s, i) => {
      const kinds = FINDING_KINDS.filter((k) => (s.kinds[k] ?? 0) > 0)
        .map((k) => `${esc(FINDING_KIND_NOTES[k].label)} (${formatCount(s.kinds[k] ?? 0)})`)
        .join(', ');
      const spend = bare ? '' : `<td class="num">${amountsText(s.spend)}</td>`;
      return `<tr><td class="num">${i + 1}</td><th scope="row">${esc(s.supplier)}</th><td>${badge(s.level)}</td><td class="num">${formatCount(s.max_score)}</td><td class="num">${formatCount(s.flagged_rows)} / ${formatCount(s.rows)}</td>${spend}<td>${s.countries.map((c) => countryText(c, ctx)).join(', ') || '—'}</td><td>${kinds || '—'}</td></tr>`;
    })
    .join('');
  const cap = result.suppliers_capped
    ? `<p class="note">More than ${formatCount(result.suppliers)} distinct suppliers: suppliers seen after that limit (${formatCount(result.rows_of_uncounted_suppliers)} rows) are in the totals and in register.csv but not ranked here.</p>`
    : '';
  // A supplier's spend is net of its negative amounts, as every total is; a negative figure needs saying.
  const negative = result.top_suppliers.some((s) => Object.values(s.spend).some((v) => v < 0))
    ? '<p class="note">Spend is net of negative amounts (de-obligations, credits): a negative figure means a supplier’s negative amounts in the file outweigh its other amounts. Each row’s own amount is in the input file; the <code>row</code> column of register.csv is its data row there.</p>'
    : '';
  const shown = result.top_suppliers.length;
  const cut =
    result.suppliers > shown
      ? ` Listed: the ${formatCount(shown)} highest of ${result.suppliers_capped ? 'more than ' : ''}${plural(result.suppliers, 'supplier')}; the rows of the others are in register.csv.`
      : '';
  return `<h2 id="suppliers">Suppliers with the highest risk</h2>
<p class="lede">Ranked by highest level, then highest row score, then number of rows with findings. Names are grouped ignoring case and spacing.${cut} Findings are counted by kind: a listed-entity finding may be a possible match to check, or a match of the supplier’s parent company, trade name or shipper; each row’s findings below say which.</p>${cap}
<table><thead><tr><th scope="col" class="num">#</th><th scope="col">Supplier</th><th scope="col">Level</th><th scope="col" class="num">Top score</th><th scope="col" class="num">Rows with findings / rows</th>${bare ? '' : '<th scope="col" class="num">Spend</th>'}<th scope="col">Countries</th><th scope="col">Findings</th></tr></thead><tbody>${rows || `<tr><td colspan="${bare ? 7 : 8}">No suppliers.</td></tr>`}</tbody></table>${negative}`;
}

/** What an entity finding is of: the supplier, another party of the row, or a possible match to check. */
const PARTY_LABELS: Readonly<Record<string, string>> = {
  parent_company: 'Listed parent company',
  dba: 'Listed trade name',
  shipper: 'Listed shipper',
};

/** The label of a finding in a row's list: its kind's, said more exactly for an entity finding. */
function findingLabel(f: ScreenedRow['findings'][number]): string {
  const label = FINDING_KIND_NOTES[f.kind]?.label ?? f.kind;
  if (f.kind !== 'entity') return label;
  const party = PARTY_LABELS[String(f.details?.matched_on ?? '')];
  if (f.details?.possible_match === true)
    return party === undefined ? 'Possible listed entity' : `Possible ${party.toLowerCase()}`;
  return party ?? label;
}

/**
 * A finding with its citation. A source without its own as-of date takes its dataset's, from the
 * datasets the run used, so the reader still sees how old the fact may be.
 */
function findingItem(
  f: ScreenedRow['findings'][number],
  datasetAsOf: ReadonlyMap<string, string>,
  shown: ShownDisposition | undefined,
): string {
  const asOf = f.source.as_of ?? datasetAsOf.get(f.source.dataset) ?? 'date unknown';
  const possible = f.details?.possible_match === true;
  const match =
    f.matched_name !== undefined
      ? ` <span class="cite">${possible ? 'Closest listed name' : 'Matched'}: “${esc(f.matched_name)}”${f.score !== undefined ? ` (score ${esc(formatDecimal(f.score))})` : ''}.</span>`
      : '';
  const disposition = shown === undefined ? '' : ` ${dispositionBadge(shown.state)}`;
  const note =
    shown === undefined || shown.note.trim() === ''
      ? ''
      : ` <span class="disposition-note">Note: ${esc(shown.note)}</span>`;
  return `<li>${badge(f.level)}${disposition} <strong>${esc(findingLabel(f))}</strong>: ${esc(f.summary)}${match} <span class="cite">Source: ${esc(f.source.dataset)}, ${esc(f.source.record)}, as of ${esc(asOf)}.</span>${note}</li>`;
}

const DISPOSITION_LABELS: Record<DispositionState, string> = {
  under_review: 'Disposition: under review',
  confirmed: 'Disposition: confirmed',
  false_positive: 'Disposition: false positive',
};

// Only in reports that show dispositions, so command-line reports stay byte-identical.
const DISPOSITION_CSS =
  '.disposition{display:inline-block;border-radius:4px;padding:0 6px;font-size:12px;border:1px solid #0003}' +
  '.disposition-confirmed{background:#a3161a;color:#fff}.disposition-false_positive{background:#e6f2e6;color:#1b4d1e}' +
  '.disposition-under_review{background:#fff1c7;color:#5c4300}.disposition-note{display:block;font-style:italic}\n';

function dispositionBadge(state: DispositionState): string {
  return `<span class="disposition disposition-${state}">${DISPOSITION_LABELS[state]}</span>`;
}

function topRowsSection(result: ReportResult, ctx: ReportContext): string {
  const datasetAsOf = new Map(ctx.datasets.map((d) => [d.id, d.as_of]));
  const rows = result.top_rows
    .map(
      (r, i) =>
        `<tr><td class="num">${i + 1}</td><td class="num">${r.input.row}</td><td>${esc(r.input.ref)}</td><th scope="row">${esc(r.input.supplier)}</th><td>${r.country === null ? '—' : countryText(r.country, ctx)}</td><td class="num">${r.input.amount === null ? '—' : `${esc(formatNumber(r.input.amount))} ${esc(r.input.currency)}`}</td><td>${badge(r.level)}</td><td class="num">${formatCount(r.score)}</td><td>${r.findings.length === 0 ? 'No findings.' : `<ol class="findings">${r.findings.map((f) => findingItem(f, datasetAsOf, ctx.disposition?.(r, f))).join('')}</ol>`}</td></tr>`,
    )
    .join('');
  const rest =
    result.screened > result.top_rows.length
      ? `The other ${formatCount(result.screened - result.top_rows.length)} screened rows are in register.csv, and every finding of every row is in findings.jsonl.`
      : 'Every screened row is listed; the same findings are in findings.jsonl.';
  return `<h2 id="rows">Highest-scoring rows</h2>
<p class="lede">The ${formatCount(result.top_rows.length)} highest-scoring rows (at most ${formatCount(result.top_rows_limit)}), with every finding and its source: dataset, record and the dataset's as-of date. ${rest}</p>
<table class="rows"><thead><tr><th scope="col" class="num">#</th><th scope="col" class="num">Row</th><th scope="col">Ref</th><th scope="col">Supplier</th><th scope="col">Country</th><th scope="col" class="num">Amount</th><th scope="col">Level</th><th scope="col" class="num">Score</th><th scope="col">Findings and sources</th></tr></thead><tbody>${rows || '<tr><td colspan="9">No screened rows.</td></tr>'}</tbody></table>`;
}

function rejectSection(result: ReportResult): string {
  if (result.rejected === 0) {
    return `<h2 id="rejects">Rejected rows</h2>\n<p>No row was rejected.</p>`;
  }
  const rows = result.reject_samples
    .map(
      (r) =>
        `<tr><td class="num">${r.row}</td><td class="num">${r.line}</td><td>${esc(r.ref)}</td><td>${esc(r.reason)}</td></tr>`,
    )
    .join('');
  return `<h2 id="rejects">Rejected rows</h2>
<p class="lede">${plural(result.rejected, 'row')} could not be screened. All of them, with their original fields, are in rejects.csv; the first ${formatCount(result.reject_samples.length)} are below.</p>
<table><thead><tr><th scope="col" class="num">Row</th><th scope="col" class="num">Line</th><th scope="col">Ref</th><th scope="col">Reason</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function delimiterText(d: string): string {
  if (d === '\t') return 'tab';
  if (d === ',') return 'comma';
  if (d === ';') return 'semicolon';
  if (d === '|') return 'pipe';
  return d === '' ? 'none' : `“${d}”`;
}

function layoutSection(ctx: ReportContext): string {
  const l = ctx.layout;
  if (l === undefined) {
    return `<h2 id="layout">Input file: layout and column mapping</h2>\n<p>The layout of the input file was not given to the report.</p>`;
  }
  const mapping = Object.entries(l.mapping)
    .map(
      ([field, header]) =>
        `<tr><th scope="row"><code>${esc(field)}</code></th><td>${esc(header ?? '')}</td></tr>`,
    )
    .join('');
  const problems = l.problems
    .slice(0, 50)
    .map(
      (p) =>
        `<li>${[
          p.row !== undefined ? `row ${p.row}` : '',
          p.line !== undefined ? `line ${p.line}` : '',
          p.column !== undefined ? `column “${esc(p.column)}”` : '',
        ]
          .filter(Boolean)
          .join(
            ', ',
          )}${p.row !== undefined || p.line !== undefined || p.column !== undefined ? ': ' : ''}${esc(p.message)}${p.expected !== undefined ? ` (expected ${esc(p.expected)})` : ''}</li>`,
    )
    .join('');
  return `<h2 id="layout">Input file: layout and column mapping</h2>
<p class="lede">What the reader understood of the file. Check the mapping: a wrong column here makes every finding below wrong.</p>
<table><tbody>
<tr><th scope="row">Format</th><td>${esc(l.format)}</td></tr>
${
  l.format === 'xlsx'
    ? `<tr><th scope="row">Worksheet</th><td>${l.sheet === undefined ? 'the first' : `“${esc(l.sheet)}”`}</td></tr>`
    : `<tr><th scope="row">Encoding</th><td>${esc(l.encoding)} (${esc(l.encoding_source)})</td></tr>
<tr><th scope="row">Delimiter</th><td>${esc(delimiterText(l.delimiter))}</td></tr>`
}
<tr><th scope="row">Layout</th><td><code>${esc(l.layout)}</code></td></tr>
<tr><th scope="row">Columns</th><td>${formatCount(l.headers.length)}</td></tr>
</tbody></table>
<h3>Mapping</h3>
<table><thead><tr><th scope="col">tipwatch field</th><th scope="col">Column of the file</th></tr></thead><tbody>${mapping || '<tr><td colspan="2">No column was mapped.</td></tr>'}</tbody></table>
<p class="note">Columns not used: ${l.unmapped.length === 0 ? 'none' : l.unmapped.map((h) => `“${esc(h)}”`).join(', ')}.</p>
${l.problems.length > 0 ? `<h3>Problems found in the file</h3>\n<ul>${problems}</ul>${l.problems.length > 50 ? `<p class="note">${formatCount(l.problems.length - 50)} more problems are not shown.</p>` : ''}` : ''}`;
}

function dataSection(ctx: ReportContext): string {
  if (ctx.datasets.length === 0) {
    return `<h2 id="data">Reference data and known gaps</h2>\n<p>No list of reference datasets was given to the report.</p>`;
  }
  const rows = ctx.datasets
    .map(
      (d) =>
        `<tr><th scope="row">${esc(d.title)}<br><code>${esc(d.id)}</code></th><td class="num">${esc(d.as_of)}</td><td class="num">${formatCount(d.rows)}</td><td class="src">${esc(d.source)}<br><span class="note">Licence: ${esc(d.licence)}</span></td><td>${d.gaps.length === 0 ? 'None recorded.' : `<ul class="gaps">${d.gaps.map((g) => `<li>${esc(g)}</li>`).join('')}</ul>`}</td></tr>`,
    )
    .join('');
  return `<h2 id="data">Reference data and known gaps</h2>
<p class="lede">Findings are only as complete as these datasets. A supplier without a finding is not cleared: it may be missing from a partial list.</p>
<table class="data"><thead><tr><th scope="col">Dataset</th><th scope="col" class="num">As of</th><th scope="col" class="num">Rows</th><th scope="col">Source</th><th scope="col">Known gaps and doubts</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function methodSection(result: ReportResult, ctx: ReportContext): string {
  const kinds = FINDING_KINDS.map(
    (k) =>
      `<tr><th scope="row">${esc(FINDING_KIND_NOTES[k].label)} <code>${k}</code></th><td>${esc(FINDING_KIND_NOTES[k].note)}</td><td class="num">${formatCount(result.findings_by_kind[k])}</td></tr>`,
  ).join('');
  const levels = LEVELS.map(
    (l) =>
      `<tr><th scope="row">${badge(l)}</th><td>${esc(LEVEL_NOTES[l])}</td><td class="num">${LEVEL_WEIGHTS[l]}</td></tr>`,
  ).join('');
  const settings = Object.entries(ctx.settings ?? {})
    .map(([k, v]) => `<tr><th scope="row">${esc(k)}</th><td>${esc(v)}</td></tr>`)
    .join('');
  return `<h2 id="method">Method</h2>
<p>Each row is screened against the reference datasets above. Every finding names its source (dataset, record, as-of date). A row's level is the highest level among its findings; its score (0–100) orders rows within and across levels.</p>
<h3>Finding kinds</h3>
<table><thead><tr><th scope="col">Kind</th><th scope="col">Meaning</th><th scope="col" class="num">Findings in this run</th></tr></thead><tbody>${kinds}</tbody></table>
<h3>Levels</h3>
<table><thead><tr><th scope="col">Level</th><th scope="col">Meaning</th><th scope="col" class="num">Weight in the heat map</th></tr></thead><tbody>${levels}</tbody></table>
<h3>Limits of this report</h3>
<ul>
<li>The report lists at most ${formatCount(result.top_rows_limit)} rows; register.csv has every screened row and findings.jsonl every finding.</li>
<li>Currencies are never converted: totals, charts and heat maps are per currency.</li>
<li>Sectors are tipwatch's own taxonomy, modelled on Verité's 2015 report; codes and descriptions are mapped to it, so a row may land in no sector or in several.</li>
<li>A finding is a reason to look closer, not a determination that forced labour occurred; the absence of findings is not clearance.</li>
</ul>
${settings ? `<h3>Settings of this run</h3>\n<table><tbody>${settings}</tbody></table>` : ''}`;
}

/**
 * When the report was generated, for a reader (`2026-11-30 03:45 UTC`), with the exact ISO timestamp kept
 * for machines in `<time datetime>`. A timestamp that does not parse is shown as given.
 */
function generatedAt(iso: string): string {
  const t = new Date(iso);
  if (Number.isNaN(t.getTime())) return esc(iso);
  const readable = `${t.toISOString().slice(0, 10)} ${t.toISOString().slice(11, 16)} UTC`;
  return `<time datetime="${esc(iso)}">${readable}</time>`;
}

/**
 * `report.html`: one self-contained page (inline CSS and SVG, no script, no external asset) that prints
 * cleanly. All user text is escaped.
 */
export function renderReportHtml(result: ReportResult, ctx: ReportContext): string {
  const title = `tipwatch screening report${ctx.input_name ? `: ${ctx.input_name}` : ''}`;
  const nav = [
    ['summary', 'Summary'],
    ['levels', noAmounts(result) ? 'Rows by risk level' : 'Spend by risk level'],
    ['heatmap', 'Sectors × countries'],
    ['suppliers', 'Suppliers with the highest risk'],
    ['rows', 'Highest-scoring rows'],
    ['rejects', 'Rejected rows'],
    ['layout', 'Input file: layout and mapping'],
    ['data', 'Reference data and known gaps'],
    ['method', 'Method'],
  ]
    .map(([id, label]) => `<li><a href="#${id}">${label}</a></li>`)
    .join('');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>${CSS}${ctx.disposition ? DISPOSITION_CSS : ''}</style>
</head>
<body>
<main>
<header>
<h1>${esc(title)}</h1>
<p class="lede">Forced-labour and human-trafficking risk screening. Generated ${generatedAt(ctx.generated_at)}${ctx.version ? ` by tipwatch ${esc(ctx.version)}` : ''}.</p>
<nav aria-label="Contents"><ol>${nav}</ol></nav>
</header>
${headline(result, ctx)}
${levelSection(result)}
${heatSection(result, ctx)}
${supplierSection(result, ctx)}
${topRowsSection(result, ctx)}
${rejectSection(result)}
${layoutSection(ctx)}
${dataSection(ctx)}
${methodSection(result, ctx)}
</main>
</body>
</html>
`;
}
