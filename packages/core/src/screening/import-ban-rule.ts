import { romaniseChinese } from '../matching/chinese-romaniser.js';
import { isPlaceWord } from '../matching/place-words.js';
import type { Finding } from '../model/finding.js';
import type { SourceRef } from '../model/source-ref.js';
import type { CountryInfo } from '../reference/country-resolver.js';
import { foldText } from '../reference/fold-text.js';
import type { ReferenceData } from '../reference/reference-data.js';
import { orderDoubt, type WroOrder } from '../reference/wro-order.js';
import type { XinjiangGazetteer, XinjiangPlaceHit } from '../reference/xinjiang-place.js';
import { createOriginReader, fold, type OriginPlace } from './description-origin.js';
import { GOOD_IN_OTHER_LANGUAGES, GOODS, OTHER_LANGUAGE_NAMES } from './origin-words.js';
import { describesAService } from './service-description.js';
import type { Weights } from './weights.js';

/** Where a row says it is, as far as the Xinjiang check needs it. */
export interface XinjiangInput {
  supplier_address: string;
  /** The raw origin text: files sometimes write a region (`Xinjiang, China`) in the country column. */
  origin_country: string;
  /** The raw supplier country text, read for the same reason (`China/Xinjiang`). */
  supplier_country: string;
  /** True when the supplier or origin country resolved to China. */
  china: boolean;
  /** The supplier's name: Chinese company names begin with their place of registration. */
  supplier: string;
  /** The supplier country and origin country as resolved (ISO3), or null when not given or not known. */
  supplier_iso3: string | null;
  origin_iso3: string | null;
  /**
   * For supplies, the place of performance as the file writes it, and as resolved: FPDS defines it for
   * supplies as where the items are produced. Left out (or '') for services, whose place is where the
   * work is done.
   */
  place_of_performance?: string;
  place_iso3?: string | null;
  /**
   * True when the party has no country of its own and nothing in its fields names another (a shipper with
   * an empty country field): then a Latin name of a place only Xinjiang has (not a place elsewhere too,
   * not pinyin) counts by itself, in its address or at the start of its name, as the region's own name does.
   */
  alone?: boolean;
}

/**
 * Where a row's shipper (a bill of lading's shipper or exporter beside the manufacturer) says it is, as far
 * as the Xinjiang check needs it.
 */
export interface ShipperXinjiangInput {
  shipper: string;
  shipper_address: string;
  /** The raw shipper country text, read for a region written there as for the supplier's. */
  shipper_country: string;
  /** The shipper country as resolved (ISO3), or null. */
  shipper_iso3: string | null;
}

/**
 * A Xinjiang place a row names and where: in its address or country fields, at the start of its name, in
 * its shipper's address, country or name, or in its description as the goods' origin (`read`: the
 * description's words, `ORIGIN: XINJIANG`).
 */
export interface XinjiangLocation {
  hit: XinjiangPlaceHit;
  in: 'address' | 'place_of_performance' | 'name' | 'description' | 'shipper_address' | 'shipper_name';
  read?: string;
}

/** A region- or product-wide CBP order, prepared for matching rows. */
interface OrderRule {
  order: WroOrder;
  /** ILAB good names the order's text names (e.g. `Cotton`, `Tomato Products`); empty: the whole region. */
  goods: Set<string>;
  /** Lower-case words of those goods, looked for in descriptions when the classifier found no good. */
  words: RegExp | null;
  /**
   * The order covers products made with its goods (`products produced in whole or in part with Turkmenistan
   * cotton`, `cotton products`): a row whose HS code says it is made of the good (`… of cotton`) is covered.
   */
  products: boolean;
  xinjiang: boolean;
  /**
   * The part of the order's country it is limited to, in the order's own words (`Marange Diamond Fields`,
   * `the Artisanal mining sites in the eastern Democratic Republic of the Congo (DRC)`), or null. Rows rarely
   * say where in the country their goods come from, so such an order is applied to the whole country and
   * its finding says what the order is limited to.
   */
  limit: { place: string; country: string } | null;
  /**
   * The place a description may name as the goods' origin, for an order on goods made elsewhere from its
   * place's goods (`products produced in whole or in part with Turkmenistan cotton`). Null for other
   * orders, and for Xinjiang's, whose rows are placed in Xinjiang.
   */
  origin: OrderOrigin | null;
}

/** The names by which a description may name an order's country as the origin of goods. */
interface OrderOrigin {
  /** The country's name (`Turkmenistan`) and its names in Chinese script (`土库曼斯坦`). */
  place: OriginPlace;
  /** The country's English name, as findings write it. */
  name: string;
  /** Its people's name (`Turkmen`), or null when the country tables give none of its own. */
  demonyms: OriginPlace | null;
  /**
   * Its people's adjectives in other languages (`turkmenische`, `turkmène`, `turcomano`, `turkmeno`), which
   * may follow the good (`coton turkmène`), or null.
   */
  adjectives: OriginPlace | null;
  /**
   * Whether a description's words read through a demonym or adjective count: the demonym after an origin
   * word (`FROM TURKMEN`, `origine turkmène`, `aus turkmenischer Baumwolle`), right before the order's good
   * or an origin word (`TURKMEN COTTON`, `TURKMEN ORIGIN`, `turkmenische Baumwolle`, `turkmenischer
   * Herkunft`), or right after the order's good (`coton turkmène`). A demonym also names a style (`Turkmen
   * rug`, `Turkmen design cotton rug`, `tissu turkmène`), so another good next to it (or words between)
   * does not count.
   */
  demonymRead: ((read: string) => boolean) | null;
}

