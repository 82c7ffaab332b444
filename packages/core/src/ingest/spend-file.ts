import type { Problem } from '../model/problem.js';
import type { CanonicalField, RejectedRow, SpendRow } from '../model/spend-row.js';

export const LAYOUTS = [
  'usaspending_transactions',
  'usaspending_transactions_2018',
  'usaspending_award_summary',
  'fpds',
  'brand_factory_list',
  'open_supply_hub',
  'open_supply_hub_download',
  'generic',
] as const;
export type LayoutName = (typeof LAYOUTS)[number];

/** What the reader understood of a file; printed so a user can check it. */
export interface DetectedLayout {
  format: 'csv' | 'xlsx';
  /** The encoding used (e.g. `utf-8`, `utf-16le`, `windows-1252`, `gb18030`), `xlsx` for spreadsheets. */
  encoding: string;
  /** How the encoding was chosen: `bom`, `detected`, `option`. */
  encoding_source: 'bom' | 'detected' | 'option' | 'xlsx';
  delimiter: string;
  layout: LayoutName;
  /** The worksheet read, for XLSX workbooks. */
  sheet?: string;
  headers: string[];
  /** Canonical field → the header it was read from. */
  mapping: Partial<Record<CanonicalField, string>>;
  /** Headers not mapped to any field (kept in rejects.csv as original fields). */
  unmapped: string[];
  problems: Problem[];
}

export interface SpendFileOptions {
  /** Force an encoding (any label iconv-lite knows). */
  encoding?: string;
  /** Overrides of the detected mapping: canonical field → header name. */
  map?: Partial<Record<CanonicalField, string>>;
  /** `csv` or `xlsx`; sniffed from the bytes when absent. */
  format?: 'csv' | 'xlsx';
  /**
   * The worksheet of an XLSX workbook to read: its name, or its number counted from 1. Without it, of the
   * sheets with a recognisable header (one naming a supplier column), the one with rows whose header maps
   * the most fields is read (see the ingest README), and a note names the others.
   */
  sheet?: string;
}

/** A batch of parsed rows and rejected rows, in input order within each list. */
export interface IngestBatch {
  rows: SpendRow[];
  rejects: RejectedRow[];
}

export interface SpendFile {
  layout: DetectedLayout;
  batches: AsyncIterable<IngestBatch>;
}

/** A source of bytes: a Node stream, a web stream's async iterator, or an array of chunks. */
export type ByteSource = AsyncIterable<Uint8Array>;
