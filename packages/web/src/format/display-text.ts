/**
 * Text from the data as the pages show it. React escapes HTML already; these guard what React does not:
 * link targets and spreadsheet-style formulas.
 */

/** An `http(s)` URL from the data, or null (never a `javascript:` or other scheme in an `href`). */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  const first = url.split(/\s+;\s+|\s+/)[0] ?? '';
  try {
    const u = new URL(first);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/**
 * A cell that a spreadsheet would read as a formula (`=`, `+`, `-`, `@`, tab, CR first) shown with a leading
 * apostrophe, as the register files write it, so a copied value is inert too.
 */
export function inertCell(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** An amount in its own currency (never converted), e.g. `$600,000` or `600,000 EUR`. */
export function formatAmount(amount: number, currency: string | null, lang: string): string {
  if (currency && /^[A-Z]{3}$/.test(currency)) {
    return new Intl.NumberFormat(lang, { style: 'currency', currency, maximumFractionDigits: 0 }).format(
      amount,
    );
  }
  return new Intl.NumberFormat(lang).format(amount);
}