/** What a description names for the order rules and the UFLPA presumption. */
export interface DescriptionSignal {
  /** Per region- or product-wide order (in rule order): the order's word the description contains, or null. */
  words: (string | null)[];
  /** Findings of the vessel orders the description names as a vessel (`F/V Da Wang`, `ex Da Wang`). */
  vessels: Finding[];
  /**
   * Findings of the vessel orders whose vessel's name the description contains without saying it is a
   * vessel: they count only in a row about fish or seafood (`Da Wang brand rice crackers` is no catch).
   */
  fishVessels: Finding[];
  /** Xinjiang as the description names it as the goods' origin, or null. */
  xinjiang: XinjiangLocation | null;
  /**
   * Per region- or product-wide order (in rule order): the description's words that name the order's
   * country as the origin of the goods or of what they are made of (`FROM TURKMENISTAN`), or null.
   */
  origins: (string | null)[];
}

/** Distinct description signals kept as one object each; when full, it starts again empty. */
const SIGNAL_LIMIT = 10_000;

const NO_FINDINGS: readonly Finding[] = [];
const NO_INPUTS: readonly { good: string; via: string }[] = [];
const PRODUCTS = /\bproducts?\b/i;
/** An order's words for goods made elsewhere from its place's goods. */
const ELSEWHERE = /\bin whole or in part\b|\bprocessed elsewhere\b/i;

const XINJIANG_WORD = /xinjiang|新疆|\bxuar\b|uyghur autonomous/i;
const HAN = /\p{Script=Han}/u;
const INACTIVE = new Set(['revoked', 'modified']);

/**
 * True when a Latin spelling names only a place in Xinjiang: not a place elsewhere too (`Aksu`, also in
 * Kazakhstan and Türkiye), nor elsewhere in China (`Yiwu`), nor pinyin, which places and brands elsewhere in
 * China may share (`Kashi`, `Shihezi`). `Urumqi`, `Kashgar`, `Korla`, `Turpan` and `Hotan` are such.
 */
function onlyXinjiangLatin(hit: XinjiangPlaceHit): boolean {
  return !HAN.test(hit.found) && !hit.ambiguous && !hit.elsewhere_in_china && !hit.pinyin;
}

/** Bracketed parts of a name, in Latin or full-width brackets. */
const BRACKETED = /[(（]([^)）]*)[)）]/g;

/**
 * True when a bracket of the name holds a place in China outside Xinjiang (`(Dongguan)`, `（东莞）`): Chinese
 * branch companies put their own place of registration there.
 */
function registeredElsewhere(name: string, xinjiang: XinjiangGazetteer): boolean {
  for (const m of name.matchAll(BRACKETED)) {
    const inner = m[1]!.trim();
    if (inner === '' || xinjiang.find(inner) !== null) continue;
    const word = HAN.test(inner)
      ? romaniseChinese(inner).replaceAll(' ', '')
      : foldText(inner).replaceAll(' ', '');
    if (isPlaceWord(word)) return true;
  }
  return false;
}

/**
 * The `import_ban` rules: the UFLPA rebuttable presumption for anything made in Xinjiang, region- and
 * product-wide CBP orders (Turkmenistan cotton, Xinjiang cotton and tomato products, Malawi tobacco, …)
 * and orders on named fishing vessels. Revoked and modified orders never hit. A description that names
 * Xinjiang as the goods' origin (`ORIGIN: XINJIANG`, `100% XINJIANG COTTON`, `新疆番茄酱`) places the row
 * in Xinjiang whatever its countries; one that names Turkmenistan cotton brings goods made elsewhere under
 * the order on products made in whole or in part with it.
 */
