import { useMemo } from 'react';
import { useI18n } from '../i18n/i18n-context.js';
import { COUNTRIES, countryName } from './country-table.js';

/** An `<option>` for each country (its ISO alpha-3 as value), by name in the page's language. */
export function CountryOptions() {
  const { lang } = useI18n();
  const sorted = useMemo(
    () =>
      [...COUNTRIES].sort((a, b) => countryName(a.iso3, lang).localeCompare(countryName(b.iso3, lang), lang)),
    [lang],
  );
  return (
    <>
      {sorted.map((c) => (
        <option key={c.iso3} value={c.iso3}>
          {countryName(c.iso3, lang)}
        </option>
      ))}
    </>
  );
}
