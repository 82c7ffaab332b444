import { ownString } from '../ingest/own-string.js';
import { FINDING_KINDS, type FindingKind } from '../model/finding.js';
import { LEVELS, type Level, levelRank } from '../model/level.js';
import type { ScreenedRow } from '../model/screened-row.js';
import type { RejectedRow } from '../model/spend-row.js';
import { SupplierAggregates } from './supplier-aggregates.js';
import { TopHeap } from './top-heap.js';

export { supplierKey } from './supplier-aggregates.js';

/**
 * Weights of the risk-weighted spend in the heat map: spend × weight of the row's level. Low rows weigh
 * nothing so the map shows where risky money goes, not where money goes; critical rows count in full.
 */
export const LEVEL_WEIGHTS: Readonly<Record<Level, number>> = {
  low: 0,
  medium: 0.25,
  high: 0.5,
  critical: 1,
};

/** Sums per currency code as the input gave it (upper-cased); `''` when the row states no currency. */
export type CurrencyAmounts = Record<string, number>;

export interface LevelTotals {
  rows: number;
  spend: CurrencyAmounts;
  /** Rows of this level with no amount. */
  rows_without_amount: number;
}

/** One supplier's aggregate, keyed by its name with case and spacing folded. */
export interface SupplierSummary {
  /** The name as first seen. */
  supplier: string;
  rows: number;
  /** Rows with at least one finding. */
  flagged_rows: number;
  level: Level;
  max_score: number;
  spend: CurrencyAmounts;
  weighted: CurrencyAmounts;
  kinds: Partial<Record<FindingKind, number>>;
  /** Resolved countries of its rows (alpha-3), at most five. */
  countries: string[];
}

/** One cell of the sector × country heat map, for one currency. `sector` '' = no sector assigned. */
export interface HeatCell {
  currency: string;
  sector: string;
  /** Alpha-3, or '' when no country resolved. */
  country: string;
  rows: number;
  spend: number;
  weighted: number;
  /** Rows × the weight of each row's level: orders the countries of a file without amounts (a factory list). */
  weighted_rows: number;
  /** Rows of each level: what the map of a file without amounts shows, in whole rows. */
  rows_by_level: Record<Level, number>;
  /**
   * Rows with a negative amount (de-obligations, credits): `spend` and `weighted` are net of them, as the
   * totals are, and the report says so where they are.
   */
  negative_rows: number;
}

export interface ReportAccumulatorOptions {
  /** Rows kept with their findings for the report (default 1,000). */
  topRows?: number;
  /** Suppliers aggregated one by one (default 100,000); rows of further new suppliers count only in totals. */
  maxSuppliers?: number;
  /** Suppliers listed in the report (default 25). */
  topSuppliers?: number;
  /** Rejected rows kept as examples (default 20). */
  rejectSamples?: number;
}

export interface ReportResult {
  /** Data rows read: screened + rejected. */
  rows: number;
  screened: number;
  rejected: number;
  /** Distinct non-empty supplier names (case and spacing folded), exact up to `maxSuppliers`. */
  suppliers: number;
  /** True when more suppliers were seen than `maxSuppliers`: `suppliers` is then a lower bound. */
  suppliers_capped: boolean;
  /** Screened rows whose supplier was not aggregated because of the cap. */
  rows_of_uncounted_suppliers: number;
  spend: CurrencyAmounts;
  /** Screened rows per currency (with or without an amount). */
  rows_by_currency: Record<string, number>;
  rows_without_amount: number;
  by_level: Record<Level, LevelTotals>;
  findings: number;
  findings_by_kind: Record<FindingKind, number>;
  heat: HeatCell[];
  top_suppliers: SupplierSummary[];
  /** The highest-scoring rows, best first, at most `top_rows_limit`. */
  top_rows: ScreenedRow[];
  top_rows_limit: number;
  reject_samples: RejectedRow[];
}

/** Ranks rows: score, then level, then number of findings, then earlier rows first. */
export function compareRowsByRisk(a: ScreenedRow, b: ScreenedRow): number {
  return (
    a.score - b.score ||
    levelRank(a.level) - levelRank(b.level) ||
    a.findings.length - b.findings.length ||
    b.input.row - a.input.row
  );
}

