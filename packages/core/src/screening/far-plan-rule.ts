import { ownString } from '../ingest/own-string.js';
import type { Finding } from '../model/finding.js';
import type { Problem } from '../model/problem.js';
import type { SpendRow } from '../model/spend-row.js';
import type { FarThreshold } from '../reference/far-threshold.js';
import type { ReferenceData } from '../reference/reference-data.js';
import { BoundedCache } from './bounded-cache.js';
import { type ContractFarTotals, contractKey } from './contract-far-aggregator.js';
import { type FarPortion, farKindUnknownAbroad, rowCurrency } from './far-portion.js';
import type { Weights } from './weights.js';

/** The threshold in force on `date` (the latest whose `from` is not after it), or null. */
export function thresholdOn(thresholds: readonly FarThreshold[], date: string): FarThreshold | null {
  let best: FarThreshold | null = null;
  for (const t of thresholds) {
    if (t.from <= date && (best === null || t.from > best.from)) best = t;
  }
  return best;
}

const usd = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** Distinct country texts whose resolution the rule keeps (rows whose codes do not tell their kind). */
const COUNTRY_CACHE = 20_000;

/** The `far_plan` test of one row, with the notes of the run on what it could not judge as it stands. */
export interface FarPlanRule {
  (row: SpendRow, portion: FarPortion | null, contract?: ContractFarTotals): Finding | null;
  /**
   * Notes for the run's problems, each counted with its first row: rows dated before the first threshold
   * (`far_before_threshold`), contracts whose de-obligations take them under the threshold that their
   * positive amounts exceed (`far_net_of_deobligations`), rows abroad in USD whose codes do not tell supplies
   * from services (`far_kind_unknown`, see `farKindUnknownAbroad`), and, first of all, rows abroad that the
   * test concerns or may concern whose amounts are in another currency (`far_untested_currency`).
   */
  problems(): Problem[];
}

/** What a run knows of its file that the `far_plan` wording depends on. */
export interface FarPlanContext {
  /**
   * True when the file's layout is one of US federal awards (a USAspending, FPDS, subaward or SAM.gov award
   * layout, see `isFederalAwardLayout`): its rows are federal contracts or subcontracts, and a plan is
   * required. Otherwise the clause binds a row only if it belongs to one, and the finding says so.
   */
  federalAwards: boolean;
}

/**
 * The `far_plan` finding: FAR 52.222-50(h) requires a compliance plan for the portion of a contract that is
 * non-COTS supplies acquired, or services performed, outside the US with a value over the threshold in
 * force on the row's date (else today). With a contract's totals (rows sharing a `contract_id`), the
 * contract's qualifying USD total is compared with the threshold in force on the contract's earliest dated
 * row, and every qualifying row of the contract, one without an amount too, gets that answer; otherwise
 * the row's own amount. Where the file states the contract's estimated value (`contract_value`) and it is
 * larger, that value is compared instead. Only USD is compared. The country resolver tells which of the
 * rows without a portion are abroad but say nothing of what they buy (for the `far_kind_unknown` note).
 * The clause binds US federal contracts and subcontracts only: outside a federal award layout
 * (`context.federalAwards`), the finding says the plan is required if the row belongs to one.
 */
