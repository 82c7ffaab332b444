/**
 * Number formatting for reports, fixed to `en-US` so output does not depend on the machine's locale.
 * Currencies are never converted: an amount is always printed with its own currency code.
 */
const WHOLE = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const CENTS = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const DECIMAL = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const COMPACT = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });

/**
 * An amount of money: `1,234,567` when it is whole to the cent, else `1,234,567.50`, never one decimal
 * (`48,900.5` reads as a typo for an amount).
 */
export function formatNumber(value: number): string {
  // `+ 0` turns a rounded -0 into 0, so a tiny credit does not print as `-0`.
  const cents = Math.round(value * 100) + 0;
  return cents % 100 === 0 ? WHOLE.format(cents / 100) : CENTS.format(cents / 100);
}

/** A measure that is not money (a match score): `0.74`, `1.5`, `2`. */
export function formatDecimal(value: number): string {
  return DECIMAL.format(value);
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
