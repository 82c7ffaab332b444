import type { Finding } from '../model/finding.js';
import type { SpendRow } from '../model/spend-row.js';
import type { FarThreshold } from '../reference/far-threshold.js';
import type { ReferenceData } from '../reference/reference-data.js';
import type { ContractFarTotals } from './contract-far-aggregator.js';
import { type FarPortion, rowCurrency } from './far-portion.js';
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

/**
 * The `far_plan` finding: FAR 52.222-50(h) requires a compliance plan for the portion of a contract that is
 * non-COTS supplies acquired, or services performed, outside the US with a value over the threshold in
 * force on the row's date (else today). With a contract's totals (rows sharing a `contract_id`), the
 * contract's qualifying USD total is compared with the threshold in force on the contract's earliest dated
 * row; otherwise the row's own amount. Where the file states the contract's estimated value
 * (`contract_value`) and it is larger, that value is compared instead. Only USD is compared.
 */
export function createFarPlanRule(
  ref: ReferenceData,
  weights: Weights,
  today: string,
  countryName: (iso3: string) => string,
): (row: SpendRow, portion: FarPortion | null, contract?: ContractFarTotals) => Finding | null {
  const level = weights.levels.far_plan;
  return (row, portion, contract) => {
    if (portion === null || row.amount === null) return null;
    if (rowCurrency(row) !== 'USD') return null;
    const shared = contract !== undefined && contract.rows > 1;
    // One contract, one threshold: the one in force on its first action in the file (its award, as far as
    // the file shows), so that every row of the contract gets the same answer.
    const onDate = shared && contract.first_date !== '' ? contract.first_date : row.date || today;
    const threshold = thresholdOn(ref.farThresholds, onDate);
    if (threshold === null) return null;
    const obligated = shared ? (contract.totals.USD ?? 0) : row.amount;
    // The clause speaks of the portion's estimated value: a file that states the contract's value (base and
    // all options) is believed over the sum of the obligations it happens to hold (a download limited to a
    // period holds only some of a contract's actions).
    const estimated = shared ? contract.estimated_value : row.contract_value;
    const byEstimate = estimated !== null && estimated > obligated;
    const value = byEstimate ? estimated : obligated;
    if (!(value > threshold.amount)) return null;
    const what =
      portion.kind === 'services'
        ? `services performed in ${countryName(portion.iso3)}${portion.place_unknown ? " (place of performance not given: the supplier's country)" : ''}`
        : `supplies from ${countryName(portion.iso3)}, not COTS${portion.cots_unknown ? ' (the file does not say the items are COTS: treated as not COTS)' : ''}`;
    const obligations = shared
      ? `USD ${usd.format(obligated)} over ${contract.rows} such rows`
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
    return {
      kind: 'far_plan',
      level,
      summary: `FAR 52.222-50(h) compliance plan required: ${what}; ${basis} exceeds USD ${usd.format(threshold.amount)} (${inForce})`,
      source: threshold.source,
      details: {
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
      },
    };
  };
}
