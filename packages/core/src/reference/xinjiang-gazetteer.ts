import { ownString } from '../ingest/own-string.js';
import type { SourceRef } from '../model/source-ref.js';
import { parseCsvTable } from './csv-table.js';
import { foldText } from './fold-text.js';
import { col, rowError, tableRows } from './table-rows.js';
import { createToSimplified } from './to-simplified.js';
import type { XinjiangGazetteer, XinjiangPlaceHit } from './xinjiang-place.js';

/** The gazetteer's files as texts, with the dataset ids and dates their hits cite. */
export interface XinjiangFiles {
  /** `taxonomy/xinjiang_places.csv`: division codes, Chinese names, machine pinyin. */
  places: string;
  /** `taxonomy/xinjiang_name_variants.csv`: English, Uyghur and other names (CC BY-SA). */
  variants: string;
  /** `taxonomy/xinjiang_name_notes.csv`: the region's own names and names also used elsewhere. */
  notes: string;
}

interface Entry {
  place: string;
  division_code: string;
  is_region_name: boolean;
  ambiguous: boolean;
  elsewhere_in_china: boolean;
  /** A Latin spelling that is the pinyin of a Xinjiang place's Chinese name (`Kashi`, not `Kashgar`). */
  pinyin: boolean;
  source: SourceRef;
  /** 0 for a specific place, 1 for the region's own name, 2 for an ambiguous name. */
  rank: number;
}

type Meta = Record<'places' | 'variants' | 'notes', { dataset: string; as_of: string | null }>;

/**
 * Texts whose lookup is kept (when full, it starts again empty): the screener relies on this cache for
 * addresses, which spend files repeat for every row of a supplier.
 */
const CACHE_LIMIT = 100_000;

const DEFAULT_META: Meta = {
  places: { dataset: 'xinjiang_places', as_of: null },
  variants: { dataset: 'xinjiang_name_variants', as_of: null },
  notes: { dataset: 'xinjiang_name_notes', as_of: null },
};

/** Words that end an English, pinyin or Uyghur place name ("Hotan Prefecture", "Qumul Wilayiti"). */
const SUFFIX_WORDS = new Set(
  (
    'city county district prefecture autonomous hui mongol kazakh kyrgyz kirghiz kirgiz tajik xibe uyghur ' +
    'shi xian qu diqu zizhizhou zizhixian huizu menggu shehiri shehri nahiyisi nahiyesi rayoni wilayiti vilayiti ' +
    'xahiri oblasti aptonom sehiri xuyzu huyzu qazaq qirghiz kizilsu kirgiz mongghul'
  ).split(' '),
);

/**
 * Words that make the name before them a street name ("Wulumuqi Middle Road", "Kashgar Rd", "Hami Dao"):
 * many Chinese cities name streets after Xinjiang places, so such a name says nothing about where the
 * address is. `xiang` is left out: it is the pinyin of both 巷 (lane) and 乡 (township), and townships are
 * part of real Xinjiang addresses.
 */
const STREET_WORDS = new Set(
  (
    'road rd street st avenue ave lane boulevard blvd lu jie dajie dadao dao ' +
    'zhonglu beilu nanlu donglu xilu'
  ).split(' '),
);
/** Words that may stand between a name and its street word ("Urumqi North Road", "Kashi Zhong Lu"). */
const STREET_SIDES = new Set('middle north south east west n s e w zhong bei nan dong xi'.split(' '));
/**
 * Chinese street words, right after a Han name: 路, 街, 大街, 大道, 巷, 中路, 北路, 南路, 东路, 西路, and 道
 * (Tianjin names its roads 道).
 */
const HAN_STREET = /^(?:[中北南东西東]?路|大?街|大?道|巷)/u;

/**
 * Builds the Xinjiang gazetteer. Latin-script names match whole words after folding (case, accents,
 * punctuation), so "Ürümqi", "URUMQI" and "urumqi," all match but "Aksuyu" does not; Chinese names
 * match anywhere in a run of Han characters, which has no word breaks. Two-character Chinese names
 * (and the machine pinyin of them) are shared by many places in China, so they are marked ambiguous,
 * as are the names `xinjiang_name_notes.csv` lists as used elsewhere. The two-character short names of
 * counties and districts (温泉, 新星, 白杨) are not indexed at all: only their full names (温泉县).
 * A name followed by a street word ("Wulumuqi Middle Road, Shanghai", "新疆路", "Kashgar Rd") names a
 * street, not the place, and is not a hit; "Urumqi Road, Urumqi" is still found by its second name.
 */
