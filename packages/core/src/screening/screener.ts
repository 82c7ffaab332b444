import type { Classification, GoodHit, SectorHit } from '../classify/classification.js';
import type { NameMatcher } from '../matching/name-matcher.js';
import type { Finding } from '../model/finding.js';
import { levelRank } from '../model/level.js';
import type { Problem } from '../model/problem.js';
import type { ScreenedRow } from '../model/screened-row.js';
import type { SpendRow } from '../model/spend-row.js';
import type { ReferenceData } from '../reference/reference-data.js';
import type { XinjiangPlaceHit } from '../reference/xinjiang-place.js';
import { BoundedCache } from './bounded-cache.js';
import type { ContractFarTotals } from './contract-far-aggregator.js';
import { createCountryRule } from './country-rule.js';
import { createEntityRule } from './entity-rule.js';
import { createFarPlanRule } from './far-plan-rule.js';
import { farPortion, isServiceRow } from './far-portion.js';
import { createGoodsRule } from './goods-rule.js';
import { createImportBanRule, type DescriptionSignal, type XinjiangLocation } from './import-ban-rule.js';
import {
  createPartyEntityRule,
  DBA,
  dropSupersededNearMisses,
  PARENT_COMPANY,
  SHIPPER,
} from './parent-entity-rule.js';
import { insertSorted, scoreFindings, sortFindings } from './risk-score.js';
import type { ScreenOptions } from './screen-options.js';
import { createSectorRule } from './sector-rule.js';
import type { Weights } from './weights.js';
import { createWorkforceRule } from './workforce-rule.js';

export interface Screener {
  /** Screens one row; `contractFar` is its contract's FAR totals from the pre-pass, when there was one. */
  screen(row: SpendRow, contractFar?: ContractFarTotals): ScreenedRow;
  /** The cached country resolver the screener uses (for the FAR pre-pass). */
  resolveCountry(text: string): string | null;
  /**
   * The FAR 52.222-50(h) test's notes on what it judged as it stands (see `FarPlanRule.problems`): rows abroad
   * not tested because their amounts are not in USD, rows dated before the first threshold, contracts that
   * de-obligations take under the threshold, rows abroad whose codes do not tell supplies from services.
   */
  farProblems(): Problem[];
  /**
   * The words of a description that name Xinjiang, or the country of a region- or product-wide order, as
   * the goods' origin (`TOMATO PASTE, XINJIANG`), or null: for saying so of a row that could not be screened.
   */
  banOriginNamed(description: string): string | null;
}

/** Cache sizes: distinct suppliers, countries, descriptions. Bounded so memory stays flat. */
const SUPPLIER_CACHE = 200_000;
const COUNTRY_CACHE = 20_000;
const DESCRIPTION_CACHE = 20_000;
/** Classifications whose hits are kept, and hits whose findings per country are kept (when full: emptied). */
const CLASS_CACHE = 20_000;
const HIT_CACHE = 20_000;

/** A classification's hits as the rules read them (its own arrays when they hold no repeats). */
interface ClassHits {
  /** The first hit of each good. */
  goods: readonly GoodHit[];
  /** The first hit of each sector. */
  sectorHits: readonly SectorHit[];
  sectors: string[];
  /** True when a sector hit is fishing and aquaculture: the row buys fish or seafood. */
  fish: boolean;
}

/**
 * ILAB goods that are fish or seafood: a row with one of them (or in the fishing sector) is about a catch,
 * so a vessel's name in its description names the vessel.
 */
const FISH_GOODS = new Set([
  'Fish',
  'Dried Fish',
  'Tilapia (fish)',
  'Nile Perch (fish)',
  'Shrimp',
  'Shellfish',
  'Lobsters',
]);

/** The first hit of each key, or `hits` itself when no key repeats. */
function firstOfEach<H>(hits: readonly H[], key: (hit: H) => string): readonly H[] {
  const seen = new Set<string>();
  for (const h of hits) seen.add(key(h));
  if (seen.size === hits.length) return hits;
  seen.clear();
  return hits.filter((h) => !seen.has(key(h)) && seen.add(key(h)) === seen);
}

/** The findings of a row other than the per-row ones (workforce, FAR), sorted, with its country and sectors. */
interface SharedFindings {
  row: SpendRow;
  base: Finding[];
  country: string | null;
  sectors: string[];
}

