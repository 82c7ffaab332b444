import { ownString } from '../ingest/own-string.js';
import type { CountryInfo, CountryResolver } from './country-resolver.js';
import { parseCsvTable } from './csv-table.js';
import { foldText } from './fold-text.js';
import { col, tableRows } from './table-rows.js';
import { createToSimplified } from './to-simplified.js';

/** The three country files, as texts (paths relative to `data/`). */
export interface CountryFiles {
  /** `taxonomy/countries.csv` (ISO 3166-1, UN and CLDR names; ODC-PDDL). */
  countries: string;
  /** `taxonomy/countries_mledoze_altnames.csv` (alternative spellings and translations; ODbL). */
  altnames: string;
  /** `taxonomy/country_variants.csv` (hand-kept spellings neither table has). */
  variants: string;
}

const CACHE_LIMIT = 50_000;

/**
 * Builds the country resolver. Every spelling is folded (case, accents, punctuation, the word "the") and
 * put into one Map, so resolving a cell is one fold and one lookup (and usually just a cache hit).
 * When two countries claim one spelling at the same rank the spelling is dropped rather than guessed;
 * ranks, strongest first: the hand-kept variants, ISO codes, ISO/UN/CLDR names, CLDR names in other
 * languages, the alt-names file, and last that file's translations (see `translationIndex`).
 *
 * CLDR names in other languages are the Unicode CLDR region names (long and short forms) in the
 * languages of {@link CLDR_LANGUAGES}, as `Intl.DisplayNames([locale], { type: 'region' })` gives them
 * from the ICU data built into Node.js (CLDR 48 in Node 20.20): "Equador", "Alemanha", "Vereinigte
 * Staaten", "EE. UU.". Spellings no source gives ("Méjico", "Rep. Dom.") stay unresolved.
 */
