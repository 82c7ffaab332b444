import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  CROSSWALK_FILES,
  type DatasetInfo,
  loadReferenceData,
  MANIFEST_FILE,
  parseManifest,
  REQUIRED_DATASETS,
  type ReferenceData,
  TipwatchError,
} from '@tipwatch/core';
import { CliError } from './cli-error.js';

/**
 * Loads the reference data from a data folder: the manifest, the files of the datasets the engine
 * builds from, and the crosswalk files when they exist. The HS, NAICS and PSC taxonomies and the other
 * listed files are not read (they are large and the engine does not need them at start-up); pass
 * `{ all: true }` to read and check every file the manifest lists. A missing or broken file is a
 * `CliError` (exit 2) naming it.
 */
export async function loadReferenceFromDir(
  dataDir: string,
  options: { all?: boolean } = {},
): Promise<ReferenceData> {
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
  try {
    return loadReferenceData(files);
  } catch (err) {
    if (err instanceof TipwatchError) throw new CliError(`reference data is broken: ${err.message}`);
    throw err;
  }
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
