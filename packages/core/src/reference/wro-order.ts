import type { SourceRef } from '../model/source-ref.js';

/**
 * One CBP Withhold Release Order or Finding. Company orders become list entries for the matcher;
 * region- or product-wide orders (`scope` other than `entity`) become import-ban rules.
 */
export interface WroOrder {
  key: string;
  date: string;
  /** The order's text as published (may name several entities and aliases). */
  text: string;
  merchandise: string;
  iso3: string | null;
  order_type: 'WRO' | 'Finding' | string;
  /** `active` orders are current hits; `revoked` and `modified` ones are not. */
  status: 'active' | 'revoked' | 'modified' | 'unknown';
  scope: 'entity' | 'region' | 'product' | 'vessel';
  source: SourceRef;
  /**
   * The data's own doubt about the row, from its `check` column, as written: `unverified`, or a note that
   * starts `CONFLICT` (sources disagree with the row) or `UNVERIFIED` (a fact of the row is not
   * confirmed). Absent when the row raises none (a `check` that only cites a corroborating source).
   */
  note?: string;
}

/** How a finding that cites an order says the data's doubt about it (see `WroOrder.note`). */
export interface OrderDoubt {
  /** A few words for the summary's parenthesis: `disputed by the data's own note`, `not verified in the data`. */
  tag: string;
  /** The note to quote after the summary, or null when it is the bare word `unverified`. */
  quote: string | null;
}

/** The doubt the data raises about an order, or null when its row raises none. */
export function orderDoubt(order: Pick<WroOrder, 'note'>): OrderDoubt | null {
  const note = order.note?.trim() ?? '';
  if (note === '') return null;
  const tag = /^conflict\b/i.test(note) ? "disputed by the data's own note" : 'not verified in the data';
  return { tag, quote: /^unverified\.?$/i.test(note) ? null : note };
}

/** Whether a `check` cell raises a doubt about its row (`CONFLICT…`, `unverified`, `UNVERIFIED date: …`). */
export function isDoubtNote(check: string): boolean {
  return /^(conflict|unverified)\b/i.test(check.trim());
}