export function createCountryResolver(files: CountryFiles): CountryResolver {
  const countryTable = parseCsvTable(files.countries, 'taxonomy/countries.csv');
  const altTable = parseCsvTable(files.altnames, 'taxonomy/countries_mledoze_altnames.csv');
  const countries = tableRows(countryTable, {
    iso_alpha2: col.iso2,
    iso_alpha3: col.iso3,
    iso_short_name_en: col.required,
  });
  const alt = tableRows(altTable, {
    cca2: col.iso2,
    cca3: col.text,
    name_common: col.required,
  });
  const variants = tableRows(parseCsvTable(files.variants, 'taxonomy/country_variants.csv'), {
    variant: col.required,
    iso3: col.iso3,
    note: col.text,
  });

  const info = new Map<string, CountryInfo>();
  const index = new SpellingIndex();
  for (const v of variants) index.add(0, v.variant, v.iso3);

  for (const c of countries) {
    info.set(c.iso_alpha3, { iso2: c.iso_alpha2, iso3: c.iso_alpha3, name: c.iso_short_name_en });
    index.add(1, c.iso_alpha2, c.iso_alpha3);
    index.add(1, c.iso_alpha3, c.iso_alpha3);
    const values = countryTable.rows[c.$row - 1]!.values;
    for (const column of NAME_COLUMNS) {
      const name = values[column];
      if (name) index.addName(2, name, c.iso_alpha3);
    }
  }

  // Entries ISO does not list (Kosovo: XK / UNK) take their alpha-3 from the variants file.
  for (const a of alt) {
    if (info.has(a.cca3)) continue;
    const iso3 = index.lookup(a.cca2, 0);
    if (!iso3 || info.has(iso3)) continue;
    info.set(iso3, { iso2: a.cca2, iso3, name: a.name_common });
    index.add(1, a.cca2, iso3);
    index.add(1, iso3, iso3);
  }
  const map = index.build();
  addOtherNames(
    info,
    [
      ...countries.map((c) => ({ iso3: c.iso_alpha3, values: countryTable.rows[c.$row - 1]!.values })),
      ...alt.flatMap((a) => {
        const iso3 = info.has(a.cca3) ? a.cca3 : index.lookup(a.cca2, 0);
        return iso3 ? [{ iso3, values: altTable.rows[a.$row - 1]!.values }] : [];
      }),
    ],
    (name) => map.get(keyOf(name)) ?? null,
  );

  // The CLDR names in other languages and the alt-names spellings (about 7,000, many needing Unicode
  // folding) are indexed on the first cell the other tables cannot resolve, so a run whose countries are
  // all plain names never pays for them.
  let altMap: Map<string, string> | null = null;
  /** Every key the tables above index, those two countries claim included. */
  let claimed: Set<string> | null = null;
  const altIndex = (): Map<string, string> => {
    if (altMap) return altMap;
    const alts = new SpellingIndex();
    addCldrNames(alts, 3, info.values());
    for (const a of alt) {
      const iso3 = info.has(a.cca3) ? a.cca3 : index.lookup(a.cca2, 0);
      if (!iso3) continue;
      const values = altTable.rows[a.$row - 1]!.values;
      for (const column of ALT_COLUMNS) {
        for (const name of (values[column] ?? '').split('|')) if (name) alts.addName(4, name, iso3);
      }
    }
    altMap = alts.build();
    for (const k of map.keys()) altMap.delete(k);
    claimed = new Set([...index.keys(), ...alts.keys()]);
    return altMap;
  };

  // The alt-names file's translations into about 25 languages (`all_translation_names`, about 8,000 names:
  // "Volksrepublik China", "Mianmar", "Holanda"), indexed only on the first cell that nothing above
  // resolves, since reading them costs more than all the rest. A translation counts only when it names one
  // country and no table above has it as a spelling, not even one two countries claim: translations never
  // decide what the stronger sources leave ambiguous ("Korea") or give to another country.
  let translationMap: Map<string, string> | null = null;
  const translationIndex = (): Map<string, string> => {
    if (translationMap) return translationMap;
    altIndex();
    const translations = new SpellingIndex();
    for (const a of alt) {
      const iso3 = info.has(a.cca3) ? a.cca3 : index.lookup(a.cca2, 0);
      if (!iso3) continue;
      const values = altTable.rows[a.$row - 1]!.values;
      for (const name of (values[TRANSLATION_COLUMN] ?? '').split('|')) {
        if (name) translations.addName(5, name, iso3);
      }
    }
    translationMap = translations.build();
    for (const k of claimed!) translationMap.delete(k);
    // Three Latin letters or fewer are a code's length, and in translations as often a word ("Man", "Tai",
    // "Sad"); other scripts write whole names in two or three characters (영국, 英国).
    for (const k of translationMap.keys()) if (SHORT_LATIN.test(k)) translationMap.delete(k);
    return translationMap;
  };

  const cache = new Map<string, string | null>();
  const all = [...info.values()].sort((a, b) => a.iso3.localeCompare(b.iso3));

  function lookupKeys(candidates: readonly string[], withTranslations: boolean): string | null {
    for (const candidate of candidates) {
      const hit = map.get(candidate);
      if (hit) return hit;
    }
    const alts = altIndex();
    for (const candidate of candidates) {
      const hit = alts.get(candidate);
      if (hit) return hit;
    }
    if (!withTranslations) return null;
    const translations = translationIndex();
    for (const candidate of candidates) {
      const hit = translations.get(candidate);
      if (hit) return hit;
    }
    return null;
  }

  const toSimplified = createToSimplified();

  /**
   * The spelling as written; failing that, a Chinese one in Simplified characters (the tables hold the
   * Simplified names: 中國 → 中国, 馬來西亞 → 马来西亚); failing that, a Chinese name of Hong Kong, Macao or
   * Taiwan with China before it or 特别行政区 (Special Administrative Region) after it, as ISO 3166-1's own
   * names are built (中国香港特别行政区, Taiwan, Province of China): 中国香港, 香港特别行政区, 中国台湾.
   */
  function resolveWhole(text: string, withTranslations: boolean): string | null {
    const hit = lookupKeys(spellingsOf(text), withTranslations);
    if (hit !== null || !HAN.test(text)) return hit;
    const simplified = toSimplified(text);
    if (simplified !== text) {
      const converted = lookupKeys(spellingsOf(simplified), withTranslations);
      if (converted !== null) return converted;
    }
    const own = CHINESE_REGION.exec(keyOf(simplified));
    const name = own?.[1] ?? own?.[2];
    if (name === undefined) return null;
    const region = lookupKeys([name], withTranslations);
    return region !== null && CHINESE_REGIONS.has(region) ? region : null;
  }

  /**
   * The cell as a whole; failing that, its parts ("Xinjiang, China", "China/Xinjiang", "China - Xinjiang")
   * when exactly one country is among them ("Georgia, USA" names two and resolves to neither). The
   * translations are read for the whole cell only: a part is as often a town (in "Man, Côte d'Ivoire",
   * Man is a city there, and a translation of the Isle of Man).
   */
  function resolveUncached(text: string): string | null {
    const whole = resolveWhole(text, true);
    if (whole !== null) return whole;
    const parts = text.split(PARTS).filter((p) => p.trim() !== '');
    if (parts.length < 2) return null;
    let found: string | null = null;
    for (const part of parts) {
      // Two letters alone are left out: in "Boston, MA" or "Springfield, IL" they are a US state, not
      // Morocco or Israel.
      if (part.trim().length <= 2) continue;
      const hit = resolveWhole(part, false);
      if (hit === null || hit === found) continue;
      if (found !== null) return null;
      found = hit;
    }
    return found;
  }

  return {
    resolve(text: string): string | null {
      const cached = cache.get(text);
      if (cached !== undefined) return cached;
      const result = resolveUncached(text);
      if (cache.size >= CACHE_LIMIT) cache.clear();
      // Country cells are slices of the reader's text chunks: keep a copy, not the chunk.
      cache.set(ownString(text), result);
      return result;
    },
    get: (iso3) => info.get(iso3),
    all: () => all,
  };
}

