import { isIsoCurrencyCode, symbolCurrency } from './currency-symbols.js';

/** A header that names a currency, split into the name without it and the ISO 4217 code. */
export interface HeaderCurrency {
  base: string;
  currency: string;
}

const BRACKETED = /^(.+?)\s*[([]\s*([A-Z]{3})\s*[)\]]$/;
const IN_CODE = /^(.+?)\s+in\s+([A-Z]{3})$/;
const TRAILING = /^(.+?)[\s_-]+([A-Z]{3})$/;
const LEADING = /^([A-Z]{3})[\s_-]+(.+)$/;
/** A symbol in brackets or after `in`: `Betrag (€)`, `Valor (R$)`, `Amount in £`. */
const SYMBOL = /^(.+?)(?:\s*[([]\s*(\S{1,3})\s*[)\]]|\s+in\s+(\S{1,3}))$/;

/**
 * The currency a header names: `Amount (EUR)`, `Spend [USD]`, `Amount in EUR`, `Spend USD`, `USD Amount`. A
 * code counts only in capitals (`Spend (ALL)` is lek, `Spend (All)` is not), and only ISO 4217 codes count
 * (`Country (ISO)` names none). A symbol in brackets counts when it names one currency alone (`Betrag (€)`,
 * `Valor (R$)`); `Spend ($)` and `Amount (¥)` name none, as `$` and `¥` are written for several. Null when
 * the header names no currency.
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
  if (base === undefined || code === undefined) return symbolHeader(h);
  const currency = code.toUpperCase();
  return isIsoCurrencyCode(currency) ? { base: base.trim(), currency } : null;
}

function symbolHeader(h: string): HeaderCurrency | null {
  const m = SYMBOL.exec(h);
  const symbol = m?.[2] ?? m?.[3];
  if (m === null || symbol === undefined) return null;
  const currency = symbolCurrency(symbol);
  return currency === null ? null : { base: (m[1] ?? '').trim(), currency };
}
