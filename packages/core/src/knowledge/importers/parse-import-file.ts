import { TipwatchError } from '../../errors.js';
import { isFatalUserListProblem, parseUserList } from '../../matching/user-list.js';
import type { Problem } from '../../model/problem.js';
import { parseCbpOrders } from '../../reference/cbp-orders.js';
import type { CountryResolver } from '../../reference/country-resolver.js';
import { parseHotlines } from '../../reference/hotlines.js';
import { parseUflpaEntities } from '../../reference/uflpa-entities.js';
import { parseIlabCountries } from '../ilab-countries-parser.js';
import { ilabGoodsToCsv, parseIlabGoodsXml } from '../ilab-goods-parser.js';
import { type KnowledgeKind, type KnowledgeRow, kindTraits } from '../knowledge-kind.js';
import { IMPORT_TARGETS, type ImportKind } from './import-kind.js';
import { userListDataset } from './imported-user-list.js';
import { type ParsedImport, problemsOf, readRows } from './parsed-import.js';
import { readTierHistory } from './tier-history-reader.js';

/** What an import needs besides the file: the country resolver and the vendored files some kinds rely on. */
export interface ImportContext {
  countries: CountryResolver;
  /** The vendored `tip_tiers_coverage.csv` (which tiers are complete per year), for `tiers`. */
  tiersCoverage?: string;
  /** The source's date (`YYYY-MM-DD`), null when unknown. */
  as_of: string | null;
  /** The list's name, for `list` (entries are `NAME:key`, the dataset `user_list:NAME`). */
  listName?: string;
}

/** One file read for import: the rows for the store, and where they go. */
export interface ImportFile extends ParsedImport<KnowledgeRow> {
  importKind: ImportKind;
  kind: KnowledgeKind;
  dataset: string;
  /** The manifest id whose vendored file this file stands in for when screening, if any. */
  replaces: string | null;
}

// Repeated per-territory figures are how the source writes multi-territory profiles, not a damaged row; a
// name the resolver does not know (the real file's "West Bank and the Gaza Strip") keeps its profile by name.
const ILAB_NOTE_CODES = new Set(['ilab_figure_repeated', 'ilab_country_unresolved']);

/**
 * Reads one file of an import kind with the engine's own reader for that shape (`parseUflpaEntities`,
 * `parseCbpOrders`, `parseHotlines`, the tier reader, `parseIlabCountries`, `parseUserList`) and returns its
 * rows and every problem, each naming its row, line and column. Rows whose store key repeats an earlier
 * row's are problems too, so that nothing reaches the store that it would refuse.
 */
export function parseImportFile(importKind: ImportKind, text: string, context: ImportContext): ImportFile {
  const target = IMPORT_TARGETS[importKind];
  const listName = context.listName ?? '';
  const dataset = importKind === 'list' ? userListDataset(listName) : (target.dataset ?? '');
  const meta = { dataset, as_of: context.as_of };
  const { countries } = context;
  let parsed: ParsedImport<KnowledgeRow>;
  switch (importKind) {
    case 'uflpa':
      parsed = readRows(() => parseUflpaEntities(text, countries, meta));
      break;
    case 'cbp-wro':
      parsed = readRows(() => parseCbpOrders(text, countries, meta).entries);
      break;
    case 'hotlines':
      parsed = readRows(() => parseHotlines(text, countries, meta));
      break;
    case 'tiers': {
      const coverage = context.tiersCoverage;
      if (coverage === undefined)
        throw new TipwatchError('no_tiers_coverage', 'tiers import needs the coverage file');
      parsed = readRows(() => readTierHistory(text, coverage, countries, meta));
      break;
    }
    case 'ilab-countries':
      parsed = readIlabCountries(text, countries, meta);
      break;
    case 'list': {
      if (listName.trim() === '') throw new TipwatchError('no_list_name', 'a user list needs a name');
      const list = parseUserList(text, listName, { resolveCountry: (t) => countries.resolve(t) });
      // As when a list is given to a screen: only a list without a name column is refused; a row without a
      // name, an unknown country or a repeated name is kept as the message says, and noted.
      parsed = {
        rows: list.entries,
        problems: list.problems.filter(isFatalUserListProblem),
        notes: [...list.problems.filter((p) => !isFatalUserListProblem(p)), ...list.notes],
      };
      break;
    }
    case 'ilab-goods':
      parsed = readIlabGoods(text, countries, meta);
      break;
  }
  const kind = target.kind;
  if (parsed.problems.length === 0) parsed.problems.push(...repeatedKeys(kind, parsed.rows));
  return { ...parsed, importKind, kind, dataset, replaces: target.replaces };
}

function readIlabGoods(
  text: string,
  countries: CountryResolver,
  meta: { dataset: string; as_of: string | null },
): ParsedImport<KnowledgeRow> {
  try {
    const { goods, problems } = parseIlabGoodsXml(text, {
      resolveIso3: (name) => countries.resolve(name),
      as_of: meta.as_of,
      dataset: meta.dataset,
    });
    return { rows: goods, problems, notes: [] };
  } catch (err) {
    if (!(err instanceof TipwatchError)) throw err;
    return { rows: [], problems: problemsOf(err), notes: [] };
  }
}

/**
 * The text that stands in for a vendored file when screening, made from an imported file's text: the ILAB
 * goods XML becomes the `tvpra_goods.csv` shape the engine reads; the CSV kinds are already in their shape.
 */
export function referenceTextOf(dataset: string, rawText: string, countries: CountryResolver): string {
  if (dataset !== 'tvpra_goods' || !rawText.trimStart().startsWith('<')) return rawText;
  const { goods } = parseIlabGoodsXml(rawText, {
    resolveIso3: (name) => countries.resolve(name),
    as_of: null,
  });
  return ilabGoodsToCsv(goods);
}

function readIlabCountries(
  text: string,
  countries: CountryResolver,
  meta: { dataset: string; as_of: string | null },
): ParsedImport<KnowledgeRow> {
  try {
    const { profiles, problems } = parseIlabCountries(text, {
      resolveIso3: (name) => countries.resolve(name),
      as_of: meta.as_of,
      dataset: meta.dataset,
    });
    return {
      rows: profiles,
      problems: problems.filter((p) => !ILAB_NOTE_CODES.has(p.code)),
      notes: problems.filter((p) => ILAB_NOTE_CODES.has(p.code)),
    };
  } catch (err) {
    if (!(err instanceof TipwatchError)) throw err;
    return { rows: [], problems: problemsOf(err), notes: [] };
  }
}

/** Rows whose key (as the store files them) repeats an earlier row's: the store would refuse the version. */
function repeatedKeys(kind: KnowledgeKind, rows: readonly KnowledgeRow[]): Problem[] {
  const keyOf = kindTraits(kind).keyOf as (row: KnowledgeRow) => string;
  const first = new Map<string, number>();
  const problems: Problem[] = [];
  rows.forEach((row, i) => {
    const key = keyOf(row);
    const seen = first.get(key);
    const record = (row as { source?: { record?: string } }).source?.record ?? `entry ${i + 1}`;
    const at = /^row (\d+)/.exec(record)?.[1];
    if (seen === undefined) first.set(key, i);
    else {
      const earlier = (rows[seen] as { source?: { record?: string } }).source?.record ?? `entry ${seen + 1}`;
      problems.push({
        code: 'repeated_key',
        message: `${record} repeats ${earlier} (the same ${kindTraits(kind).titleOf(row as never)})`,
        ...(at === undefined ? {} : { row: Number(at) }),
        expected: 'each entry once',
      });
    }
  });
  return problems;
}