/** A screened row whose input strings are copies (see `ownString`); findings are shared as they are. */
function ownRow(r: ScreenedRow): ScreenedRow {
  const i = r.input;
  return {
    ...r,
    input: {
      ...i,
      ref: ownString(i.ref),
      contract_id: ownString(i.contract_id),
      supplier: ownString(i.supplier),
      supplier_address: ownString(i.supplier_address),
      supplier_country: ownString(i.supplier_country),
      origin_country: ownString(i.origin_country),
      description: ownString(i.description),
      naics: ownString(i.naics),
      psc: ownString(i.psc),
      hs_code: ownString(i.hs_code),
      currency: ownString(i.currency),
      date: ownString(i.date),
      place_of_performance: ownString(i.place_of_performance),
      product_type: ownString(i.product_type),
      parent_company: ownString(i.parent_company),
      shipper: ownString(i.shipper),
      shipper_country: ownString(i.shipper_country),
      shipper_address: ownString(i.shipper_address),
      dba: ownString(i.dba),
      place_of_performance_address: ownString(i.place_of_performance_address),
    },
  };
}

/** The heat map's one cell key for a row without a sector. */
const NO_SECTOR: readonly string[] = [''];

function addTo(amounts: CurrencyAmounts, currency: string, value: number): void {
  amounts[currency] = (amounts[currency] ?? 0) + value;
}

/**
 * Everything `report.html` needs, gathered batch by batch in bounded memory: totals, spend per level and
 * currency, the sector × country heat map, per-supplier aggregates (typed arrays, up to `maxSuppliers`:
 * about 100k distinct suppliers fit comfortably), a top-N heap of rows and a few rejected rows.
 */
export class ReportAccumulator {
  private screened = 0;
  private rejected = 0;
  private findings = 0;
  private rowsWithoutAmount = 0;
  private readonly spend: CurrencyAmounts = {};
  private readonly rowsByCurrency: Record<string, number> = {};
  private readonly byLevel = Object.fromEntries(
    LEVELS.map((l) => [l, { rows: 0, spend: {}, rows_without_amount: 0 }]),
  ) as Record<Level, LevelTotals>;
  private readonly byKind = Object.fromEntries(FINDING_KINDS.map((k) => [k, 0])) as Record<
    FindingKind,
    number
  >;
  /** currency → sector → country → cell: nested lookups of strings the rows already hold, no key building. */
  private readonly heat = new Map<string, Map<string, Map<string, HeatCell>>>();
  private readonly suppliers: SupplierAggregates;
  private lastHeat: {
    currency: string;
    sectors: readonly string[] | null;
    country: string;
    cells: HeatCell[];
  } = { currency: '', sectors: null, country: '', cells: [] };
  private lastCurrencyRaw = '';
  private lastCurrency = '';
  private readonly top: TopHeap<ScreenedRow>;
  private readonly rejectSamples: RejectedRow[] = [];
  private readonly topSuppliers: number;
  private readonly maxRejectSamples: number;

  constructor(options: ReportAccumulatorOptions = {}) {
    this.top = new TopHeap(options.topRows ?? 1000, compareRowsByRisk);
    this.suppliers = new SupplierAggregates(options.maxSuppliers ?? 100_000);
    this.topSuppliers = options.topSuppliers ?? 25;
    this.maxRejectSamples = options.rejectSamples ?? 20;
  }

  /** Adds one batch of screened rows. */
  add(rows: readonly ScreenedRow[]): void {
    for (const r of rows) this.addRow(r);
  }

  /** Adds one batch of rejected rows (counted; the first few kept as examples). */
  addRejects(rejects: readonly RejectedRow[]): void {
    this.rejected += rejects.length;
    for (const r of rejects) {
      if (this.rejectSamples.length >= this.maxRejectSamples) break;
      // Kept to the end: own copies, not views of the reader's text.
      this.rejectSamples.push({
        ...r,
        ref: ownString(r.ref),
        reason: ownString(r.reason),
        fields: r.fields.map(ownString),
      });
    }
  }