export function createXinjiangGazetteer(files: XinjiangFiles, meta: Meta = DEFAULT_META): XinjiangGazetteer {
  const places = tableRows(parseCsvTable(files.places, 'taxonomy/xinjiang_places.csv'), {
    division_code: col.required,
    level: col.required,
    type_from_suffix: col.text,
    name_zh: col.required,
    short_name_zh_areacity: col.text,
    pinyin_compact_derived: col.text,
  });
  const variants = tableRows(parseCsvTable(files.variants, 'taxonomy/xinjiang_name_variants.csv'), {
    division_code: col.required,
    name_zh: col.text,
    english_name: col.text,
    pinyin_tones: col.text,
    uyghur_arabic: col.text,
    uyghur_latin_uly: col.text,
    sasm_gnc_romanization: col.text,
    other_names: col.text,
  });
  const notes = tableRows(parseCsvTable(files.notes, 'taxonomy/xinjiang_name_notes.csv'), {
    name: col.required,
    kind: col.required,
    note: col.text,
  });

  // The pinyin of the places' Chinese names, which places and brands elsewhere in China may share.
  const pinyinSpellings = new Set(places.map((p) => foldText(p.pinyin_compact_derived).replaceAll(' ', '')));
  const alsoElsewhere = new Set<string>();
  const alsoInChina = new Set<string>();
  const latin = new Map<string, Entry>();
  const han = new Map<string, Entry>();
  const add = (
    name: string,
    e: Omit<Entry, 'rank' | 'ambiguous' | 'elsewhere_in_china' | 'pinyin'>,
    ambiguous = false,
  ) => {
    for (const part of name.split(/\s*[|/]\s*/)) {
      const isHan = /^\p{Script=Han}+$/u.test(part.trim());
      const key = isHan ? part.trim() : foldText(part);
      if (!key || (!isHan && key.length < 3)) continue;
      const amb = ambiguous || alsoElsewhere.has(key) || (isHan && key.length <= 2);
      const entry: Entry = {
        ...e,
        ambiguous: amb,
        elsewhere_in_china: alsoInChina.has(key),
        pinyin: !isHan && pinyinSpellings.has(key.replaceAll(' ', '')),
        rank: amb ? 2 : e.is_region_name ? 1 : 0,
      };
      const map = isHan ? han : latin;
      const prev = map.get(key);
      // One spelling, several places (Ili: the prefecture and Yining city): keep the higher division.
      if (!prev || entry.division_code.length < prev.division_code.length) map.set(key, entry);
    }
  };

  for (const n of notes) {
    if (n.kind !== 'region' && n.kind !== 'ambiguous' && n.kind !== 'ambiguous_in_china') {
      throw rowError(
        'taxonomy/xinjiang_name_notes.csv',
        n.$row,
        n.$line,
        'kind',
        `expected region, ambiguous or ambiguous_in_china, found "${n.kind}"`,
      );
    }
    const key = /^\p{Script=Han}+$/u.test(n.name) ? n.name : foldText(n.name);
    if (n.kind !== 'region') alsoElsewhere.add(key);
    if (n.kind === 'ambiguous_in_china') alsoInChina.add(key);
  }
  for (const n of notes) {
    if (n.kind !== 'region') continue;
    add(n.name, {
      place: 'Xinjiang Uyghur Autonomous Region',
      division_code: '65',
      is_region_name: true,
      source: { ...meta.notes, record: `row ${n.$row}` },
    });
  }

  const englishOf = new Map<string, string>();
  for (const v of variants) {
    if (!/^65\d*$/.test(v.division_code)) {
      throw rowError(
        'taxonomy/xinjiang_name_variants.csv',
        v.$row,
        v.$line,
        'division_code',
        `expected a Xinjiang division code (65…), found "${v.division_code}"`,
      );
    }
    const english = baseName(v.english_name.replace(/\s*\([^)]*\)/g, ''));
    if (english && !englishOf.has(v.division_code)) englishOf.set(v.division_code, english);
  }
  for (const p of places) {
    if (!/^65\d*$/.test(p.division_code)) {
      throw rowError(
        'taxonomy/xinjiang_places.csv',
        p.$row,
        p.$line,
        'division_code',
        `expected a Xinjiang division code (65…), found "${p.division_code}"`,
      );
    }
    if (p.level.startsWith('grouping')) continue;
    const base = {
      place: englishOf.get(p.division_code) ?? p.pinyin_compact_derived,
      division_code: p.division_code,
      is_region_name: false,
      source: { ...meta.places, record: `division ${p.division_code}` },
    };
    add(p.name_zh, base);
    const short = p.short_name_zh_areacity;
    const county = p.level === 'county-level';
    if (short && short !== p.name_zh && (!county || short.length > 2)) add(short, base);
    if (p.pinyin_compact_derived && p.type_from_suffix !== 'district') {
      add(p.pinyin_compact_derived, base, short.length <= 2);
    }
  }
  for (const v of variants) {
    const base = {
      place: englishOf.get(v.division_code) ?? v.english_name,
      division_code: v.division_code,
      is_region_name: false,
      source: { ...meta.variants, record: `row ${v.$row}` },
    };
    const names = [
      v.name_zh,
      v.english_name,
      v.pinyin_tones,
      v.uyghur_arabic,
      v.uyghur_latin_uly,
      v.sasm_gnc_romanization,
    ];
    names.push(...v.other_names.split('|'));
    for (const raw of names) {
      for (const name of expand(raw)) add(name, base);
    }
  }

  // Per first word, the longest name starting with it; per first character, the Han name lengths.
  const firstWords = new Map<string, number>();
  for (const k of latin.keys()) {
    const words = k.split(' ');
    firstWords.set(words[0]!, Math.max(firstWords.get(words[0]!) ?? 0, words.length));
  }
  const hanFirst = new Map<string, number[]>();
  for (const k of han.keys()) {
    const lengths = hanFirst.get(k[0]!) ?? [];
    if (!lengths.includes(k.length)) lengths.push(k.length);
    hanFirst.set(
      k[0]!,
      lengths.sort((a, b) => b - a),
    );
  }
  const cache = new Map<string, XinjiangPlaceHit | null>();
  const toSimplified = createToSimplified();

  function findUncached(text: string): XinjiangPlaceHit | null {
    let best: { entry: Entry; found: string; pos: number; words: number } | null = null;
    const consider = (entry: Entry, found: string, pos: number, words = 0) => {
      if (!best || entry.rank < best.entry.rank || (entry.rank === best.entry.rank && pos < best.pos)) {
        best = { entry, found, pos, words };
      }
    };
    const tokens = foldText(text).split(' ');
    for (let i = 0; i < tokens.length; i++) {
      const longest = firstWords.get(tokens[i]!);
      if (longest === undefined) continue;
      for (let n = Math.min(longest, tokens.length - i); n >= 1; n--) {
        const key = n === 1 ? tokens[i]! : tokens.slice(i, i + n).join(' ');
        const hit = latin.get(key);
        if (hit) {
          if (!streetAfter(text, tokens, i + n)) consider(hit, key, i, n);
          break;
        }
      }
      if (best && (best as { entry: Entry }).entry.rank === 0) break;
    }
    if ((!best || (best as { entry: Entry }).entry.rank > 0) && /[\u3400-\u9fff]/.test(text)) {
      // The names are indexed in Simplified characters; Traditional text (烏魯木齊) is read converted,
      // and the spelling found is the text's own.
      const simplified = toSimplified(text);
      const scan = simplified.length === text.length ? simplified : text;
      for (const run of scan.matchAll(/\p{Script=Han}{2,}/gu)) {
        const s = run[0];
        const at = run.index ?? 0;
        for (let i = 0; i < s.length - 1; i++) {
          const lengths = hanFirst.get(s[i]!);
          if (!lengths) continue;
          for (const len of lengths) {
            if (i + len > s.length) continue;
            const hit = han.get(s.slice(i, i + len));
            if (hit) {
              if (!HAN_STREET.test(s.slice(i + len))) consider(hit, text.slice(at + i, at + i + len), at + i);
              break;
            }
          }
        }
      }
    }
    if (!best) return null;
    const { entry, found, pos, words } = best as { entry: Entry; found: string; pos: number; words: number };
    return hitOf(entry, words > 0 ? (originalSpelling(text, pos, words) ?? found) : found);
  }

  const hitOf = (entry: Entry, found: string): XinjiangPlaceHit => ({
    // A copy: the hit is cached with its finding, and a substring would keep the whole decoded chunk of
    // the spend file that the text was read from.
    found: ownString(found),
    place: entry.place,
    division_code: entry.division_code,
    is_region_name: entry.is_region_name,
    ambiguous: entry.ambiguous,
    elsewhere_in_china: entry.elsewhere_in_china,
    pinyin: entry.pinyin,
    source: entry.source,
  });

  /** The longest name at the first word (after `The`) or at the start of a leading run of Han characters. */
  function findAtStartUncached(name: string): XinjiangPlaceHit | null {
    const tokens = foldText(name).split(' ');
    const i = tokens[0] === 'the' ? 1 : 0;
    const longest = firstWords.get(tokens[i] ?? '');
    if (longest !== undefined) {
      for (let n = Math.min(longest, tokens.length - i); n >= 1; n--) {
        const key = n === 1 ? tokens[i]! : tokens.slice(i, i + n).join(' ');
        const hit = latin.get(key);
        if (hit) {
          if (streetAfter(name, tokens, i + n)) return null;
          return hitOf(hit, originalSpelling(name, i, n) ?? key);
        }
      }
    }
    const written = /^[^\p{L}\p{N}]*(\p{Script=Han}{2,})/u.exec(name)?.[1];
    if (written === undefined) return null;
    const at = (run: string): XinjiangPlaceHit | null | undefined => {
      for (const len of hanFirst.get(run[0]!) ?? []) {
        if (len > run.length) continue;
        const hit = han.get(run.slice(0, len));
        if (hit) return HAN_STREET.test(run.slice(len)) ? null : hitOf(hit, written.slice(0, len));
      }
      return undefined;
    };
    const direct = at(written);
    if (direct !== undefined) return direct;
    // Names are indexed in Simplified characters: a Traditional name (烏魯木齊…) is read converted.
    const simplified = toSimplified(written);
    if (simplified === written || simplified.length !== written.length) return null;
    return at(simplified) ?? null;
  }

  const cached = (
    store: Map<string, XinjiangPlaceHit | null>,
    look: (text: string) => XinjiangPlaceHit | null,
    text: string,
  ): XinjiangPlaceHit | null => {
    const known = store.get(text);
    if (known !== undefined) return known;
    const hit = look(text);
    if (store.size >= CACHE_LIMIT) store.clear();
    // Addresses and names are slices of the reader's text chunks: keep a copy, not the chunk.
    store.set(ownString(text), hit);
    return hit;
  };

  return {
    find: (text) => cached(cache, findUncached, text),
    // Not cached: a first-word look-up costs less than keeping a copy of every Chinese supplier's name.
    findAtStart: findAtStartUncached,
    regionNames: () => notes.filter((n) => n.kind === 'region').map((n) => n.name),
    placeWords: () =>
      [...latin]
        .filter(([name, entry]) => !name.includes(' ') && !entry.is_region_name)
        .map(([name]) => name),
  };
}

