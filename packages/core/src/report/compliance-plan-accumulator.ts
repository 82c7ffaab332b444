import { ownString } from '../ingest/own-string.js';
import type { Finding, FindingKind } from '../model/finding.js';
import { type Level, levelRank } from '../model/level.js';
import type { ScreenedRow } from '../model/screened-row.js';
import { contractKey } from '../screening/contract-far-aggregator.js';
import { rowCurrency } from '../screening/far-portion.js';
import type { CurrencyAmounts } from './report-accumulator.js';

/** One distinct risk (kind + summary) of a contract, with how many of its rows carry it. */
export interface ContractRisk {
  kind: FindingKind;
  level: Level;
  summary: string;
  source: Finding['source'];
  matched_name?: string;
  rows: number;
}

/** What a draft plan needs to know about one contract: only rows with a `far_plan` finding feed it. */
export interface ContractPlanData {
  /**
   * The contract (`contractKey` of its id: ids written with other case, spaces, dashes or dots are one
   * contract), or `row N` for a row without one.
   */
  key: string;
  /** The id as the file first writes it. */
  contract_id: string;
  /** The contract's other writings of its id (at most 5). */
  other_ids: string[];
  rows: number;
  /** The first row numbers (at most `maxRowNumbers`). */
  row_numbers: number[];
  suppliers: string[];
  /** Distinct suppliers beyond those listed. */
  more_suppliers: number;
  /** Net value of the rows per currency: obligations less de-obligations. */
  spend: CurrencyAmounts;
  /** Sums of the negative amounts (de-obligations) per currency; empty when the rows have none. */
  deobligated: CurrencyAmounts;
  level: Level;
  max_score: number;
  /** Places of performance as the file wrote them (distinct, at most 10). */
  places: string[];
  /** Countries of performance named by the `far_plan` findings (`details.iso3`). */
  far_countries: string[];
  /** What the `far_plan` findings judged (`details.portion`): services, supplies or both, sorted. */
  far_portions: string[];
  /** The thresholds the `far_plan` findings applied (`details.threshold`, `threshold_from`), oldest first. */
  thresholds: { from: string; amount: number }[];
  /** Resolved countries of the rows (alpha-3), used when nothing else names a country of performance. */
  row_countries: string[];
  /** Distinct risks, highest level first; `far_plan` findings say why a plan is needed. */
  risks: ContractRisk[];
  /** Distinct risks not kept because of the per-contract bound. */
  more_risks: number;
  max_workers: number | null;
  max_migrant_share: number | null;
}

export interface CompliancePlanResult {
  contracts: ContractPlanData[];
  /** Rows with a `far_plan` finding. */
  rows: number;
  /** Contracts not kept because of the `maxContracts` bound (their rows are in `rows`). */
  contracts_not_kept: number;
}

export interface CompliancePlanOptions {
  /** Contracts kept (default 10,000). */
  maxContracts?: number;
  /** Distinct risks kept per contract (default 40). */
  maxRisks?: number;
  /** Row numbers listed per contract (default 50). */
  maxRowNumbers?: number;
  /** Supplier names listed per contract (default 20). */
  maxSuppliers?: number;
}

interface Agg {
  data: ContractPlanData;
  suppliers: Set<string>;
  places: Set<string>;
  countries: Set<string>;
  farCountries: Set<string>;
  portions: Set<string>;
  thresholds: Map<string, number>;
  otherIds: Set<string>;
  risks: Map<string, ContractRisk>;
}

/**
 * Gathers, contract by contract, the rows that need a FAR 52.222-50(h) compliance plan (those with a
 * `far_plan` finding) and their risks, in bounded memory.
 */
export class CompliancePlanAccumulator {
  private readonly contracts = new Map<string, Agg>();
  private farRows = 0;
  private notKept = new Set<string>();
  private readonly maxContracts: number;
  private readonly maxRisks: number;
  private readonly maxRowNumbers: number;
  private readonly maxSuppliers: number;

  constructor(options: CompliancePlanOptions = {}) {
    this.maxContracts = options.maxContracts ?? 10_000;
    this.maxRisks = options.maxRisks ?? 40;
    this.maxRowNumbers = options.maxRowNumbers ?? 50;
    this.maxSuppliers = options.maxSuppliers ?? 20;
  }

  /** True once any row needed a plan: then `compliance-plan.md` is written. */
  get hasPlans(): boolean {
    return this.farRows > 0;
  }

  /** Adds one batch of screened rows; rows without a `far_plan` finding are ignored. */
  add(rows: readonly ScreenedRow[]): void {
    for (const r of rows) {
      for (const f of r.findings) {
        if (f.kind === 'far_plan') {
          this.addRow(r);
          break;
        }
      }
    }
  }

