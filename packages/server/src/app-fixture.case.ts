import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CROSSWALK_FILES,
  createMatcher,
  createNameNormaliser,
  loadReferenceData,
  MANIFEST_FILE,
  type NameMatcher,
  parseManifest,
  REQUIRED_DATASETS,
  type ReferenceData,
} from '@tipwatch/core';
import { openSqliteStore } from '@tipwatch/storage';
import { createApp } from './app.js';
import type { AppDeps } from './deps.js';
import { fixturePer } from './fixture-lifetime.case.js';
import { bootstrapKnowledgeBase } from './knowledge-bootstrap.js';

const DATA = new URL('../../../data/', import.meta.url);

/** A file of the vendored data folder, as text. */
export const readData = (file: string): string => readFileSync(new URL(file, DATA), 'utf8');

/**
 * The files reference data is built from: the manifest, the datasets it lists (those screening requires, or
 * `all`), and the crosswalks.
 */
export function referenceFiles(datasets: 'required' | 'all' = 'required'): Map<string, string> {
  const files = new Map<string, string>([[MANIFEST_FILE, readData(MANIFEST_FILE)]]);
  const wanted = new Set<string>(REQUIRED_DATASETS);
  for (const d of parseManifest(readData(MANIFEST_FILE))) {
    if (datasets === 'all' || wanted.has(d.id)) files.set(d.file, readData(d.file));
  }
  for (const path of Object.values(CROSSWALK_FILES)) files.set(path, readData(path));
  return files;
}

let cachedRef: ReferenceData | null = null;

/** The reference data built from the vendored data folder, as the CLI builds it. */
export function realReferenceData(): ReferenceData {
  cachedRef ??= loadReferenceData(referenceFiles());
  return cachedRef;
}

/** The matcher the CLI builds over the reference data's list entries. */
export function realMatcher(ref: ReferenceData): NameMatcher {
  return createMatcher(ref.listEntries, {
    normaliser: createNameNormaliser(readData('matching/org_types_aliases.csv')),
    resolveCountry: (text) => ref.countries.resolve(text),
    places: ref.xinjiang,
  });
}

/** Every file the data manifest lists, with the manifest, as `bootstrapKnowledgeBase` takes them. */
export function dataFiles(): Map<string, string> {
  const files = new Map<string, string>([[MANIFEST_FILE, readData(MANIFEST_FILE)]]);
  for (const d of parseManifest(readData(MANIFEST_FILE))) files.set(d.file, readData(d.file));
  return files;
}

export const FIXED_NOW = new Date('2026-01-15T12:00:00Z');

/** An app on a fresh SQLite store in a temp folder, bootstrapped from `data/`; `close` removes it. */
export async function testApp(): Promise<{
  app: ReturnType<typeof createApp>;
  deps: AppDeps;
  close: () => Promise<void>;
}> {
  const dir = mkdtempSync(join(tmpdir(), 'tipwatch-server-'));
  const store = await openSqliteStore(join(dir, 'knowledge.sqlite'));
  const ref = realReferenceData();
  const { programmeTotals } = await bootstrapKnowledgeBase(store, dataFiles(), {
    imported_by: 'server tests',
  });
  const matcher = realMatcher(ref);
  const deps: AppDeps = { store, ref, matcher, clock: () => FIXED_NOW, programmeTotals };
  return {
    app: createApp(deps),
    deps,
    close: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** One `testApp()` for the file's tests (read it inside tests only; see `fixturePer`). */
export function testAppPerFile(): TestApp {
  return fixturePer('file', testApp);
}

export type TestApp = Awaited<ReturnType<typeof testApp>>;

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