export function createImportBanRule(ref: ReferenceData, weights: Weights) {
  const level = weights.levels.import_ban;
  const goodNames = [...new Set(ref.goods.map((g) => g.good))];
  const active = ref.wroOrders.filter((o) => !INACTIVE.has(o.status));
  const orders: OrderRule[] = active
    .filter((o) => o.scope === 'region' || o.scope === 'product')
    .map((order) => prepareOrder(order, goodNames, (iso3) => ref.countries.get(iso3)));
  const readOrigin = createOriginReader(goodNames);

  /** The words of a description that name an order's country as the goods' origin, or null. */
  function readOrderOrigin(description: string, origin: OrderOrigin): string | null {
    const read = readOrigin(description, origin.place);
    if (read !== null) return read;
    if (origin.demonymRead === null) return null;
    for (const names of [origin.demonyms, origin.adjectives]) {
      if (names === null) continue;
      const byDemonym = readOrigin(description, names);
      if (byDemonym !== null && origin.demonymRead(byDemonym)) return byDemonym;
    }
    return null;
  }
  // The region's own names with the gazetteer's hit for each (which a finding cites), longest first.
  const regionHits = (ref.xinjiang.regionNames?.() ?? [])
    .map((name) => ({ name, lower: name.toLowerCase(), hit: ref.xinjiang.find(name) }))
    .filter(
      (r): r is { name: string; lower: string; hit: XinjiangPlaceHit } => r.hit?.is_region_name === true,
    )
    .sort((a, b) => b.name.length - a.name.length);
  const region: OriginPlace = {
    names: regionHits.filter((r) => !HAN.test(r.name)).map((r) => r.name),
    han: regionHits.filter((r) => HAN.test(r.name)).map((r) => r.name),
  };
  const vessels = active
    .filter((o) => o.scope === 'vessel')
    .map((order) => ({ order, re: vesselPattern(order) }));
  const uflpaSource = uflpaLawSource(ref);

  /**
   * The Xinjiang place a row names. In the address, country fields or place of performance of supplies it
   * counts only with China as the country or Xinjiang in the text (or when it is the region's name); the
   * country of an address is the supplier's when given, of a place of performance its own when it
   * resolves, else the supplier's or the origin. At the start of the supplier's name
   * it counts when the name can be a Chinese company's (the supplier country is China, or it is not given
   * and the origin is China or not given either) and the place is written in Chinese script, or, with China
   * as the country, it is the region's own name or a place's Uyghur or English form (not its pinyin).
   */
  function findXinjiang(input: XinjiangInput): XinjiangLocation | null {
    // No country but China is given (none, or one not understood).
    const chinaOrNone =
      input.supplier_iso3 === 'CHN' ||
      (input.supplier_iso3 === null && (input.origin_iso3 === null || input.origin_iso3 === 'CHN'));
    // The address is the supplier's: its own country, when the row gives one, says where the address is.
    // A Kazakh trader at `Aksu, Pavlodar Region` is not in Xinjiang because the goods it ships are Chinese;
    // only with no supplier country does the goods' origin stand in for it.
    const addressInChina = input.supplier_iso3 === null ? input.china : input.supplier_iso3 === 'CHN';
    // The place of performance of supplies is placed by its own country when it resolves to one.
    const place = input.place_of_performance ?? '';
    const placeIso3 = input.place_iso3 ?? null;
    const placeInChina = placeIso3 === null ? input.china : placeIso3 === 'CHN';
    const texts = [input.supplier_address, input.origin_country, input.supplier_country, place];
    for (let t = 0; t < texts.length; t++) {
      const text = texts[t]!;
      if (text === '') continue;
      const hit = ref.xinjiang.find(text);
      if (hit === null) continue;
      // China as the country tells Aksu in Xinjiang from Aksu in Turkey, but not Yiwu in Xinjiang from Yiwu
      // in Zhejiang: such a name needs Xinjiang written out. A Chinese-script name that only Xinjiang has
      // (石河子市, 乌鲁木齐) is a place in China by itself, so it needs no country, only none other.
      const china = t === 0 ? addressInChina : t === 3 ? placeInChina : input.china;
      const noneOther = t === 3 ? placeIso3 === 'CHN' || (placeIso3 === null && chinaOrNone) : chinaOrNone;
      if (
        hit.is_region_name ||
        XINJIANG_WORD.test(text) ||
        (china && !hit.elsewhere_in_china) ||
        (noneOther && !hit.ambiguous && !hit.elsewhere_in_china && HAN.test(hit.found)) ||
        (input.alone === true && t === 0 && onlyXinjiangLatin(hit))
      ) {
        return { hit, in: t === 3 ? 'place_of_performance' : 'address' };
      }
    }
    if (input.supplier === '') return null;
    if (!chinaOrNone) return null;
    const hit = ref.xinjiang.findAtStart(input.supplier);
    if (hit === null) return null;
    // In Chinese script a place at the start of a name is the place of registration. Romanised, it counts
    // only with China as the country (a "Xinjiang Restaurant LLC" of unknown country need not be Chinese),
    // and only the region's own name or a Uyghur or English form (Kashgar, Urumqi, Turpan, Korla): the
    // pinyin of Xinjiang's places is shared with places and brands elsewhere in China (Yiwu, Zhejiang, is
    // 义乌, not Xinjiang's 伊吾; Yili dairy is 伊利, not 伊犁).
    // A place in brackets is where a branch is registered (`Korla Electronics (Dongguan) Co`): then the
    // name's first place is the parent's, not this company's.
    if (registeredElsewhere(input.supplier, ref.xinjiang)) return null;
    if (
      HAN.test(hit.found) ||
      (input.china && (hit.is_region_name || (!hit.pinyin && !hit.elsewhere_in_china))) ||
      (input.alone === true && (hit.is_region_name || onlyXinjiangLatin(hit)))
    ) {
      return { hit, in: 'name' };
    }
    return null;
  }

  /**
   * True when a text names a country other than China (`Osh, Kyrgyzstan`, `Urumqi Trading (Kazakhstan)`):
   * the whole text, a part between commas or slashes, or a bracketed part resolves to one.
   */
  function namesOtherCountry(text: string): boolean {
    if (text.trim() === '') return false;
    const parts = [text, ...text.split(/[,/;]/), ...[...text.matchAll(BRACKETED)].map((m) => m[1]!)];
    return parts.some((part) => {
      const trimmed = part.trim();
      if (trimmed === '') return false;
      const iso3 = ref.countries.resolve(trimmed);
      return iso3 !== null && iso3 !== 'CHN';
    });
  }

  /**
   * The Xinjiang place a row's shipper names: in its address or country field, or at the start of its name,
   * by the rules of `findXinjiang` for a supplier's, with the shipper's own country where the file gives one.
   * The goods' origin is the manufacturer's country, not the shipper's, so it never stands in for the
   * shipper's: a shipper with no country is read by what its name and address say themselves (a Chinese-script
   * name only Xinjiang has, the region's own name, or a Latin name of a place only Xinjiang has, when they name
   * no other country). A shipper in Xinjiang (`Urumqi Silk Road Trading Co Ltd`, `12 Xinhua Rd, Urumqi,
   * Xinjiang`) exports goods from there, a red flag that they are made there wholly or in part whatever the
   * manufacturer's place; a Kazakh trader at `Aksu, Pavlodar Region` is not.
   */
  function findShipperXinjiang(input: ShipperXinjiangInput): XinjiangLocation | null {
    const found = findXinjiang({
      supplier_address: input.shipper_address,
      // The origin field is the goods', read for the row already; only the shipper's own fields are read.
      origin_country: '',
      supplier_country: input.shipper_country,
      china: input.shipper_iso3 === 'CHN',
      supplier: input.shipper,
      supplier_iso3: input.shipper_iso3,
      origin_iso3: null,
      alone:
        input.shipper_country.trim() === '' &&
        !namesOtherCountry(input.shipper_address) &&
        !namesOtherCountry(input.shipper),
    });
    if (found === null) return null;
    return { hit: found.hit, in: found.in === 'name' ? 'shipper_name' : 'shipper_address' };
  }

  const LAW =
    'UFLPA, Public Law 117-78, presumes goods made wholly or in part in Xinjiang are made with forced labour and bars their import';

  function uflpa(location: XinjiangLocation): Finding {
    const { hit } = location;
    const details = {
      found: hit.found,
      place: hit.place,
      division_code: hit.division_code,
      place_source: hit.source.dataset,
    };
    // A place the region has, as written (and as the gazetteer spells it, where that differs).
    const aPlace = `"${hit.found}"${sameName(hit.found, hit.place) ? '' : ` (${hit.place})`}, a place in Xinjiang`;
    if (location.in === 'name') {
      const named = hit.is_region_name ? `"${hit.found}", the region's name` : aPlace;
      return {
        kind: 'import_ban',
        level,
        summary: `Made in Xinjiang (the supplier's name begins with ${named}; Chinese company names begin with their place of registration): ${LAW}`,
        source: uflpaSource,
        details: { ...details, found_in: 'supplier_name' },
      };
    }
    if (location.in === 'description') {
      return {
        kind: 'import_ban',
        level,
        summary: `Made in Xinjiang (the description names ${hit.is_region_name ? 'Xinjiang' : `${aPlace},`} as the goods' origin: "${location.read}"): ${LAW}`,
        source: uflpaSource,
        details: { ...details, found_in: 'description', read: location.read ?? '' },
      };
    }
    if (location.in === 'shipper_name') {
      const named = hit.is_region_name ? `"${hit.found}", the region's name` : aPlace;
      return {
        kind: 'import_ban',
        level,
        summary: `Shipped from Xinjiang (the shipper's name begins with ${named}; Chinese company names begin with their place of registration), a red flag that the goods are made there wholly or in part: ${LAW}`,
        source: uflpaSource,
        details: { ...details, found_in: 'shipper_name' },
      };
    }
    const named = hit.is_region_name ? `"${hit.found}"` : `"${hit.found}" (${hit.place})`;
    if (location.in === 'shipper_address') {
      return {
        kind: 'import_ban',
        level,
        summary: `Shipped from Xinjiang (the shipper's address names ${named}), a red flag that the goods are made there wholly or in part: ${LAW}`,
        source: uflpaSource,
        details: { ...details, found_in: 'shipper_address' },
      };
    }
    if (location.in === 'place_of_performance') {
      return {
        kind: 'import_ban',
        level,
        summary: `Made in Xinjiang (the place of performance, where supplies are produced, names ${named}): ${LAW}`,
        source: uflpaSource,
        details: { ...details, found_in: 'place_of_performance' },
      };
    }
    return {
      kind: 'import_ban',
      level,
      summary: `Made in Xinjiang (address names ${named}): ${LAW}`,
      source: uflpaSource,
      details,
    };
  }

  /**
   * What a description alone tells these rules: the words of each order it names (by order position,
   * null when none) and the vessel orders it names. Equal signals are one object (while kept), so callers
   * can cache per signal rather than per description.
   */
  const signals = new Map<string, DescriptionSignal>();
  const NO_SIGNAL: DescriptionSignal = {
    words: orders.map(() => null),
    vessels: [],
    fishVessels: [],
    xinjiang: null,
    origins: orders.map(() => null),
  };
  function descriptionSignal(description: string): DescriptionSignal {
    if (description === '') return NO_SIGNAL;
    const words = orders.map((rule) =>
      rule.words === null ? null : (rule.words.exec(description)?.[0] ?? null),
    );
    let origins = orders.map((rule) =>
      rule.origin === null ? null : readOrderOrigin(description, rule.origin),
    );
    const { marked: vessels, unmarked: fishVessels } = vesselsNamed(description);
    let xinjiang = xinjiangInDescription(description);
    // A description that buys a service about the goods (`XINJIANG COTTON ISOTOPE TESTING`) names no origin
    // of goods bought, whatever its codes say.
    if ((xinjiang !== null || origins.some((o) => o !== null)) && describesAService(description)) {
      xinjiang = null;
      origins = orders.map(() => null);
    }
    if (
      vessels.length === 0 &&
      fishVessels.length === 0 &&
      xinjiang === null &&
      words.every((w) => w === null) &&
      origins.every((o) => o === null)
    ) {
      return NO_SIGNAL;
    }
    const key = JSON.stringify([
      words,
      origins,
      xinjiang?.read ?? null,
      vessels.map((f) => f.summary),
      fishVessels.map((f) => f.summary),
    ]);
    let signal = signals.get(key);
    if (signal === undefined) {
      if (signals.size >= SIGNAL_LIMIT) signals.clear();
      signal = { words, vessels, fishVessels, xinjiang, origins };
      signals.set(key, signal);
    }
    return signal;
  }

  /** Xinjiang as a description names it as the goods' origin, with the gazetteer's hit for its name. */
  function xinjiangInDescription(description: string): XinjiangLocation | null {
    if (regionHits.length === 0) return null;
    const read = readOrigin(description, region);
    if (read === null) return placeInDescription(description);
    // Folded as the reader folds (accents off), so ORIGIN: XĪNJIĀNG finds the region's name.
    const lower = fold(read);
    const named = regionHits.find((r) => lower.includes(r.lower));
    return named === undefined ? null : { hit: named.hit, in: 'description', read };
  }

  /**
   * A place in Xinjiang that a description names as the goods' origin after an explicit origin word
   * (`MANUFACTURED IN URUMQI`, `PRODUCED IN BAYINGOLIN`, `COTTON FROM SHIHEZI`, `产地：阿克苏`): only a
   * spelling that names no place outside Xinjiang (not `Aksu`, also in Türkiye and Kazakhstan, nor `Yiwu`,
   * also in Zhejiang).
   */
  function placeInDescription(description: string): XinjiangLocation | null {
    const hit = ref.xinjiang.find(description);
    if (hit === null || hit.is_region_name || hit.ambiguous || hit.elsewhere_in_china) return null;
    const han = HAN.test(hit.found);
    const read = readOrigin(description, {
      names: han ? [] : [hit.found],
      han: han ? [hit.found] : [],
      cue: true,
    });
    return read === null ? null : { hit, in: 'description', read };
  }

  // Order findings are made once per order and reason, and shared between rows.
  const madeOrderFindings = new Map<string, Finding>();

  /**
   * Region- and product-wide orders hit by a row's goods and country (or Xinjiang location, or, for an
   * order on goods made elsewhere from its place's goods, the origin its description names); `description`
   * is the row's description, or its signal from `descriptionSignal`; `inputs` are the goods its HS code
   * says it is made of (the classification's `inputs`), which count for orders on products made with them.
   * `shipperIso3` is the country of the row's shipper (a bill of lading's shipper or exporter), or null: an
   * order on goods made elsewhere from its place's goods (`products produced in whole or in part with
   * Turkmenistan cotton`) is applied to goods its country's shipper exports, as a shipper in Xinjiang is to
   * the UFLPA, and the finding says it is the shipper's country.
   */
  function orderFindings(
    goods: readonly { good: string }[],
    description: string | DescriptionSignal,
    iso3: string | null,
    xinjiang: XinjiangLocation | null,
    inputs: readonly { good: string; via: string }[] = NO_INPUTS,
    shipperIso3: string | null = null,
  ): readonly Finding[] {
    const signal = typeof description === 'string' ? null : description;
    let out: Finding[] | null = null;
    for (let r = 0; r < orders.length; r++) {
      const rule = orders[r] as OrderRule;
      // Where the row is: in Xinjiang, or in the order's country; else, for an order on goods made
      // elsewhere from its place's goods, where the description says the goods come from.
      let origin: string | null = null;
      // The order's country is the shipper's only: goods exported from there by a shipper beside a
      // manufacturer elsewhere are a red flag that they are made with its goods.
      let shipped: string | null = null;
      if (rule.xinjiang) {
        if (xinjiang === null) continue;
        if (xinjiang.in === 'description') origin = `Xinjiang as the origin: "${xinjiang.read}"`;
      } else if (iso3 === null || rule.order.iso3 !== iso3) {
        if (rule.origin === null) continue;
        const read =
          signal !== null ? signal.origins[r] : readOrderOrigin(description as string, rule.origin);
        if (read !== null && read !== undefined) origin = `${rule.origin.name} as the origin: "${read}"`;
        else if (shipperIso3 !== null && shipperIso3 === rule.order.iso3) {
          const made = [...rule.goods].map((g) => g.toLowerCase()).join(' or ');
          shipped = `the shipper is in ${rule.origin.name} (its country field), a red flag that the goods are made wholly or in part with its ${made}`;
        } else continue;
      }
      let via: string | null = null;
      if (rule.goods.size === 0) {
        if (rule.order.scope !== 'region') continue;
        via = 'region-wide order';
      } else {
        const good = goods.find((g) => rule.goods.has(g.good))?.good;
        const input = rule.products ? inputs.find((g) => rule.goods.has(g.good)) : undefined;
        if (good !== undefined) via = good;
        else if (input !== undefined) via = `${input.good} (${input.via})`;
        else if (signal !== null) {
          const word = signal.words[r];
          if (word !== null && word !== undefined) via = `description "${word}"`;
        } else if (rule.words !== null && description !== '') {
          const m = rule.words.exec(description as string);
          if (m !== null) via = `description "${m[0]}"`;
        }
      }
      if (via === null) continue;
      if (origin !== null) via = `${via}; the description names ${origin}`;
      else if (shipped !== null) via = `${via}; ${shipped}`;
      const key = `${r}\u0001${via}`;
      let finding = madeOrderFindings.get(key);
      if (finding === undefined) {
        if (madeOrderFindings.size >= SIGNAL_LIMIT) madeOrderFindings.clear();
        finding = orderFinding(rule.order, level, `matched ${via}`, rule.limit);
        if (shipped !== null) finding.details = { ...finding.details, found_in: 'shipper_country' };
        madeOrderFindings.set(key, finding);
      }
      if (out === null) out = [finding];
      else out.push(finding);
    }
    return out ?? NO_FINDINGS;
  }

  /**
   * Orders on named fishing vessels whose vessel a text names: `marked` where the text says it is a vessel
   * (`F/V Da Wang`, `ex Da Wang`, `caught by Da Wang`), `unmarked` where the name merely occurs. Only the
   * name as a whole counts: not followed by a number or a hyphened word (`Da Wang 3`, `Hua Li 8-piece` are
   * other vessels or no vessel), nor after a marker with other words between (`ex Shin Da Wang` names the
   * vessel Shin Da Wang).
   */
  function vesselsNamed(text: string): { marked: Finding[]; unmarked: Finding[] } {
    const marked: Finding[] = [];
    const unmarked: Finding[] = [];
    if (text === '') return { marked, unmarked };
    for (const v of vessels) {
      if (v.re === null) continue;
      let found: { name: string; marked: boolean } | null = null;
      for (const m of text.matchAll(v.re)) {
        const before = text.slice(0, m.index);
        // The name alone is the whole text: a column of vessel names (a vessel list read as descriptions).
        const alone = before.trim() === '' && text.slice(m.index + m[0].length).trim() === '';
        if (alone || VESSEL_MARKER_BEFORE.test(before)) {
          found = { name: m[0], marked: true };
          break;
        }
        // At the start of the text and followed by words, the name opens a company's or brand's name
        // (`Da Wang Seafood Trading`), not a vessel's.
        const opensName = before.trim() === '' && /^\s+\p{L}/u.test(text.slice(m.index + m[0].length));
        if (found === null && !opensName && !LONGER_MARKED_NAME.test(before)) {
          found = { name: m[0], marked: false };
        }
      }
      if (found === null) continue;
      (found.marked ? marked : unmarked).push(orderFinding(v.order, level, `names vessel "${found.name}"`));
    }
    return { marked, unmarked };
  }

  /** Orders on named fishing vessels a text names in any way (both kinds of `vesselsNamed`). */
  function vesselFindings(text: string): Finding[] {
    const { marked, unmarked } = vesselsNamed(text);
    return [...marked, ...unmarked];
  }

  return {
    findXinjiang,
    findShipperXinjiang,
    uflpa,
    orderFindings,
    vesselFindings,
    descriptionSignal,
    hasVesselOrders: vessels.length > 0,
    /** Per region- or product-wide order (in the order of a signal's `origins`): the country it covers. */
    originIso3s: orders.map((rule) => rule.order.iso3),
  };
}