const NO_GOODS: GoodHit[] = [];
const NO_INPUTS: readonly { good: string; via: string }[] = [];
const NO_SECTORS: string[] = [];
/**
 * Builds the screening engine for one run: every rule of docs/scoring.md over shared reference data, with
 * results cached per distinct supplier (match and vessel checks), per address (Xinjiang, in the gazetteer), per description
 * (order words, vessels), per classification and countries (goods, orders, sectors) and per country (tier). The matcher is used as
 * given: user lists (`options.extraLists`) must be among its entries.
 */
export function createScreener(
  ref: ReferenceData,
  matcher: NameMatcher,
  weights: Weights,
  options: ScreenOptions,
): Screener {
  const threshold = options.threshold ?? matcher.threshold;
  const countryCache = new BoundedCache<string | null>(COUNTRY_CACHE);
  const resolve = (text: string): string | null => {
    if (text === '') return null;
    let iso3 = countryCache.get(text);
    if (iso3 === undefined) {
      iso3 = ref.countries.resolve(text);
      countryCache.set(text, iso3);
    }
    return iso3;
  };
  const countryName = (iso3: string) => ref.countries.get(iso3)?.name ?? iso3;

  const bans = createImportBanRule(ref, weights);
  // Named vessels are list entries too, so the matcher finds them in supplier names; the vessel rule
  // only reads descriptions, which the matcher does not see.
  const entity = createEntityRule(ref, matcher, weights, threshold, { cacheSize: SUPPLIER_CACHE });
  // The other parties a row names (its parent company, the name it does business as, a bill of lading's
  // shipper) are matched like the supplier, through the same per-name cache.
  const parentEntity = createPartyEntityRule(entity, PARENT_COMPANY);
  const dbaEntity = createPartyEntityRule(entity, DBA);
  const shipperEntity = createPartyEntityRule(entity, SHIPPER);
  const country = createCountryRule(ref, weights);
  const placeFindings = new Map<string, Finding | null>();
  /**
   * The tier of the country where a service is performed, when it is not the row's country: services bought
   * from a firm of one country are often performed in another (construction, guarding, base support abroad),
   * and the risk to workers lies where the work is done.
   */
  function placeCountry(iso3: string): Finding | null {
    let f = placeFindings.get(iso3);
    if (f === undefined) {
      const tier = country(iso3);
      f =
        tier === null
          ? null
          : {
              ...tier,
              summary: `Services performed in ${tier.summary}`,
              details: { ...tier.details, role: 'place_of_performance' },
            };
      placeFindings.set(iso3, f);
    }
    return f;
  }
  const goods = createGoodsRule(ref, weights);
  const sector = createSectorRule(weights);
  const workforce = createWorkforceRule(weights);
  const far = createFarPlanRule(ref, weights, options.today, countryName, {
    federalAwards: options.federalAwards === true,
  });

  // Caches are keyed by the row's own strings first (their hashes are computed once per string), with small
  // inner maps for the rest, rather than by long concatenated keys that would be built and hashed per row.
  // Per kind of field a place was read in (address, place of performance, name, the shipper's address or
  // name), the finding of each hit.
  const uflpaFindings = new Map<XinjiangLocation['in'], WeakMap<XinjiangPlaceHit, Finding>>();
  // A description's location is made once per description signal, with the words it read.
  const uflpaDescriptionFindings = new WeakMap<XinjiangLocation, Finding>();
  const signalCache = new BoundedCache<DescriptionSignal>(DESCRIPTION_CACHE);
  // Goods and sector findings depend only on the hit and the country: each is made once and shared.
  const classHits = new Map<Classification, ClassHits>();
  const goodsCache = new Map<GoodHit, Map<string, Finding | null>>();
  /** Material findings, per material hit and country + the goods it is the material of. */
  const materialCache = new Map<GoodHit, Map<string, Finding | null>>();
  const sectorCache = new Map<SectorHit, Map<string, Finding | null>>();

  /**
   * The Xinjiang place the row names (the gazetteer caches its lookups per text), or null. `placeIso3` is
   * the country its place of performance resolves to. Asked of rows of supplies only.
   */
  function xinjiang(
    row: SpendRow,
    supplierIso3: string | null,
    originIso3: string | null,
    placeIso3: string | null,
  ): XinjiangLocation | null {
    // For supplies, the place of performance is where the items are produced. Its city, county and state
    // are read when the file gives them (USAspending, FPDS), placed by the place's own country; else the
    // place as written.
    const place = row.place_of_performance_address || row.place_of_performance;
    if (
      row.supplier_address === '' &&
      row.origin_country === '' &&
      row.supplier_country === '' &&
      row.supplier === '' &&
      place === ''
    ) {
      return null;
    }
    return bans.findXinjiang({
      supplier_address: row.supplier_address,
      origin_country: row.origin_country,
      supplier_country: row.supplier_country,
      china: supplierIso3 === 'CHN' || originIso3 === 'CHN',
      supplier: row.supplier,
      supplier_iso3: supplierIso3,
      origin_iso3: originIso3,
      place_of_performance: place,
      place_iso3: place === '' ? null : placeIso3,
    });
  }

  /**
   * The Xinjiang place the row's shipper names in its address, country or name, or null. The goods' origin
   * is the manufacturer's country, not the shipper's, and is not read for it.
   */
  function shipperXinjiang(row: SpendRow): XinjiangLocation | null {
    if (row.shipper === '' && row.shipper_address === '' && row.shipper_country === '') return null;
    return bans.findShipperXinjiang({
      shipper: row.shipper,
      shipper_address: row.shipper_address,
      shipper_country: row.shipper_country,
      shipper_iso3: resolve(row.shipper_country),
    });
  }

  /**
   * The UFLPA finding of a Xinjiang location, made once per hit and kind of field (hits are cached per
   * text, and an address, a place of performance and a name may be the same text), or per description
   * location.
   */
  function uflpaFinding(location: XinjiangLocation): Finding {
    if (location.in === 'description') {
      let finding = uflpaDescriptionFindings.get(location);
      if (finding === undefined) {
        finding = bans.uflpa(location);
        uflpaDescriptionFindings.set(location, finding);
      }
      return finding;
    }
    let made = uflpaFindings.get(location.in);
    if (made === undefined) {
      made = new WeakMap();
      uflpaFindings.set(location.in, made);
    }
    let finding = made.get(location.hit);
    if (finding === undefined) {
      finding = bans.uflpa(location);
      made.set(location.hit, finding);
    }
    return finding;
  }

  /** A signal without the origins its description names (for services), made once per signal. */
  const servicesSignals = new WeakMap<DescriptionSignal, DescriptionSignal>();
  function withoutOrigins(signal: DescriptionSignal): DescriptionSignal {
    if (signal.xinjiang === null && signal.origins.every((o) => o === null)) return signal;
    let stripped = servicesSignals.get(signal);
    if (stripped === undefined) {
      stripped = { ...signal, xinjiang: null, origins: signal.origins.map(() => null) };
      servicesSignals.set(signal, stripped);
    }
    return stripped;
  }

  function descriptionSignal(description: string): DescriptionSignal {
    let signal = signalCache.get(description);
    if (signal === undefined) {
      signal = bans.descriptionSignal(description);
      signalCache.set(description, signal);
    }
    return signal;
  }

  /** A classification's hits, each good and sector once (the first hit of each), and its sector names. */
  function hitsOf(cls: Classification): ClassHits {
    let hits = classHits.get(cls);
    if (hits === undefined) {
      const sectorHits = firstOfEach(cls.sectors, (s) => s.sector);
      hits = {
        goods: firstOfEach(cls.goods, (g) => g.good),
        sectorHits,
        sectors: sectorHits.length === 0 ? NO_SECTORS : sectorHits.map((s) => s.sector),
        fish: sectorHits.some((s) => s.sector === 'fishing_aquaculture'),
      };
      if (classHits.size >= CLASS_CACHE) classHits.clear();
      classHits.set(cls, hits);
    }
    return hits;
  }

  /** The finding of one hit in one country (null: none), cached per hit object and country. */
  function perHit<H extends object>(
    cache: Map<H, Map<string, Finding | null>>,
    hit: H,
    iso3: string | null,
    make: () => Finding | null,
  ): Finding | null {
    let byCountry = cache.get(hit);
    if (byCountry === undefined) {
      if (cache.size >= HIT_CACHE) cache.clear();
      byCountry = new Map();
      cache.set(hit, byCountry);
    }
    const key = iso3 ?? '';
    let finding = byCountry.get(key);
    if (finding === undefined) {
      finding = make();
      byCountry.set(key, finding);
    }
    return finding;
  }

  /**
   * Adds the row's goods, order, vessel and sector findings (in that order) to `findings` and returns its
   * sectors. Each finding is made once per hit and country and shared between rows.
   */
  function addGoodsFindings(
    row: SpendRow,
    findings: Finding[],
    goodsIso3: string | null,
    countryIso3: string | null,
    countryFinding: Finding | null,
    xj: XinjiangLocation | null,
    signal: DescriptionSignal,
  ): string[] {
    const cls = ref.classifier.classify(row);
    const shipperIso3 = row.shipper_country === '' ? null : resolve(row.shipper_country);
    if (cls.goods.length === 0 && cls.sectors.length === 0) {
      pushAll(findings, bans.orderFindings(NO_GOODS, signal, goodsIso3, xj, NO_INPUTS, shipperIso3));
      pushAll(findings, signal.vessels);
      return NO_SECTORS;
    }
    const hits = hitsOf(cls);
    const vessels =
      signal.fishVessels.length > 0 && (hits.fish || cls.goods.some((g) => FISH_GOODS.has(g.good)))
        ? [...signal.vessels, ...signal.fishVessels]
        : signal.vessels;
    if (goodsIso3 !== null) {
      const before = findings.length;
      for (const hit of hits.goods) {
        const f = perHit(goodsCache, hit, goodsIso3, () => goods([hit], goodsIso3)[0] ?? null);
        if (f !== null) findings.push(f);
      }
      // When ILAB lists none of the goods the row names for its country but lists their material (cotton
      // yarn from Pakistan: Cotton, not Thread/Yarn), the material is what the list says of the row; not
      // when the description names another country as where the material comes from (`WOVEN FROM TURKMEN
      // COTTON FIBRE` from Turkey), which the orders read.
      const namesOrigin =
        (signal.xinjiang !== null && goodsIso3 !== 'CHN') ||
        signal.origins.some((o, i) => o !== null && bans.originIso3s[i] !== goodsIso3);
      if (findings.length === before && !namesOrigin && cls.inputs !== undefined && hits.goods.length > 0) {
        const materialOf = hits.goods.map((g) => g.good).join(', ');
        for (const hit of cls.inputs) {
          const key = `${goodsIso3}\u0001${materialOf}`;
          const f = perHit(materialCache, hit, key, () => goods([hit], goodsIso3, materialOf)[0] ?? null);
          if (f !== null) findings.push(f);
        }
      }
    }
    pushAll(findings, bans.orderFindings(cls.goods, signal, goodsIso3, xj, cls.inputs, shipperIso3));
    pushAll(findings, vessels);
    for (const hit of hits.sectorHits) {
      const f = perHit(sectorCache, hit, countryIso3, () => {
        const name = countryIso3 === null ? null : countryName(countryIso3);
        return sector([hit], countryFinding?.level ?? null, name)[0] ?? null;
      });
      if (f !== null) findings.push(f);
    }
    return hits.sectors;
  }

  /** Those of the previous row. */
  let prev: SharedFindings | null = null;

  /** True when every field the shared findings depend on is the same in both rows. */
  function sameShared(row: SpendRow, p: SpendRow): boolean {
    return (
      row.supplier === p.supplier &&
      row.description === p.description &&
      row.hs_code === p.hs_code &&
      row.supplier_address === p.supplier_address &&
      row.supplier_country === p.supplier_country &&
      row.origin_country === p.origin_country &&
      row.place_of_performance === p.place_of_performance &&
      row.naics === p.naics &&
      row.psc === p.psc &&
      row.product_type === p.product_type &&
      row.parent_company === p.parent_company &&
      row.dba === p.dba &&
      row.shipper === p.shipper &&
      row.shipper_country === p.shipper_country &&
      row.shipper_address === p.shipper_address &&
      row.place_of_performance_address === p.place_of_performance_address
    );
  }

  /** The row's findings that depend on its supplier, places and goods only, sorted. */
  function sharedFindings(row: SpendRow): SharedFindings {
    const supplierIso3 = resolve(row.supplier_country);
    const originIso3 = resolve(row.origin_country);
    const performedIso3 = resolve(row.place_of_performance);
    const countryIso3 = originIso3 ?? supplierIso3 ?? performedIso3;
    // For supplies, the place of performance is where the items are produced or supplied from (FPDS): the
    // goods' country when the file names neither an origin nor the supplier's country.
    const goodsIso3 =
      originIso3 ?? supplierIso3 ?? (performedIso3 !== null && !isServiceRow(row) ? performedIso3 : null);
    const matchCountry = supplierIso3 ?? originIso3 ?? (row.supplier_country || row.origin_country || null);

    const findings: Finding[] = [];
    const direct = entity(row.supplier, matchCountry);
    pushAll(findings, direct);
    if (row.parent_company !== '') {
      pushAll(findings, parentEntity(row.parent_company, row.supplier, matchCountry, direct));
    }
    // The name the supplier does business as is the same firm under another name: matched in the
    // supplier's country, and not said again of a list entry the supplier or its parent already matched.
    if (row.dba !== '') {
      pushAll(findings, dbaEntity(row.dba, row.supplier, matchCountry, findings));
    }
    // The shipper is matched with its own country where the file gives one (Shipper Country beside the
    // manufacturer's); with none, by name alone: the row's countries are the manufacturer's and the goods',
    // and a trader in one country often ships goods made in another. A list entry the supplier or its
    // parent already matched is not said again of the shipper.
    if (row.shipper !== '') {
      const shipperCountry =
        row.shipper_country === '' ? null : (resolve(row.shipper_country) ?? row.shipper_country);
      pushAll(findings, shipperEntity(row.shipper, row.supplier, shipperCountry, findings));
    }
    // Another party's match of an entry the supplier only may match leaves that near miss out.
    if (findings.length > direct.length) dropSupersededNearMisses(findings);
    // The description is read for Xinjiang as the goods' origin when the row's places say nothing of it;
    // a service's description names no goods' origin (`Xinjiang cotton isotope testing`).
    // A service imports nothing, so the UFLPA's bar on imports made in Xinjiang is not read for one: not
    // from its description, address, country fields or name (`Korla Guard Security Services` guarding an
    // embassy in Beijing), nor from its shipper.
    const service = isServiceRow(row);
    const signal = service
      ? withoutOrigins(descriptionSignal(row.description))
      : descriptionSignal(row.description);
    const xj = service ? null : (xinjiang(row, supplierIso3, originIso3, performedIso3) ?? signal.xinjiang);
    if (xj !== null) findings.push(uflpaFinding(xj));
    else if (!service) {
      // A shipper in Xinjiang beside a manufacturer elsewhere (or of no known place) exports the goods from
      // there: the same finding, said of the shipper. One finding is enough when the row is placed in
      // Xinjiang already, and a shipper that stands in for an empty manufacturer was read as the supplier.
      const shipped = shipperXinjiang(row);
      if (shipped !== null) findings.push(uflpaFinding(shipped));
    }
    const countryFinding = country(countryIso3);
    if (countryFinding !== null) findings.push(countryFinding);
    // A service's sector risk is judged with the riskier of the row's country and its place of performance.
    let sectorIso3 = countryIso3;
    let sectorCountry = countryFinding;
    const placeIso3 = service ? performedIso3 : null;
    if (placeIso3 !== null && placeIso3 !== countryIso3) {
      const place = placeCountry(placeIso3);
      if (place !== null) {
        findings.push(place);
        if (countryFinding === null || levelRank(place.level) > levelRank(countryFinding.level)) {
          sectorIso3 = placeIso3;
          sectorCountry = place;
        }
      }
    }
    const sectors = addGoodsFindings(row, findings, goodsIso3, sectorIso3, sectorCountry, xj, signal);
    sortFindings(findings);
    return { row, base: findings, country: countryIso3, sectors };
  }

  function screen(row: SpendRow, contractFar?: ContractFarTotals): ScreenedRow {
    // Spend files list the lines of one order together: a row that repeats the previous row's supplier,
    // places and goods shares its findings, and only the per-row ones are worked out again.
    let shared = prev;
    if (shared === null || !sameShared(row, shared.row)) {
      shared = sharedFindings(row);
      prev = shared;
    }
    const findings = shared.base.slice();
    const wf = workforce(row);
    if (wf !== null) insertSorted(findings, wf);
    const portion = farPortion(row, resolve);
    const fp = far(row, portion, contractFar);
    if (fp !== null) insertSorted(findings, fp);
    const { level, score } = scoreFindings(findings, weights, threshold);
    return { input: row, country: shared.country, level, score, findings, sectors: shared.sectors };
  }

  return {
    screen,
    resolveCountry: resolve,
    farProblems: () => far.problems(),
    banOriginNamed(description) {
      if (description.trim() === '') return null;
      const signal = descriptionSignal(description);
      if (signal.xinjiang !== null) return signal.xinjiang.read ?? signal.xinjiang.hit.found;
      return signal.origins.find((o) => o !== null) ?? null;
    },
  };
}

/** Appends findings to an array (an indexed loop: no iterator per row). */
function pushAll(to: Finding[], from: readonly Finding[]): void {
  for (let i = 0; i < from.length; i++) to.push(from[i]!);
}
