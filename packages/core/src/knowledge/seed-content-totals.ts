import type { Grant } from './grant.js';

export interface GrantTotals {
  /** Sum of grant amounts per ISO 4217 currency (currencies are never added together). */
  by_currency: Record<string, number>;
  /** Grants whose amount went into a sum. */
  counted: number;
  /** Grants whose source gives no amount: not in any sum, and not guessed. */
  without_amount: number;
}

/**
 * Sums grants, per currency. The rule: only grants are summed. Programme totals (`ProgrammeTotal`, e.g. "over
 * $18 million in FY 2015 for 27 projects") cover awards that may also be listed as grants, so adding one would
 * count money twice; they are kept apart and shown as the source states them. A row marked
 * `kind: 'programme_total'` that reaches here anyway (from untyped JSON) is skipped for the same reason.
 */
export function grantTotals(grants: readonly Grant[]): GrantTotals {
  const by_currency: Record<string, number> = {};
  let counted = 0;
  let without_amount = 0;
  for (const g of grants) {
    if ((g as { kind?: unknown }).kind === 'programme_total') continue;
    if (g.amount === null || g.currency === null) {
      without_amount++;
      continue;
    }
    by_currency[g.currency] = (by_currency[g.currency] ?? 0) + g.amount;
    counted++;
  }
  return { by_currency, counted, without_amount };
}
