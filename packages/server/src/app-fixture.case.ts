import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CROSSWALK_FILES,
  createMatcher,
  createNameNormaliser,
  type KnowledgeStore,
  loadReferenceData,
  MANIFEST_FILE,
  parseIlabCountries,
  parseManifest,
  REQUIRED_DATASETS,
  type ReferenceData,
  type TierHistoryRow,
} from '@tipwatch/core';
import { openSqliteStore } from '@tipwatch/storage';
import {
  seedGrants,
  seedNews,
  seedPartnership,
  seedReports,
} from '../../storage/src/knowledge-fixtures.case.js';
import { createApp } from './app.js';
import type { AppDeps } from './deps.js';

const DATA = new URL('../../../data/', import.meta.url);
const read = (file: string) => readFileSync(new URL(file, DATA), 'utf8');

let cachedRef: ReferenceData | null = null;

/** The reference data built from the vendored data folder, as the CLI builds it. */
export function realReferenceData(): ReferenceData {
  if (cachedRef) return cachedRef;
  const files = new Map<string, string>([[MANIFEST_FILE, read(MANIFEST_FILE)]]);
  const wanted = new Set<string>(REQUIRED_DATASETS);
  for (const d of parseManifest(read(MANIFEST_FILE))) if (wanted.has(d.id)) files.set(d.file, read(d.file));
  for (const path of Object.values(CROSSWALK_FILES)) files.set(path, read(path));
  cachedRef = loadReferenceData(files);
  return cachedRef;
}

/** Imports the vendored reference data and the home-page seed rows into a store. */
export async function populate(store: KnowledgeStore, ref: ReferenceData): Promise<void> {
  const by = 'server tests';
  const version = (dataset: string, source_file: string | null) => ({
    dataset,
    as_of: ref.datasets.find((d) => d.id === dataset)?.as_of ?? null,
    source_file,
    imported_by: by,
  });
  const { profiles } = parseIlabCountries(read('raw/dol_ilab_countries.xml'), {
    resolveIso3: (name) => ref.countries.resolve(name),
    as_of: null,
  });
  await store.importDataset(
    'countries',
    { dataset: 'dol_ilab_countries', as_of: null, source_file: 'dol_ilab_countries.xml', imported_by: by },
    profiles,
  );
  const tiers: TierHistoryRow[] = ref.countries.all().flatMap((c) =>
    ref.tiers.history(c.iso3).map((h) => ({
      iso3: c.iso3,
      country: c.name,
      year: h.year,
      tier: h.tier,
      note: h.note,
      source: h.source,
    })),
  );
  await store.importDataset('tiers', version('tip_tiers', 'tip_tiers.csv'), tiers);
  await store.importDataset('hotlines', version('hotlines', 'hotlines.csv'), ref.hotlines);
  for (const list of ['uflpa', 'cbp_wro']) {
    const dataset = list === 'uflpa' ? 'uflpa_entities' : 'cbp_wro';
    await store.importDataset(
      'list_entries',
      version(dataset, `lists/${dataset}.csv`),
      ref.listEntries.filter((e) => e.list === list),
    );
  }
  const seed = { dataset: 'tip_office_homepage_2016', as_of: null, source_file: null, imported_by: by };
  await store.importDataset('grants', seed, seedGrants);
  await store.importDataset('reports', { ...seed, dataset: 'tip_office_homepage_2016_reports' }, seedReports);
  await store.importDataset('partnerships', { ...seed, dataset: 'tip_office_homepage_2016_partnerships' }, [
    seedPartnership,
  ]);
  await store.importDataset('news', { ...seed, dataset: 'tip_office_homepage_2016_news' }, seedNews);
}

export const FIXED_NOW = new Date('2026-01-15T12:00:00Z');

/** An app on a fresh SQLite store in a temp folder, filled by `populate`; `close` removes it. */
export async function testApp(): Promise<{
  app: ReturnType<typeof createApp>;
  deps: AppDeps;
  close: () => Promise<void>;
}> {
  const dir = mkdtempSync(join(tmpdir(), 'tipwatch-server-'));
  const store = await openSqliteStore(join(dir, 'knowledge.sqlite'));
  const ref = realReferenceData();
  await populate(store, ref);
  const matcher = createMatcher(ref.listEntries, {
    normaliser: createNameNormaliser(read('matching/org_types_aliases.csv')),
    resolveCountry: (text) => ref.countries.resolve(text),
  });
  const deps: AppDeps = { store, ref, matcher, clock: () => FIXED_NOW };
  return {
    app: createApp(deps),
    deps,
    close: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

// biome-ignore lint/suspicious/noExplicitAny: tests read response bodies field by field and check each one
export type Json = any;

/** `app.request` and the parsed JSON body. */
export async function getJson(
  app: { request: (path: string, init?: RequestInit) => Response | Promise<Response> },
  path: string,
  init?: RequestInit,
): Promise<{ status: number; body: Json; headers: Headers }> {
  const res = await app.request(path, init);
  return { status: res.status, body: await res.json(), headers: res.headers };
}