export type ImportBanRule = ReturnType<typeof createImportBanRule>;

/** True when two spellings differ only in case and accents (`Urumqi`, `Ürümqi`). */
function sameName(a: string, b: string): boolean {
  return fold(a) === fold(b);
}

function orderFinding(
  order: WroOrder,
  level: Finding['level'],
  why: string,
  limit: { place: string; country: string } | null = null,
): Finding {
  const status = order.status === 'active' ? '' : '; status not stated in the source';
  const text = order.text.length > 140 ? `${order.text.slice(0, 137)}…` : order.text;
  const caveat =
    limit === null
      ? ''
      : `; the order is limited to "${limit.place}", not all of ${limit.country}: check where the goods come from`;
  const details: NonNullable<Finding['details']> = {
    order: order.key,
    scope: order.scope,
    status: order.status,
    iso3: order.iso3,
    why,
  };
  if (limit !== null) details.limited_to = limit.place;
  // The data's own doubt about the row (a disputed date, an unverified entry), as entity findings say it.
  const doubt = orderDoubt(order);
  if (doubt !== null && order.note !== undefined) details.source_note = order.note;
  const doubtTag = doubt === null ? '' : `; ${doubt.tag}`;
  const quote = doubt?.quote == null ? '' : `. Data note: "${doubt.quote}"`;
  return {
    kind: 'import_ban',
    level,
    summary: `CBP ${order.order_type} of ${order.date || 'unknown date'}: "${text}" (${why}${status}${caveat}${doubtTag})${quote}`,
    source: order.source,
    details,
  };
}

