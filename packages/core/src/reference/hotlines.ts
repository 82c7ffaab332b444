import type { CountryResolver } from './country-resolver.js';
import { parseCsvTable } from './csv-table.js';
import type { Hotline } from './hotline.js';
import { phoneNumbers, textNumbers } from './phone-numbers.js';
import { col, rowError, tableRows } from './table-rows.js';

const FILE = 'hotlines.csv';

/**
 * Reads `hotlines.csv`: the prose of each field as the source gave it, plus the dialable phone and text
 * numbers parsed from it (see `phoneNumbers` and `textNumbers`). The `iso3` column must agree with the
 * country name (a bracketed sub-region such as "Canada (Ontario)" is allowed).
 */
export function parseHotlines(
  text: string,
  countries: CountryResolver,
  meta: { dataset: string; as_of: string | null } = { dataset: 'hotlines', as_of: null },
): Hotline[] {
  const rows = tableRows(parseCsvTable(text, FILE), {
    country: col.required,
    iso3: col.text,
    scope: col.text,
    name: col.required,
    phone: col.text,
    text_sms: col.text,
    email: col.text,
    web_or_chat: col.text,
    languages: col.text,
    hours: col.text,
    operator: col.text,
    notes: col.text,
    source_url: col.required,
  });
  return rows.map((r) => {
    const iso3 = r.iso3.trim() === '' ? null : r.iso3.trim();
    if (iso3 !== null) {
      const resolved = countries.resolve(r.country);
      if (!/^[A-Z]{3}$/.test(iso3) || (resolved !== null && resolved !== iso3)) {
        throw rowError(
          FILE,
          r.$row,
          r.$line,
          'iso3',
          `expected the alpha-3 code of "${r.country}", found "${iso3}"`,
        );
      }
    }
    const phones = phoneNumbers(r.phone);
    return {
      iso3,
      country: r.country,
      scope: r.scope,
      name: r.name,
      phones,
      texts: textNumbers(r.text_sms, phones),
      phone_text: r.phone,
      text_sms_text: r.text_sms,
      email: r.email,
      web: r.web_or_chat,
      languages: r.languages,
      hours: r.hours,
      operator: r.operator,
      notes: r.notes,
      source: { dataset: meta.dataset, record: `row ${r.$row}`, as_of: meta.as_of },
      source_url: r.source_url,
    };
  });
}
