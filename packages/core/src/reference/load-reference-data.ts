import type { Classifier } from '../classify/classification.js';
import { createClassifier } from '../classify/create-classifier.js';
import { TipwatchError } from '../errors.js';
import { addPlaceWords } from '../matching/place-words.js';
import { parseCbpOrders } from './cbp-orders.js';
import { createCountryResolver } from './country-table.js';
import { parseCsvTable } from './csv-table.js';
import { checkRowCount, countRows, parseManifest } from './data-manifest.js';
import type { DatasetInfo } from './dataset-info.js';
import { checkDatasetShape } from './dataset-shapes.js';
import { parseFarThresholds } from './far-thresholds.js';
import { parseHotlines } from './hotlines.js';
import { parseIlabGoods } from './ilab-goods.js';
import type { ReferenceData } from './reference-data.js';
import { rowError } from './table-rows.js';
import { createTierTable } from './tier-table.js';
import { parseUflpaEntities } from './uflpa-entities.js';
import { createXinjiangGazetteer } from './xinjiang-gazetteer.js';

/** The manifest's path inside the data folder. */
export const MANIFEST_FILE = 'manifest.json';

/** Datasets `loadReferenceData` builds from: each must be in the manifest and its file handed in. */
export const REQUIRED_DATASETS = [
  'tip_tiers',
  'tip_tiers_coverage',
  'tvpra_goods',
  'uflpa_entities',
  'cbp_wro',
  'hotlines',
  'far_thresholds',
  'countries',
  'countries_altnames',
  'country_variants',
  'xinjiang_places',
  'xinjiang_name_variants',
  'xinjiang_name_notes',
] as const;

/** The row classifier's crosswalk files; without them the classifier finds nothing (and says so). */
export const CROSSWALK_FILES = { codes: 'crosswalk/codes.csv', keywords: 'crosswalk/keywords.csv' } as const;

/**
 * Builds everything the engine knows from the data folder's texts. `files` maps paths relative to
 * `data/` (`manifest.json`, `lists/cbp_wro.csv`, …) to their text; pass the manifest, the files of
 * `REQUIRED_DATASETS`, and the crosswalk files when present. Any other manifest file handed in (the
 * HS/PSC taxonomies, say) is checked against its row count too, but need not be.
 *
 * Throws a `TipwatchError` naming the file, row, line and column of the first problem: reference data
 * that is wrong must stop a screening, not quietly weaken it.
 */
export function loadReferenceData(files: ReadonlyMap<string, string>): ReferenceData {
  const manifestText = files.get(MANIFEST_FILE);
  if (manifestText === undefined) throw new TipwatchError('reference_data', `data/${MANIFEST_FILE}: missing`);
  const datasets = parseManifest(manifestText);
  const byId = new Map(datasets.map((d) => [d.id, d]));

  const need = (id: (typeof REQUIRED_DATASETS)[number]): { info: DatasetInfo; text: string; meta: Meta } => {
    const info = byId.get(id);
    if (!info)
      throw new TipwatchError('reference_data', `data/${MANIFEST_FILE}: expected a dataset with id "${id}"`);
    const text = files.get(info.file);
    if (text === undefined) {
      throw new TipwatchError(
        'reference_data',
        `data/${info.file}: missing (data/${MANIFEST_FILE} lists it as "${id}")`,
      );
    }
    return { info, text, meta: { dataset: info.id, as_of: info.as_of } };
  };

  for (const info of datasets) {
    const text = files.get(info.file);
    if (text === undefined) continue;
    const csvRows = info.file.endsWith('.csv') ? checkDatasetShape(info.id, info.file, text) : undefined;
    checkRowCount(info, countRows(info.file, text, csvRows));
  }

  const countryFiles = {
    countries: need('countries'),
    altnames: need('countries_altnames'),
    variants: need('country_variants'),
  };
  const countries = createCountryResolver({
    countries: countryFiles.countries.text,
    altnames: countryFiles.altnames.text,
    variants: countryFiles.variants.text,
  });

  const tiersFile = need('tip_tiers');
  checkTierCountries(tiersFile.text, countries);
  const tiers = createTierTable(tiersFile.text, need('tip_tiers_coverage').text, tiersFile.meta);
  const goodsFile = need('tvpra_goods');
  const goods = parseIlabGoods(goodsFile.text, countries, goodsFile.meta);
  const uflpaFile = need('uflpa_entities');
  const uflpa = parseUflpaEntities(uflpaFile.text, countries, uflpaFile.meta);
  const cbpFile = need('cbp_wro');
  const cbp = parseCbpOrders(cbpFile.text, countries, cbpFile.meta);
  const places = need('xinjiang_places');
  const variants = need('xinjiang_name_variants');
  const notes = need('xinjiang_name_notes');
  const xinjiang = createXinjiangGazetteer(
    { places: places.text, variants: variants.text, notes: notes.text },
    { places: places.meta, variants: variants.meta, notes: notes.meta },
  );
  // Xinjiang's Latin place names (Aksu, Turpan, Kashgar) weigh as places in name matching.
  addPlaceWords(xinjiang.placeWords());
  const hotlinesFile = need('hotlines');
  const farFile = need('far_thresholds');

  return {
    datasets,
    countries,
    tiers,
    goods,
    listEntries: [...uflpa, ...cbp.entries],
    wroOrders: cbp.orders,
    xinjiang,
    hotlines: parseHotlines(hotlinesFile.text, countries, hotlinesFile.meta),
    farThresholds: parseFarThresholds(farFile.text, farFile.meta),
    classifier: buildClassifier(files, goods),
  };
}

type Meta = { dataset: string; as_of: string | null };

function buildClassifier(files: ReadonlyMap<string, string>, goods: ReferenceData['goods']): Classifier {
  const codes = files.get(CROSSWALK_FILES.codes);
  const keywords = files.get(CROSSWALK_FILES.keywords);
  if (codes === undefined || keywords === undefined) return noCrosswalkClassifier;
  const classifier = createClassifier({ codes, keywords }, goods);
  const first = classifier.problems[0];
  if (first) {
    const where = [
      first.line !== undefined ? `line ${first.line}` : '',
      first.column ? `column "${first.column}"` : '',
    ]
      .filter(Boolean)
      .join(', ');
    throw new TipwatchError(
      'reference_data',
      `data/crosswalk: ${where ? `${where}: ` : ''}${first.message}`,
      [...classifier.problems],
    );
  }
  return classifier;
}

/** Used when the crosswalk files are not in the data folder: it classifies nothing. */
export const noCrosswalkClassifier: Classifier = {
  classify: () => ({ goods: [], sectors: [] }),
};

/** Each tier row's iso3 must be the code its country name resolves to (when the name resolves at all). */
function checkTierCountries(text: string, countries: ReturnType<typeof createCountryResolver>): void {
  for (const r of parseCsvTable(text, 'tip_tiers.csv').rows) {
    const iso3 = r.values.iso3 ?? '';
    const resolved = countries.resolve(r.values.country ?? '');
    if (resolved !== null && resolved !== iso3) {
      throw rowError(
        'tip_tiers.csv',
        r.row,
        r.line,
        'iso3',
        `expected ${resolved} for "${r.values.country}", found "${iso3}"`,
      );
    }
    if (resolved === null && !countries.get(iso3) && countries.resolve(iso3) === null) {
      throw rowError(
        'tip_tiers.csv',
        r.row,
        r.line,
        'iso3',
        `expected a known country code, found "${iso3}" for "${r.values.country}"`,
      );
    }
  }
}