/** Words by which an order's text names a part of a country (as `orderScope` reads them). */
const PART_OF_COUNTRY = /\b(?:fields|mining sites|region)\b/i;

/**
 * The part of its country an order is limited to, in its own words: the whole text when it is a place
 * (`Marange Diamond Fields`), else the place after its last `in`, `from` or `at` before which no comma
 * stands (`All gold … in the Artisanal mining sites in the eastern Democratic Republic of the Congo (DRC)`).
 * Null when the text names no part of a country, or when the part is Xinjiang, which rows are placed in.
 */
function orderLimit(order: WroOrder, xinjiang: boolean): string | null {
  if (xinjiang || order.scope !== 'region' || !PART_OF_COUNTRY.test(order.text)) return null;
  const text = order.text.trim().replace(/\.$/, '');
  const byGoods = /^all\b/i.test(text) || /^\w+ (produced|mined|grown|harvested|made) (in|by)\b/i.test(text);
  if (!byGoods) return text;
  const m = /\b(?:in|from|at)\s+([^,;]*?\b(?:fields|mining sites|region)\b[^,;]*)$/i.exec(text);
  return m?.[1]?.trim() ?? null;
}

/**
 * Words right after a demonym that name it as the origin (`TURKMEN ORIGIN`, `TURKMEN-GROWN`, `Türkmen
 * menşeli`).
 */
