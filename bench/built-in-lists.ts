/** Loads the built-in list entries (UFLPA, CBP) from data/ for the matching benchmarks. */
import { readFileSync } from 'node:fs';
import type { ListEntry, ReferenceData } from '../packages/core/src/index.js';
import { loadReferenceData } from '../packages/core/src/reference/load-reference-data.js';

const dataDir = new URL('../data/', import.meta.url);

export function readData(path: string): string {
  return readFileSync(new URL(path, dataDir), 'utf8');
}

/** The reference data with only the files the loader requires (the code tables and the crosswalk are left out: matching needs neither). */
export function loadReference(): ReferenceData {
  const files = new Map<string, string>();
  const manifestText = readData('manifest.json');
  files.set('manifest.json', manifestText);
  const manifest = JSON.parse(manifestText) as { datasets: { file: string }[] };
  for (const d of manifest.datasets) {
    if (/^(taxonomy\/(hs_|naics|psc)|formats\/)/.test(d.file)) continue;
    files.set(d.file, readData(d.file));
  }
  return loadReferenceData(files);
}

export function builtInEntries(): ListEntry[] {
  return loadReference().listEntries;
}
