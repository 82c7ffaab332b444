import { TipwatchError } from '../../errors.js';
import type { Problem } from '../../model/problem.js';
import type { CountryResolver } from '../../reference/country-resolver.js';
import { createCountryResolver } from '../../reference/country-table.js';
import { parseManifest } from '../../reference/data-manifest.js';
import type { DatasetInfo } from '../../reference/dataset-info.js';
import { MANIFEST_FILE } from '../../reference/load-reference-data.js';
import type { KnowledgeStore } from '../knowledge-store.js';
import type { ImportKind } from './import-kind.js';
import { parseImportFile } from './parse-import-file.js';

/** What bootstrapping did with one vendored dataset. */
export interface BootstrapResult {
  dataset: string;
  /** `imported` (version written), `present` (the store had it), `missing` (file not handed in), `failed`. */
  status: 'imported' | 'present' | 'missing' | 'failed';
  version: number | null;
  rows: number;
  /** Why a dataset failed: the rows or cells its reader refused. */
  problems: Problem[];
}

/** The vendored datasets the knowledge base starts from, by manifest id, and how each is read. */
const BOOTSTRAP: readonly { manifestId: string; importKind: ImportKind }[] = [
  { manifestId: 'dol_ilab_countries', importKind: 'ilab-countries' },
  { manifestId: 'dol_ilab_goods', importKind: 'ilab-goods' },
  { manifestId: 'tip_tiers', importKind: 'tiers' },
  { manifestId: 'hotlines', importKind: 'hotlines' },
  { manifestId: 'uflpa_entities', importKind: 'uflpa' },
  { manifestId: 'cbp_wro', importKind: 'cbp-wro' },
];

/**
 * Imports each vendored dataset the store does not hold yet (ILAB country profiles and goods, TIP tiers,
 * hotlines, UFLPA and CBP list entries), each row citing its dataset and the manifest's as-of date. A dataset
 * the store already has, in any version, is left alone, so calling this at every start-up is safe. `files`
 * maps paths relative to `data/` to their text: the manifest, the three country files and the datasets'
 * files (a dataset whose file is absent is reported `missing`). The vendored text is not kept as the
 * version's raw text: screening reads the vendored file itself, and a later release's file must not be
 * shadowed by an old copy.
 */
export async function ensureKnowledgeBase(
  store: KnowledgeStore,
  files: ReadonlyMap<string, string>,
  options: { imported_by?: string } = {},
): Promise<BootstrapResult[]> {
  const manifestText = files.get(MANIFEST_FILE);
  if (manifestText === undefined) throw new TipwatchError('reference_data', `data/${MANIFEST_FILE}: missing`);
  const datasets = parseManifest(manifestText);
  const countries = countryResolverFrom(files, datasets);
  const coverage = fileOf(files, datasets, 'tip_tiers_coverage');
  const results: BootstrapResult[] = [];
  for (const { manifestId, importKind } of BOOTSTRAP) {
    const info = datasets.find((d) => d.id === manifestId);
    const text = info ? files.get(info.file) : undefined;
    const parsed =
      info && text !== undefined
        ? parseImportFile(importKind, text, {
            countries,
            as_of: info.as_of,
            ...(coverage === undefined ? {} : { tiersCoverage: coverage }),
          })
        : undefined;
    const dataset = parsed?.dataset ?? manifestId;
    if ((await store.versions(dataset)).length > 0) {
      results.push({ dataset, status: 'present', version: null, rows: 0, problems: [] });
      continue;
    }
    if (!info || !parsed) {
      results.push({ dataset, status: 'missing', version: null, rows: 0, problems: [] });
      continue;
    }
    if (parsed.problems.length > 0) {
      results.push({ dataset, status: 'failed', version: null, rows: 0, problems: parsed.problems });
      continue;
    }
    const { version } = await store.importDataset(
      parsed.kind,
      {
        dataset,
        as_of: info.as_of,
        source_file: info.file,
        imported_by: options.imported_by ?? 'tipwatch bootstrap',
      },
      parsed.rows,
    );
    results.push({
      dataset,
      status: 'imported',
      version: version.version,
      rows: version.row_count,
      problems: [],
    });
  }
  return results;
}

/** The engine's country resolver, built from the country files the manifest lists. */
export function countryResolverFrom(
  files: ReadonlyMap<string, string>,
  datasets: readonly DatasetInfo[],
): CountryResolver {
  const need = (id: string): string => {
    const text = fileOf(files, datasets, id);
    if (text === undefined) throw new TipwatchError('reference_data', `the country file "${id}" is missing`);
    return text;
  };
  return createCountryResolver({
    countries: need('countries'),
    altnames: need('countries_altnames'),
    variants: need('country_variants'),
  });
}

function fileOf(
  files: ReadonlyMap<string, string>,
  datasets: readonly DatasetInfo[],
  id: string,
): string | undefined {
  const info = datasets.find((d) => d.id === id);
  return info ? files.get(info.file) : undefined;
}