const DEMONYM_ORIGIN_AFTER = [
  'origin',
  'origins',
  'grown',
  'produced',
  'made',
  'sourced',
  'herkunft',
  'ursprung',
  'menseli',
  'mensei',
  'kaynakli',
  'uretimi',
];

function prepareOrder(
  order: WroOrder,
  goodNames: readonly string[],
  countryInfo: (iso3: string) => CountryInfo | undefined,
): OrderRule {
  // The text only: `merchandise` is mostly CBP's industry category (`Apparel, Footwear and Textiles`).
  const text = order.text.toLowerCase();
  const goods = new Set<string>();
  const words = new Set<string>();
  for (const name of goodNames) {
    for (const word of goodWords(name)) {
      if (new RegExp(`\\b${escapeRegExp(word)}\\b`, 'i').test(text)) {
        goods.add(name);
        words.add(word);
      }
    }
  }
  const xinjiang = XINJIANG_WORD.test(order.text);
  const place = orderLimit(order, xinjiang);
  const info = order.iso3 === null ? undefined : countryInfo(order.iso3);
  const country = order.iso3 === null ? null : (info?.name ?? order.iso3);
  return {
    order,
    goods,
    words: words.size === 0 ? null : new RegExp(`\\b(?:${[...words].map(escapeRegExp).join('|')})\\b`, 'i'),
    products: PRODUCTS.test(order.text),
    xinjiang,
    limit: place === null || country === null ? null : { place, country },
    origin:
      xinjiang || country === null || !ELSEWHERE.test(order.text)
        ? null
        : orderOrigin(country, info, words, goodNames),
  };
}

