import type { Classification } from '../classify/classification.js';
import { ownString } from '../ingest/own-string.js';
import type { NameMatcher } from '../matching/name-matcher.js';
import type { Finding } from '../model/finding.js';
import type { ScreenedRow } from '../model/screened-row.js';
import type { SpendRow } from '../model/spend-row.js';
import type { ReferenceData } from '../reference/reference-data.js';
import type { XinjiangPlaceHit } from '../reference/xinjiang-place.js';
import { BoundedCache } from './bounded-cache.js';
import type { ContractFarTotals } from './contract-far-aggregator.js';
import { createCountryRule } from './country-rule.js';
import { createEntityRule } from './entity-rule.js';
import { createFarPlanRule } from './far-plan-rule.js';
import { farPortion } from './far-portion.js';
import { createGoodsRule } from './goods-rule.js';
import { createImportBanRule, type DescriptionSignal } from './import-ban-rule.js';
import { compareFindings, scoreFindings } from './risk-score.js';
import type { ScreenOptions } from './screen-options.js';
import { createSectorRule } from './sector-rule.js';
import type { Weights } from './weights.js';
import { createWorkforceRule } from './workforce-rule.js';

export interface Screener {
  /** Screens one row; `contractFar` is its contract's FAR totals from the pre-pass, when there was one. */
  screen(row: SpendRow, contractFar?: ContractFarTotals): ScreenedRow;
  /** The cached country resolver the screener uses (for the FAR pre-pass). */
  resolveCountry(text: string): string | null;
}

/** Cache sizes: distinct suppliers, addresses, descriptions, goods facts. Bounded so memory stays flat. */
const SUPPLIER_CACHE = 200_000;
const ADDRESS_CACHE = 100_000;
const COUNTRY_CACHE = 20_000;
const DESCRIPTION_CACHE = 20_000;
/** Goods facts kept (per classification, description signal and countries); when full, it starts again. */
const FACTS_CACHE = 20_000;

interface GoodsFacts {
  findings: Finding[];
  sectors: string[];
}

const NONE: Finding[] = [];
const NO_SECTORS: string[] = [];
const NO_FACTS: GoodsFacts = { findings: NONE, sectors: NO_SECTORS };
/** Country combinations cached per address. */
const MAX_COUNTRIES = 16;

type XinjiangFacts = { hit: XinjiangPlaceHit; finding: Finding } | null;

/** An address's Xinjiang check for one origin country, chained to those for its other origins. */
interface AddressLink {
  china: boolean;
  origin: string;
  facts: XinjiangFacts;
  next: AddressLink | undefined;
}

