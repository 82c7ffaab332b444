/**
 * Test reference data for the screening rules, built from REAL rows of the files in `data/` (handed in by
 * the tests, which read them). Where the full loader, matcher or classifier is not used, a small stand-in
 * over the same real rows takes its place: exact-name matching, an HS-prefix classifier over
 * `crosswalk/codes.csv`, and a gazetteer of a few real Xinjiang places.
 */
import type { Classifier, GoodHit, SectorHit } from '../classify/classification.js';
import type { Sector } from '../classify/sectors.js';
import type { ListEntry } from '../matching/list-entry.js';
import type { MatchCandidate, NameMatcher } from '../matching/name-matcher.js';
import { createCountryResolver } from '../reference/country-table.js';
import { parseCsvTable } from '../reference/csv-table.js';
import type { IlabGood } from '../reference/ilab-good.js';
import type { ReferenceData } from '../reference/reference-data.js';
import { createTierTable } from '../reference/tier-table.js';
import type { WroOrder } from '../reference/wro-order.js';
import type { XinjiangGazetteer, XinjiangPlaceHit } from '../reference/xinjiang-place.js';

export type ReadData = (path: string) => string;

const AS_OF = '2026-11-29';

export function buildTestReference(read: ReadData): ReferenceData {
  const countries = createCountryResolver({
    countries: read('taxonomy/countries.csv'),
    altnames: read('taxonomy/countries_mledoze_altnames.csv'),
    variants: read('taxonomy/country_variants.csv'),
  });
  const tiers = createTierTable(read('tip_tiers.csv'), read('tip_tiers_coverage.csv'), {
    dataset: 'tip_tiers',
    as_of: '2025-06-30',
  });
  const goods: IlabGood[] = parseCsvTable(read('tvpra_goods.csv'), 'tvpra_goods.csv').rows.map((r) => {
    const v = r.values;
    const iso3 = countries.resolve(v.country ?? '');
    if (iso3 === null) throw new Error(`fixture: unresolved ILAB country ${v.country}`);
    return {
      good: v.good ?? '',
      iso3,
      country: v.country ?? '',
      sector: v.sector ?? '',
      child_labor: v.child_labor === 'true',
      forced_labor: v.forced_labor === 'true',
      forced_child_labor: v.forced_child_labor === 'true',
      produced_with_exploitative_inputs: v.produced_with_exploitative_inputs === 'true',
      input_source_iso3: v.input_source_country ? countries.resolve(v.input_source_country) : null,
      source: { dataset: 'tvpra_goods', record: `row ${r.row}`, as_of: '2023-08-01' },
    };
  });

  const uflpa = parseCsvTable(read('lists/uflpa_entities.csv'), 'lists/uflpa_entities.csv').rows;
  const listEntries: ListEntry[] = uflpa.map((r) => ({
    id: `uflpa:${r.row}`,
    list: 'uflpa',
    name: r.values.entity_name ?? '',
    aliases: (r.values.aliases ?? '')
      .split(';')
      .map((a) => a.trim())
      .filter(Boolean),
    country: countries.resolve(r.values.country ?? ''),
    listed_on: r.values.effective_date || null,
    basis: r.values.legal_basis ?? '',
    source: { dataset: 'uflpa_entities', record: `row ${r.row}`, as_of: '2025-01-15' },
  }));

  const wro = parseCsvTable(read('lists/cbp_wro.csv'), 'lists/cbp_wro.csv').rows;
  const wroOrders: WroOrder[] = wro.map((r) => {
    const text = r.values.entity ?? '';
    const status = (r.values.status ?? '').startsWith('active') ? 'active' : 'unknown';
    const scope = /^fishing vessel|fishing vessels/i.test(text)
      ? 'vessel'
      : /^all |region|^tobacco produced/i.test(text)
        ? 'product'
        : 'entity';
    return {
      key: `cbp_wro:${r.row}`,
      date: r.values.date ?? '',
      text,
      merchandise: r.values.merchandise_or_industry ?? '',
      iso3: countries.resolve(r.values.country ?? ''),
      order_type: r.values.order_type ?? '',
      status,
      scope,
      source: { dataset: 'cbp_wro', record: `row ${r.row}`, as_of: '2026-01-29' },
    } satisfies WroOrder;
  });
  for (const o of wroOrders) {
    if (o.scope === 'entity' && o.status === 'active') {
      listEntries.push({
        id: o.key,
        list: 'cbp_wro',
        name: o.text,
        aliases: [],
        country: o.iso3,
        source: o.source,
      });
    }
  }

  return {
    datasets: [
      {
        id: 'uflpa_entities',
        title: 'UFLPA Entity List',
        file: 'lists/uflpa_entities.csv',
        source: '',
        as_of: '2025-01-15',
        licence: '',
        rows: uflpa.length,
        gaps: [],
      },
    ],
    countries,
    tiers,
    goods,
    listEntries,
    wroOrders,
    xinjiang: testGazetteer(read),
    hotlines: [],
    farThresholds: [
      {
        from: '2020-10-01',
        amount: 550_000,
        currency: 'USD',
        source: { dataset: 'far_52_222_50', record: '52.222-50(h) (OCT 2020)', as_of: AS_OF },
        note: 'OCT 2020 clause text',
      },
    ],
    classifier: testClassifier(read),
  };
}

