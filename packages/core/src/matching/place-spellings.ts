/**
 * The spellings of one place that the matcher counts as one word: `hotan`, `hetian` and `khotan`, or
 * `kashgar` and `kashi`, name one city, and a supplier file may write either (`HOTAN TAIDA APPAREL CO LTD`
 * for the CBP order's `Hetian Taida Apparel Co., Ltd.`). Word → the key of its place, for the words that
 * share their place with another spelling.
 */
export type PlaceSpellings = ReadonlyMap<string, string>;

/** What `placeSpellings` needs of a gazetteer (the Xinjiang gazetteer has it). */
export interface PlaceNames {
  /** One-word place names, lower case. */
  placeWords(): string[];
  /** The place a text names: its division code, and whether the spelling also names a place elsewhere in China. */
  find(text: string): { division_code: string; elsewhere_in_china: boolean } | null;
}

const LATIN_WORD = /^[a-z]{3,}$/;

/**
 * The gazetteer's one-word spellings grouped by the division each names (the gazetteer gives a spelling
 * of a prefecture and of its seat to the prefecture: `kashi`, `kashgar` and `kaxgar` are one place).
 * Left out: spellings in other scripts (the normaliser romanises those itself), and spellings that also
 * name another place in China (`Yutian` is Keriya in Xinjiang and a county in Hebei, `Xinhe` is Toksu and a
 * county in Hebei), where a Chinese supplier's country cannot tell which place is meant.
 */
export function placeSpellings(gazetteer: PlaceNames): PlaceSpellings {
  const byPlace = new Map<string, string[]>();
  for (const word of gazetteer.placeWords()) {
    if (!LATIN_WORD.test(word)) continue;
    const hit = gazetteer.find(word);
    if (hit === null || hit.elsewhere_in_china) continue;
    const words = byPlace.get(hit.division_code);
    if (words === undefined) byPlace.set(hit.division_code, [word]);
    else if (!words.includes(word)) words.push(word);
  }
  const out = new Map<string, string>();
  for (const [place, words] of byPlace) {
    if (words.length < 2) continue;
    for (const word of words) out.set(word, place);
  }
  return out;
}
