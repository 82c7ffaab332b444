import type { SpendRow } from './spend-row.js';

/** A spend row for tests: every field empty but the ones given (row 1 by default, on the line after it). */
export function spendRow(fields: Partial<SpendRow> = {}): SpendRow {
  const row = fields.row ?? 1;
  return {
    row,
    line: row + 1,
    ref: '',
    contract_id: '',
    supplier: '',
    supplier_address: '',
    supplier_country: '',
    origin_country: '',
    description: '',
    naics: '',
    psc: '',
    hs_code: '',
    amount: null,
    currency: '',
    date: '',
    place_of_performance: '',
    place_of_performance_address: '',
    cots: null,
    product_type: '',
    parent_company: '',
    dba: '',
    shipper: '',
    shipper_address: '',
    shipper_country: '',
    workers: null,
    migrant_share: null,
    contract_value: null,
    agency: '',
    ...fields,
  };
}