export function createFarPlanRule(
  ref: Pick<ReferenceData, 'farThresholds' | 'countries'>,
  weights: Weights,
  today: string,
  countryName: (iso3: string) => string,
  context: FarPlanContext = { federalAwards: false },
): FarPlanRule {
  const level = weights.levels.far_plan;
  const federal = context.federalAwards;
  const required = federal
    ? 'FAR 52.222-50(h) compliance plan required'
    : 'FAR 52.222-50(h) compliance plan required if this is a US federal contract or subcontract';
  const notes = new FarRuleNotes(ref.farThresholds, countryName);
  const countryCache = new BoundedCache<string | null>(COUNTRY_CACHE);
  const resolve = (text: string): string | null => {
    let iso3 = countryCache.get(text);
    if (iso3 === undefined) {
      iso3 = ref.countries.resolve(text);
      countryCache.set(text, iso3);
    }
    return iso3;
  };
  const rule = (row: SpendRow, portion: FarPortion | null, contract?: ContractFarTotals): Finding | null => {
    // A row abroad in another currency is not tested, whether or not its codes tell what it buys: it is
    // counted in the note on currencies (a code alone would not get it tested).
    if (portion === null) {
      const abroad = farKindUnknownAbroad(row, resolve);
      if (abroad !== null) {
        if (rowCurrency(row) === 'USD') notes.kindUnknown(row, abroad);
        else notes.untestedCurrency(row, true);
      }
      return null;
    }
    if (rowCurrency(row) !== 'USD') {
      if (row.amount !== null) notes.untestedCurrency(row, false);
      return null;
    }
    const shared = contract !== undefined && contract.rows + contract.rows_without_amount > 1;
    if (!shared && row.amount === null) return null;
    // One contract, one threshold: the one in force on its first action in the file (its award, as far as
    // the file shows), so that every row of the contract gets the same answer.
    const onDate = shared && contract.first_date !== '' ? contract.first_date : row.date || today;
    const threshold = thresholdOn(ref.farThresholds, onDate);
    if (threshold === null) {
      notes.beforeThreshold(row, onDate);
      return null;
    }
    const obligated = shared ? (contract.totals.USD ?? 0) : (row.amount as number);
    // The clause speaks of the portion's estimated value: a file that states the contract's value (base and
    // all options) is believed over the sum of the obligations it happens to hold (a download limited to a
    // period holds only some of a contract's actions).
    const estimated = shared ? contract.estimated_value : row.contract_value;
    const byEstimate = estimated !== null && estimated > obligated;
    const value = byEstimate ? estimated : obligated;
    if (!(value > threshold.amount)) {
      if (shared && contract.positive_usd !== null && contract.positive_usd > threshold.amount) {
        notes.netOfDeobligations(row, contract, threshold);
      }
      return null;
    }
    const what =
      portion.kind === 'services'
        ? `services performed in ${countryName(portion.iso3)}${portion.place_unknown ? " (place of performance not given: the supplier's country)" : ''}`
        : `supplies from ${countryName(portion.iso3)}, not COTS${portion.cots_unknown ? ' (the file does not say the items are COTS: treated as not COTS)' : ''}`;
    const obligations = shared
      ? `USD ${usd.format(obligated)} over ${rowsText(contract)}`
      : `USD ${usd.format(obligated)}`;
    const stated = `estimated value USD ${usd.format(value)} as the file states it (${obligations} obligated in the file)`;
    const basis = shared
      ? `contract ${contract.contract_id}: ${byEstimate ? stated : obligations}`
      : byEstimate
        ? stated
        : obligations;
    const inForce =
      shared && contract.first_date !== ''
        ? `threshold from ${threshold.from}, in force on ${contract.first_date}, the contract's first action in the file`
        : `threshold from ${threshold.from}`;
    // A later threshold that the data reports but does not hold as verified is no threshold here; the
    // finding's details carry what the data says of it, for actions from the day it would apply, and the
    // summary says it in a short clause (it is read in a spreadsheet cell: the register's top reason).
    const caveat =
      threshold.caveat !== undefined && onDate >= threshold.caveat.from ? threshold.caveat : null;
    return {
      kind: 'far_plan',
      level,
      summary: `${required}: ${what}; ${basis} exceeds USD ${usd.format(threshold.amount)} (${inForce}${caveat === null ? '' : `; ${caveatClause(caveat)}`})`,
      source: threshold.source,
      details: {
        federal_award_file: federal,
        portion: portion.kind,
        iso3: portion.iso3,
        cots_unknown: portion.cots_unknown,
        place_unknown: portion.place_unknown,
        value,
        per_contract: shared,
        contract_id: row.contract_id || null,
        threshold: threshold.amount,
        threshold_from: threshold.from,
        threshold_date: onDate,
        ...(byEstimate ? { obligated, estimated_value: value } : {}),
        ...(caveat === null ? {} : { threshold_caveat: caveat.text }),
      },
    };
  };
  return Object.assign(rule, { problems: () => notes.problems() });
}

/**
 * The short clause a summary gives of a threshold caveat: the later amount the data reports (the first USD
 * amount its text names), from when, unverified, and where its full text is.
 */
export function caveatClause(caveat: { from: string; text: string }): string {
  const amount = /USD ?(\d{1,3}(?:,\d{3})+|\d+)/.exec(caveat.text)?.[1];
  const what = amount === undefined ? 'a later threshold' : `a USD ${amount} threshold`;
  return `${what} from ${caveat.from} is reported but not verified, see threshold_caveat in findings.jsonl`;
}

/** "3 such rows", and the rows of the contract without an amount, which add nothing to it. */
function rowsText(contract: ContractFarTotals): string {
  const n = contract.rows;
  const blank = contract.rows_without_amount;
  return `${n} such row${n === 1 ? '' : 's'}${blank > 0 ? ` and ${blank} without an amount` : ''}`;
}

/** What the FAR test could not judge as it stands, counted with the first row of each kind. */
class FarRuleNotes {
  private before = 0;
  private firstBefore: { row: number; line: number; date: string } | null = null;
  /** Contract keys seen with de-obligations under the threshold (bounded: only their count is shown). */
  private readonly netContracts = new Set<string>();
  private netRows = 0;
  private firstNet: {
    contract: string;
    row: number;
    line: number;
    positive: number;
    net: number;
    threshold: FarThreshold;
  } | null = null;

  private unknownKind = 0;
  private firstUnknownKind: { row: number; line: number; iso3: string } | null = null;

  private otherCurrency = 0;
  /** Of `otherCurrency`, the rows whose codes do not tell supplies from services. */
  private otherCurrencyKindUnknown = 0;
  private firstOtherCurrency: { row: number; line: number } | null = null;
  private readonly currencies = new Set<string>();

