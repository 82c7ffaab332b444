export interface CountryInfo {
  iso2: string;
  iso3: string;
  /** English short name. */
  name: string;
  /**
   * The English names of the country's people as the alt-names file's `demonym_eng` gives them
   * (`Turkmen`), each only when no other country has it (`Congolese`, `Dominican`) and it is not
   * another country's spelling. They name a country in a text (`Turkmen cotton`), but never resolve a
   * country cell.
   */
  demonyms?: readonly string[];
  /** The country's names in Chinese script (ISO, UN and the alt-names file's): `土库曼斯坦`. */
  chineseNames?: readonly string[];
}

/** Resolves the country spellings real files use (names, variants, ISO2, ISO3) to ISO 3166-1 alpha-3. */
export interface CountryResolver {
  resolve(text: string): string | null;
  get(iso3: string): CountryInfo | undefined;
  all(): CountryInfo[];
}
