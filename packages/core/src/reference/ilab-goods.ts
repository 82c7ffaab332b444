import type { CountryResolver } from './country-resolver.js';
import { parseCsvTable } from './csv-table.js';
import type { IlabGood } from './ilab-good.js';
import { col, rowError, tableRows } from './table-rows.js';

const FILE = 'tvpra_goods.csv';

/**
 * Reads DOL ILAB's List of Goods (`tvpra_goods.csv`). Every country (and input-source country) must
 * resolve to ISO alpha-3; one that does not is a data error naming the row, since a good that silently
 * loses its country would never be flagged.
 */
export function parseIlabGoods(
  text: string,
  countries: CountryResolver,
  meta: { dataset: string; as_of: string | null } = { dataset: 'tvpra_goods', as_of: null },
): IlabGood[] {
  const rows = tableRows(parseCsvTable(text, FILE), {
    good: col.required,
    country: col.required,
    sector: col.text,
    child_labor: col.bool,
    forced_labor: col.bool,
    forced_child_labor: col.bool,
    produced_with_exploitative_inputs: col.bool,
    input_source_country: col.text,
  });
  return rows.map((r) => {
    const iso3 = countries.resolve(r.country);
    if (!iso3)
      throw rowError(
        FILE,
        r.$row,
        r.$line,
        'country',
        `expected a country name the resolver knows, found "${r.country}"`,
      );
    let input: string | null = null;
    if (r.input_source_country.trim() !== '') {
      input = countries.resolve(r.input_source_country);
      if (!input) {
        throw rowError(
          FILE,
          r.$row,
          r.$line,
          'input_source_country',
          `expected a country name, found "${r.input_source_country}"`,
        );
      }
    }
    return {
      good: r.good.trim(),
      iso3,
      country: r.country,
      sector: r.sector,
      child_labor: r.child_labor === 'true',
      forced_labor: r.forced_labor === 'true',
      forced_child_labor: r.forced_child_labor === 'true',
      produced_with_exploitative_inputs: r.produced_with_exploitative_inputs === 'true',
      input_source_iso3: input,
      source: { dataset: meta.dataset, record: `row ${r.$row}`, as_of: meta.as_of },
    };
  });
}
