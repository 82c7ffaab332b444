/** The country lookups `visitorCountry` needs (the vendored country table in the app). */
export interface CountryCodes {
  /** ISO3 of an ISO2 code, if it is a country. */
  iso3OfIso2(iso2: string): string | undefined;
  /** Whether an ISO3 code is a country. */
  isIso3(iso3: string): boolean;
}

/**
 * The visitor's country (ISO3): the one chosen on the hotlines page (remembered), else the region of the
 * first browser language that has one (`es-MX` → MEX), else unknown.
 */
export function visitorCountry(
  stored: string | null,
  browser: readonly string[],
  codes: CountryCodes,
): string | null {
  if (stored && codes.isIso3(stored.toUpperCase())) return stored.toUpperCase();
  for (const tag of browser) {
    const region = tag.split('-').find((part, i) => i > 0 && /^[A-Za-z]{2}$/.test(part));
    const found = region === undefined ? undefined : codes.iso3OfIso2(region.toUpperCase());
    if (found !== undefined) return found;
  }
  return null;
}