/** Exact matching on case- and punctuation-folded names and aliases; score 1. */
export function exactMatcher(entries: readonly ListEntry[]): NameMatcher {
  const fold = (s: string) =>
    s
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  const index = new Map<string, { entry: ListEntry; name: string }[]>();
  for (const entry of entries) {
    for (const name of [entry.name, ...entry.aliases]) {
      const k = fold(name);
      index.set(k, [...(index.get(k) ?? []), { entry, name }]);
    }
  }
  return {
    threshold: 0.9,
    match(name) {
      return (index.get(fold(name)) ?? []).map(
        ({ entry, name: matched }): MatchCandidate => ({
          entry,
          id: entry.id,
          list: entry.list,
          name: entry.name,
          matched_name: matched,
          score: 1,
          why: [{ code: 'exact', detail: matched }],
        }),
      );
    },
  };
}

/** Longest-prefix lookup of the HS codes in `crosswalk/codes.csv`. */
function testClassifier(read: ReadData): Classifier {
  const byCode = new Map<string, { type: string; target: string }[]>();
  for (const r of parseCsvTable(read('crosswalk/codes.csv').replace(/^#.*\n/, ''), 'crosswalk/codes.csv')
    .rows) {
    if (r.values.scheme !== 'HS') continue;
    const code = r.values.code ?? '';
    byCode.set(code, [
      ...(byCode.get(code) ?? []),
      { type: r.values.target_type ?? '', target: r.values.target ?? '' },
    ]);
  }
  return {
    classify(input) {
      // Every matching prefix contributes (the chapter gives the good, the heading may add a sector).
      const hs = input.hs_code.replace(/\D/g, '');
      const goods: GoodHit[] = [];
      const sectors: SectorHit[] = [];
      for (let n = hs.length; n >= 2; n--) {
        const src = { dataset: 'crosswalk_codes', record: `HS ${hs.slice(0, n)}`, as_of: AS_OF };
        for (const h of byCode.get(hs.slice(0, n)) ?? []) {
          if (h.type === 'good') goods.push({ good: h.target, via: `HS ${hs}`, source: src });
          else sectors.push({ sector: h.target as Sector, via: `HS ${hs}`, source: src });
        }
      }
      return { goods, sectors };
    },
  };
}

/** Real rows of the Xinjiang tables: the region's name, Ürümqi, Aksu and Hami (the last two also elsewhere). */
function testGazetteer(read: ReadData): XinjiangGazetteer {
  const variants = parseCsvTable(
    read('taxonomy/xinjiang_name_variants.csv'),
    'taxonomy/xinjiang_name_variants.csv',
  );
  const names: { re: RegExp; place: string; code: string; region: boolean; ambiguous: boolean }[] = [
    { re: /xinjiang|新疆/i, place: 'Xinjiang', code: '65', region: true, ambiguous: false },
  ];
  for (const r of variants.rows) {
    const code = r.values.division_code ?? '';
    if (code !== '6501' && code !== '652901' && code !== '6505') continue;
    const english = (r.values.english_name ?? '').replace(/ city$/i, '');
    const spellings = [english, r.values.name_zh ?? '', english.normalize('NFD').replace(/\p{M}/gu, '')];
    const alternation = spellings.filter(Boolean).join('|');
    names.push({
      re: new RegExp(`(?:^|[^\\p{L}])(${alternation})`, 'iu'),
      place: english,
      code,
      region: false,
      ambiguous: code !== '6501',
    });
  }
  return {
    find(text) {
      let best: { index: number; hit: XinjiangPlaceHit } | null = null;
      for (const n of names) {
        const m = n.re.exec(text);
        if (m === null) continue;
        const found = m[1] ?? m[0];
        const index = m.index + m[0].length - found.length;
        if (best === null || index < best.index) {
          best = {
            index,
            hit: {
              found,
              place: n.place,
              division_code: n.code,
              is_region_name: n.region,
              ambiguous: n.ambiguous,
              elsewhere_in_china: false,
              pinyin: false,
              source: { dataset: 'xinjiang_name_variants', record: n.code, as_of: AS_OF },
            },
          };
        }
      }
      return best?.hit ?? null;
    },
    findAtStart(name) {
      const rest = name.replace(/^the\s+/i, '');
      const hit = this.find(rest);
      return hit !== null && rest.toLowerCase().startsWith(hit.found.toLowerCase()) ? hit : null;
    },
    placeWords() {
      return names.filter((n) => !n.region).map((n) => n.place.toLowerCase());
    },
  };
}

export { spendRow } from '../model/spend-row.case.js';
