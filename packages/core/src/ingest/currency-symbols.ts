/**
 * Currency symbols written in amount cells (`€1000`, `R$ 1.234,56`, `¥3000`) and what they say about the
 * currency.
 *
 * Source: the Unicode CLDR symbols as the runtime's `Intl.NumberFormat` shows them (`currencyDisplay:
 * 'symbol'` or `'narrowSymbol'`) in the locale given beside each one; `currency-symbols.test.ts` checks
 * every entry against `Intl`. A symbol names one currency when CLDR gives it to that currency alone, in
 * English or as the narrow symbol. `£` and `₩` are also the narrow symbols of FKP, GIP, SHP, SSP, SYP and of
 * KPW; CLDR's English symbols give them to GBP and KRW only, and so are they read here.
 */
export const CURRENCY_SYMBOLS: readonly { symbol: string; code: string; locale: string }[] = [
  { symbol: '€', code: 'EUR', locale: 'en' },
  { symbol: '£', code: 'GBP', locale: 'en' },
  { symbol: '₹', code: 'INR', locale: 'en' },
  { symbol: '₩', code: 'KRW', locale: 'en' },
  { symbol: '₪', code: 'ILS', locale: 'en' },
  { symbol: '₫', code: 'VND', locale: 'en' },
  { symbol: '₱', code: 'PHP', locale: 'en' },
  { symbol: 'R$', code: 'BRL', locale: 'en' },
  { symbol: 'A$', code: 'AUD', locale: 'en' },
  { symbol: 'CA$', code: 'CAD', locale: 'en' },
  { symbol: 'HK$', code: 'HKD', locale: 'en' },
  { symbol: 'MX$', code: 'MXN', locale: 'en' },
  { symbol: 'NZ$', code: 'NZD', locale: 'en' },
  { symbol: 'NT$', code: 'TWD', locale: 'en' },
  { symbol: 'EC$', code: 'XCD', locale: 'en' },
  { symbol: 'US$', code: 'USD', locale: 'en-CA' },
  { symbol: 'CN¥', code: 'CNY', locale: 'en' },
  { symbol: '₺', code: 'TRY', locale: 'tr' },
  { symbol: '฿', code: 'THB', locale: 'th' },
  { symbol: '₴', code: 'UAH', locale: 'uk' },
  { symbol: '₦', code: 'NGN', locale: 'en-NG' },
  { symbol: '₽', code: 'RUB', locale: 'ru' },
  { symbol: '₸', code: 'KZT', locale: 'kk' },
  { symbol: '₼', code: 'AZN', locale: 'az' },
  { symbol: '₾', code: 'GEL', locale: 'ka' },
  { symbol: '₮', code: 'MNT', locale: 'mn' },
  { symbol: '₭', code: 'LAK', locale: 'lo' },
  { symbol: '₲', code: 'PYG', locale: 'en' },
  { symbol: '৳', code: 'BDT', locale: 'bn' },
  { symbol: '៛', code: 'KHR', locale: 'km' },
  { symbol: '₡', code: 'CRC', locale: 'es-CR' },
  { symbol: 'E£', code: 'EGP', locale: 'en' },
  { symbol: 'L£', code: 'LBP', locale: 'en' },
  { symbol: 'GH₵', code: 'GHS', locale: 'en-GH' },
  { symbol: 'C$', code: 'NIO', locale: 'es-NI' },
  { symbol: 'zł', code: 'PLN', locale: 'pl' },
  { symbol: 'Kč', code: 'CZK', locale: 'cs' },
  { symbol: 'RM', code: 'MYR', locale: 'ms' },
  { symbol: 'Rp', code: 'IDR', locale: 'id' },
];

/**
 * Symbols CLDR gives to several currencies as their narrow symbol (in English): they do not say which one.
 * `$` is the narrow symbol of many currencies (those listed and others), `¥` of CNY and JPY, `kr` of DKK, ISK,
 * NOK and SEK, `Rs` of LKR, MUR, NPR and PKR.
 */
export const AMBIGUOUS_SYMBOLS: Readonly<Record<string, readonly string[]>> = {
  $: ['USD', 'CAD', 'AUD', 'MXN', 'NZD', 'HKD', 'SGD', 'TWD'],
  '¥': ['CNY', 'JPY'],
  kr: ['DKK', 'ISK', 'NOK', 'SEK'],
  Rs: ['LKR', 'MUR', 'NPR', 'PKR'],
};

const BY_SYMBOL = new Map(CURRENCY_SYMBOLS.map((s) => [s.symbol, s.code]));

/** Every symbol, longest first, so that `R$` is taken before `$` and `CN¥` before `¥`. */
export const ALL_SYMBOLS: readonly string[] = [
  ...CURRENCY_SYMBOLS.map((s) => s.symbol),
  ...Object.keys(AMBIGUOUS_SYMBOLS),
].sort((a, b) => b.length - a.length);

