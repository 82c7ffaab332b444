declare module 'virtual:countries' {
  /** `[iso2, iso3, iso numeric (3 digits), English ISO short name, Spanish ISO short name]` per country. */
  const rows: ReadonlyArray<readonly [string, string, string, string, string]>;
  export default rows;
}
