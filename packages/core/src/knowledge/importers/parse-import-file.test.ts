import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ListEntry } from '../../matching/list-entry.js';
import { createCountryResolver } from '../../reference/country-table.js';
import type { TierHistoryRow } from '../tier-history-row.js';
import { parseImportFile, referenceTextOf } from './parse-import-file.js';

const data = (file: string) => readFileSync(new URL(`../../../../../data/${file}`, import.meta.url), 'utf8');
const countries = createCountryResolver({
  countries: data('taxonomy/countries.csv'),
  altnames: data('taxonomy/countries_mledoze_altnames.csv'),
  variants: data('taxonomy/country_variants.csv'),
});
const context = { countries, as_of: '2026-01-02', tiersCoverage: data('tip_tiers_coverage.csv') };

describe('parseImportFile(kind, text, context)', () => {
  it('reads every vendored file of its kind without a problem', () => {
    const cases = [
      ['uflpa', 'lists/uflpa_entities.csv', 'uflpa_entities', 62],
      ['hotlines', 'hotlines.csv', 'hotlines', 38],
      ['tiers', 'tip_tiers.csv', 'tip_tiers', 3473],
      ['ilab-countries', 'raw/dol_ilab_countries.xml', 'dol_ilab_countries', 143],
      ['ilab-goods', 'raw/dol_ilab_goods.xml', 'tvpra_goods', 467],
    ] as const;
    for (const [kind, file, dataset, rows] of cases) {
      const parsed = parseImportFile(kind, data(file), context);
      expect(parsed.problems, file).toEqual([]);
      expect(parsed.dataset).toBe(dataset);
      expect(parsed.rows, file).toHaveLength(rows);
    }
    const cbp = parseImportFile('cbp-wro', data('lists/cbp_wro.csv'), context);
    expect(cbp.problems).toEqual([]);
    expect(cbp.rows.length).toBeGreaterThan(0);
  });

  it('cites the dataset and as-of date given, and keeps tier rows as the file states them', () => {
    const tiers = parseImportFile('tiers', data('tip_tiers.csv'), context).rows as TierHistoryRow[];
    expect(tiers[0]).toEqual({
      iso3: 'ALB',
      country: 'Albania',
      year: 2001,
      tier: 'Tier 3',
      note: '',
      source: { dataset: 'tip_tiers', record: 'row 1 (kelley_heiss)', as_of: '2026-01-02' },
    });
  });

  it('names the row, line and column of a bad cell and returns no rows', () => {
    const text = data('lists/uflpa_entities.csv').replace(/\n("Binzhou[^\n]*?),China,/, '\n$1,Atlantis,');
    const parsed = parseImportFile('uflpa', text, context);
    expect(parsed.rows).toEqual([]);
    expect(parsed.problems).toEqual([
      expect.objectContaining({
        row: 1,
        line: 2,
        column: 'country',
        message: 'expected a country name, found "Atlantis"',
      }),
    ]);
  });

  it('keeps ILAB profiles whose name does not resolve, saying so in a note', () => {
    const parsed = parseImportFile('ilab-countries', data('raw/dol_ilab_countries.xml'), context);
    expect(parsed.notes.map((n) => [n.code, n.row])).toContainEqual(['ilab_country_unresolved', 139]);
  });

  it('reads a user list under its own dataset, and reports repeated rows', () => {
    const list = parseImportFile('list', 'name,country\nAcme Ltd,China\n', { ...context, listName: 'mine' });
    expect(list.dataset).toBe('user_list:mine');
    expect((list.rows as ListEntry[]).map((e) => [e.id.startsWith('mine:'), e.country])).toEqual([
      [true, 'CHN'],
    ]);
    const head = 'country,iso3,year,tier,source,note\n';
    const row = 'Albania,ALB,2001,Tier 3,kelley_heiss,\n';
    const twice = parseImportFile('tiers', head + row + row, context);
    expect(twice.problems).toEqual([expect.objectContaining({ row: 2, line: 3, column: 'year' })]);
    const hotlines = data('hotlines.csv').trimEnd().split('\n');
    const repeated = parseImportFile('hotlines', [...hotlines, hotlines[1]].join('\n'), context);
    expect(repeated.problems).toEqual([
      expect.objectContaining({ code: 'repeated_key', message: expect.stringContaining('repeats row 1') }),
    ]);
  });
});

describe('parseImportFile("list", …): what stops a user list and what is only noted', () => {
  it('notes an unknown country, a repeated name and an unused column, and keeps the entries', () => {
    const text = 'name,country,Sector\nAcme Ltd,Atlantis,x\nAcme Ltd,China,y\nBeta Co,China,z\n';
    const list = parseImportFile('list', text, { ...context, listName: 'mine' });
    expect(list.problems).toEqual([]);
    expect(list.notes.length).toBeGreaterThanOrEqual(3);
    expect(list.notes.map((n) => n.message).join('\n')).toMatch(/Atlantis/);
    expect((list.rows as ListEntry[]).map((e) => e.name)).toEqual(['Acme Ltd', 'Beta Co']);
  });

  it('refuses a list without a name column', () => {
    const list = parseImportFile('list', 'code,country\nAcme Ltd,China\n', {
      ...context,
      listName: 'mine',
    });
    expect(list.problems).toEqual([expect.objectContaining({ code: 'missing_column' })]);
  });
});

describe('referenceTextOf(dataset, rawText, countries)', () => {
  it('turns the ILAB goods XML into the tvpra_goods.csv shape and leaves CSV alone', () => {
    const csv = referenceTextOf('tvpra_goods', data('raw/dol_ilab_goods.xml'), countries);
    expect(csv.split('\n')[0]?.trim()).toBe(data('tvpra_goods.csv').split('\n')[0]?.trim());
    expect(referenceTextOf('uflpa_entities', 'a,b\n', countries)).toBe('a,b\n');
  });
});
