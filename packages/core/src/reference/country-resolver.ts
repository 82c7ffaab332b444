export interface CountryInfo {
  iso2: string;
  iso3: string;
  /** English short name. */
  name: string;
}

/** Resolves the country spellings real files use (names, variants, ISO2, ISO3) to ISO 3166-1 alpha-3. */
export interface CountryResolver {
  resolve(text: string): string | null;
  get(iso3: string): CountryInfo | undefined;
  all(): CountryInfo[];
}
