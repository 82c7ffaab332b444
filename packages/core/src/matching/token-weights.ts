import { CHINESE_PLACES } from './chinese-places.js';

/**
 * Words that say in which country or part of the world an organisation is (`PLA China`, `Siemens Asia`):
 * beside a name they say where its arm is, not which organisation it is.
 */
export const REGION_WORDS: ReadonlySet<string> = new Set([
  'xinjiang',
  'uyghur',
  'uygur',
  'uighur',
  'china',
  'chinese',
  'prc',
  'asia',
  'asian',
  'pacific',
  'america',
  'american',
  'usa',
  'europe',
  'european',
  'east',
  'west',
  'north',
  'south',
  'eastern',
  'western',
  'northern',
  'southern',
]);

/**
 * Words too common in company names to identify one: places that half a list shares, industry words,
 * generic organisation words. Canonical forms (after abbreviation mapping: `ind`, `intl`, `tech`, …).
 * Such words may help a match but never make one alone.
 */
export const GENERIC_WORDS: ReadonlySet<string> = new Set([
  // places and regions
  ...REGION_WORDS,
  'autonomous',
  'region',
  'global',
  'world',
  'natl',
  'intl',
  'united',
  'overseas',
  'city',
  'province',
  'county',
  'shi',
  'xian',
  // industries and activities
  'trading',
  'trade',
  'traders',
  'ind',
  'mfg',
  'tech',
  'biotech',
  'info',
  'chem',
  'textile',
  'apparel',
  'garment',
  'garments',
  'clothing',
  'knitting',
  'spinning',
  'energy',
  'cotton',
  'silicon',
  'polysilicon',
  'photovoltaic',
  'solar',
  'food',
  'foods',
  'electronics',
  'electronic',
  'electric',
  'power',
  'thermal',
  'dev',
  'investment',
  'hldg',
  'group',
  'enterprise',
  'enterprises',
  'svc',
  'products',
  'material',
  'machinery',
  'logistics',
  'import',
  'export',
  'commercial',
  'general',
  'mining',
  'metal',
  'metals',
  'steel',
  'iron',
  'construction',
  'production',
  'corps',
  'science',
  'resources',
  'supply',
  'supplies',
  'bank',
  'agri',
  'new',
  'eng',
  'mgmt',
  'pharm',
  'eqpt',
  'warehouse',
  'fishery',
  'fishing',
  'seafood',
  'aquatic',
  'battery',
  'automobile',
  'automotive',
  'tomato',
  // organisation words
  'company',
  'co',
  'corp',
  'factory',
  'plant',
  'mill',
  'branch',
  'park',
  'office',
  'center',
  'centre',
  // Chinese provinces and cities: where a company is, not which one
  ...CHINESE_PLACES,
]);

/**
 * Generic words that name the kind of organisation, not its trade or its place (canonical forms: `ind` is
 * industry, `intl` international, `hldg` holdings): a holding, a group and its enterprises share the
 * group's own name and differ in these (`Esquel Group` / `Esquel Enterprises`).
 */
export const ORGANISATION_WORDS: ReadonlySet<string> = new Set([
  'group',
  'hldg',
  'enterprise',
  'enterprises',
  'ind',
  'intl',
  'company',
  'co',
  'corp',
]);

/** Words that carry almost nothing: articles, prepositions, conjunctions in the common name languages. */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  'and',
  'of',
  'for',
  'in',
  'on',
  'at',
  'by',
  'a',
  'an',
  'de',
  'del',
  'la',
  'le',
  'les',
  'los',
  'las',
  'el',
  'des',
  'du',
  'di',
  'da',
  'do',
  'dos',
  'von',
  'van',
  'der',
  'den',
  'y',
  'e',
  'i',
  'al',
]);

export const GENERIC_WEIGHT = 0.35;
/** Numbers (series, vessel and fund numbers) tell entities of one family apart, but weigh less than a name. */
export const NUMBER_WEIGHT = 0.3;
const NUMBER = /^\d+$/;
export const STOP_WEIGHT = 0.15;
/** Tokens weighing less than this are common: they never make a match on their own. */
export const COMMON_CUT = 0.5;

/** Weight of a token from the stoplists alone: 1 for a distinctive word. */
export function stoplistWeight(token: string): number {
  if (STOP_WORDS.has(token)) return STOP_WEIGHT;
  if (NUMBER.test(token)) return NUMBER_WEIGHT;
  if (GENERIC_WORDS.has(token)) return GENERIC_WEIGHT;
  return 1;
}

/** Maps a token to its weight (0–1]; tokens under `COMMON_CUT` are common. */
export type TokenWeigher = (token: string) => number;

/**
 * Weights from a list's own token frequencies (inverse document frequency over the list's names,
 * scaled to 0–1 and floored at 0.2), capped by the stoplists. Tiny lists (under 50 names) say nothing
 * about frequency, so only the stoplists count there. Tokens the list never uses weigh as the stoplists say.
 */
export function listTokenWeigher(names: ReadonlyArray<ReadonlyArray<string>>): TokenWeigher {
  const n = names.length;
  if (n < 50) return stoplistWeight;
  const df = new Map<string, number>();
  for (const tokens of names) {
    const seen = new Set(tokens);
    for (const t of seen) df.set(t, (df.get(t) ?? 0) + 1);
  }
  const scale = Math.log(n + 1);
  const weights = new Map<string, number>();
  for (const [t, d] of df) {
    const idf = Math.min(1, Math.max(0.2, Math.log((n + 1) / (d + 0.5)) / scale));
    weights.set(t, Math.min(idf, stoplistWeight(t)));
  }
  return (token) => weights.get(token) ?? stoplistWeight(token);
}