  private addRow(r: ScreenedRow): void {
    this.screened++;
    this.findings += r.findings.length;
    for (const f of r.findings) this.byKind[f.kind]++;
    const amount = r.input.amount;
    const hasAmount = amount !== null && Number.isFinite(amount);
    if (r.input.currency !== this.lastCurrencyRaw) {
      this.lastCurrencyRaw = r.input.currency;
      this.lastCurrency = r.input.currency.trim().toUpperCase();
    }
    const currency = this.lastCurrency;
    addTo(this.rowsByCurrency, currency, 1);
    const level = this.byLevel[r.level];
    level.rows++;
    const weight = LEVEL_WEIGHTS[r.level];
    if (hasAmount) {
      addTo(this.spend, currency, amount);
      addTo(level.spend, currency, amount);
    } else {
      this.rowsWithoutAmount++;
      level.rows_without_amount++;
    }
    for (const cell of this.heatCells(currency, r.sectors, r.country ?? '')) {
      cell.rows++;
      cell.weighted_rows += weight;
      cell.rows_by_level[r.level]++;
      if (hasAmount) {
        cell.spend += amount;
        cell.weighted += amount * weight;
        if (amount < 0) cell.negative_rows++;
      }
    }
    this.suppliers.add(
      r.input.supplier,
      r.level,
      r.score,
      r.findings,
      hasAmount ? amount : null,
      currency,
      weight,
      r.country,
    );
    // Kept rows outlive their batch: they get their own strings, not views of the reader's text.
    if (this.top.accepts(r)) this.top.push(ownRow(r));
  }

  /**
   * The heat map cells of a row: one per sector (or the no-sector cell) in its currency and country. Sector
   * lists are shared between rows classified alike, so a row like the previous one reuses its cells.
   */
  private heatCells(currency: string, rowSectors: readonly string[], country: string): HeatCell[] {
    const last = this.lastHeat;
    if (last.currency === currency && last.sectors === rowSectors && last.country === country)
      return last.cells;
    let bySector = this.heat.get(currency);
    if (bySector === undefined) {
      bySector = new Map();
      this.heat.set(currency, bySector);
    }
    const cells: HeatCell[] = [];
    for (const sector of rowSectors.length > 0 ? rowSectors : NO_SECTOR) {
      let byCountry = bySector.get(sector);
      if (byCountry === undefined) {
        byCountry = new Map();
        bySector.set(sector, byCountry);
      }
      let cell = byCountry.get(country);
      if (cell === undefined) {
        cell = {
          currency,
          sector,
          country,
          rows: 0,
          spend: 0,
          weighted: 0,
          weighted_rows: 0,
          rows_by_level: { low: 0, medium: 0, high: 0, critical: 0 },
          negative_rows: 0,
        };
        byCountry.set(country, cell);
      }
      cells.push(cell);
    }
    this.lastHeat = { currency, sectors: rowSectors, country, cells };
    return cells;
  }

  /** The aggregates so far; cheap enough to call once at the end. */
  result(): ReportResult {
    const suppliers = this.suppliers;
    const topSuppliers = new TopHeap<number>(this.topSuppliers, suppliers.compare);
    for (let id = 0; id < suppliers.size; id++) topSuppliers.push(id);
    return {
      rows: this.screened + this.rejected,
      screened: this.screened,
      rejected: this.rejected,
      suppliers: suppliers.size,
      suppliers_capped: suppliers.capped,
      rows_of_uncounted_suppliers: suppliers.rowsUncounted,
      spend: { ...this.spend },
      rows_by_currency: { ...this.rowsByCurrency },
      rows_without_amount: this.rowsWithoutAmount,
      by_level: structuredClone(this.byLevel),
      findings: this.findings,
      findings_by_kind: { ...this.byKind },
      heat: [...this.heat.values()].flatMap((bySector) =>
        [...bySector.values()].flatMap((byCountry) =>
          [...byCountry.values()].map((c) => ({ ...c, rows_by_level: { ...c.rows_by_level } })),
        ),
      ),
      top_suppliers: topSuppliers.sorted().map((id) => {
        const summary = suppliers.summary(id);
        summary.countries.sort();
        return summary;
      }),
      top_rows: this.top.sorted(),
      top_rows_limit: this.top.limit,
      reject_samples: [...this.rejectSamples],
    };
  }
}
