import { ownString } from '../ingest/own-string.js';
import type { Problem } from '../model/problem.js';
import type { SourceRef } from '../model/source-ref.js';
import type { IlabGood } from '../reference/ilab-good.js';
import { namesAService } from '../screening/service-description.js';
import type { Classification, Classifier, ClassifyInput, GoodHit, SectorHit } from './classification.js';
import { normalizeHsCodes, normalizeNaicsCode, normalizePscCode } from './code-normalizer.js';
import {
  type CodeRule,
  type CrosswalkScheme,
  type KeywordRule,
  readCrosswalkCodes,
  readCrosswalkKeywords,
} from './crosswalk-file.js';
import { KeywordMatcher } from './keyword-matcher.js';
import { isConstructionCodes, isServiceCodes } from './service-code.js';

/** A classifier built from the crosswalk files, with what was wrong in them. */
export interface CrosswalkClassifier extends Classifier {
  /** Rows of the crosswalk files that were dropped (unknown good, sector, scheme…). */
  readonly problems: readonly Problem[];
  /** The review dates of `codes.csv` and `keywords.csv` (`# as_of:` line), or null. */
  readonly as_of: { codes: string | null; keywords: string | null };
}

/** Hits attached to one code prefix or one keyword phrase, built once at load time. */
interface HitSet {
  goods: GoodHit[];
  sectors: SectorHit[];
  /** `input` rules: goods the products are made of (see {@link Classification.inputs}). */
  inputs: GoodHit[];
  /** A `none` keyword rule: it matches and consumes the phrase, with no target. */
  guard: boolean;
  /** A `colour` keyword rule: the phrase is also a colour name, which says nothing in a row of clothing. */
  colour: boolean;
  /** `not` keyword rules: goods a text with this phrase takes from no keyword. */
  excludes: string[];
}

interface CodeTable {
  byPrefix: Map<string, HitSet>;
  maxLength: number;
}

const CODE_CACHE_LIMIT = 50_000;
const TEXT_CACHE_LIMIT = 200_000;
/** Distinct classifications kept as one object each (with the merges); when full, it starts again. */
const INTERN_LIMIT = 20_000;
const EMPTY: Classification = Object.freeze({
  goods: Object.freeze([]) as unknown as GoodHit[],
  sectors: Object.freeze([]) as unknown as SectorHit[],
});

const NONE: readonly string[] = Object.freeze([]);

/** A text field's classification, and whether one of its phrases names a textile article. */
interface TextRead {
  found: Classification;
  textile: boolean;
}
const EMPTY_READ: TextRead = Object.freeze({ found: EMPTY, textile: false });
const EMPTY_TEXTILE: TextRead = Object.freeze({ found: EMPTY, textile: true });

/**
 * Good hits that count only in relation to the row's other hits (made at load time, so known by identity):
 * `alternatives` are a broad code's `one_of` goods, `materials` the goods keyword `input` rules name;
 * `manufactured` are the goods ILAB files under manufacturing, the ones a material can be made into.
 */
interface HitMarks {
  alternatives: ReadonlySet<GoodHit>;
  materials: ReadonlySet<GoodHit>;
  manufactured: ReadonlySet<string>;
}

type Part = {
  goods: readonly GoodHit[];
  sectors: readonly SectorHit[];
  inputs?: readonly GoodHit[] | undefined;
};

const emptyHitSet = (): HitSet => ({
  goods: [],
  sectors: [],
  inputs: [],
  guard: false,
  colour: false,
  excludes: [],
});

/**
 * The goods of codes that buy clothing or footwear (HS chapters 61, 62 and 64, PSC 8405-8450 and 8475, NAICS
 * 315 and 3162, as `codes.csv` maps them). In such a row a word that is also a colour name (`sand`, `olive`,
 * `charcoal`, `coal`, `chocolate`, `ruby`, `gold` …) is the colour of the article: `SHIRT, UNIFORM, SAND` buys
 * no sand. The codes say what was bought more exactly than a colour word can. So do the other codes and words
 * that name a textile article (see {@link namesTextileArticle}): `TOWEL, BATH, OLIVE` buys no olives.
 */
