import type { Finding } from '../model/finding.js';
import type { ReferenceData } from '../reference/reference-data.js';
import type { Weights } from './weights.js';

/**
 * The `country` finding: the latest TIP Report placement of the row's country. `not ranked` and
 * unresolved countries give no finding (absence of a placement is not evidence of low risk). Cached per
 * country: a file has a few hundred countries at most.
 */
export function createCountryRule(
  ref: ReferenceData,
  weights: Weights,
): (iso3: string | null) => Finding | null {
  const cache = new Map<string, Finding | null>();
  return (iso3) => {
    if (iso3 === null) return null;
    let finding = cache.get(iso3);
    if (finding === undefined) {
      finding = build(ref, weights, iso3);
      cache.set(iso3, finding);
    }
    return finding;
  };
}

function build(ref: ReferenceData, weights: Weights, iso3: string): Finding | null {
  const placement = ref.tiers.latest(iso3);
  if (placement.tier === 'not ranked') return null;
  const name = ref.countries.get(iso3)?.name ?? iso3;
  const year = placement.year === null ? '' : ` (${placement.year})`;
  // The table's note says why a placement was inferred (e.g. `Tier 1 or 2` from complete lists).
  const note = placement.note ? `; ${placement.note}` : '';
  return {
    kind: 'country',
    level: weights.levels.country[placement.tier],
    summary: `${name}: TIP Report ${placement.tier}${year}${note}`,
    source: placement.source,
    details: { iso3, tier: placement.tier, year: placement.year },
  };
}
