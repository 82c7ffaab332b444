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
 * Only contracts with a qualifying row are kept, compactly (a file can hold hundreds of thousands): an index
 * per contract id into typed arrays of USD totals and row counts; other currencies, rare in federal spend,
 * in a side map. `get` builds the totals object, and reuses it while rows of one contract follow each other.
 */
export function createContractFarAggregator(resolve: (text: string) => string | null): ContractFarAggregator {
  const index = new Map<string, number>();
  let usd = new Float64Array(1024);
  let hasUsd = new Uint8Array(1024);
  let rows = new Uint32Array(1024);
  const otherTotals = new Map<number, Record<string, number>>();
  let last: ContractFarTotals | undefined;

  function grow(): void {
    const n = usd.length * 2;
    const u = new Float64Array(n);
    u.set(usd);
    usd = u;
    const h = new Uint8Array(n);
    h.set(hasUsd);
    hasUsd = h;
    const r = new Uint32Array(n);
    r.set(rows);
    rows = r;
  }

  return {
    add(row) {
      if (row.contract_id === '' || row.amount === null || !Number.isFinite(row.amount)) return;
      if (farPortion(row, resolve) === null) return;
      let i = index.get(row.contract_id);
      if (i === undefined) {
        i = index.size;
        if (i >= usd.length) grow();
        index.set(ownString(row.contract_id), i);
      }
      last = undefined;
      const cur = rowCurrency(row);
      if (cur === 'USD') {
        usd[i] = (usd[i] as number) + row.amount;
        hasUsd[i] = 1;
      } else {
        let other = otherTotals.get(i);
        if (other === undefined) {
          other = {};
          otherTotals.set(i, other);
        }
        other[cur] = (other[cur] ?? 0) + row.amount;
      }
      rows[i] = (rows[i] as number) + 1;
    },
    get(id) {
      if (last !== undefined && last.contract_id === id) return last;
      const i = index.get(id);
      if (i === undefined) return undefined;
      const totals: Record<string, number> = {};
      if (hasUsd[i] === 1) totals.USD = usd[i] as number;
      const other = otherTotals.get(i);
      if (other !== undefined) Object.assign(totals, other);
      last = { contract_id: id, totals, rows: rows[i] as number };
      return last;
    },
    get size() {
      return index.size;
    },
  };
}