const CLOTHING_GOODS: ReadonlySet<string> = new Set(['Garments', 'Footwear']);

const TEXTILES_SECTOR = 'textiles_apparel';

/**
 * The ILAB goods that are building materials: those the federal supply classes of construction and building
 * material name (PSC 5510 "Dimensional Lumber"; 5610 "Gravel; Lime; Sand; Rough Dimension Stone, including
 * Rubble; Cement"; 5620 "Cut Stone", brick), under the ILAB list's names. A construction contractor supplies
 * them: the bricks of `Construct brick barracks` are bought with the work.
 */
const BUILDING_MATERIALS: ReadonlySet<string> = new Set([
  'Bricks',
  'Bricks (clay)',
  'Cement',
  'Granite',
  'Granite (crushed)',
  'Gravel (crushed stones)',
  'Sand',
  'Sandstone',
  'Stones',
  'Stones (limestone)',
  'Stones (pumice)',
  'Teak',
  'Timber',
]);

/** What a row buys, as far as its words count: goods, a service, or construction work (a service with materials). */
type RowKind = 'goods' | 'service' | 'construction';
const ROW_KINDS: readonly RowKind[] = ['goods', 'service', 'construction'];

/** A `not` keyword rule written as `HS` and a code prefix (`HS 39`): it applies to the row's HS code. */
const HS_PATTERN = /^HS\s*(\d{2,6})$/i;

function mergeHitSets(a: HitSet, b: HitSet): HitSet {
  return {
    goods: [...a.goods, ...b.goods],
    sectors: [...a.sectors, ...b.sectors],
    inputs: [...a.inputs, ...b.inputs],
    guard: a.guard || b.guard,
    colour: a.colour || b.colour,
    excludes: [...a.excludes, ...b.excludes],
  };
}

/** `48-49` in NAICS means every code starting with 48 or 49. */
function expandRange(code: string): string[] {
  const range = /^(\d+)-(\d+)$/.exec(code);
  if (!range?.[1] || !range[2]) return [code];
  const from = Number(range[1]);
  const to = Number(range[2]);
  const out: string[] = [];
  for (let n = from; n <= to && out.length < 100; n++) out.push(String(n).padStart(range[1].length, '0'));
  return out;
}

/** Longest prefix of `code` that has hits of the wanted kind. */
function lookup<K extends 'goods' | 'sectors' | 'inputs'>(
  table: CodeTable,
  code: string,
  kind: K,
): HitSet[K] | null {
  for (let len = Math.min(code.length, table.maxLength); len > 0; len--) {
    const set = table.byPrefix.get(code.slice(0, len));
    if (set && set[kind].length > 0) return set[kind];
  }
  return null;
}

/**
 * Builds the row classifier from the two crosswalk CSV texts (`data/crosswalk/codes.csv`,
 * `data/crosswalk/keywords.csv`) and the ILAB goods list, whose names the good targets must match.
 * Codes are matched by longest prefix, separately for goods and sectors; text by whole-word phrases.
 * Hits cite the manifest datasets `crosswalk_codes` and `crosswalk_keywords`.
 * Results are cached per distinct field value and shared between rows: callers must not mutate them.
 */
