import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { parseCsv } from './parse-csv.js';

const ID = 'virtual:countries';
const RESOLVED = `\0${ID}`;

/** One country as the app needs it: codes and the ISO short names in English and Spanish. */
export interface CountryRow {
  iso2: string;
  iso3: string;
  /** ISO 3166-1 numeric, three digits with leading zeros, as world-atlas spells its ids. */
  numeric: string;
  en: string;
  es: string;
}

/** Reads `countries.csv` (data/taxonomy) into the rows the app needs; throws naming the line on a bad row. */
export function readCountries(csvPath: string): CountryRow[] {
  const [header, ...rows] = parseCsv(readFileSync(csvPath, 'utf8'));
  if (header === undefined) throw new Error(`${csvPath}: empty file`);
  const col = (name: string) => {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`${csvPath}: no column "${name}" in the header`);
    return i;
  };
  const [i2, i3, num, en, es] = [
    col('iso_alpha2'),
    col('iso_alpha3'),
    col('iso_numeric'),
    col('iso_short_name_en'),
    col('iso_short_name_es'),
  ];
  return rows
    .filter((r) => r.length > 1)
    .map((r, n) => {
      const iso3 = r[i3] ?? '';
      if (!/^[A-Z]{3}$/.test(iso3)) throw new Error(`${csvPath}: line ${n + 2}: iso_alpha3 "${iso3}"`);
      return {
        iso2: r[i2] ?? '',
        iso3,
        numeric: (r[num] ?? '').padStart(3, '0'),
        en: r[en] ?? iso3,
        es: r[es] || r[en] || iso3,
      };
    });
}

/** `import countries from 'virtual:countries'`: the country table, vendored into the bundle at build time. */
export function countriesPlugin(csvPath: string): Plugin {
  return {
    name: 'tipwatch-countries',
    resolveId: (id) => (id === ID ? RESOLVED : null),
    load(id) {
      if (id !== RESOLVED) return null;
      this.addWatchFile(csvPath);
      const rows = readCountries(csvPath).map((c) => [c.iso2, c.iso3, c.numeric, c.en, c.es]);
      return `export default ${JSON.stringify(rows)};`;
    },
  };
}
