import type { ListEntry } from '../matching/list-entry.js';
import { type NamedEntity, splitEntities } from './alias-splitter.js';
import type { CountryResolver } from './country-resolver.js';
import { parseCsvTable } from './csv-table.js';
import { foldText } from './fold-text.js';
import { stableKey } from './stable-key.js';
import { col, rowError, tableRows } from './table-rows.js';
import { isDoubtNote, type WroOrder } from './wro-order.js';

const FILE = 'lists/cbp_wro.csv';

/** CBP orders and the list entries made from their named companies and vessels. */
export interface CbpOrders {
  orders: WroOrder[];
  /** Entries for the matcher: entities and vessels of orders that are not revoked or modified. */
  entries: ListEntry[];
}

/**
 * Reads the CBP Withhold Release Orders and Findings file. Each row is one order; its text may name
 * several entities (`;`), aliases (`a/k/a`) or vessels. Orders whose status is `revoked` or `modified`
 * stay in `orders` but give no entries; `unknown` (the source does not say) still does, since an order
 * not known to be lifted is better flagged than missed. A `check` column, when the file has one (the
 * vendored file does; CBP's own does not), gives an order its `note` where it doubts or disputes the row.
 */
export function parseCbpOrders(
  text: string,
  countries: CountryResolver,
  meta: { dataset: string; as_of: string | null } = { dataset: 'cbp_wro', as_of: null },
): CbpOrders {
  const table = parseCsvTable(text, FILE);
  const rows = tableRows(table, {
    date: col.date,
    entity: col.required,
    merchandise_or_industry: col.text,
    country: col.required,
    order_type: col.required,
    status: col.text,
  });
  const orders: WroOrder[] = [];
  const entries: ListEntry[] = [];
  const hasCheck = table.header.includes('check');
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    const iso3 = countries.resolve(r.country);
    if (!iso3)
      throw rowError(FILE, r.$row, r.$line, 'country', `expected a country name, found "${r.country}"`);
    const scope = orderScope(r.entity, r.country);
    const entities = scope === 'vessel' ? vesselNames(r.entity) : splitEntities(r.entity);
    const order: WroOrder = {
      key: stableKey(entities[0]?.name ?? r.entity, `${r.date} ${r.order_type} ${r.entity}`),
      date: r.date,
      text: r.entity,
      merchandise: r.merchandise_or_industry,
      iso3,
      order_type: r.order_type,
      status: orderStatus(r.status),
      scope,
      source: { dataset: meta.dataset, record: `row ${r.$row}`, as_of: meta.as_of },
    };
    // `tableRows` keeps every row of the table, in order, so row i's other cells are the table's row i's.
    const check = hasCheck ? (table.rows[i]?.values.check ?? '').trim() : '';
    if (isDoubtNote(check)) order.note = check;
    orders.push(order);
    if (order.status === 'revoked' || order.status === 'modified') continue;
    if (scope !== 'entity' && scope !== 'vessel') continue;
    for (const e of entities) {
      entries.push({
        id: `cbp_wro:${entities.length === 1 ? order.key : stableKey(e.name, `${r.date} ${r.order_type} ${e.name}`)}`,
        list: 'cbp_wro',
        name: e.name,
        aliases: e.aliases,
        country: iso3,
        listed_on: r.date,
        basis: r.order_type,
        source: order.source,
      });
    }
  }
  return { orders, entries };
}

/** Reads an order's status text: "active (per …)", "revoked", "modified"; anything else is `unknown`. */
export function orderStatus(text: string): WroOrder['status'] {
  const t = text.trim().toLowerCase();
  if (/^(revoked|rescinded|lifted)\b/.test(t)) return 'revoked';
  if (/^modified\b/.test(t)) return 'modified';
  if (/^active\b/.test(t)) return 'active';
  return 'unknown';
}

/**
 * What an order covers. `vessel`: goods of named fishing vessels. Orders worded by the goods ("All …",
 * "Tobacco produced in …") are `region` when they name a place (the order's country, a region, mining
 * sites, diamond fields) and `product` otherwise; a place without a legal form ("Marange Diamond
 * Fields") is a `region` too. Everything else names a producer: `entity`.
 */
export function orderScope(text: string, country: string): WroOrder['scope'] {
  if (/\bfishing vessels?\b/i.test(text)) return 'vessel';
  const folded = ` ${foldText(text)} `;
  const namesPlace =
    folded.includes(` ${foldText(country)} `) || /\b(region|fields|mining sites|xinjiang)\b/.test(folded);
  const byGoods = /^all\b/i.test(text) || /^\w+ (produced|mined|grown|harvested|made) (in|by)\b/i.test(text);
  if (byGoods) return namesPlace ? 'region' : 'product';
  const hasLegalForm = /\b(co|ltd|inc|corp|company|corporation|group|bhd|berhad|factory|plant|works)\b/.test(
    folded,
  );
  if (!hasLegalForm && /\b(fields|region|mining sites)\b/.test(folded)) return 'region';
  return 'entity';
}

/** "Fishing Vessel: Da Wang 1" or "All products harvested by fishing vessels A, B, or C" → one entity each. */
function vesselNames(text: string): NamedEntity[] {
  const list = text.replace(/^.*\bfishing vessels?\b\s*:?\s*/i, '');
  return list
    .split(/\s*,\s*(?:or\s+)?|\s+or\s+/)
    .map((n) => n.trim())
    .filter((n) => n !== '')
    .map((name) => ({ name, aliases: [] }));
}