export function createClassifier(
  files: { codes: string; keywords: string },
  goods: IlabGood[],
): CrosswalkClassifier {
  const codes = readCrosswalkCodes(files.codes);
  const keywords = readCrosswalkKeywords(files.keywords);
  const problems: Problem[] = [...codes.problems, ...keywords.problems];

  // Good names are compared in NFC so `Açaí Berries` matches however it was typed; hits use ILAB's spelling.
  const goodNames = new Map<string, string>();
  for (const g of goods) goodNames.set(g.good.normalize('NFC'), g.good);

  const resolveGood = (rule: CodeRule | KeywordRule, where: string): string | null => {
    const name = goodNames.get(rule.target.normalize('NFC'));
    if (name === undefined) {
      problems.push({
        code: 'crosswalk-unknown-good',
        message: `${where} row ${rule.row}: "${rule.target}" is not a good in the ILAB list; the rule is ignored`,
        row: rule.row,
        column: 'target',
        expected: 'a good name exactly as in the ILAB goods list',
      });
      return null;
    }
    return name;
  };

  const alternatives = new Set<GoodHit>();
  const materials = new Set<GoodHit>();
  const manufactured = new Set(goods.filter((g) => g.sector === 'Manufacturing').map((g) => g.good));
  const marks: HitMarks = { alternatives, materials, manufactured };
  const merge = (parts: readonly Part[]) => mergeParts(parts, marks);

  const tables = new Map<CrosswalkScheme, CodeTable>();
  for (const scheme of ['HS', 'NAICS', 'PSC'] as const)
    tables.set(scheme, { byPrefix: new Map(), maxLength: 0 });

  for (const rule of codes.rules) {
    const table = tables.get(rule.scheme)!;
    const record = `${rule.scheme} ${rule.code}`;
    const source: SourceRef = { dataset: 'crosswalk_codes', record, as_of: codes.as_of };
    let good: string | null = null;
    if (rule.target_type !== 'sector' && rule.target_type !== 'none') {
      good = resolveGood(rule, 'crosswalk codes');
      if (good === null) continue;
    }
    for (const prefix of expandRange(rule.code)) {
      let set = table.byPrefix.get(prefix);
      if (!set) {
        set = emptyHitSet();
        table.byPrefix.set(prefix, set);
        table.maxLength = Math.max(table.maxLength, prefix.length);
      }
      if (good !== null && rule.target_type === 'input') {
        set.inputs.push(Object.freeze({ good, via: record, source }));
      } else if (good !== null) {
        const hit: GoodHit = Object.freeze({ good, via: record, source });
        if (rule.target_type === 'one_of') alternatives.add(hit);
        set.goods.push(hit);
      } else if (rule.target_type === 'sector') {
        set.sectors.push(Object.freeze({ sector: rule.target, via: record, source }));
      }
    }
  }

  const matcher = new KeywordMatcher<HitSet>();
  const hsExclusions: { prefix: string; good: string }[] = [];
  for (const rule of keywords.rules) {
    const via = `keyword "${rule.pattern}"`;
    const source: SourceRef = {
      dataset: 'crosswalk_keywords',
      record: `keyword ${rule.pattern}`,
      as_of: keywords.as_of,
    };
    const set = emptyHitSet();
    if (rule.target_type === 'good') {
      const good = resolveGood(rule, 'crosswalk keywords');
      if (good === null) continue;
      set.goods.push(Object.freeze({ good, via, source }));
    } else if (rule.target_type === 'input') {
      // One hit in both lists: the merge keeps it as a good only where no manufactured good is named.
      const good = resolveGood(rule, 'crosswalk keywords');
      if (good === null) continue;
      const hit: GoodHit = Object.freeze({ good, via, source });
      materials.add(hit);
      set.goods.push(hit);
      set.inputs.push(hit);
    } else if (rule.target_type === 'made_of') {
      // An article of the material that ILAB lists under no good: an input only, as an HS code's `input`.
      const good = resolveGood(rule, 'crosswalk keywords');
      if (good === null) continue;
      set.inputs.push(Object.freeze({ good, via, source }));
    } else if (rule.target_type === 'sector') {
      set.sectors.push(Object.freeze({ sector: rule.target, via, source }));
    } else if (rule.target_type === 'not') {
      const good = resolveGood(rule, 'crosswalk keywords');
      if (good === null) continue;
      const hs = HS_PATTERN.exec(rule.pattern)?.[1];
      if (hs !== undefined) {
        hsExclusions.push({ prefix: hs, good });
        continue;
      }
      set.excludes.push(good);
    } else if (rule.target_type === 'colour') {
      set.colour = true;
    } else {
      set.guard = true;
    }
    matcher.add(rule.pattern, set, mergeHitSets);
  }

  const hs = tables.get('HS')!;
  const naics = tables.get('NAICS')!;
  const psc = tables.get('PSC')!;

  // Equal results are one object (hits are made once, at load time, so a result is its list of hit
  // objects): callers can cache what they derive from a classification per object, and a row's merge of
  // several parts is looked up instead of built.
  const hitIds = new Map<GoodHit | SectorHit, number>();
  const hitId = (hit: GoodHit | SectorHit): number => {
    let id = hitIds.get(hit);
    if (id === undefined) {
      id = hitIds.size;
      hitIds.set(hit, id);
    }
    return id;
  };
  const interned = new Map<string, Classification>();
  const intern = (c: Classification): Classification => {
    if (c.goods.length === 0 && c.sectors.length === 0 && !c.inputs?.length) return EMPTY;
    const key = `${c.goods.map(hitId).join(',')}|${c.sectors.map(hitId).join(',')}|${c.inputs?.map(hitId).join(',') ?? ''}`;
    let found = interned.get(key);
    if (found === undefined) {
      if (interned.size >= INTERN_LIMIT) {
        interned.clear();
        partIds.clear();
        merges.clear();
      }
      found = freeze(c);
      interned.set(key, found);
    }
    return found;
  };
  // The results of single fields (parts) are numbered from 1; a row's merge of several parts is looked up by
  // their numbers in order (13 bits each: four fit in a double; rows with five parts are merged each time).
  const partIds = new Map<Classification, number>();
  const internPart = (c: Classification): Classification => {
    const found = intern(c);
    if (found !== EMPTY && !partIds.has(found)) partIds.set(found, partIds.size + 1);
    return found;
  };
  const merges = new Map<number, Classification>();

  const fromCode = (table: CodeTable, code: string): Classification => {
    if (code === '') return EMPTY;
    const goods = lookup(table, code, 'goods') ?? [];
    const sectors = lookup(table, code, 'sectors') ?? [];
    const inputs = lookup(table, code, 'inputs');
    return internPart(inputs === null ? { goods, sectors } : { goods, sectors, inputs });
  };
  // In a row whose codes (or, without codes, whose description) say it buys a service, the words that name a
  // good (`cotton`, `uniforms`, `polysilicon`) name what the service is about or handles, not what is bought
  // nor the work its supplier does: their goods, materials and sectors are dropped, and the goods and sectors
  // of the codes and the sectors of the words that name a service (`janitorial`, `catering`) stand. Of
  // construction work, the building materials its words name stay goods: the contractor supplies them.
  // In a row whose codes or words name a textile article (clothing, footwear, towels, bedding, fabric…), a
  // phrase that is also a colour name gives nothing: `TOWEL, BATH, OLIVE` is an olive-coloured towel. A phrase
  // that names the food itself (`olive oil`) is a longer rule of its own, without the colour mark.
  const textReader =
    (kind: RowKind, textileRow: boolean) =>
    (text: string): TextRead => {
      let sets = matcher.match(text);
      const textile = sets.some((set) => namesTextileArticle(set, materials));
      if (textileRow || textile) sets = sets.filter((set) => !set.colour);
      if (kind !== 'goods') sets = sets.map(kind === 'construction' ? constructionWords : serviceWords);
      if (sets.length === 0) return textile ? EMPTY_TEXTILE : EMPTY_READ;
      const excluded = sets.flatMap((set) => set.excludes);
      return { found: internPart(withoutGoods(merge(sets), excluded)), textile };
    };
  // One reader per row kind and textile mark: kind `k` and mark `t` are entry `k + 3t`.
  const fromText = [false, true].flatMap((textile) => ROW_KINDS.map((kind) => textReader(kind, textile)));
  // Each field is classified once per distinct value; rows repeat codes and descriptions a great deal,
  // and a row's result is then only a merge of at most five cached parts.
  const hsCache = new BoundedCache<Classification>(CODE_CACHE_LIMIT);
  const naicsCache = new BoundedCache<Classification>(CODE_CACHE_LIMIT);
  const pscCache = new BoundedCache<Classification>(CODE_CACHE_LIMIT);
  const textCaches = fromText.map(() => new BoundedCache<TextRead>(TEXT_CACHE_LIMIT));
  const serviceTexts = new BoundedCache<boolean>(TEXT_CACHE_LIMIT);

  // A cell may hold several HS codes (`610910,520512`): each is classified, and their hits merged.
  const fromHs = (raw: string) => {
    const codes = normalizeHsCodes(raw);
    if (codes.length <= 1) return fromCode(hs, codes[0] ?? '');
    return internPart(merge(codes.map((code) => fromCode(hs, code))));
  };
  const fromNaics = (raw: string) => fromCode(naics, normalizeNaicsCode(raw));
  const fromPsc = (raw: string) => fromCode(psc, normalizePscCode(raw));
  const part = <V>(cache: BoundedCache<V>, raw: string, make: (raw: string) => V, empty: V) => {
    if (!raw) return empty;
    let result = cache.get(raw);
    if (result === undefined) {
      result = make(raw);
      cache.set(raw, result);
    }
    return result;
  };

  // A good the row's HS code rules out (plastic gloves under HS 39 are no Rubber Gloves) is dropped from
  // what its text found; the codes' own hits stand.
  const hsExcluded = (raw: string): readonly string[] => {
    if (hsExclusions.length === 0 || !raw) return NONE;
    const codes = normalizeHsCodes(raw);
    const goods = hsExclusions
      .filter((x) => codes.some((code) => code.startsWith(x.prefix)))
      .map((x) => x.good);
    return goods.length === 0 ? NONE : goods;
  };
  const hsExcludedCache = new BoundedCache<readonly string[]>(CODE_CACHE_LIMIT);
  const textRead = (text: string, kind: RowKind, textile: boolean): TextRead => {
    const mode = ROW_KINDS.indexOf(kind) + (textile ? ROW_KINDS.length : 0);
    return part(textCaches[mode]!, text, fromText[mode]!, EMPTY_READ);
  };
  const textPart = (read: TextRead, excluded: readonly string[]): Classification => {
    const found = read.found;
    return excluded.length === 0 || found === EMPTY ? found : internPart(withoutGoods(found, excluded));
  };

  /**
   * Whether a code's part names a textile article (clothing, footwear, or another good of a textiles code:
   * PSC 7210 household furnishings, PSC 8460 luggage, HS 63 made-up textiles), worked out once per part:
   * parts repeat.
   */
  const textileParts = new WeakMap<Classification, boolean>();
  function isTextile(part: Classification): boolean {
    if (part === EMPTY) return false;
    let textile = textileParts.get(part);
    if (textile === undefined) {
      textile = part.goods.some((g) => CLOTHING_GOODS.has(g.good)) || namesTextileArticle(part, materials);
      textileParts.set(part, textile);
    }
    return textile;
  }

  // A row without codes is a service when its description says so by its head noun (`REPAIR OF GARMENTS`,
  // `Laundry services`); codes, where there are any, say it more exactly. A row whose codes are of
  // construction is construction work, unless its description's head names a service done on what it names
  // (`Repair of brick wall`, `Cleaning of granite floors`, `Concrete testing`): then the materials are what the
  // service is done on, as in any service.
  const headIsService = (description: string) => part(serviceTexts, description, namesAService, false);
  const rowKind = (input: ClassifyInput): RowKind => {
    if (input.psc.trim() !== '' || input.hs_code.trim() !== '' || input.naics.trim() !== '') {
      if (!isServiceCodes(input)) return 'goods';
      return isConstructionCodes(input) && !headIsService(input.description) ? 'construction' : 'service';
    }
    return headIsService(input.description) ? 'service' : 'goods';
  };

  return {
    problems,
    as_of: { codes: codes.as_of, keywords: keywords.as_of },
    classify(input: ClassifyInput): Classification {
      // Codes first: they are the more deliberate statement of what was bought.
      const a = part(hsCache, input.hs_code, fromHs, EMPTY);
      const b = part(naicsCache, input.naics, fromNaics, EMPTY);
      const c = part(pscCache, input.psc, fromPsc, EMPTY);
      const excluded = part(hsExcludedCache, input.hs_code, hsExcluded, NONE);
      const kind = rowKind(input);
      const textileCodes = isTextile(a) || isTextile(b) || isTextile(c);
      let description = textRead(input.description, kind, textileCodes);
      let productType = textRead(input.product_type, kind, textileCodes);
      // A textile article named in one text field makes a colour name in the other the article's colour.
      if (!textileCodes && description.textile !== productType.textile) {
        if (description.textile) productType = textRead(input.product_type, kind, true);
        else description = textRead(input.description, kind, true);
      }
      const d = textPart(description, excluded);
      const e = textPart(productType, excluded);
      let found: Classification = EMPTY;
      let count = 0;
      let key = 0;
      for (const p of [a, b, c, d, e]) {
        if (p !== EMPTY) {
          found = p;
          count++;
          const id = partIds.get(p);
          key = id === undefined || id >= 8192 || key < 0 || count > 4 ? -1 : key * 8192 + id;
        }
      }
      if (count <= 1) return found;
      if (key < 0) return intern(merge([a, b, c, d, e]));
      let merged = merges.get(key);
      if (merged === undefined) {
        merged = intern(merge([a, b, c, d, e]));
        merges.set(key, merged);
      }
      return merged;
    },
  };
}