/** The ISO 4217 code a symbol names alone, or null when it names several (`$`, `¥`) or is unknown. */
export function symbolCurrency(symbol: string): string | null {
  return BY_SYMBOL.get(symbol) ?? null;
}

const NARROW = new Map<string, string>();

/**
 * The narrow symbol CLDR gives a currency in English (`$` for ARS, MXN, CLP, COP and UYU as for USD; `£` for
 * GIP), as the runtime's `Intl.NumberFormat` shows it; '' for a code `Intl` does not know.
 */
function narrowSymbol(code: string): string {
  let symbol = NARROW.get(code);
  if (symbol === undefined) {
    symbol = '';
    if (/^[A-Z]{3}$/.test(code)) {
      try {
        const format = new Intl.NumberFormat('en', {
          style: 'currency',
          currency: code,
          currencyDisplay: 'narrowSymbol',
        });
        symbol = format.formatToParts(1).find((p) => p.type === 'currency')?.value ?? '';
      } catch {
        // Not a currency the runtime knows: no symbol is its own.
      }
    }
    NARROW.set(code, symbol);
  }
  return symbol;
}

/**
 * True when `symbol` is one the currency `code` is written with: the one it names alone (`R$` BRL), one of
 * several it shares (`¥` for JPY), or its CLDR narrow symbol (`$` is the Argentine, Mexican, Chilean,
 * Colombian and Uruguayan peso's own symbol, as it is the US dollar's).
 */
export function isSymbolOf(symbol: string, code: string): boolean {
  const named = symbolCurrency(symbol);
  if (named !== null && named === code) return true;
  if (AMBIGUOUS_SYMBOLS[symbol]?.includes(code) === true) return true;
  return narrowSymbol(code) === symbol;
}

/**
 * The label under which amounts written with an ambiguous symbol and no stated currency are kept apart
 * (`¥ (CNY OR JPY)`), in capitals as the spend totals key currencies. `$` has none: its amounts stay
 * "currency not stated", which the FAR test takes for US dollars.
 */
export function ambiguousSymbolLabel(symbol: string): string {
  const codes = AMBIGUOUS_SYMBOLS[symbol];
  if (codes === undefined || symbol === '$') return '';
  return `${symbol.toUpperCase()} (${codes.join(' OR ')})`;
}

/** The ISO 4217 codes of current currencies, as the runtime's Unicode data lists them. */
const ISO_4217: ReadonlySet<string> = new Set(Intl.supportedValuesOf('currency'));

/** Whether a text is the ISO 4217 code of a current currency, in capitals (`EUR`; not `eur`, `RMB`, `MIO`). */
export function isIsoCurrencyCode(code: string): boolean {
  return ISO_4217.has(code);
}

/**
 * Currencies written by name in Chinese in a currency column (`美元`, `人民币`, `欧元`, `日元`, `港币`), as in
 * Chinese customs declarations and ERP exports: CLDR's Chinese names (simplified `zh`, traditional `zh-Hant`
 * and Hong Kong `zh-HK`) of every current ISO 4217 code, as the runtime's `Intl.DisplayNames` gives them,
 * and `港币`, the simplified spelling of `港幣` (zh-Hant's name of the Hong Kong dollar).
 */
let chineseNames: ReadonlyMap<string, string> | undefined;

function chineseCurrencyNames(): ReadonlyMap<string, string> {
  if (chineseNames !== undefined) return chineseNames;
  const names = new Map<string, string>([['港币', 'HKD']]);
  for (const locale of ['zh', 'zh-Hant', 'zh-HK']) {
    const display = new Intl.DisplayNames([locale], { type: 'currency', fallback: 'none' });
    for (const code of ISO_4217) {
      const name = display.of(code);
      if (name !== undefined && name !== code && !names.has(name)) names.set(name, code);
    }
  }
  chineseNames = names;
  return names;
}

/**
 * Three-letter abbreviations in common use that are not the ISO 4217 code of their currency: `RMB`
 * (renminbi) for CNY, and `NTD` (New Taiwan dollar) for TWD.
 */
const CODE_ALIASES: Readonly<Record<string, string>> = { RMB: 'CNY', NTD: 'TWD' };

/** The ISO 4217 code a common abbreviation stands for (`RMB` CNY), or null. */
export function codeAlias(letters: string): string | null {
  return CODE_ALIASES[letters] ?? null;
}

/** The ISO 4217 code of a currency written by its Chinese name (`美元` USD), or null. */
export function currencyNamed(text: string): string | null {
  const name = text.trim();
  if (!/[\u3400-\u9fff]/.test(name)) return null;
  return chineseCurrencyNames().get(name) ?? null;
}