  private addRow(r: ScreenedRow): void {
    this.farRows++;
    let contractId = r.input.contract_id.trim();
    const folded = contractId === '' ? '' : contractKey(contractId);
    let key = folded === '' ? `row ${r.input.row}` : folded;
    let agg = this.contracts.get(key);
    if (agg === undefined) {
      // Kept strings are copies, not views of the reader's text chunks (see `ownString`).
      key = ownString(key);
      contractId = ownString(contractId);
      if (this.contracts.size >= this.maxContracts) {
        // Counting distinct dropped keys is itself bounded by the rows seen; cap it too.
        if (this.notKept.size < this.maxContracts) this.notKept.add(key);
        return;
      }
      agg = {
        data: {
          key,
          contract_id: contractId,
          other_ids: [],
          rows: 0,
          row_numbers: [],
          suppliers: [],
          more_suppliers: 0,
          spend: {},
          deobligated: {},
          level: 'low',
          max_score: 0,
          places: [],
          far_countries: [],
          far_portions: [],
          thresholds: [],
          row_countries: [],
          risks: [],
          more_risks: 0,
          max_workers: null,
          max_migrant_share: null,
        },
        suppliers: new Set(),
        places: new Set(),
        countries: new Set(),
        farCountries: new Set(),
        portions: new Set(),
        thresholds: new Map(),
        otherIds: new Set(),
        risks: new Map(),
      };
      this.contracts.set(key, agg);
    }
    const d = agg.data;
    d.rows++;
    if (contractId !== d.contract_id && agg.otherIds.size < 5 && !agg.otherIds.has(contractId)) {
      agg.otherIds.add(ownString(contractId));
    }
    if (d.row_numbers.length < this.maxRowNumbers) d.row_numbers.push(r.input.row);
    const supplier = r.input.supplier.trim();
    if (supplier !== '' && !agg.suppliers.has(supplier)) {
      if (agg.suppliers.size < this.maxSuppliers) agg.suppliers.add(ownString(supplier));
      else d.more_suppliers++;
    }
    if (r.input.amount !== null && Number.isFinite(r.input.amount)) {
      // The FAR test took a row without a currency for US dollars (federal files carry none); so does the plan.
      const c = rowCurrency(r.input);
      d.spend[c] = (d.spend[c] ?? 0) + r.input.amount;
      if (r.input.amount < 0) d.deobligated[c] = (d.deobligated[c] ?? 0) + r.input.amount;
    }
    if (levelRank(r.level) > levelRank(d.level)) d.level = r.level;
    if (r.score > d.max_score) d.max_score = r.score;
    const place = r.input.place_of_performance.trim();
    if (place !== '' && agg.places.size < 10 && !agg.places.has(place)) agg.places.add(ownString(place));
    if (r.country !== null && agg.countries.size < 10) agg.countries.add(r.country);
    if (r.input.workers !== null) d.max_workers = Math.max(d.max_workers ?? 0, r.input.workers);
    if (r.input.migrant_share !== null) {
      d.max_migrant_share = Math.max(d.max_migrant_share ?? 0, r.input.migrant_share);
    }
    for (const f of r.findings) {
      if (f.kind === 'far_plan') this.addFar(agg, f);
      const riskKey = `${f.kind}\u0000${f.summary}`;
      const risk = agg.risks.get(riskKey);
      if (risk !== undefined) {
        risk.rows++;
        if (levelRank(f.level) > levelRank(risk.level)) risk.level = f.level;
      } else if (agg.risks.size < this.maxRisks) {
        const kept: ContractRisk = {
          kind: f.kind,
          level: f.level,
          summary: ownString(f.summary),
          source: f.source,
          rows: 1,
        };
        if (f.matched_name !== undefined) kept.matched_name = f.matched_name;
        agg.risks.set(ownString(riskKey), kept);
      } else {
        d.more_risks++;
      }
    }
  }

  private addFar(agg: Agg, f: Finding): void {
    const iso3 = f.details?.iso3;
    if (typeof iso3 === 'string' && iso3 !== '' && agg.farCountries.size < 10) agg.farCountries.add(iso3);
    const portion = f.details?.portion;
    if (portion === 'services' || portion === 'supplies') agg.portions.add(portion);
    const from = f.details?.threshold_from;
    const amount = f.details?.threshold;
    if (typeof from === 'string' && typeof amount === 'number' && agg.thresholds.size < 10) {
      agg.thresholds.set(from, amount);
    }
  }

  /** The contracts, highest level first, then by key. */
  result(): CompliancePlanResult {
    const contracts = [...this.contracts.values()].map((agg) => ({
      ...agg.data,
      row_numbers: [...agg.data.row_numbers],
      spend: { ...agg.data.spend },
      deobligated: { ...agg.data.deobligated },
      other_ids: [...agg.otherIds],
      far_portions: [...agg.portions].sort(),
      thresholds: [...agg.thresholds]
        .map(([from, amount]) => ({ from, amount }))
        .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0)),
      suppliers: [...agg.suppliers],
      places: [...agg.places],
      far_countries: [...agg.farCountries].sort(),
      row_countries: [...agg.countries].sort(),
      risks: [...agg.risks.values()]
        .map((r) => ({ ...r }))
        .sort((a, b) => levelRank(b.level) - levelRank(a.level)),
    }));
    contracts.sort(
      (a, b) => levelRank(b.level) - levelRank(a.level) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
    );
    return { contracts, rows: this.farRows, contracts_not_kept: this.notKept.size };
  }
}
