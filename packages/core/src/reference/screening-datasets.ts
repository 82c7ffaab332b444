import type { DatasetInfo } from './dataset-info.js';

/**
 * Datasets of the manifest that only the knowledge base reads: the ILAB XML reports behind its country
 * profiles and goods pages (screening reads ILAB's goods from `tvpra_goods.csv`) and the portal's seed
 * content. A screen neither reads nor cites them.
 */
const KNOWLEDGE_BASE_ONLY: ReadonlySet<string> = new Set([
  'dol_ilab_countries',
  'dol_ilab_goods',
  'seed_content',
  'seed_tip_office_homepage',
]);

/** The datasets a screen reads, for its summary, report and plan: the manifest's others. */
export function screeningDatasets(datasets: readonly DatasetInfo[]): DatasetInfo[] {
  return datasets.filter((d) => !KNOWLEDGE_BASE_ONLY.has(d.id));
}
