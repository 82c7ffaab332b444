import { readFile } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import {
  createMatcher,
  createNameNormaliser,
  decodeUserList,
  isFatalUserListProblem,
  type KnowledgeStore,
  type ListEntry,
  type NameMatcher,
  type Problem,
  parseUserList,
  parseWeights,
  type ReferenceData,
  TipwatchError,
  type Weights,
} from '@tipwatch/core';
import { CliError } from './cli-error.js';
import type { Effects } from './effects.js';
import { importedKnowledge, importedKnowledgeIn, userDataDir } from './knowledge-loader.js';
import { loadReferenceFromDir } from './reference-loader.js';

/** Everything a screening or match run needs, loaded from the data folder and the user's lists. */
export interface Engine {
  ref: ReferenceData;
  matcher: NameMatcher;
  weights: Weights;
  /** Settings shown in reports (threshold, weights file, user lists). */
  settings: Record<string, string>;
}

export const LEGAL_FORMS_FILE = 'matching/org_types_aliases.csv';
export const WEIGHTS_FILE = 'weights.json';

async function readText(path: string, what: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    throw new CliError(`${what} ${path}: cannot be read`);
  }
}

/**
 * The text of a `--list` file, in the encoding it was saved in (see `decodeUserList`); a workbook, an archive
 * or bytes that do not decode stop the run, naming the file.
 */
async function readListText(path: string, file: string): Promise<string> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch {
    throw new CliError(`--list ${path}: cannot be read`);
  }
  return listText(bytes, `--list ${file}`);
}

/**
 * The text of a user list's bytes (`decodeUserList`), for `--list` and `data import list`; a workbook, an
 * archive or bytes that do not decode are a usage error that names the file (`label`).
 */
export function listText(bytes: Uint8Array, label: string): string {
  try {
    return decodeUserList(bytes).text;
  } catch (err) {
    if (err instanceof TipwatchError) throw new CliError(`${label}: ${err.message}`);
    throw err;
  }
}

/**
 * The name a `--list` file is screened and cited under: its base name (`watch.csv` → `watch`), unless the
 * reference data already names a list or dataset so (`uflpa.csv`, `cbp_wro.csv`): then its file name
 * (`uflpa.csv`), so that its entries are never taken for the official list's or cited with its dates.
 */
export function userListName(file: string, reserved: ReadonlySet<string>): string {
  const name = basename(file, extname(file));
  if (!reserved.has(name)) return name;
  const whole = basename(file);
  return whole !== name && !reserved.has(whole) ? whole : `${name} (user list)`;
}

/** Where a problem is, unless its message says so already (`row 1 (line 2): …`). */
function located(p: Problem): string {
  if (p.row !== undefined && p.message.startsWith(`row ${p.row}`)) return p.message;
  return p.line !== undefined ? `line ${p.line}: ${p.message}` : p.message;
}

/**
 * Reads user lists (`--list FILE`), each named by `userListName`. A file the list cannot be read from (no
 * name column) stops the run; a row's problem (no name, an unknown country, a repeated name) and a column
 * not used are printed as warnings and the run goes on with the entries as the warning says.
 */
export async function loadUserLists(
  effects: Effects,
  files: readonly string[],
  resolveCountry: (text: string) => string | null,
  reserved: ReadonlySet<string> = new Set(),
): Promise<ListEntry[]> {
  const entries: ListEntry[] = [];
  for (const file of files) {
    const path = resolve(effects.cwd, file);
    const name = userListName(path, reserved);
    const parsed = parseUserList(await readListText(path, file), name, { resolveCountry });
    const fatal = parsed.problems.find(isFatalUserListProblem);
    if (fatal) throw new CliError(`--list ${file}: ${located(fatal)}`);
    const base = basename(path, extname(path));
    if (name !== base) {
      effects.stderr(
        `tipwatch: warning: --list ${file}: "${base}" is the name of a bundled list or dataset; its entries are cited as user list "${name}"\n`,
      );
    }
    for (const p of [...parsed.problems, ...parsed.notes]) {
      effects.stderr(`tipwatch: warning: --list ${file}: ${located(p)}\n`);
    }
    entries.push(...parsed.entries);
  }
  return entries;
}

export async function loadEngine(
  effects: Effects,
  options: { lists?: readonly string[]; threshold?: number | undefined; store?: KnowledgeStore } = {},
): Promise<Engine> {
  // Versions imported into the user's data directory stand in for the vendored files they replace, and the
  // user lists imported there are screened against with them; a caller that already has the knowledge store
  // open (serve) hands it in rather than opening a second connection.
  const dataDir = userDataDir(effects);
  const { texts, userLists } = options.store
    ? await importedKnowledgeIn(options.store, dataDir)
    : await importedKnowledge(effects, dataDir);
  const reference = await loadReferenceFromDir(effects.dataDir, { imported: texts });
  // The user lists are among the datasets the run used (its data versions and the report's data section).
  const ref: ReferenceData =
    userLists.length === 0
      ? reference
      : { ...reference, datasets: [...reference.datasets, ...userLists.map((l) => l.info)] };
  const [legalForms, weightsText, userEntries] = await Promise.all([
    readText(join(effects.dataDir, LEGAL_FORMS_FILE), 'reference data'),
    readText(join(effects.dataDir, WEIGHTS_FILE), 'reference data'),
    loadUserLists(
      effects,
      options.lists ?? [],
      (text) => ref.countries.resolve(text),
      new Set([...ref.listEntries.map((e) => e.list), ...ref.datasets.map((d) => d.id)]),
    ),
  ]);
  const weights = parseWeights(weightsText, `data/${WEIGHTS_FILE}`);
  const imported = userLists.flatMap((l) => l.entries);
  const matcher = createMatcher([...ref.listEntries, ...imported, ...userEntries], {
    normaliser: createNameNormaliser(legalForms),
    threshold: options.threshold,
    resolveCountry: (text: string) => ref.countries.resolve(text),
    places: ref.xinjiang,
  });
  const settings: Record<string, string> = {
    'entity match threshold': String(options.threshold ?? matcher.threshold),
    'risk weights': `data/${WEIGHTS_FILE}`,
  };
  if (options.lists && options.lists.length > 0) settings['user lists'] = options.lists.join(', ');
  return { ref, matcher, weights, settings };
}
