/**
 * @tipwatch/core: the tipwatch engine. It does no I/O: readers take byte streams, reference data is
 * handed in as text, and every result is data (rows, findings, problems).
 */

export * from './classify/classification.js';
export * from './classify/sectors.js';
export * from './errors.js';
export * from './ingest/amount-parser.js';
export * from './ingest/column-mapper.js';
export * from './ingest/date-parser.js';
export * from './ingest/open-spend-file.js';
export * from './ingest/share-parser.js';
export * from './ingest/spend-file.js';
export * from './knowledge/country-profile.js';
export * from './knowledge/dataset-diff.js';
export * from './knowledge/dataset-version.js';
export * from './knowledge/grant.js';
export * from './knowledge/ilab-countries-parser.js';
export * from './knowledge/knowledge-kind.js';
export * from './knowledge/knowledge-store.js';
export * from './knowledge/news-item.js';
export * from './knowledge/partnership.js';
export * from './knowledge/research-report.js';
export * from './knowledge/tier-history-row.js';
export * from './matching/list-entry.js';
export * from './matching/name-matcher.js';
export * from './model/finding.js';
export * from './model/level.js';
export * from './model/problem.js';
export * from './model/screened-row.js';
export * from './model/source-ref.js';
export * from './model/spend-row.js';
export * from './reference/country-resolver.js';
export * from './reference/dataset-info.js';
export * from './reference/far-threshold.js';
export * from './reference/hotline.js';
export * from './reference/ilab-good.js';
export * from './reference/reference-data.js';
export * from './reference/tier-placement.js';
export * from './reference/wro-order.js';
export * from './reference/xinjiang-place.js';
export * from './report/compliance-plan-accumulator.js';
export * from './report/compliance-plan-md.js';
export * from './report/csv-cell.js';
export * from './report/findings-jsonl.js';
export * from './report/html-escape.js';
export * from './report/register-csv.js';
export * from './report/rejects-csv.js';
export * from './report/report-accumulator.js';
export * from './report/report-html.js';
export * from './screening/screen-options.js';
