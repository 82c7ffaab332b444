import type { SourceRef } from '../model/source-ref.js';

/**
 * One entry of a screening list (UFLPA Entity List, CBP WRO/Findings, a user list).
 * `id` is stable: `<list>:<key>` where the key derives from the entry's own source text, so it does not
 * change when an unrelated row is added, and later list versions can be diffed by id.
 */
export interface ListEntry {
  id: string;
  /** `uflpa`, `cbp_wro`, or a user list's file base name. */
  list: string;
  /** The primary name. */
  name: string;
  /** Other names (a/k/a, formerly known as, translations given by the source). */
  aliases: string[];
  /** ISO alpha-3 when the source gives a country, else null. */
  country: string | null;
  /**
   * The date the entry was listed or the order issued (`YYYY-MM-DD`, or `YYYY-MM` where the source gives only
   * the month), when the source gives it.
   */
  listed_on?: string | null;
  /** The legal basis or order type as the source states it (e.g. `UFLPA 2(d)(2)(B)(v)`, `WRO`, `Finding`). */
  basis?: string;
  source: SourceRef;
}