/**
 * The names of an order's country as the origin of goods (`country`: its English name, as findings give it),
 * with its names and its people's adjectives in other languages (`Turcomenistão`, `turkmène`).
 */
function orderOrigin(
  country: string,
  info: CountryInfo | undefined,
  words: ReadonlySet<string>,
  goodNames: readonly string[],
): OrderOrigin {
  const demonyms = info?.demonyms ?? [];
  const other = info === undefined ? undefined : OTHER_LANGUAGE_NAMES[info.iso3];
  const adjectives = other?.adjectives ?? [];
  const pattern = (names: Iterable<string>) =>
    [...names].map((n) => escapeRegExp(fold(n)).replace(/\s+/g, '[\\s-]+')).join('|');
  // The order's goods in English and in other languages (`cotton`, `Baumwolle`, `coton`).
  const orderGoods = new Set<string>();
  for (const word of words) {
    orderGoods.add(word);
    for (const other of GOOD_IN_OTHER_LANGUAGES[word] ?? []) orderGoods.add(other);
  }
  // The words of other goods, which next to a demonym make it a style (`tissu turkmène`).
  const otherGoods = new Set<string>(GOODS);
  for (const name of goodNames) for (const w of goodWords(name)) otherGoods.add(fold(w));
  for (const w of orderGoods) otherGoods.delete(w);
  const all = [...demonyms, ...adjectives];
  const startsWith = new RegExp(`^(?:${pattern(all)})\\b`, 'u');
  const startsRead = new RegExp(
    `^(?:${pattern(all)})[\\s-]+(?:${pattern([...orderGoods, ...DEMONYM_ORIGIN_AFTER])})\\b`,
    'u',
  );
  const endsAfter = new RegExp(`(?:^|[^\\p{L}\\p{N}])([\\p{L}\\p{N}]+)[\\s-]+(?:${pattern(all)})$`, 'u');
  const demonymRead = (read: string): boolean => {
    const folded = fold(read).trim();
    if (startsWith.test(folded)) return startsRead.test(folded);
    const before = endsAfter.exec(folded)?.[1];
    return before === undefined || !otherGoods.has(before);
  };
  return {
    place: { names: [country, ...(other?.names ?? [])], han: info?.chineseNames ?? [] },
    name: country,
    demonyms: demonyms.length === 0 ? null : { names: demonyms, han: [] },
    adjectives: adjectives.length === 0 ? null : { names: adjectives, han: [], follows: true },
    demonymRead: all.length === 0 ? null : demonymRead,
  };
}

