import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  CROSSWALK_FILES,
  countryResolverFrom,
  type DatasetInfo,
  type ImportedText,
  loadReferenceData,
  MANIFEST_FILE,
  overlayReferenceFiles,
  parseManifest,
  REQUIRED_DATASETS,
  type ReferenceData,
  referenceTextOf,
  TipwatchError,
} from '@tipwatch/core';
import { CliError } from './cli-error.js';

/**
 * Loads the reference data from a data folder: the manifest, the files of the datasets the engine
 * builds from, and the crosswalk files when they exist. The HS, NAICS and PSC taxonomies and the other
 * listed files are not read (they are large and the engine does not need them at start-up); pass
 * `{ all: true }` to read and check every file the manifest lists. `imported` texts (versions imported into
 * the knowledge base) replace their datasets' vendored files. A missing or broken file is a `CliError`
 * (exit 2) naming it.
 */
export async function loadReferenceFromDir(
  dataDir: string,
  options: { all?: boolean; imported?: readonly ImportedText[] } = {},
): Promise<ReferenceData> {
  const files = await readReferenceFiles(dataDir, options);
  try {
    return loadReferenceData(withImported(files, options.imported ?? []));
  } catch (err) {
    if (err instanceof TipwatchError) throw new CliError(`reference data is broken: ${err.message}`);
    throw err;
  }
}

/**
 * The vendored files with imported texts in their place (ILAB goods XML turned into the CSV shape first),
 * and the manifest's rows, as-of dates and versions in step. Throws TipwatchError on a broken text.
 */
export function withImported(
  files: ReadonlyMap<string, string>,
  imported: readonly ImportedText[],
): Map<string, string> {
  if (imported.length === 0) return new Map(files);
  const manifest = files.get(MANIFEST_FILE);
  const countries = countryResolverFrom(files, manifest === undefined ? [] : parseManifest(manifest));
  const texts = imported.map((i) => ({ ...i, text: referenceTextOf(i.dataset, i.text, countries) }));
  return overlayReferenceFiles(files, texts);
}

/** Reads the manifest and the files `loadReferenceData` needs (every listed file with `{ all: true }`). */
export async function readReferenceFiles(
  dataDir: string,
  options: { all?: boolean } = {},
): Promise<Map<string, string>> {
  const datasets = await readManifest(dataDir);
  const wanted = new Set<string>(REQUIRED_DATASETS);
  const files = new Map<string, string>();
  const reads: Promise<void>[] = [];
  for (const d of datasets) {
    if (!options.all && !wanted.has(d.id)) continue;
    reads.push(
      readData(dataDir, d.file, `data/${MANIFEST_FILE} lists it as "${d.id}"`).then((text) => {
        files.set(d.file, text);
      }),
    );
  }
  for (const path of Object.values(CROSSWALK_FILES)) {
    reads.push(
      readFile(join(dataDir, path), 'utf8').then(
        (text) => {
          files.set(path, text);
        },
        () => undefined,
      ),
    );
  }
  await Promise.all(reads);
  files.set(MANIFEST_FILE, await readData(dataDir, MANIFEST_FILE, 'the data manifest'));
  return files;
}

/** Reads and checks `manifest.json` of a data folder. */
export async function readManifest(dataDir: string): Promise<DatasetInfo[]> {
  const text = await readData(dataDir, MANIFEST_FILE, 'the data manifest');
  try {
    return parseManifest(text);
  } catch (err) {
    if (err instanceof TipwatchError) throw new CliError(`reference data is broken: ${err.message}`);
    throw err;
  }
}

async function readData(dataDir: string, file: string, why: string): Promise<string> {
  try {
    return await readFile(join(dataDir, file), 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const what = code === 'ENOENT' ? 'missing' : `cannot be read (${code ?? 'error'})`;
    throw new CliError(`reference data file ${join(dataDir, file)} is ${what} (${why})`);
  }
}
