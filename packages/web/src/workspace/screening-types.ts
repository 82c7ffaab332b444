import type { ScreeningSummary as CoreScreeningSummary } from '@tipwatch/core';
import type { Source } from '../api/types.js';

/** The workspace API's shapes (see packages/server/src/routes/screenings.ts and screening-results.ts). */

export const LEVELS = ['low', 'medium', 'high', 'critical'] as const;
export const FINDING_KINDS = [
  'entity',
  'import_ban',
  'goods',
  'country',
  'sector',
  'workforce',
  'far_plan',
] as const;
/** The register's sector filter: the ids and labels of the engine's taxonomy (core's classify/sectors.ts). */
export const SECTORS = [
  ['agriculture', 'Agriculture'],
  ['construction', 'Construction'],
  ['electronics', 'Electronics'],
  ['extractives_metals', 'Extractives/mining and basic metal production'],
  ['fishing_aquaculture', 'Fishing and aquaculture'],
  ['forestry', 'Forestry'],
  ['healthcare', 'Healthcare'],
  ['hospitality', 'Hospitality'],
  ['housekeeping_facilities', 'Housekeeping/facilities operation'],
  ['textiles_apparel', 'Textiles and apparel'],
  ['transportation_warehousing', 'Transportation and warehousing'],
] as const;

const SECTOR_LABEL = new Map<string, string>(SECTORS);

/** A sector's label for tables and charts; anything else (e.g. "no sector") as given. */
export function sectorLabel(sector: string): string {
  return SECTOR_LABEL.get(sector) ?? sector;
}

/**
 * The layouts the reader recognises (core's ingest/spend-file.ts `LAYOUTS`), with the names the workspace
 * shows for them.
 */
export const LAYOUTS = [
  ['usaspending_transactions', 'USAspending transactions download'],
  ['usaspending_transactions_2018', 'USAspending transactions download (without the transaction key)'],
  ['usaspending_award_summary', 'USAspending award summary download'],
  ['fpds', 'FPDS contract data'],
  ['brand_factory_list', 'Brand factory list'],
  ['open_supply_hub', 'Open Supply Hub facility list'],
  ['open_supply_hub_download', 'Open Supply Hub facility download'],
  ['generic', 'Spend or supplier file (columns matched by name)'],
] as const;

const LAYOUT_LABEL = new Map<string, string>(LAYOUTS);

/** A detected layout's name for people; a layout this list does not know yet as its id. */
export function layoutLabel(layout: string): string {
  return LAYOUT_LABEL.get(layout) ?? layout;
}

/** How a finished screening read its file: the layout's name, and the worksheet of a workbook. */
export function inputDescription(counts: { layout: string; sheet?: string }): string {
  const layout = layoutLabel(counts.layout);
  return counts.sheet === undefined ? layout : `${layout}, worksheet “${counts.sheet}”`;
}

export const DISPOSITION_STATES = ['under_review', 'confirmed', 'false_positive'] as const;
export type DispositionState = (typeof DISPOSITION_STATES)[number];

export interface Screening {
  id: string;
  status: 'queued' | 'running' | 'done' | 'failed';
  file_name: string;
  file_size: number;
  /** How the upload asked for the file to be read. */
  options: { map: Record<string, string>; encoding?: string; format?: 'csv' | 'xlsx'; sheet?: string };
  created_by: { id: number; email: string };
  created_at: string;
  started_at: string | null;
  finished_at: string | null;
  attempts: number;
  progress: { rows: number; fraction: number };
  counts: {
    rows: number;
    screened: number;
    rejected: number;
    levels: Record<string, number>;
    /** The detected layout's id (see `LAYOUTS`). */
    layout: string;
    /** The worksheet read, for an XLSX workbook. */
    sheet?: string;
  } | null;
  error: string | null;
}

export interface Disposition {
  state: DispositionState;
  note: string;
  updated_at: string;
}

export interface RegisterRow {
  row: number;
  ref: string;
  supplier: string;
  country: string | null;
  level: string;
  score: number;
  sectors: string[];
  kinds: string[];
  amount: number | null;
  currency: string;
  top_reason: string;
  findings: {
    id: number;
    kind: string;
    level: string;
    finding_key: string;
    disposition: Disposition | null;
  }[];
}

export interface Finding {
  id: number;
  row: number;
  ref: string;
  supplier: string;
  kind: string;
  level: string;
  summary: string;
  source: Source;
  matched_name: string | null;
  score: number | null;
  disposition: Disposition | null;
}

/** `GET /api/screenings/{id}/summary`: core's totals over every register row, with the screening's id. */
export type ScreeningSummary = CoreScreeningSummary & { screening_id: string };
