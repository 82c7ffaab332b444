import { tierStyle } from '../countries/tier-scale.js';
import { useI18n } from '../i18n/i18n-context.js';
import type { MessageKey } from '../i18n/messages.js';

/** A tier's name on its colour: the text carries the meaning, the colour only repeats it. */
export function TierBadge({ tier }: { tier: string }) {
  const { t } = useI18n();
  const style = tierStyle(tier);
  const key = `tier.${tier}` as MessageKey;
  const label = key in TIER_KEYS ? t(key) : tier;
  return (
    <span className="tier-badge" style={{ background: style.fill, color: style.text }}>
      {label}
    </span>
  );
}

const TIER_KEYS: Record<string, true> = {
  'tier.Tier 1': true,
  'tier.Tier 2': true,
  'tier.Tier 2 Watch List': true,
  'tier.Tier 3': true,
  'tier.Special Case': true,
  'tier.Tier 1 or 2': true,
  'tier.not ranked': true,
};

/** The translated name of a tier (the data's own spelling when the dictionary lacks it). */
export function useTierLabel(): (tier: string) => string {
  const { t } = useI18n();
  return (tier) => {
    const key = `tier.${tier}` as MessageKey;
    return key in TIER_KEYS ? t(key) : tier;
  };
}
