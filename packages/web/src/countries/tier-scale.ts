/**
 * TIP tiers as the pages show them: an order (best to worst, then the placements that are not a tier), a fill
 * for the map and badges, and a text colour that keeps ≥ 4.5:1 contrast on that fill. Colour is never the
 * only signal: every badge and legend entry carries the tier's name.
 */

export interface TierStyle {
  tier: string;
  fill: string;
  text: string;
  /** Position on the chart's axis (1 best … 4 worst); null for placements that are not a tier. */
  rank: number | null;
}

export const TIER_SCALE: readonly TierStyle[] = [
  { tier: 'Tier 1', fill: '#2166ac', text: '#ffffff', rank: 1 },
  { tier: 'Tier 1 or 2', fill: '#67a9cf', text: '#000000', rank: 1.5 },
  { tier: 'Tier 2', fill: '#d1e5f0', text: '#000000', rank: 2 },
  { tier: 'Tier 2 Watch List', fill: '#fdb863', text: '#000000', rank: 3 },
  { tier: 'Tier 3', fill: '#b2182b', text: '#ffffff', rank: 4 },
  { tier: 'Special Case', fill: '#762a83', text: '#ffffff', rank: null },
  { tier: 'not ranked', fill: '#e0e0e0', text: '#000000', rank: null },
];

const BY_TIER = new Map(TIER_SCALE.map((s) => [s.tier, s]));

/** The style of a tier; anything the scale does not know is drawn as "not ranked". */
export function tierStyle(tier: string): TierStyle {
  return BY_TIER.get(tier) ?? (BY_TIER.get('not ranked') as TierStyle);
}

/** Sort key: the scale's order, unknown placements last. */
export function tierOrder(tier: string): number {
  const i = TIER_SCALE.findIndex((s) => s.tier === tier);
  return i < 0 ? TIER_SCALE.length : i;
}

/** WCAG 2.1 contrast ratio of two `#rrggbb` colours. */
export function contrastRatio(a: string, b: string): number {
  const [la, lb] = [luminance(a), luminance(b)];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

function luminance(hex: string): number {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (m === null) throw new Error(`not a #rrggbb colour: ${hex}`);
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => {
    const c = Number.parseInt(h ?? '0', 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
