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
  /** A `far_plan` finding's caveat on its threshold, in full (`details.threshold_caveat`). */
  threshold_caveat?: string;
  rows: number;
}

/**
 * The value the FAR 52.222-50(h) test compared with the threshold (from its `far_plan` finding's details):
 * the contract's estimated value as the file states it when that was larger than the obligations, else the
 * obligations (of the contract's rows, or of the row alone).
 */
export interface ComparedValue {
  /** USD. */
  value: number;
  /** True when `value` is the estimated value the file states (`contract_value`). */
  estimated: boolean;
  /** The USD obligations in the file, when the estimated value was compared instead; else null. */
  obligated: number | null;
  /** The date whose threshold was applied (`YYYY-MM-DD`): the contract's first dated row, else the row's date or the day of the run. */
  on: string;
}

/** Where in one country of performance the rows place the work, as the file writes it below the country. */
export interface PlaceWithin {
  /** Alpha-3 of the country the `far_plan` finding names. */
  iso3: string;
  /** Distinct `place_of_performance_address` texts (city, county, state) of its rows, at most 5. */
  addresses: string[];
  /** Distinct addresses beyond those kept. */
  more_addresses: boolean;
  /** Rows in that country that give no place below the country. */
  rows_without: number;
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
  /** The earliest and latest date of the rows (`YYYY-MM-DD`, e.g. USAspending's action date); '' when none is dated. */
  first_date: string;
  last_date: string;
  /** What the rows buy as the file describes it: distinct descriptions, at most 3, each cut to a short line. */
  descriptions: string[];
  /** True when the rows have other descriptions than those kept. */
  more_descriptions: boolean;
  /** Distinct PSC and NAICS codes of the rows (at most 5 each) and whether there were more. */
  psc: string[];
  naics: string[];
  more_codes: boolean;
  /** The agencies that awarded the contract as the rows name them (at most 2), and whether there were more. */
  agencies: string[];
  more_agencies: boolean;
  /** What the FAR test compared with the threshold (the largest such value among the rows), or null. */
  compared: ComparedValue | null;
  /** Places of performance below the country, per country the `far_plan` findings name (at most 10). */
  places_within: PlaceWithin[];
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
  /** Folded descriptions kept (so that case and spacing do not make two). */
  descriptionKeys: Set<string>;
  placesWithin: Map<string, PlaceWithin>;
}

/** Descriptions longer than this are cut at a word. */
const DESCRIPTION_CHARS = 90;
const MAX_DESCRIPTIONS = 3;
const MAX_CODES = 5;
/** Awarding agencies kept per contract: one, or a few where rows of one id name several. */
const MAX_AGENCIES = 2;
const MAX_ADDRESSES = 5;