/** Columns of the two tables that hold a country's names in Chinese script. */
const CHINESE_COLUMNS = [
  'iso_short_name_zh',
  'unterm_short_zh',
  'unterm_formal_zh',
  'zho_common',
  'zho_official',
];
/** Where `demonym_eng` lists several names: `Antiguan, Barbudan`, `Kittitian or Nevisian`. */
const DEMONYM_SEPARATOR = /\s*,\s*|\s+or\s+/;

/**
 * Gives each country its demonyms and its names in Chinese script, from the rows of both tables that name
 * it (`rows`: the country's ISO3 and the row's values). A demonym two countries share (`Congolese`,
 * `Dominican`, `American`) names neither, and one that is another country's spelling (`resolve`) is left
 * out.
 */
function addOtherNames(
  info: Map<string, CountryInfo>,
  rows: readonly { iso3: string; values: Record<string, string> }[],
  resolve: (name: string) => string | null,
): void {
  const chinese = new Map<string, Set<string>>();
  const demonyms = new Map<string, Set<string>>();
  /** The countries that have each demonym, by its folded key. */
  const countriesOf = new Map<string, Set<string>>();
  const push = (map: Map<string, Set<string>>, key: string, value: string) => {
    const set = map.get(key);
    if (set === undefined) map.set(key, new Set([value]));
    else set.add(value);
  };
  for (const { iso3, values } of rows) {
    for (const column of CHINESE_COLUMNS) {
      const name = values[column]?.trim();
      if (name && HAN.test(name)) push(chinese, iso3, name);
    }
    for (const demonym of (values.demonym_eng ?? '').split(DEMONYM_SEPARATOR)) {
      if (demonym === '') continue;
      push(demonyms, iso3, demonym);
      push(countriesOf, keyOf(demonym), iso3);
    }
  }
  for (const [iso3, country] of info) {
    const own = [...(demonyms.get(iso3) ?? [])].filter((d) => {
      const named = resolve(d);
      return countriesOf.get(keyOf(d))?.size === 1 && (named === null || named === iso3);
    });
    info.set(iso3, { ...country, demonyms: own, chineseNames: [...(chinese.get(iso3) ?? [])] });
  }
}

const NAME_COLUMNS = [
  'iso_short_name_en',
  'cldr_display_name_en',
  'unterm_short_en',
  'unterm_formal_en',
  'iso_short_name_es',
  'unterm_short_es',
  'unterm_formal_es',
  'iso_short_name_zh',
  'unterm_short_zh',
  'unterm_formal_zh',
  'iso_short_name_fr',
  'iso_short_name_ru',
  'iso_short_name_ar',
];
const ALT_COLUMNS = [
  'name_common',
  'name_official',
  'alt_spellings',
  'native_names',
  'zho_common',
  'zho_official',
  'spa_common',
  'spa_official',
  'fra_common',
  'rus_common',
  'ara_common',
];