/**
 * A keyword phrase's hits in a service row: the goods and materials it names are what the service is about or
 * handles (`LAUNDRY SERVICE FOR COTTON UNIFORMS` buys no uniforms), so they are dropped, and with them the
 * phrase's sectors; a phrase that names no good (`janitorial`, `catering`) names the service and stays.
 */
function serviceWords(set: HitSet): HitSet {
  if (set.goods.length === 0 && set.inputs.length === 0) return set;
  return { ...set, goods: [], sectors: [], inputs: [] };
}

/**
 * A keyword phrase's hits in a row of construction work: as in any service (see {@link serviceWords}), except
 * that the building materials it names (`brick`, `timber`, `sand`) are supplied by the contractor and stay goods
 * (without their sectors: the construction work is the supplier's, as the codes say).
 */
function constructionWords(set: HitSet): HitSet {
  if (set.goods.length === 0 && set.inputs.length === 0) return set;
  const goods = set.goods.filter((g) => BUILDING_MATERIALS.has(g.good));
  return { ...set, goods, sectors: [], inputs: [] };
}

/**
 * Whether hits name a textile article: a textiles sector with a good that is not only a material (`towel`,
 * `bedding`, `fabric`, `shirt`, `leather`, HS 63, PSC 7210; not `cotton`, which is also the raw crop).
 */
