import type { SectorHit } from '../classify/classification.js';
import { SECTOR_LABELS } from '../classify/sectors.js';
import type { Finding } from '../model/finding.js';
import type { Level } from '../model/level.js';
import { atLeast, type Weights } from './weights.js';

/**
 * The `sector` finding: the row buys from one of tipwatch's 11 high-risk sectors. Alone it is at most the
 * `alone` level; with a country finding at or above `with_country_at_or_above` it is raised to `raised_to`.
 */
export function createSectorRule(
  weights: Weights,
): (sectors: readonly SectorHit[], countryLevel: Level | null, countryName: string | null) => Finding[] {
  const w = weights.levels.sector;
  return (sectors, countryLevel, countryName) => {
    if (sectors.length === 0) return [];
    const raised = countryLevel !== null && atLeast(countryLevel, w.with_country_at_or_above);
    const out: Finding[] = [];
    const seen = new Set<string>();
    for (const hit of sectors) {
      if (seen.has(hit.sector)) continue;
      seen.add(hit.sector);
      const why = raised
        ? `; raised as the country (${countryName ?? 'unknown'}) is ${countryLevel} risk`
        : '';
      out.push({
        kind: 'sector',
        level: raised ? w.raised_to : w.alone,
        summary: `High-risk sector: ${SECTOR_LABELS[hit.sector]} (found via ${hit.via}${why})`,
        source: hit.source,
        details: { sector: hit.sector, via: hit.via, raised },
      });
    }
    return out;
  };
}
