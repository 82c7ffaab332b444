import type { DetectedLayout } from '../ingest/spend-file.js';
import type { Level } from '../model/level.js';
import type { ScreenedRow } from '../model/screened-row.js';
import type { ImportedEdition } from '../reference/dataset-info.js';

/** The version of one reference dataset a run used. */
export interface DataVersion {
  dataset: string;
  as_of: string;
  rows: number;
  /** The imported knowledge-base version used instead of the vendored file, when there was one. */
  imported?: ImportedEdition;
}

/** What one screening run did, for the CLI's summary line, the report and the API. */
export interface ScreenSummary {
  /** Data rows read (screened + rejected). */
  rows: number;
  screened: number;
  rejected: number;
  /** Screened rows per level. */
  levels: Record<Level, number>;
  layout: DetectedLayout;
  data_versions: DataVersion[];
  /** Currency → level → summed amount of the screened rows (never converted; rows without amount skipped). */
  spend: Record<string, Record<Level, number>>;
  /** 2 when a FAR per-contract pre-pass read the file first, else 1. */
  passes: 1 | 2;
  /** Contracts with a FAR 52.222-50(h) portion found by the pre-pass (0 without one). */
  far_contracts: number;
}

/** The FAR 52.222-50(h) compliance plan of a run, as the CLI's JSON summary gives it. */
export interface FarPlanSummary {
  /** Screened rows with a `far_plan` finding. */
  rows: number;
  /** Contracts those rows belong to, each a section of the plan (a row without a contract id counts as one). */
  contracts: number;
  /** Where compliance-plan.md was written; null when no row needs a plan and none was written. */
  path: string | null;
}

/** How many of the rows have a `far_plan` finding: the rows that need a FAR 52.222-50(h) compliance plan. */
export function countFarPlanRows(rows: readonly ScreenedRow[]): number {
  let n = 0;
  for (const r of rows) if (r.findings.some((f) => f.kind === 'far_plan')) n++;
  return n;
}