/** A name and its short form without suffix words or bracketed remarks ("Onsu County (Wensu)" → 3 names). */
function expand(raw: string): string[] {
  const out: string[] = [];
  const name = raw.trim();
  if (!name) return out;
  const bracket = /^(.*?)\s*\(([^)]*)\)\s*$/.exec(name);
  const main = bracket ? bracket[1]! : name;
  out.push(main);
  const base = baseName(main);
  if (base && base !== main) out.push(base);
  if (bracket) {
    const inner = bracket[2]!.replace(/^(seat|former prefecture)$/i, '').trim();
    if (inner) out.push(inner, baseName(inner));
  }
  return out;
}

function baseName(name: string): string {
  const words = name.trim().split(/\s+/);
  while (words.length > 1 && SUFFIX_WORDS.has(foldText(words[words.length - 1]!))) words.pop();
  return words.join(' ');
}

/**
 * True when the folded tokens from `at` on are a street word, or a side word then a street word, and no
 * punctuation parts them from the name before (in "Urumqi, Road 5" the name is not a street's).
 */
function streetAfter(text: string, tokens: string[], at: number): boolean {
  const next = tokens[at];
  if (next === undefined) return false;
  let words = 1;
  if (!STREET_WORDS.has(next)) {
    if (!STREET_SIDES.has(next) || !STREET_WORDS.has(tokens[at + 1] ?? '')) return false;
    words = 2;
  }
  const spans = [...text.matchAll(/[\p{L}\p{N}\p{M}'’`]+/gu)];
  if (spans.length !== tokens.length || at === 0) return true;
  for (let k = at; k < at + words; k++) {
    const before = spans[k - 1]!;
    const gap = text.slice(before.index + before[0].length, spans[k]!.index);
    if (/[,;:/|()]/.test(gap)) return false;
  }
  return true;
}

/**
 * The words `from`..`from + count` of the text as written, when the text's words line up one to one with
 * its folded tokens (they do unless folding split or joined a word).
 */
function originalSpelling(text: string, from: number, count: number): string | null {
  const words = [...text.matchAll(/[\p{L}\p{N}\p{M}'’`]+/gu)];
  const first = words[from];
  const last = words[from + count - 1];
  if (!first || !last || words.length !== foldText(text).split(' ').length) return null;
  return text.slice(first.index, last.index + last[0].length);
}
