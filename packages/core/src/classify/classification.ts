import type { SourceRef } from '../model/source-ref.js';
import type { Sector } from './sectors.js';

/** What a row's codes and text say it buys. */
export interface ClassifyInput {
  hs_code: string;
  naics: string;
  psc: string;
  description: string;
  product_type: string;
}

export interface GoodHit {
  /** An ILAB good name exactly as in `tvpra_goods.csv` (e.g. `Shrimp`, `Garments`, `Fish`). */
  good: string;
  /** How it was found: `HS 0306.16`, `NAICS 315`, `PSC 8405`, `keyword "polo shirt"`. */
  via: string;
  source: SourceRef;
}

export interface SectorHit {
  sector: Sector;
  via: string;
  source: SourceRef;
}

export interface Classification {
  goods: GoodHit[];
  sectors: SectorHit[];
  /**
   * Goods the row's HS code or words say its product is made of, in whole or in part (HS 6203.42 "… of
   * cotton", `cotton T-shirts` → `Cotton`): no ILAB goods finding of their own, but they count for CBP orders
   * on products made with the good. Absent when there are none.
   */
  inputs?: GoodHit[];
}

export interface Classifier {
  classify(input: ClassifyInput): Classification;
}
