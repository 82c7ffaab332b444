import type { KnowledgeKind } from '../knowledge-kind.js';

/** The kinds of file `tipwatch data import` reads. */
export const IMPORT_KINDS = [
  'ilab-goods',
  'ilab-countries',
  'tiers',
  'uflpa',
  'cbp-wro',
  'hotlines',
  'list',
] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** Where one import kind goes: the knowledge-base kind, the dataset, and the vendored file it stands for. */
export interface ImportTarget {
  kind: KnowledgeKind;
  /** The dataset name in the store, the same as the manifest's id (null for `list`: named by the user). */
  dataset: string | null;
  /** The manifest id of the vendored file an imported version replaces for screening, if any. */
  replaces: string | null;
  /** What the file looks like, for messages. */
  expected: string;
}

export const IMPORT_TARGETS: Record<ImportKind, ImportTarget> = {
  'ilab-goods': {
    kind: 'goods',
    dataset: 'tvpra_goods',
    replaces: 'tvpra_goods',
    expected: 'the DOL ILAB List of Goods XML (<Goods><Good>…)',
  },
  'ilab-countries': {
    kind: 'countries',
    dataset: 'dol_ilab_countries',
    replaces: null,
    expected: 'the DOL ILAB countries XML (<Countries><Country>…)',
  },
  tiers: {
    kind: 'tiers',
    dataset: 'tip_tiers',
    replaces: 'tip_tiers',
    expected: 'a CSV shaped like data/tip_tiers.csv (country, iso3, year, tier, source, note)',
  },
  uflpa: {
    kind: 'list_entries',
    dataset: 'uflpa_entities',
    replaces: 'uflpa_entities',
    expected:
      'a CSV shaped like data/lists/uflpa_entities.csv (entity_name, aliases, country, effective_date, …)',
  },
  'cbp-wro': {
    kind: 'list_entries',
    dataset: 'cbp_wro',
    replaces: 'cbp_wro',
    expected: 'a CSV shaped like data/lists/cbp_wro.csv (date, entity, merchandise_or_industry, country, …)',
  },
  hotlines: {
    kind: 'hotlines',
    dataset: 'hotlines',
    replaces: 'hotlines',
    expected: 'a CSV shaped like data/hotlines.csv (country, iso3, scope, name, phone, …)',
  },
  list: {
    kind: 'list_entries',
    dataset: null,
    replaces: null,
    expected: 'a CSV with a name column, optional aliases (;-separated) and country',
  },
};

export function isImportKind(text: string): text is ImportKind {
  return (IMPORT_KINDS as readonly string[]).includes(text);
}
