/** The ISO 4217 codes of current currencies, as the runtime's Unicode data lists them. */
const ISO_4217 = new Set(Intl.supportedValuesOf('currency'));

/** A header that names a currency, split into the name without it and the ISO 4217 code. */
export interface HeaderCurrency {
  base: string;
  currency: string;
}

const BRACKETED = /^(.+?)\s*[([]\s*([A-Z]{3})\s*[)\]]$/;
const IN_CODE = /^(.+?)\s+in\s+([A-Z]{3})$/;
const TRAILING = /^(.+?)[\s_-]+([A-Z]{3})$/;
const LEADING = /^([A-Z]{3})[\s_-]+(.+)$/;

/**
 * The currency a header names: `Amount (EUR)`, `Spend [USD]`, `Amount in EUR`, `Spend USD`, `USD Amount`. A
 * code counts only in capitals (`Spend (ALL)` is lek, `Spend (All)` is not), and only ISO 4217 codes count
 * (`Country (ISO)` names none). Null when the header names no currency.
 */
export function headerCurrency(header: string): HeaderCurrency | null {
  const h = header.trim();
  let m = BRACKETED.exec(h) ?? IN_CODE.exec(h) ?? TRAILING.exec(h);
  let base = m?.[1];
  let code = m?.[2];
  if (m === null) {
    m = LEADING.exec(h);
    base = m?.[2];
    code = m?.[1];
  }
  if (base === undefined || code === undefined) return null;
  const currency = code.toUpperCase();
  return ISO_4217.has(currency) ? { base: base.trim(), currency } : null;
}
