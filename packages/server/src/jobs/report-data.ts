import type { DetectedLayout, ReportResult } from '@tipwatch/core';

/**
 * What a screening's report is rendered from, kept beside it (`report-data.json`) so `GET /report` can
 * render it again with the organisation's dispositions of today. The datasets and countries come from
 * the engine when rendering.
 */
export interface ReportData {
  result: ReportResult;
  input_name: string;
  generated_at: string;
  layout?: DetectedLayout;
  settings: Record<string, string>;
}
