import type { DatasetInfo, DetectedLayout, ReportResult } from '@tipwatch/core';

/**
 * What a screening's report is rendered from, kept beside it (`report-data.json`) so `GET /report` can
 * render it again with the organisation's dispositions of today. Country names come from the server's
 * reference data when rendering; the datasets are those the run used.
 */
export interface ReportData {
  result: ReportResult;
  input_name: string;
  generated_at: string;
  layout?: DetectedLayout;
  settings: Record<string, string>;
  /** The reference datasets the run used (versions, as-of dates, known gaps). */
  datasets: DatasetInfo[];
  /** The compliance-plan draft written with the report, when rows need one. */
  compliance_plan?: { contracts: number };
}
