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
  source: SourceRef;
}