/**
 * Languages whose CLDR region names are read from `Intl.DisplayNames`: those of the main trading
 * partners' spend and trade exports besides English and the UN languages the country table already has
 * (es, zh, fr, ru, ar): Spanish and French in CLDR's spelling too, since it differs from ISO's
 * ("Côte d’Ivoire" / "Costa de Marfil").
 */
export const CLDR_LANGUAGES = [
  'es',
  'pt',
  'fr',
  'de',
  'it',
  'nl',
  'pl',
  'tr',
  'id',
  'ms',
  'vi',
  'th',
  'ja',
  'ko',
] as const;

/**
 * Indexes the CLDR names of every country in {@link CLDR_LANGUAGES}, long and short forms (CLDR's
 * narrow form is its short one). A short form of two letters or fewer ("RU", Spanish for the United
 * Kingdom; "VS", Dutch for the United States) is left out: two letters are an ISO alpha-2 code's. A
 * dotted short form is also indexed without its dots and spaces, as "U.S.A." is "USA": "EE. UU." → "EEUU".
 */
function addCldrNames(index: SpellingIndex, rank: number, countries: Iterable<CountryInfo>): void {
  const styles = CLDR_LANGUAGES.flatMap((locale) =>
    (['long', 'short'] as const).map(
      (style) => new Intl.DisplayNames([locale], { type: 'region', style, fallback: 'none' }),
    ),
  );
  for (const country of countries) {
    const long = new Set<string>();
    for (const names of styles) {
      const name = names.of(country.iso2);
      if (name === undefined) continue;
      if (names.resolvedOptions().style === 'long') {
        long.add(name);
        index.addName(rank, name, country.iso3);
        continue;
      }
      if (long.has(name)) continue;
      const letters = keyOf(name).replace(/ /g, '');
      if (letters.length <= 2) continue;
      index.add(rank, name, country.iso3);
      if (name.includes('.')) index.add(rank, letters, country.iso3);
    }
  }
}

/**
 * The alt-names file's translations (about 8,000 names in 25 languages): read last and only when needed
 * (indexed with the other columns, they tripled the start-up time for spellings spend files rarely use).
 */
const TRANSLATION_COLUMN = 'all_translation_names';
/** A folded key of one to three Latin letters. */
const SHORT_LATIN = /^[a-z]{1,3}$/;

const HAN = /\p{Script=Han}/u;
/** `中国` or `中华人民共和国` before a name, or `特别行政区` (Special Administrative Region) after it. */
const CHINESE_REGION = /^(?:中华人民共和国|中国)(.+?)(?:特别行政区)?$|^(.+?)特别行政区$/u;
/** The places the Chinese forms above may name: Hong Kong, Macao, Taiwan. */
const CHINESE_REGIONS = new Set(['HKG', 'MAC', 'TWN']);

/** Where a cell that names more than one place is cut into parts: commas, slashes, spaced dashes. */
const PARTS = /\s*[,;/|]\s*|\s+[-–—]\s+/;

/** Initials written with dots ("P.R.", "U.S.A.", "S. A. R."), joined into one word by `keyOf`. */
const DOTTED_INITIALS = /(?<![\p{L}\p{N}])(?:\p{L}\.\s?){2,}/gu;

/**
 * The folded key of a spelling: folded text without the word "the", with dotted initials joined, so
 * "P.R.C.", "P. R. C." and "PRC" are one key, as are "U.S.A." and "USA", "P.R. China" and "PR China"
 * ("N/A" is no initials: it stays "n a", not Namibia's "na").
 */
function keyOf(text: string): string {
  const joined = text.includes('.')
    ? text.replace(DOTTED_INITIALS, (m) => `${m.replace(/[.\s]/g, '')} `)
    : text;
  return foldText(joined)
    .split(' ')
    .filter((w) => w !== 'the' && w !== '')
    .join(' ');
}

/** Words a Special Administrative Region's name may carry besides its own: SAR, and China as its state. */
const SAR_WORDS = /\b(?:sar|special administrative region|of|peoples republic|china|prc)\b/g;

/**
 * The keys to try for one cell, most literal first: the whole text; "Korea, Republic of" and
 * "Korea (Republic of)" turned round; the text without its bracketed part; the bracketed part alone
 * ("Turkey (Türkiye)"); a Special Administrative Region's own name ("Hong Kong SAR" → "Hong Kong").
 */
