import type { Hotline } from '../reference/hotline.js';
import type { PlaceWithin } from './compliance-plan-accumulator.js';

/**
 * The region a hotline serves when it is not a line for its whole country: the bracketed part of its
 * `country` in `hotlines.csv` ("Canada (Ontario)" → "Ontario"), else null.
 */
export function hotlineRegion(h: Pick<Hotline, 'country'>): string | null {
  const m = /\(([^()]+)\)\s*$/.exec(h.country);
  const region = m?.[1]?.trim() ?? '';
  return region === '' ? null : region;
}

/** Lower case, without accents, words separated by single spaces and padded by one. */
function words(text: string): string {
  const plain = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return ` ${plain} `;
}

/**
 * Whether a place as the file writes it ("PERTH, WESTERN AUSTRALIA") names the region, as whole words;
 * a region of several parts ("England and Wales") is named by any of them. Nothing else is inferred: a
 * city alone names no region, as tipwatch has no list of which city lies in which region.
 */
export function placeNamesRegion(place: string, region: string): boolean {
  const text = words(place);
  return region
    .split(/\s+and\s+|,/i)
    .map((part) => words(part))
    .some((part) => part.trim() !== '' && text.includes(part));
}

/** One hotline of a country, as the plan lists it. */
export interface PlanHotline {
  hotline: Hotline;
  /** The region it serves, when it is not a line for the whole country. */
  region: string | null;
  /**
   * For a regional line: `in` when every place the file gives in the country names the region, `unknown`
   * when the file gives no place below the country, `elsewhere` when every row gives a place and none
   * names the region, `some` otherwise (some places name it, or some rows give none).
   */
  place: 'in' | 'unknown' | 'some' | 'elsewhere' | null;
}

export interface PlanHotlines {
  /** Lines for the whole country and regional lines in data order; those of regions no place names last. */
  shown: PlanHotline[];
}

/**
 * The hotlines of `iso3` for a contract, from the data alone: lines for the whole country, and regional
 * lines (see `hotlineRegion`) marked with the region they serve and whether the places the file gives name
 * it. A regional line is never left out: tipwatch has no list of which places lie in which region, so a
 * place that does not name the region (`LONDON` for England and Wales) may still be in it. Lines of a
 * region no place names come last.
 */
export function planHotlines(
  hotlines: readonly Hotline[],
  iso3: string,
  within: PlaceWithin | undefined,
): PlanHotlines {
  const shown: PlanHotline[] = [];
  const elsewhere: PlanHotline[] = [];
  for (const h of hotlines) {
    if (h.iso3 !== iso3) continue;
    const region = hotlineRegion(h);
    if (region === null) {
      shown.push({ hotline: h, region: null, place: null });
      continue;
    }
    const addresses = within?.addresses ?? [];
    if (addresses.length === 0) {
      shown.push({ hotline: h, region, place: 'unknown' });
      continue;
    }
    const naming = addresses.filter((a) => placeNamesRegion(a, region)).length;
    const allKnown = (within?.rows_without ?? 0) === 0 && within?.more_addresses !== true;
    if (naming === 0 && allKnown) elsewhere.push({ hotline: h, region, place: 'elsewhere' });
    else if (naming === addresses.length && allKnown) shown.push({ hotline: h, region, place: 'in' });
    else shown.push({ hotline: h, region, place: 'some' });
  }
  return { shown: [...shown, ...elsewhere] };
}
