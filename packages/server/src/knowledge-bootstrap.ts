import {
  type BootstrapResult,
  ensureKnowledgeBase,
  type KnowledgeKind,
  type KnowledgeRow,
  type KnowledgeStore,
  MANIFEST_FILE,
  type ProgrammeTotal,
  parseManifest,
  parseSeedContent,
} from '@tipwatch/core';

/** The manifest id of the hand-made seed content (`data/seed/content.json`). */
export const SEED_CONTENT_ID = 'seed_content';

/** The store dataset each kind of seed record goes to (a stored dataset holds one kind). */
export const SEED_DATASETS = {
  grants: 'seed_content_grants',
  programme_totals: 'seed_content_programme_totals',
  reports: 'seed_content_reports',
  partnerships: 'seed_content_partnerships',
  news: 'seed_content_news',
} as const satisfies Partial<Record<KnowledgeKind, string>>;

export interface KnowledgeBootstrap {
  results: BootstrapResult[];
  /**
   * Programme totals of the seed content: never grants, shown beside them by `/api/grants`. They are also
   * imported into the store (`seed_content_programme_totals`), where editors change them.
   */
  programmeTotals: ProgrammeTotal[];
}

/**
 * Fills an empty store on first start: the vendored reference datasets (`ensureKnowledgeBase`), then the seed
 * content's grants, programme totals, reports, partnerships and news, each kind imported only when the store
 * has no version of its dataset yet, so it is safe at every start. `files` maps paths relative to `data/` to
 * their text.
 */
export async function bootstrapKnowledgeBase(
  store: KnowledgeStore,
  files: ReadonlyMap<string, string>,
  options: { imported_by?: string } = {},
): Promise<KnowledgeBootstrap> {
  const imported_by = options.imported_by ?? 'tipwatch serve';
  const results = await ensureKnowledgeBase(store, files, { imported_by });
  const manifest = parseManifest(files.get(MANIFEST_FILE) ?? '[]');
  const info = manifest.find((d) => d.id === SEED_CONTENT_ID);
  const text = info ? files.get(info.file) : undefined;
  if (!info || text === undefined) {
    for (const dataset of Object.values(SEED_DATASETS)) {
      results.push({ dataset, status: 'missing', version: null, rows: 0, problems: [] });
    }
    return { results, programmeTotals: [] };
  }
  const seed = parseSeedContent(text);
  const kinds = Object.keys(SEED_DATASETS) as (keyof typeof SEED_DATASETS)[];
  for (const kind of kinds) {
    const dataset = SEED_DATASETS[kind];
    if ((await store.versions(dataset)).length > 0) {
      results.push({ dataset, status: 'present', version: null, rows: 0, problems: [] });
      continue;
    }
    const rows = seed[kind] as KnowledgeRow<typeof kind>[];
    const { version } = await store.importDataset(
      kind,
      { dataset, as_of: info.as_of, source_file: info.file, imported_by },
      rows,
    );
    // Records the seed reader left out are reported with the kind they belong to.
    const problems = seed.problems.filter((p) => p.message.startsWith(`${kind}[`));
    results.push({
      dataset,
      status: 'imported',
      version: version.version,
      rows: version.row_count,
      problems,
    });
  }
  return { results, programmeTotals: seed.programme_totals };
}
