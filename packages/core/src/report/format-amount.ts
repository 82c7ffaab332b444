/**
 * Number formatting for reports, fixed to `en-US` so output does not depend on the machine's locale.
 * Currencies are never converted: an amount is always printed with its own currency code.
 */
const FULL = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const WHOLE = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const COMPACT = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });

/** `1,234,567.5` */
export function formatNumber(value: number): string {
  return FULL.format(value);
}

/** `1,234,568` */
export function formatCount(value: number): string {
  return WHOLE.format(value);
}

/** `1.2M` */
export function formatCompact(value: number): string {
  return COMPACT.format(value);
}

/** The label of a currency code; rows without one are shown as such rather than guessed. */
export function currencyLabel(currency: string): string {
  return currency === '' ? 'currency not stated' : currency;
}
