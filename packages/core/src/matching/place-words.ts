import { createRequire } from 'node:module';
import { pinyin } from 'pinyin-pro';
import { CHINESE_PLACES } from './chinese-places.js';

/** The suffixes of county- and city-level division names (县 county, 市 city, 区 district, 旗 banner …). */
const DIVISION_SUFFIX = /(?:地区|林区|县|市|区|旗|盟|省)$/;
const HAN_ONLY = /^\p{Script=Han}{2,3}$/u;

let places: Set<string> | undefined;
/** Place names added from elsewhere, kept apart so that adding them does not build the set above. */
const added = new Set<string>();

/**
 * The place names of mainland China's divisions down to counties and districts (`china-area-data`, the
 * GB/T 2260 codes, about 3,000 names), romanised as company names write them (宁海县 → `ninghai`), with
 * the provinces and large cities of `CHINESE_PLACES`. Autonomous divisions, whose names join a place and
 * a people, are left out: Xinjiang's come from its gazetteer (`addPlaceWords`).
 */
function placeSet(): Set<string> {
  if (places === undefined) {
    const set = new Set<string>(CHINESE_PLACES);
    const require = createRequire(import.meta.url);
    const divisions = require('china-area-data/data.json') as Record<string, Record<string, string>>;
    for (const children of Object.values(divisions)) {
      for (const name of Object.values(children)) {
        if (name.includes('自治')) continue;
        const short = name.replace(DIVISION_SUFFIX, '');
        if (!HAN_ONLY.test(short)) continue;
        set.add(pinyin(short, { toneType: 'none', type: 'array', v: false }).join(''));
      }
    }
    places = set;
  }
  return places;
}

/**
 * Whether a lower-case word is the name of a place in China: a company there nearly always opens its name
 * with its place, which thousands of companies share, so a place says where a company is, not which one.
 */
export function isPlaceWord(word: string): boolean {
  return added.has(word) || placeSet().has(word);
}

/**
 * Adds place names known elsewhere (Xinjiang's romanised names, from its gazetteer), lower case. Cheap: the
 * division names are romanised only when a word is first looked up, not at start-up.
 */
export function addPlaceWords(words: Iterable<string>): void {
  for (const w of words) added.add(w);
}
