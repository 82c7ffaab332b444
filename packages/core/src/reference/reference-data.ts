import type { Classifier } from '../classify/classification.js';
import type { ListEntry } from '../matching/list-entry.js';
import type { CountryResolver } from './country-resolver.js';
import type { DatasetInfo } from './dataset-info.js';
import type { FarThreshold } from './far-threshold.js';
import type { Hotline } from './hotline.js';
import type { IlabGood } from './ilab-good.js';
import type { TierTable } from './tier-placement.js';
import type { WroOrder } from './wro-order.js';
import type { XinjiangGazetteer } from './xinjiang-place.js';

/**
 * Everything the engine knows, built from the files of the data folder (handed in as text; core reads
 * no files). One instance is shared by the screening engine, the matcher and every shell.
 */
export interface ReferenceData {
  datasets: DatasetInfo[];
  countries: CountryResolver;
  tiers: TierTable;
  goods: IlabGood[];
  /** Current list entries for the matcher: UFLPA entities and active CBP company orders. */
  listEntries: ListEntry[];
  /** Every CBP order, active or not (region/product orders feed import bans). */
  wroOrders: WroOrder[];
  xinjiang: XinjiangGazetteer;
  hotlines: Hotline[];
  farThresholds: FarThreshold[];
  classifier: Classifier;
}
