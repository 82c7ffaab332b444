import { isIsoCurrencyCode, symbolCurrency } from './currency-symbols.js';
import { headerCurrency } from './header-currency.js';

/** A money header that gives its amounts in thousands or millions, split into its name, factor and currency. */
export interface HeaderScale {
  /** The header without the scale (and without a currency written with it): `Obligations`. */
  base: string;
  /** 1000 or 1000000. */
  factor: number;
  /** The ISO 4217 code the header names with the scale (`(in Tsd. EUR)`), or ''. */
  currency: string;
}

const CURRENCY = String.raw`US\$|R\$|[$€£¥]|[A-Za-z]{3}`;
const THOUSANDS = String.raw`k|'?000s?|thousands?|tsd\.?|tausend|miles|milliers`;
// `M` and `MM` are left out: finance writes thousands as M (Roman) as often as millions.
const MILLIONS = String.raw`mn|mio\.?|millions?|millones|milhões`;
/** The scale as written in brackets or after `in`: `$K`, `$000`, `USD thousands`, `thousands of USD`, `Tsd. EUR`, `TEUR`. */
const SCALE = String.raw`(?:(${CURRENCY})\s*)?(${THOUSANDS}|${MILLIONS})(?:\s*(?:of\s+)?(${CURRENCY}))?|([tk])(eur|usd|chf|gbp|€|\$)`;
const BRACKETED = new RegExp(String.raw`^(.+?)\s*[([]\s*(?:in\s+)?(?:${SCALE})\s*[)\]]$`, 'iu');
const AFTER_IN = new RegExp(String.raw`^(.+?),?\s+in\s+(?:${SCALE})$`, 'iu');

/**
 * The scale a money header states: `Obligations ($K)`, `Amount ($000)`, `Amount (in thousands)`, `Amount (USD
 * thousands)`, `Betrag (in Tsd. EUR)`, `Betrag (TEUR)`, `Amount (Mio. EUR)`, `Amount in millions`. Null when the header
 * states none. A currency written beside the scale must be an ISO 4217 code or a symbol of one currency to be
 * given; `$` names none.
 */
export function headerScale(header: string): HeaderScale | null {
  const h = header.trim();
  const m = BRACKETED.exec(h) ?? AFTER_IN.exec(h);
  if (m === null) return null;
  const [, base = '', before, word, after, glued, gluedCurrency] = m;
  const factor = glued !== undefined || new RegExp(`^(?:${THOUSANDS})$`, 'iu').test(word ?? '') ? 1000 : 1e6;
  const written = before ?? after ?? gluedCurrency;
  // A three-letter word beside the scale is a currency only as an ISO 4217 code (`Amount (in USD thousands)`).
  if (written !== undefined && written.length === 3 && /^[a-z]+$/i.test(written)) {
    if (!isIsoCurrencyCode(written.toUpperCase())) return null;
  }
  const currency = currencyOf(written) || (headerCurrency(base)?.currency ?? '');
  return { base: headerCurrency(base)?.base ?? base.trim(), factor, currency };
}

function currencyOf(written: string | undefined): string {
  if (written === undefined) return '';
  const code = written.toUpperCase();
  if (isIsoCurrencyCode(code)) return code;
  return symbolCurrency(written) ?? '';
}