function namesTextileArticle(
  hits: { goods: readonly GoodHit[]; sectors: readonly SectorHit[] },
  materials: ReadonlySet<GoodHit>,
): boolean {
  return hits.sectors.some((s) => s.sector === TEXTILES_SECTOR) && hits.goods.some((g) => !materials.has(g));
}

/** The classification without the given goods (the same object when it has none of them). */
function withoutGoods(c: Classification, excluded: readonly string[]): Classification {
  if (excluded.length === 0 || !c.goods.some((g) => excluded.includes(g.good))) return c;
  const goods = c.goods.filter((g) => !excluded.includes(g.good));
  if (goods.length === 0 && c.sectors.length === 0 && !c.inputs?.length) return EMPTY;
  return c.inputs ? { goods, sectors: c.sectors, inputs: c.inputs } : { goods, sectors: c.sectors };
}

/** Per distinct field value, not per row: cached parts are shared, so they must not be changed. */
function freeze(c: Classification): Classification {
  if (c === EMPTY) return c;
  return Object.freeze({
    goods: Object.freeze([...c.goods]) as GoodHit[],
    sectors: Object.freeze([...c.sectors]) as SectorHit[],
    ...(c.inputs?.length ? { inputs: Object.freeze([...c.inputs]) as GoodHit[] } : {}),
  });
}