/** `Tomato Products` → [`tomato products`], `Tomatoes` → [`tomatoes`, `tomato`]; parentheses dropped. */
function goodWords(name: string): string[] {
  const base = name
    .replace(/\(.*?\)/g, '')
    .trim()
    .toLowerCase();
  if (base.length < 3) return [];
  const out = [base];
  if (base.endsWith('es') && base.length > 4) out.push(base.slice(0, -2));
  else if (base.endsWith('s') && base.length > 3) out.push(base.slice(0, -1));
  return out;
}

/** Vessel names from `Fishing Vessel: Da Wang 1` or `… fishing vessels Da Wang, Hua Li 8, or Dalian …`. */
function vesselPattern(order: WroOrder): RegExp | null {
  const m = /fishing vessels?:?\s+(.+)$/i.exec(order.text);
  if (m === null || m[1] === undefined) return null;
  const names = m[1]
    .split(/,\s*(?:or\s+)?|\s+or\s+/i)
    .map((s) => s.trim().replace(/\.$/, ''))
    .filter((s) => s.length >= 4);
  if (names.length === 0) return null;
  // Bounded on both sides; not followed by a hull number or a hyphened word, which make another name.
  const alternatives = names.map((n) => escapeRegExp(n).replace(/\s+/g, '\\s+')).join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}]|[\\s-]*\\p{N}|-\\p{L})`, 'giu');
}

/** A word that says a vessel's name follows, at the end of the text before a vessel name. */
const MARKER = String.raw`(?:\bf\s?\/\s?v|\bfv|\bm\s?\/\s?v|\bmv|\bvessel(?:\s+name)?|\bex|\b(?:caught|harvested|landed|fished)\s+by)`;
const VESSEL_MARKER_BEFORE = new RegExp(`${MARKER}\\.?\\s*[:.]?\\s*$`, 'i');
/** A marker then one to three other words right before a vessel name: the vessel is another, longer name. */
const LONGER_MARKED_NAME = new RegExp(`${MARKER}\\.?\\s*[:.]?\\s*(?:[\\p{L}\\p{N}]+\\s+){1,3}$`, 'iu');

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The UFLPA itself is cited from the UFLPA Entity List dataset (the law it implements), with that dataset's
 * id and as-of date as the data manifest gives them.
 */
export function uflpaLawSource(ref: Pick<ReferenceData, 'listEntries' | 'datasets'>): SourceRef {
  const entry = ref.listEntries.find((e) => e.list === 'uflpa');
  const info =
    ref.datasets.find((d) => d.id === entry?.source.dataset) ??
    ref.datasets.find((d) => d.file.endsWith('uflpa_entities.csv') || d.id.startsWith('uflpa'));
  return {
    dataset: info?.id ?? entry?.source.dataset ?? 'uflpa_entities',
    record: 'Uyghur Forced Labor Prevention Act, Public Law 117-78, section 3 (rebuttable presumption)',
    as_of: info?.as_of ?? entry?.source.as_of ?? null,
  };
}
