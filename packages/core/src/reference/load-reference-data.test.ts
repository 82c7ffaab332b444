import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { TipwatchError } from '../errors.js';
import { loadReferenceData } from './load-reference-data.js';

const dataDir = fileURLToPath(new URL('../../../../data/', import.meta.url));

function allFiles(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(csv|json|md|txt|xml)$/.test(name))
        out.set(relative(dir, p).split('\\').join('/'), readFileSync(p, 'utf8'));
    }
  };
  walk(dir);
  return out;
}

const files = allFiles(dataDir);

describe('loadReferenceData(files)', () => {
  const ref = loadReferenceData(files);

  it('checks every manifest file against its row count and builds every part', () => {
    expect(ref.datasets.find((d) => d.id === 'uflpa_entities')).toMatchObject({
      rows: 62,
      as_of: '2025-01-15',
    });
    expect(ref.goods).toHaveLength(467);
    expect(ref.wroOrders).toHaveLength(56);
    expect(ref.hotlines).toHaveLength(38);
    expect(ref.farThresholds.at(-1)).toMatchObject({ amount: 550000, from: '2020-10-01' });
    expect(ref.countries.resolve('Viet Nam')).toBe('VNM');
    expect(ref.tiers.latest('AFG').tier).toBe('Tier 3');
    expect(ref.xinjiang.find('Urumqi')?.division_code).toBe('6501');
  });

  it('cites each dataset with its manifest id and date', () => {
    expect(ref.goods[0]!.source).toEqual({ dataset: 'tvpra_goods', record: 'row 1', as_of: '2023-08-01' });
    expect(ref.listEntries.find((e) => e.list === 'cbp_wro')!.source.as_of).toBe('2026-01-29');
  });

  it('parses the US hotline numbers from the prose', () => {
    const us = ref.hotlines.find((h) => h.iso3 === 'USA')!;
    expect(us.phones).toEqual(['1-888-373-7888', '711']);
    expect(us.texts).toEqual(['233733']);
    expect(us.phone_text).toBe('1-888-373-7888; TTY: 711');
  });

  it('lists UFLPA entities and current CBP entity orders, not region orders', () => {
    expect(ref.listEntries.filter((e) => e.list === 'uflpa')).toHaveLength(62);
    expect(ref.listEntries.some((e) => /Turkmenistan/.test(e.name))).toBe(false);
  });

  it('fails on a missing required file, naming it', () => {
    const less = new Map(files);
    less.delete('hotlines.csv');
    expect(() => loadReferenceData(less)).toThrow(
      'data/hotlines.csv: missing (data/manifest.json lists it as "hotlines")',
    );
  });

  it('fails when a row count disagrees with the manifest', () => {
    const more = new Map(files);
    more.set(
      'hotlines.csv',
      `${files.get('hotlines.csv')!.trimEnd()}\nAtlantis,,national,Test line,123,,,,,,,,https://example.org\n`,
    );
    expect(() => loadReferenceData(more)).toThrow(
      'data/hotlines.csv: expected 38 rows as data/manifest.json says, found 39',
    );
  });

  it('fails on a goods row whose country does not resolve, naming row, line and column', () => {
    const broken = new Map(files);
    broken.set('tvpra_goods.csv', files.get('tvpra_goods.csv')!.replace(',Brazil,', ',Brasilia Land,'));
    expect(() => loadReferenceData(broken)).toThrow(/tvpra_goods\.csv: row 1 \(line 2\), column "country"/);
    expect(() => loadReferenceData(broken)).toThrow(TipwatchError);
  });

  it('fails on a manifest entry without a licence', () => {
    const broken = new Map(files);
    const manifest = JSON.parse(files.get('manifest.json')!);
    delete manifest.datasets[2].licence;
    broken.set('manifest.json', JSON.stringify(manifest));
    expect(() => loadReferenceData(broken)).toThrow(/data\/manifest\.json: at \.datasets\[2\]\.licence/);
  });
});

describe('loadReferenceData(files) with the taxonomies', () => {
  it('checks the columns of a taxonomy it is handed', () => {
    const broken = new Map(files);
    broken.set('taxonomy/psc_codes.csv', files.get('taxonomy/psc_codes.csv')!.replace(/,Y\r?\n/, ',yes\n'));
    expect(() => loadReferenceData(broken)).toThrow(
      /taxonomy\/psc_codes\.csv: row 1 \(line 2\), column "active": expected Y or N, found "yes"/,
    );
  });
});
