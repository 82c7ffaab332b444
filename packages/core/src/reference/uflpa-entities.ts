import { TipwatchError } from '../errors.js';
import type { ListEntry } from '../matching/list-entry.js';
import { splitAliasList } from './alias-splitter.js';
import type { CountryResolver } from './country-resolver.js';
import { parseCsvTable } from './csv-table.js';
import { stableKey } from './stable-key.js';
import { col, isIsoDate, rowError, tableRows } from './table-rows.js';

const FILE = 'lists/uflpa_entities.csv';

/**
 * Reads the UFLPA Entity List file into list entries with ids `uflpa:<key>` (key from the entity's own
 * name). `effective_date` is a date, a month with a remark ("2023-12 (announced …)"), or empty: a date
 * becomes `listed_on`, and so does the month alone (`2023-12`), so a hit says when the entry was listed
 * as precisely as the list does.
 */
export function parseUflpaEntities(
  text: string,
  countries: CountryResolver,
  meta: { dataset: string; as_of: string | null } = { dataset: 'uflpa_entities', as_of: null },
): ListEntry[] {
  const rows = tableRows(parseCsvTable(text, FILE), {
    entity_name: col.required,
    aliases: col.text,
    country: col.text,
    effective_date: col.text,
    legal_basis: col.text,
  });
  const seen = new Set<string>();
  return rows.map((r) => {
    const date = r.effective_date.trim();
    if (date !== '' && !isIsoDate(date) && !/^\d{4}-\d{2}(?:\s*\(.*\))?$/.test(date)) {
      throw rowError(
        FILE,
        r.$row,
        r.$line,
        'effective_date',
        `expected YYYY-MM-DD, YYYY-MM with a remark, or empty, found "${date}"`,
      );
    }
    const country = r.country.trim() === '' ? null : countries.resolve(r.country);
    if (r.country.trim() !== '' && !country) {
      throw rowError(FILE, r.$row, r.$line, 'country', `expected a country name, found "${r.country}"`);
    }
    const name = r.entity_name.trim();
    const id = `uflpa:${stableKey(name)}`;
    if (seen.has(id))
      throw new TipwatchError(
        'reference_data',
        `data/${FILE}: row ${r.$row} (line ${r.$line}): "${name}" is listed twice`,
      );
    seen.add(id);
    return {
      id,
      list: 'uflpa',
      name,
      aliases: splitAliasList(r.aliases).filter((a) => a !== name),
      country,
      listed_on: isIsoDate(date) ? date : date === '' ? null : date.slice(0, 7),
      basis: r.legal_basis,
      source: { dataset: meta.dataset, record: `row ${r.$row}`, as_of: meta.as_of },
    };
  });
}