function spellingsOf(text: string): string[] {
  const out = [keyOf(text)];
  const comma = /^([^,]+),\s*([^,]+)$/.exec(text);
  if (comma) out.push(keyOf(`${comma[2]} ${comma[1]}`));
  const paren = /^(.*?)\s*\(([^()]+)\)\s*(.*)$/.exec(text);
  if (paren) {
    out.push(keyOf(`${paren[2]} ${paren[1]} ${paren[3]}`));
    out.push(keyOf(`${paren[1]} ${paren[3]}`));
    out.push(keyOf(paren[2]!));
  }
  // "Hong Kong SAR", "Macao SAR, China", "China, Hong Kong S.A.R.": a SAR is one of China's, so the name
  // without "SAR" and "China" is the region's own ("Hong Kong").
  const key = out[0]!;
  if (/\b(?:sar|special administrative region)\b/.test(key)) {
    const own = key.replace(SAR_WORDS, ' ').replace(/\s+/g, ' ').trim();
    if (own !== '') out.push(own);
  }
  // Abbreviated names, as the World Bank writes them and other files shorten "Republic": "St. Kitts and
  // Nevis", "Czech Rep." spelt out; "Korea, Rep." and "Congo, Dem. Rep." read as "Republic of Korea" and
  // "Democratic Republic of the Congo", as their first part alone decides wrongly or not at all ("Congo"
  // is the Republic of the Congo, "Korea" either Korea).
  if (ABBREVIATION.test(key)) {
    out.push(expandAbbreviations(key));
    if (comma) {
      const qualifier = keyOf(comma[2]!);
      const spelt = expandAbbreviations(qualifier);
      if (spelt !== qualifier) out.push(`${spelt} of ${keyOf(comma[1]!)}`);
    }
  }
  return out;
}

/**
 * The abbreviations of the World Bank's country names ("Korea, Rep.", "Congo, Dem. Rep.", "Korea, Dem.
 * People's Rep.", "Micronesia, Fed. Sts.", "St. Lucia"), as words of folded keys, and what they stand for.
 * "St" counts only as a name's first word ("St. Kitts and Nevis"); alone it is São Tomé's ISO code.
 */
const ABBREVIATION = /(^| )(rep|dem|fed sts)(?= |$)|^st(?= \S)/;
const ABBREVIATIONS = new RegExp(ABBREVIATION.source, 'g');
const SPELT_OUT: Record<string, string> = {
  rep: 'republic',
  dem: 'democratic',
  'fed sts': 'federated states',
};

function expandAbbreviations(key: string): string {
  return key.replace(ABBREVIATIONS, (_, lead?: string, word?: string) =>
    word === undefined ? 'saint' : `${lead}${SPELT_OUT[word]}`,
  );
}

class SpellingIndex {
  private readonly byKey = new Map<string, { rank: number; iso3: string | null }>();

  add(rank: number, spelling: string, iso3: string): void {
    this.addKey(rank, keyOf(spelling), iso3);
  }

  private addKey(rank: number, key: string, iso3: string): void {
    if (!key) return;
    const prev = this.byKey.get(key);
    if (!prev || rank < prev.rank) this.byKey.set(key, { rank, iso3 });
    else if (prev.rank === rank && prev.iso3 !== iso3) this.byKey.set(key, { rank, iso3: null });
  }

  /** Adds a name and, for "Congo, Democratic Republic of the" or "Korea (the Republic of)", its turned form. */
  addName(rank: number, name: string, iso3: string): void {
    this.add(rank, name, iso3);
    if (!name.includes(',') && !name.includes('(')) return;
    const turned = spellingsOf(name)[1];
    if (turned) this.addKey(rank, turned, iso3);
  }

  /** Every key indexed, those dropped because two countries claim them included. */
  keys(): IterableIterator<string> {
    return this.byKey.keys();
  }

  lookup(spelling: string, rank: number): string | null {
    const hit = this.byKey.get(keyOf(spelling));
    return hit && hit.rank === rank ? hit.iso3 : null;
  }

  build(): Map<string, string> {
    const map = new Map<string, string>();
    for (const [k, v] of this.byKey) if (v.iso3) map.set(k, v.iso3);
    return map;
  }
}
