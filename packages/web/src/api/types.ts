import type {
  Grant as CoreGrant,
  Hotline as CoreHotline,
  ListEntry as CoreListEntry,
  ProgrammeTotal as CoreProgrammeTotal,
  IlabGood,
  NewsItem,
  ResearchReport,
  SourceRef,
} from '@tipwatch/core';

/**
 * The shapes of the public API's responses that the pages read (see /api/openapi.json). Where the API sends
 * a core record as it is, the type is core's (a type import, erased in the build); where it sends another
 * shape, the type is declared here.
 */

export type Source = SourceRef;

export interface Page<T> {
  items: T[];
  next_cursor: string | null;
}

export interface TierPlacement {
  tier: string;
  year: number | null;
  note: string;
  source: Source;
}

export interface CountrySummary {
  iso3: string;
  iso2: string;
  name: string;
  tip: TierPlacement;
  ilab_advancement_level: string | null;
}

export type Hotline = CoreHotline;

export type Grant = CoreGrant;

export interface GrantTotal {
  currency: string;
  amount: number;
  grants: number;
}

/** `GET /api/grants` sends these fields of each programme total in force (not its kind, date or partnership). */
export type ProgrammeTotal = Pick<
  CoreProgrammeTotal,
  | 'id'
  | 'funder'
  | 'recipients'
  | 'amount'
  | 'amount_is_lower_bound'
  | 'currency'
  | 'fiscal_year'
  | 'projects'
  | 'countries'
  | 'four_ps'
  | 'description'
  | 'quote'
  | 'source'
  | 'edited'
>;

export interface GrantPage extends Page<Grant> {
  totals: GrantTotal[];
  without_amount: number;
  programme_totals: ProgrammeTotal[];
  totals_note: string;
}

export type Report = ResearchReport;

/** A news item, marked `undated` when it has no date. */
export type News = NewsItem & { undated: boolean };

export type ListEntry = CoreListEntry;

export interface CountryDetail extends CountrySummary {
  tier_history: { year: number; tier: string; note: string; source: Source }[];
  ilab_profile: {
    name: string;
    region: string | null;
    webpage: string | null;
    advancement_level: string | null;
    description: string;
    source: Source;
  } | null;
  /** The country's goods on the ILAB list, without the country fields the page already has. */
  ilab_goods: Omit<IlabGood, 'iso3' | 'country'>[];
  listed_entities: ListEntry[];
  import_bans: {
    order_type: string;
    date: string;
    text: string;
    merchandise: string;
    scope: string;
    status: string;
    source: Source;
  }[];
  hotlines: Hotline[];
  grants: Grant[];
  reports: Report[];
  news: News[];
}

export interface SearchHit {
  kind: string;
  dataset: string;
  key: string;
  title: string;
  score: number;
}

export interface ReferenceDataset {
  id: string;
  title: string;
  file: string;
  source: string;
  as_of: string | null;
  licence: string;
  rows: number;
  gaps: string[];
}

export interface DatasetVersion {
  version: number;
  imported_at: string;
  as_of: string | null;
  row_count: number;
  source_file: string;
  imported_by: string;
  in_force: boolean;
}

export interface DataResponse {
  reference: ReferenceDataset[];
  knowledge_base: { dataset: string; kind: string; versions: DatasetVersion[] }[];
}

export interface MatchCandidate {
  id: string;
  list: string;
  name: string;
  matched_name: string;
  score: number;
  is_match: boolean;
  why: { code: string; detail: string; weight: number }[];
  entry: ListEntry;
}

export interface MatchResponse {
  name: string;
  country: string | null;
  threshold: number;
  candidates: MatchCandidate[];
}

export interface Me {
  user: { id: number; email: string; role: string; disabled: boolean; created_at: string };
  org: { id: number; name: string; is_office: boolean };
  role: string;
  /** Signed in with a one-time password, which signs in only once: the user should set their own. */
  password_change_required: boolean;
  csrf_token: string | null;
}
