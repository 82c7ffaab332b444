import { ownString } from '../ingest/own-string.js';
import type { SpendRow } from '../model/spend-row.js';
import { farPortion, rowCurrency } from './far-portion.js';

/** The FAR 52.222-50(h) portion of one contract: amounts of its qualifying rows summed per currency. */
export interface ContractFarTotals {
  contract_id: string;
  /** Currency → sum of the amounts of the contract's rows that are outside-US non-COTS supplies or services. */
  totals: Record<string, number>;
  /** How many of the contract's rows are in those totals. */
  rows: number;
}

export interface ContractFarAggregator {
  add(row: SpendRow): void;
  get(contractId: string): ContractFarTotals | undefined;
  /** Number of contracts with at least one qualifying row. */
  readonly size: number;
}

/**
 * The pre-pass of a screening run: sums, per `contract_id`, the amounts of the rows that form a FAR
 * 52.222-50(h) portion, so that each row can be judged against its contract's whole qualifying value.
 * Only contracts with a qualifying row are kept.
 */
export function createContractFarAggregator(resolve: (text: string) => string | null): ContractFarAggregator {
  const contracts = new Map<string, ContractFarTotals>();
  return {
    add(row) {
      if (row.contract_id === '' || row.amount === null || !Number.isFinite(row.amount)) return;
      if (farPortion(row, resolve) === null) return;
      let c = contracts.get(row.contract_id);
      if (c === undefined) {
        const id = ownString(row.contract_id);
        c = { contract_id: id, totals: {}, rows: 0 };
        contracts.set(id, c);
      }
      const cur = rowCurrency(row);
      c.totals[cur] = (c.totals[cur] ?? 0) + row.amount;
      c.rows++;
    },
    get: (id) => contracts.get(id),
    get size() {
      return contracts.size;
    },
  };
}
