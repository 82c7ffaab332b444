import type { SourceRef } from '../model/source-ref.js';

/** A place in the Xinjiang Uyghur Autonomous Region and the spelling of it found in some text. */
export interface XinjiangPlaceHit {
  /** The spelling found in the text. */
  found: string;
  /** The place's English or pinyin name. */
  place: string;
  division_code: string;
  /** True when the spelling is the region's own name (`Xinjiang`, `新疆`, `XUAR`, …). */
  is_region_name: boolean;
  /** True when the spelling also names places outside Xinjiang (e.g. Aksu, Hami). */
  ambiguous: boolean;
  /**
   * True when the spelling also names a place elsewhere in China (Yiwu in Zhejiang, Baicheng in Jilin), so
   * that China as the country does not tell which one is meant.
   */
  elsewhere_in_china: boolean;
  /**
   * True when the spelling is Latin and the pinyin of the place's Chinese name (`Kashi`, `Wulumuqi`, `Yili`),
   * which places and brands elsewhere in China may share; false for Uyghur and English forms (`Kashgar`,
   * `Urumqi`, `Turpan`) and for Chinese script.
   */
  pinyin: boolean;
  source: SourceRef;
}

export interface XinjiangGazetteer {
  /** The first Xinjiang place named in free text (an address), or null. */
  find(text: string): XinjiangPlaceHit | null;
  /**
   * The Xinjiang place a name begins with (after an optional `The`), or null: `Xinjiang Cotton Co Ltd`,
   * `Urumqi … Co., Ltd.`, `新疆…有限公司`, but not `Shanghai Xinjiang Road Trading`.
   */
  findAtStart(name: string): XinjiangPlaceHit | null;
  /**
   * The one-word Latin names of its places as names are written once folded (`aksu`, `turpan`, `kashgar`,
   * `urumqi`), the region's own names aside: the matcher weighs them as places.
   */
  placeWords(): string[];
  /**
   * The region's own names as written (`Xinjiang`, `XUAR`, `新疆`, `Xinjiang Uyghur Autonomous Region` …),
   * for reading the region as the goods' origin in descriptions. A gazetteer without it gives none.
   */
  regionNames?(): string[];
}
