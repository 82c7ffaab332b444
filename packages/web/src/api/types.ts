/** The shapes of the public API's responses that the pages read (see /api/openapi.json). */

export interface Source {
  dataset: string;
  record: string;
  as_of: string | null;
}

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

export interface Hotline {
  iso3: string | null;
  country: string;
  scope: string;
  name: string;
  phones: string[];
  texts: string[];
  phone_text: string;
  text_sms_text: string;
  email: string;
  web: string;
  languages: string;
  hours: string;
  operator: string;
  notes: string;
  source: Source;
  source_url: string;
}

export interface Grant {
  id: string;
  title: string;
  recipient: string;
  amount: number | null;
  currency: string | null;
  fiscal_year: number | null;
  countries: string[];
  four_ps: string[];
  description: string;
  source: Source;
  url: string | null;
}

export interface GrantTotal {
  currency: string;
  amount: number;
  grants: number;
}

export interface ProgrammeTotal {
  id: string;
  funder: string;
  recipients: string[];
  amount: number;
  amount_is_lower_bound: boolean;
  currency: string;
  fiscal_year: number | null;
  projects: number | null;
  countries: string[];
  four_ps: string[];
  description: string;
  source: Source;
}

export interface GrantPage extends Page<Grant> {
  totals: GrantTotal[];
  without_amount: number;
  programme_totals: ProgrammeTotal[];
  totals_note: string;
}

export interface Report {
  id: string;
  title: string;
  publishers: string[];
  funder: string | null;
  date: string | null;
  countries: string[];
  sectors: string[];
  topics: string[];
  url: string | null;
  summary: string;
  source: Source;
}

export interface News {
  id: string;
  title: string;
  date: string | null;
  undated: boolean;
  body: string;
  countries: string[];
  url: string | null;
  source: Source;
}

export interface ListEntry {
  id: string;
  list: string;
  name: string;
  aliases: string[];
  country: string | null;
  listed_on?: string | null;
  basis?: string;
  source: Source;
}

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
  ilab_goods: {
    good: string;
    sector: string;
    child_labor: boolean;
    forced_labor: boolean;
    forced_child_labor: boolean;
    produced_with_exploitative_inputs: boolean;
    input_source_iso3: string | null;
    source: Source;
  }[];
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
