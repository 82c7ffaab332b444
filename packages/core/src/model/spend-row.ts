/** The canonical input fields every layout is mapped onto. */
export const CANONICAL_FIELDS = [
  'contract_id',
  'supplier',
  'supplier_address',
  'supplier_country',
  'origin_country',
  'description',
  'naics',
  'psc',
  'hs_code',
  'amount',
  'currency',
  'date',
  'place_of_performance',
  'place_of_performance_address',
  'cots',
  'product_type',
  'parent_company',
  'dba',
  'shipper',
  'shipper_address',
  'shipper_country',
  'workers',
  'migrant_share',
  'contract_value',
  'agency',
] as const;
export type CanonicalField = (typeof CANONICAL_FIELDS)[number];

/**
 * One input row after mapping and parsing. Text fields are trimmed strings ('' when absent);
 * country fields keep the raw text (resolution to ISO alpha-3 happens in screening).
 */
export interface SpendRow {
  /** 1-based data row (header not counted). */
  row: number;
  /** 1-based physical line of the row's start in the file (or sheet row number). */
  line: number;
  /** The row's id: contract_id, the USAspending transaction key, or ''. */
  ref: string;
  contract_id: string;
  supplier: string;
  supplier_address: string;
  supplier_country: string;
  origin_country: string;
  description: string;
  naics: string;
  psc: string;
  hs_code: string;
  /** Parsed amount; null when the column is absent or empty. */
  amount: number | null;
  currency: string;
  /** ISO date `YYYY-MM-DD` when it parsed, else ''. */
  date: string;
  place_of_performance: string;
  /**
   * Where the contract is performed below the country, as the file gives it: USAspending's place of
   * performance city, county and state, ", "-joined; '' when absent. For supplies it is where they are
   * produced.
   */
  place_of_performance_address: string;
  /** true / false when the column says so, null when unknown. */
  cots: boolean | null;
  product_type: string;
  /** The supplier's parent or group company, when the data names one ('' when absent). */
  parent_company: string;
  /**
   * The name the supplier does business as, when the data gives one beside its legal name ('' when absent):
   * USAspending's `recipient_doing_business_as_name`, FPDS's `Doing Business As Name`, a DBA or trade name.
   */
  dba: string;
  /**
   * The other party an import file names beside the supplier: a bill of lading's shipper, exporter or
   * seller when the manufacturer is the supplier ('' when absent).
   */
  shipper: string;
  /**
   * The shipper's address and country, as the file gives them ('' when absent): where the shipper is, which
   * the manufacturer's and the goods' countries do not say. Where the shipper stands in for an empty
   * manufacturer cell (it is then the supplier), they also fill the supplier's empty address and country.
   */
  shipper_address: string;
  shipper_country: string;
  /** Number of workers, when the data gives it. */
  workers: number | null;
  /** Share of migrant workers as a fraction 0–1, when the data gives it. */
  migrant_share: number | null;
  /**
   * The contract's estimated value as the file states it (USAspending `potential_total_value_of_award`:
   * base and all options), in the row's currency; null when absent or unreadable.
   */
  contract_value: number | null;
  /**
   * The agency that awarded the contract, when the data names it ('' when absent): USAspending's
   * `awarding_sub_agency_name` (else `awarding_agency_name`), FPDS's contracting agency. Shown in the
   * compliance plan, not screened.
   */
  agency: string;
}

/** A row that could not be screened, with the reason and the original fields. */
export interface RejectedRow {
  row: number;
  line: number;
  ref: string;
  reason: string;
  fields: string[];
}
