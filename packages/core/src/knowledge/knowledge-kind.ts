import type { ListEntry } from '../matching/list-entry.js';
import type { Hotline } from '../reference/hotline.js';
import type { IlabGood } from '../reference/ilab-good.js';
import type { CountryProfile } from './country-profile.js';
import type { Grant } from './grant.js';
import type { NewsItem } from './news-item.js';
import type { Partnership } from './partnership.js';
import type { ResearchReport } from './research-report.js';
import type { ProgrammeTotal } from './seed-content.js';
import type { TierHistoryRow } from './tier-history-row.js';

/** The row type of each kind of knowledge-base dataset. */
export interface KnowledgeRowMap {
  countries: CountryProfile;
  tiers: TierHistoryRow;
  hotlines: Hotline;
  list_entries: ListEntry;
  grants: Grant;
  /** Sums over several awards as their source states them; never grants (see `grantTotals`). */
  programme_totals: ProgrammeTotal;
  reports: ResearchReport;
  partnerships: Partnership;
  news: NewsItem;
  /** DOL ILAB List of Goods rows (good × country). */
  goods: IlabGood;
}

export type KnowledgeKind = keyof KnowledgeRowMap;
export type KnowledgeRow<K extends KnowledgeKind = KnowledgeKind> = KnowledgeRowMap[K];

export const KNOWLEDGE_KINDS: readonly KnowledgeKind[] = [
  'countries',
  'tiers',
  'hotlines',
  'list_entries',
  'grants',
  'programme_totals',
  'reports',
  'partnerships',
  'news',
  'goods',
];

/** Kinds that full-text search covers. */
export const SEARCHABLE_KINDS: readonly KnowledgeKind[] = [
  'countries',
  'hotlines',
  'reports',
  'grants',
  'news',
];

/** How the store files one kind of row: its key within a version, countries, search text and date. */
export interface KindTraits<R> {
  /** Unique within one dataset version; equal keys across versions mean "the same thing" for diffs. */
  keyOf(row: R): string;
  countriesOf(row: R): string[];
  titleOf(row: R): string;
  /** Text indexed for full-text search besides the title. */
  textOf(row: R): string;
  dateOf(row: R): string | null;
}

const join = (...parts: (string | null | undefined | string[])[]): string =>
  parts
    .flat()
    .filter((p): p is string => typeof p === 'string' && p.length > 0)
    .join(' ');

export const KIND_TRAITS: { [K in KnowledgeKind]: KindTraits<KnowledgeRowMap[K]> } = {
  countries: {
    keyOf: (r) => r.iso3 ?? `name:${r.name}`,
    countriesOf: (r) => (r.iso3 ? [r.iso3] : []),
    titleOf: (r) => r.name,
    textOf: (r) => join(r.aliases, r.region, r.advancement_level, r.description),
    dateOf: (r) => r.source.as_of,
  },
  tiers: {
    // A source may state two placements for one year (a noted conflict): keep both.
    keyOf: (r) => `${r.iso3}:${r.year}:${r.tier}`,
    countriesOf: (r) => [r.iso3],
    titleOf: (r) => `${r.country} ${r.year} ${r.tier}`,
    textOf: (r) => r.note,
    dateOf: (r) => String(r.year),
  },
  hotlines: {
    // Hotlines carry no id: country, name and the numbers as printed identify one.
    keyOf: (r) => `${r.iso3 ?? r.country}|${r.name}|${r.phone_text}`,
    countriesOf: (r) => (r.iso3 ? [r.iso3] : []),
    titleOf: (r) => r.name,
    textOf: (r) =>
      join(r.country, r.scope, r.phone_text, r.text_sms_text, r.languages, r.operator, r.notes, r.web),
    dateOf: (r) => r.source.as_of,
  },
  list_entries: {
    keyOf: (r) => r.id,
    countriesOf: (r) => (r.country ? [r.country] : []),
    titleOf: (r) => r.name,
    textOf: (r) => join(r.aliases, r.list),
    dateOf: (r) => r.source.as_of,
  },
  grants: {
    keyOf: (r) => r.id,
    countriesOf: (r) => r.countries,
    titleOf: (r) => r.title,
    textOf: (r) => join(r.recipient, r.four_ps, r.description),
    dateOf: (r) => (r.fiscal_year === null ? null : String(r.fiscal_year)),
  },
  programme_totals: {
    keyOf: (r) => r.id,
    countriesOf: (r) => r.countries,
    titleOf: (r) => r.description,
    textOf: (r) => join(r.funder, r.recipients, r.four_ps),
    dateOf: (r) => r.date ?? (r.fiscal_year === null ? null : String(r.fiscal_year)),
  },
  reports: {
    keyOf: (r) => r.id,
    countriesOf: (r) => r.countries,
    titleOf: (r) => r.title,
    textOf: (r) => join(r.publishers, r.funder, r.sectors, r.topics, r.summary),
    dateOf: (r) => r.date,
  },
  partnerships: {
    keyOf: (r) => r.id,
    countriesOf: (r) => r.countries,
    titleOf: (r) => r.name,
    textOf: (r) => join(r.partners, r.description),
    dateOf: (r) => r.date,
  },
  news: {
    keyOf: (r) => r.id,
    countriesOf: (r) => r.countries,
    titleOf: (r) => r.title,
    textOf: (r) => r.body,
    dateOf: (r) => r.date,
  },
  goods: {
    keyOf: (r) => `${r.iso3}|${r.good}`,
    countriesOf: (r) => [r.iso3],
    titleOf: (r) => `${r.good} (${r.country})`,
    textOf: (r) => r.sector,
    dateOf: (r) => r.source.as_of,
  },
};

/** The traits of one kind, typed for that kind's rows. */
export function kindTraits<K extends KnowledgeKind>(kind: K): KindTraits<KnowledgeRowMap[K]> {
  return KIND_TRAITS[kind] as KindTraits<KnowledgeRowMap[K]>;
}

export function isKnowledgeKind(text: string): text is KnowledgeKind {
  return (KNOWLEDGE_KINDS as readonly string[]).includes(text);
}