/**
 * Concatenates hit lists in order, keeping the first hit of each good, sector and input, after two
 * adjustments between the parts (a row's fields, or the phrases of one text):
 * - a part whose `one_of` goods another part names some of (by a good that is no alternative itself) keeps
 *   only those, and its sectors only where another part names the same or none (PSC 8905 "MEAT, POULTRY,
 *   AND FISH" with NAICS 311611 beef keeps `Meat`, without `Poultry`, `Fish` and the fishing sector);
 * - goods named by keyword `input` rules (`cotton`) are inputs only when any part names a manufactured good
 *   (`cotton shirts` are `Garments` made of cotton) or a product made of the same material (an HS code's
 *   `input`, HS 5601.21 wadding "of cotton"; a keyword `made_of`, `cotton swabs`), and the good itself when
 *   none does (`cotton, sugar`; `cotton, palm oil`, whose input is palm fruit, not cotton).
 */
function mergeParts(parts: readonly Part[], marks: HitMarks): Classification {
  const narrowed = marks.alternatives.size === 0 ? parts : parts.map((_, i) => narrow(parts, i, marks));
  const named = new Set<string>();
  if (marks.materials.size > 0)
    for (const p of narrowed) for (const g of p.goods) if (marks.materials.has(g)) named.add(g.good);
  const madeInto =
    named.size > 0 &&
    narrowed.some(
      (p) =>
        p.goods.some((g) => !marks.materials.has(g) && marks.manufactured.has(g.good)) ||
        p.inputs?.some((g) => !marks.materials.has(g) && named.has(g.good)),
    );
  const goods: GoodHit[] = [];
  const sectors: SectorHit[] = [];
  const inputs: GoodHit[] = [];
  for (const p of narrowed) {
    for (const g of p.goods) {
      if (madeInto && marks.materials.has(g)) continue;
      if (!goods.some((x) => x.good === g.good)) goods.push(g);
    }
    for (const s of p.sectors) if (!sectors.some((x) => x.sector === s.sector)) sectors.push(s);
    for (const g of p.inputs ?? []) if (!inputs.some((x) => x.good === g.good)) inputs.push(g);
  }
  if (inputs.length > 0) return { goods, sectors, inputs };
  if (goods.length === 0 && sectors.length === 0) return EMPTY;
  return { goods, sectors };
}

