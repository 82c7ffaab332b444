import type { Finding } from '../model/finding.js';
import type { SpendRow } from '../model/spend-row.js';
import type { Weights } from './weights.js';

/**
 * The `workforce` finding: the row itself (e.g. a brand's factory disclosure) gives a share of migrant
 * workers at or above a threshold of the weights file. The source is the input row.
 */
export function createWorkforceRule(weights: Weights): (row: SpendRow) => Finding | null {
  const thresholds = [...weights.levels.workforce].reverse();
  return (row) => {
    const share = row.migrant_share;
    if (share === null || !Number.isFinite(share)) return null;
    const hit = thresholds.find((t) => share >= t.min_migrant_share);
    if (hit === undefined) return null;
    const pct = Math.round(share * 1000) / 10;
    const workers = row.workers === null ? '' : ` of ${row.workers.toLocaleString('en-US')} workers`;
    return {
      kind: 'workforce',
      level: hit.level,
      summary: `Migrant workers: ${pct}%${workers}, at or above the ${hit.min_migrant_share * 100}% threshold (data given in the file)`,
      source: { dataset: 'input', record: `row ${row.row}`, as_of: row.date || null },
      details: { migrant_share: share, workers: row.workers, threshold: hit.min_migrant_share },
    };
  };
}