/**
 * Builds the screening engine for one run: every rule of docs/scoring.md over shared reference data, with
 * results cached per distinct supplier (match and vessel checks), per address (Xinjiang), per description
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
  const country = createCountryRule(ref, weights);
  const goods = createGoodsRule(ref, weights);
  const sector = createSectorRule(weights);
  const workforce = createWorkforceRule(weights);
  const far = createFarPlanRule(ref, weights, options.today, countryName);

  // Caches are keyed by the row's own strings first (their hashes are computed once per string), with small
  // inner maps for the rest, rather than by long concatenated keys that would be built and hashed per row.
  const addressCache = new BoundedCache<AddressLink>(ADDRESS_CACHE);
  const signalCache = new BoundedCache<DescriptionSignal>(DESCRIPTION_CACHE);
  // Goods, order and sector findings depend only on the row's classification (one object per distinct
  // result: the classifier interns them), what its description names for the order rules, its two
  // countries and whether it is in Xinjiang: classification → signal → countries → facts.
  const factsCache = new Map<Classification, Map<DescriptionSignal, Map<number, GoodsFacts>>>();
  let factsEntries = 0;
  const countryIds = new Map<string, number>();
  const countryId = (iso3: string | null): number => {
    if (iso3 === null) return 0;
    let id = countryIds.get(iso3);
    if (id === undefined) {
      id = countryIds.size + 1;
      countryIds.set(iso3, id);
    }
    return id;
  };

  function xinjiang(row: SpendRow, china: boolean): XinjiangFacts {
    if (row.supplier_address === '' && row.origin_country === '') return null;
    // An address nearly always comes with one origin: the origins of one address are a short chain.
    const first = addressCache.get(row.supplier_address);
    let chain = 0;
    for (let e = first; e !== undefined; e = e.next, chain++) {
      if (e.china === china && e.origin === row.origin_country) return e.facts;
    }
    const hit = bans.findXinjiang({
      supplier_address: row.supplier_address,
      origin_country: row.origin_country,
      china,
    });
    const facts = hit === null ? null : { hit, finding: bans.uflpa(hit) };
    addressCache.set(row.supplier_address, {
      china,
      origin: ownString(row.origin_country),
      facts,
      next: chain < MAX_COUNTRIES ? first : undefined,
    });
    return facts;
  }

  function descriptionSignal(description: string): DescriptionSignal {
    let signal = signalCache.get(description);
    if (signal === undefined) {
      signal = bans.descriptionSignal(description);
      signalCache.set(description, signal);
    }
    return signal;
  }

  function goodsFacts(
    row: SpendRow,
    goodsIso3: string | null,
    countryIso3: string | null,
    countryFinding: Finding | null,
    xj: XinjiangPlaceHit | null,
  ): GoodsFacts {
    const cls = ref.classifier.classify(row);
    const signal = descriptionSignal(row.description);
    const key = (countryId(goodsIso3) * 4096 + countryId(countryIso3)) * 2 + (xj === null ? 0 : 1);
    let bySignal = factsCache.get(cls);
    let byCountries = bySignal?.get(signal);
    const cached = byCountries?.get(key);
    if (cached !== undefined) return cached;

    const goodNames = cls.goods.map((g) => g.good);
    const findings = [
      ...goods(cls.goods, goodsIso3),
      ...bans.orderFindings(goodNames, signal, goodsIso3, xj),
      ...signal.vessels,
      ...sector(
        cls.sectors,
        countryFinding?.level ?? null,
        countryIso3 === null ? null : countryName(countryIso3),
      ),
    ];
    const sectors = cls.sectors.length === 0 ? NO_SECTORS : [...new Set(cls.sectors.map((s) => s.sector))];
    // Rows without goods or sectors (most of them) share one value.
    const facts: GoodsFacts =
      findings.length === 0 && sectors === NO_SECTORS ? NO_FACTS : { findings, sectors };

    if (factsEntries >= FACTS_CACHE) {
      factsCache.clear();
      factsEntries = 0;
      bySignal = undefined;
      byCountries = undefined;
    }
    if (bySignal === undefined) {
      bySignal = new Map();
      factsCache.set(cls, bySignal);
    }
    if (byCountries === undefined) {
      byCountries = new Map();
      bySignal.set(signal, byCountries);
    }
    byCountries.set(key, facts);
    factsEntries++;
    return facts;
  }

  function screen(row: SpendRow, contractFar?: ContractFarTotals): ScreenedRow {
    const supplierIso3 = resolve(row.supplier_country);
    const originIso3 = resolve(row.origin_country);
    const countryIso3 = originIso3 ?? supplierIso3 ?? resolve(row.place_of_performance);
    const goodsIso3 = originIso3 ?? supplierIso3;
    const matchCountry = supplierIso3 ?? originIso3 ?? (row.supplier_country || row.origin_country || null);

    const findings: Finding[] = [];
    for (const f of entity(row.supplier, matchCountry)) findings.push(f);
    const xj = xinjiang(row, supplierIso3 === 'CHN' || originIso3 === 'CHN');
    if (xj !== null) findings.push(xj.finding);
    const countryFinding = country(countryIso3);
    if (countryFinding !== null) findings.push(countryFinding);
    const facts = goodsFacts(row, goodsIso3, countryIso3, countryFinding, xj?.hit ?? null);
    for (const f of facts.findings) findings.push(f);
    const wf = workforce(row);
    if (wf !== null) findings.push(wf);
    const fp = far(row, farPortion(row, resolve), contractFar);
    if (fp !== null) findings.push(fp);

    if (findings.length > 1) findings.sort(compareFindings);
    const { level, score } = scoreFindings(findings, weights, threshold);
    return { input: row, country: countryIso3, level, score, findings, sectors: facts.sectors };
  }

  return { screen, resolveCountry: resolve };
}