/** Part `i` with only the `one_of` goods the other parts name (itself when they name none or all). */
function narrow(parts: readonly Part[], i: number, marks: HitMarks): Part {
  const p = parts[i]!;
  if (!p.goods.some((g) => marks.alternatives.has(g))) return p;
  const named = new Set<string>();
  const otherSectors = new Set<string>();
  parts.forEach((q, j) => {
    if (j === i) return;
    for (const g of q.goods) if (!marks.alternatives.has(g)) named.add(g.good);
    for (const s of q.sectors) otherSectors.add(s.sector);
  });
  const goods = p.goods.filter((g) => !marks.alternatives.has(g) || named.has(g.good));
  const kept = goods.filter((g) => marks.alternatives.has(g)).length;
  if (kept === 0 || goods.length === p.goods.length) return p;
  const sectors = otherSectors.size === 0 ? p.sectors : p.sectors.filter((s) => otherSectors.has(s.sector));
  return { goods, sectors, inputs: p.inputs };
}

/** A Map that empties itself when full: cheap, and enough to keep memory bounded on odd inputs. */
class BoundedCache<V> {
  private readonly map = new Map<string, V>();
  constructor(private readonly limit: number) {}
  get(key: string): V | undefined {
    return this.map.get(key);
  }
  set(key: string, value: V): void {
    if (this.map.size >= this.limit) this.map.clear();
    // Descriptions are slices of the reader's text chunks: keep a copy, not the chunk.
    this.map.set(ownString(key), value);
  }
}
