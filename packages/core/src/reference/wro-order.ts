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
}
