import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCbpOrders } from './cbp-orders.js';
import { createCountryResolver } from './country-table.js';
import { orderDoubt } from './wro-order.js';

const dataDir = new URL('../../../../data/', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, dataDir), 'utf8');
const countries = createCountryResolver({
  countries: read('taxonomy/countries.csv'),
  altnames: read('taxonomy/countries_mledoze_altnames.csv'),
  variants: read('taxonomy/country_variants.csv'),
});

describe('parseCbpOrders(text, countries)', () => {
  const { orders } = parseCbpOrders(read('lists/cbp_wro.csv'), countries);
  const order = (name: string) => orders.find((o) => o.text.startsWith(name));

  it("keeps the data's own doubt about a row (its check column) as the order's note", () => {
    expect(order('Top Glove')?.note).toBe(
      'CONFLICT: Reuters/theSun/DagangNews (2020-07-16/17) report the WRO on Top Glove Sdn Bhd and TG Medical Sdn Bhd was issued 2020-07-15, not 2021',
    );
    expect(order('Xinjiang Junggar')?.note).toMatch(/^UNVERIFIED date: International Trade Today/);
    expect(order('Supermax')?.note).toBe('unverified');
  });

  it('gives no note to a row whose check only cites its sources', () => {
    // "also named (without date) in an independent index file …", "WRO dated 2020-11-30, announced …".
    expect(order('Giant Manufacturing')?.note).toBeUndefined();
    expect(order('Xinjiang Production and Construction')?.note).toBeUndefined();
  });

  it('reads a file without a check column (as CBP publishes it) with no notes', () => {
    const text =
      'date,entity,merchandise_or_industry,country,order_type,status\n2021-07-15,Top Glove Corporation Bhd,Gloves,Malaysia,WRO,active\n';
    const parsed = parseCbpOrders(text, countries);
    expect(parsed.orders).toHaveLength(1);
    expect(parsed.orders[0]?.note).toBeUndefined();
  });
});

describe('orderDoubt(order)', () => {
  it('tags a conflict as disputed and an unverified row as not verified, quoting any note beyond the word', () => {
    expect(orderDoubt({ note: 'CONFLICT: A says 2020' })).toEqual({
      tag: "disputed by the data's own note",
      quote: 'CONFLICT: A says 2020',
    });
    expect(orderDoubt({ note: 'unverified' })).toEqual({ tag: 'not verified in the data', quote: null });
    expect(orderDoubt({ note: 'UNVERIFIED date: B' })).toEqual({
      tag: 'not verified in the data',
      quote: 'UNVERIFIED date: B',
    });
    expect(orderDoubt({})).toBeNull();
  });
});