/** A description on one line, cut at a word to `DESCRIPTION_CHARS` with an ellipsis. */
export function shortDescription(text: string): string {
  const one = text.replace(/\s+/g, ' ').trim();
  if (one.length <= DESCRIPTION_CHARS) return one;
  const cut = one.slice(0, DESCRIPTION_CHARS);
  const space = cut.lastIndexOf(' ');
  return `${(space > DESCRIPTION_CHARS / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.-]+$/, '')}…`;
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
          first_date: '',
          last_date: '',
          descriptions: [],
          more_descriptions: false,
          psc: [],
          naics: [],
          more_codes: false,
          agencies: [],
          more_agencies: false,
          compared: null,
          places_within: [],
        },
        suppliers: new Set(),
        places: new Set(),
        countries: new Set(),
        farCountries: new Set(),
        portions: new Set(),
        thresholds: new Map(),
        otherIds: new Set(),
        risks: new Map(),
        descriptionKeys: new Set(),
        placesWithin: new Map(),
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
    this.addDatesAndPurchase(agg, r);
    for (const f of r.findings) {
      if (f.kind === 'far_plan') this.addFar(agg, f, r);
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
        const caveat = f.details?.threshold_caveat;
        if (typeof caveat === 'string' && caveat !== '') kept.threshold_caveat = ownString(caveat);
        agg.risks.set(ownString(riskKey), kept);
      } else {
        d.more_risks++;
      }
    }
  }

  /** The rows' dates, descriptions and product and industry codes, a few of each. */
  private addDatesAndPurchase(agg: Agg, r: ScreenedRow): void {
    const d = agg.data;
    const date = r.input.date;
    if (date !== '') {
      if (d.first_date === '' || date < d.first_date) d.first_date = ownString(date);
      if (d.last_date === '' || date > d.last_date) d.last_date = ownString(date);
    }
    const description = r.input.description.trim();
    if (description !== '') {
      const folded = description.replace(/\s+/g, ' ').toLowerCase();
      if (!agg.descriptionKeys.has(folded)) {
        if (agg.descriptionKeys.size < MAX_DESCRIPTIONS) {
          agg.descriptionKeys.add(ownString(folded));
          d.descriptions.push(ownString(shortDescription(description)));
        } else d.more_descriptions = true;
      }
    }
    for (const [code, list] of [
      [r.input.psc.trim(), d.psc],
      [r.input.naics.trim(), d.naics],
    ] as const) {
      if (code === '' || list.includes(code)) continue;
      if (list.length < MAX_CODES) list.push(ownString(code));
      else d.more_codes = true;
    }
    const agency = r.input.agency.trim();
    if (agency !== '' && !d.agencies.includes(agency)) {
      if (d.agencies.length < MAX_AGENCIES) d.agencies.push(ownString(agency));
      else d.more_agencies = true;
    }
  }

  private addFar(agg: Agg, f: Finding, r: ScreenedRow): void {
    const iso3 = f.details?.iso3;
    if (typeof iso3 === 'string' && iso3 !== '' && agg.farCountries.size < 10) agg.farCountries.add(iso3);
    if (typeof iso3 === 'string' && iso3 !== '') this.addPlaceWithin(agg, iso3, r);
    const value = f.details?.value;
    const on = f.details?.threshold_date;
    if (typeof value === 'number' && (agg.data.compared === null || value > agg.data.compared.value)) {
      const estimated = typeof f.details?.estimated_value === 'number';
      const obligated = f.details?.obligated;
      agg.data.compared = {
        value,
        estimated,
        obligated: estimated && typeof obligated === 'number' ? obligated : null,
        on: typeof on === 'string' ? ownString(on) : '',
      };
    }
    const portion = f.details?.portion;
    if (portion === 'services' || portion === 'supplies') agg.portions.add(portion);
    const from = f.details?.threshold_from;
    const amount = f.details?.threshold;
    if (typeof from === 'string' && typeof amount === 'number' && agg.thresholds.size < 10) {
      agg.thresholds.set(from, amount);
    }
  }

  /** Where in the country the row places the work; a few addresses per country, for its regional hotlines. */
  private addPlaceWithin(agg: Agg, iso3: string, r: ScreenedRow): void {
    let within = agg.placesWithin.get(iso3);
    if (within === undefined) {
      if (agg.placesWithin.size >= 10) return;
      within = { iso3: ownString(iso3), addresses: [], more_addresses: false, rows_without: 0 };
      agg.placesWithin.set(within.iso3, within);
    }
    const address = r.input.place_of_performance_address.replace(/\s+/g, ' ').trim();
    if (address === '') within.rows_without++;
    else if (!within.addresses.includes(address)) {
      if (within.addresses.length < MAX_ADDRESSES) within.addresses.push(ownString(address));
      else within.more_addresses = true;
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
      descriptions: [...agg.data.descriptions],
      psc: [...agg.data.psc],
      naics: [...agg.data.naics],
      agencies: [...agg.data.agencies],
      compared: agg.data.compared === null ? null : { ...agg.data.compared },
      places_within: [...agg.placesWithin.values()]
        .map((p) => ({ ...p, addresses: [...p.addresses] }))
        .sort((a, b) => (a.iso3 < b.iso3 ? -1 : a.iso3 > b.iso3 ? 1 : 0)),
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