  constructor(
    private readonly thresholds: readonly FarThreshold[],
    private readonly countryName: (iso3: string) => string,
  ) {}

  kindUnknown(row: SpendRow, iso3: string): void {
    this.unknownKind++;
    this.firstUnknownKind ??= { row: row.row, line: row.line, iso3 };
  }

  untestedCurrency(row: SpendRow, kindUnknown: boolean): void {
    this.otherCurrency++;
    if (kindUnknown) this.otherCurrencyKindUnknown++;
    this.firstOtherCurrency ??= { row: row.row, line: row.line };
    if (this.currencies.size < 10) this.currencies.add(ownString(rowCurrency(row)));
  }

  beforeThreshold(row: SpendRow, date: string): void {
    this.before++;
    this.firstBefore ??= { row: row.row, line: row.line, date: ownString(date) };
  }

  netOfDeobligations(row: SpendRow, contract: ContractFarTotals, threshold: FarThreshold): void {
    this.netRows++;
    const key = contractKey(contract.contract_id);
    if (this.netContracts.size < 100_000 && !this.netContracts.has(key))
      this.netContracts.add(ownString(key));
    this.firstNet ??= {
      contract: ownString(contract.contract_id),
      row: row.row,
      line: row.line,
      positive: contract.positive_usd ?? 0,
      net: contract.totals.USD ?? 0,
      threshold,
    };
  }

  problems(): Problem[] {
    const out: Problem[] = [];
    if (this.firstOtherCurrency !== null) {
      const f = this.firstOtherCurrency;
      const unknown = this.otherCurrencyKindUnknown;
      out.push({
        code: 'far_untested_currency',
        message:
          `${this.otherCurrency} row(s) that the FAR 52.222-50(h) compliance-plan test concerns or may concern ` +
          '(non-COTS supplies from abroad or services performed abroad' +
          (unknown === 0
            ? ''
            : `; for ${unknown} of them it cannot tell which: no PSC or HS code and no NAICS code of a ` +
              'services sector or of manufacturing') +
          `) are in ${[...this.currencies].join(', ')}, not USD (first: row ${f.row}, line ${f.line}): ` +
          'nothing is converted, so they were not tested against the USD threshold. If they belong to US ' +
          'federal contracts or subcontracts, check them by hand or screen them again with their USD amounts' +
          (unknown === 0 ? '' : ' (and a PSC or NAICS code where they have none)') +
          '; otherwise the clause does not apply.',
        row: f.row,
        line: f.line,
      });
    }
    const earliest = this.thresholds[0];
    if (this.firstBefore !== null && earliest !== undefined) {
      const f = this.firstBefore;
      out.push({
        code: 'far_before_threshold',
        message:
          `${this.before} row(s) that the FAR 52.222-50(h) compliance-plan test concerns (non-COTS supplies from ` +
          `abroad or services performed abroad) are judged on a date before ${earliest.from}, when the first ` +
          `threshold in the data (USD ${usd.format(earliest.amount)}) took effect (first: row ${f.row}, line ` +
          `${f.line}, judged on ${f.date}): the compliance-plan requirement of paragraph (h) came with that ` +
          'clause text, so they were not tested. A contract that a later modification brought under the ' +
          'clause needs checking by hand.',
        row: f.row,
        line: f.line,
      });
    }
    if (this.firstNet !== null) {
      const f = this.firstNet;
      out.push({
        code: 'far_net_of_deobligations',
        message:
          `${this.netContracts.size} contract(s) (${this.netRows} row(s)) have de-obligations (negative ` +
          'amounts) that take their net USD total under the FAR 52.222-50(h) threshold while their positive ' +
          `amounts exceed it (first: contract ${f.contract}, row ${f.row}, line ${f.line}: USD ` +
          `${usd.format(f.positive)} obligated, USD ${usd.format(f.net)} net, threshold USD ` +
          `${usd.format(f.threshold.amount)} from ${f.threshold.from}). The test compares the net obligated ` +
          'value, so they got no far_plan finding; the clause speaks of the estimated value, so check whether ' +
          'the portion was expected to exceed the threshold when it was awarded or modified.',
        row: f.row,
        line: f.line,
      });
    }
    if (this.firstUnknownKind !== null) {
      const f = this.firstUnknownKind;
      out.push({
        code: 'far_kind_unknown',
        message:
          `${this.unknownKind} row(s) with an amount and a place of performance, supplier or origin outside the ` +
          'United States have no PSC or HS code and no NAICS code of a services sector or of manufacturing ' +
          '(first: row ' +
          `${f.row}, line ${f.line}, ${this.countryName(f.iso3)}): the FAR 52.222-50(h) compliance-plan test ` +
          'cannot tell whether they buy supplies or services, so they were not tested. If they belong to US ' +
          'federal contracts or subcontracts, give them a PSC or NAICS code and screen the file again (a code ' +
          'column that was not recognised is named with --map psc="<column>" or --map naics="<column>"), or ' +
          'check them by hand; otherwise the clause does not apply.',
        row: f.row,
        line: f.line,
      });
    }
    return out;
  }
}
