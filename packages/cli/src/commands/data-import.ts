import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename, extname, resolve } from 'node:path';
import {
  countryResolverFrom,
  describeChanges,
  formatChanges,
  IMPORT_KINDS,
  IMPORT_TARGETS,
  type ImportChanges,
  type ImportKind,
  isImportKind,
  loadReferenceData,
  MANIFEST_FILE,
  type Problem,
  parseImportFile,
  parseManifest,
  problemsOf,
  TipwatchError,
} from '@tipwatch/core';
import type { Command } from 'commander';
import { CliError } from '../cli-error.js';
import type { Effects } from '../effects.js';
import { listText } from '../engine-loader.js';
import { importedReferenceTexts, userDataDir, withKnowledgeStore } from '../knowledge-loader.js';
import { readReferenceFiles, withImported } from '../reference-loader.js';
import { watchList } from '../workspace/list-change-alerts.js';
import { auditImport } from './import-audit.js';
import type { SetExit } from './index.js';

/** The lists the screening names as the UFLPA Entity List and CBP orders: a user list may not take them. */
const BUILT_IN_LISTS: readonly string[] = ['uflpa', 'cbp_wro'];

interface ImportFlags {
  name?: string;
  asOf?: string;
  json?: boolean;
}

/** What `tipwatch data import --json` prints. */
export interface ImportReport {
  file: string;
  kind: ImportKind;
  dataset: string;
  version: number;
  previous_version: number | null;
  as_of: string | null;
  rows: number;
  data_dir: string;
  changes: ImportChanges;
  notes: Problem[];
}

/**
 * `tipwatch data import KIND FILE`: reads FILE with the reader of KIND, checks every row (and, for a file
 * that stands in for a vendored one, that the screening can still load with it), then writes it as a new
 * version of its dataset in one transaction and says what changed since the version in force. Any bad row
 * stops the import before the knowledge base is opened: exit 2, nothing written.
 */
export function registerDataImport(data: Command, effects: Effects, setExit: SetExit): void {
  data
    .command('import')
    .description('Import a new version of a dataset into the knowledge base and show what changed.')
    .argument('<kind>', `what the file is: ${IMPORT_KINDS.join(', ')}`)
    .argument('<file>', 'the file to import (XML for ilab-goods and ilab-countries, else CSV)')
    .option('--name <name>', "for a user list: the list's name (default: the file's base name)")
    .option('--as-of <date>', "the source's own date, YYYY-MM-DD (default: none; the import date is shown)")
    .option('--json', 'print the result as JSON')
    .addHelpText(
      'after',
      `
Kinds:
${IMPORT_KINDS.map((k) => `  ${k.padEnd(15)}${IMPORT_TARGETS[k].expected}`).join('\n')}

Exit codes: 0 imported, 1 internal error, 2 usage, unreadable file or a bad row (nothing written).`,
    )
    .action(async (kind: string, file: string, _flags: ImportFlags, command: Command) => {
      setExit(await importFile(kind, file, command.optsWithGlobals<ImportFlags>(), effects));
    });
}

async function importFile(
  kindText: string,
  file: string,
  flags: ImportFlags,
  effects: Effects,
): Promise<number> {
  if (!isImportKind(kindText)) {
    throw new CliError(`data import ${kindText}: expected a kind, one of ${IMPORT_KINDS.join(', ')}`);
  }
  const kind = kindText;
  if (flags.asOf !== undefined && !isDate(flags.asOf)) {
    throw new CliError(`--as-of ${flags.asOf}: expected a date as YYYY-MM-DD`);
  }
  if (flags.name !== undefined && kind !== 'list')
    throw new CliError('--name is only for a user list (list)');
  const path = resolve(effects.cwd, file);
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch {
    throw new CliError(`${file}: no such file (or it cannot be read)`);
  }
  let text: string;
  if (kind === 'list') {
    // A user list is read in the encoding it was saved in (GB18030, UTF-16 …), as `screen --list` reads it.
    text = listText(bytes, file);
  } else {
    text = bytes.toString('utf8');
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const listName = (flags.name ?? basename(path, extname(path))).trim();
  if (kind === 'list' && !/^[A-Za-z0-9_.-]+$/.test(listName)) {
    throw new CliError(`--name ${listName}: expected a list name of letters, digits, _ . or -`);
  }
  if (kind === 'list' && BUILT_IN_LISTS.includes(listName)) {
    throw new CliError(`--name ${listName}: that is the name of a built-in list; choose another name`);
  }

  const dataDir = userDataDir(effects);
  const files = await readReferenceFiles(effects.dataDir);
  const datasets = parseManifest(files.get(MANIFEST_FILE) ?? '');
  const coverage = files.get(datasets.find((d) => d.id === 'tip_tiers_coverage')?.file ?? '');
  const parsed = parseImportFile(kind, text, {
    countries: countryResolverFrom(files, datasets),
    as_of: flags.asOf ?? null,
    listName,
    ...(coverage === undefined ? {} : { tiersCoverage: coverage }),
  });
  const problems = [...parsed.problems];
  if (problems.length === 0 && parsed.replaces !== null) {
    problems.push(...(await screeningProblems(effects, dataDir, files, parsed.replaces, text)));
  }
  if (problems.length > 0) {
    for (const p of problems.slice(0, 20)) effects.stderr(`tipwatch: ${describeProblem(file, p)}\n`);
    if (problems.length > 20) effects.stderr(`tipwatch: … and ${problems.length - 20} more problems\n`);
    effects.stderr(`tipwatch: ${file}: not imported (nothing was written)\n`);
    return 2;
  }

  // Organisations' saved suppliers are screened again against a list this import changes.
  const watch = await watchList(effects, dataDir, kind, listName);
  const result = await withKnowledgeStore(effects, dataDir, async (store) => {
    try {
      return await store.importDataset(
        parsed.kind,
        {
          dataset: parsed.dataset,
          as_of: flags.asOf ?? null,
          source_file: basename(path),
          imported_by: 'tipwatch data import',
          checksum: createHash('sha256').update(text).digest('hex'),
          raw_text: text,
        },
        parsed.rows,
      );
    } catch (err) {
      await watch?.cancel();
      if (err instanceof TipwatchError) throw new CliError(`${file}: not imported: ${err.message}`);
      throw err;
    }
  });
  const alerts = (await watch?.alert({ dataset: parsed.dataset, as_of: result.version.as_of })) ?? 0;
  if (alerts > 0) {
    effects.stderr(
      `tipwatch: ${alerts} organisation${alerts === 1 ? ' has' : 's have'} suppliers newly matching ${parsed.dataset} (see /api/alerts)\n`,
    );
  }
  const changes = describeChanges(parsed.kind, result.diff);
  // Every change to a list or to the reference data is in each organisation's audit log.
  await auditImport(effects, dataDir, {
    dataset: parsed.dataset,
    kind,
    version: result.version,
    previous: result.previous,
    changes,
  });
  const report: ImportReport = {
    file,
    kind,
    dataset: parsed.dataset,
    version: result.version.version,
    previous_version: result.previous?.version ?? null,
    as_of: result.version.as_of,
    rows: result.version.row_count,
    data_dir: dataDir,
    changes,
    notes: parsed.notes,
  };
  if (flags.json) {
    effects.stdout(`${JSON.stringify(report, null, 2)}\n`);
    return 0;
  }
  for (const n of parsed.notes) effects.stderr(`tipwatch: note: ${describeProblem(file, n)}\n`);
  const lines = [
    `Imported ${file} as ${report.dataset} version ${report.version} (${report.rows} rows) in ${dataDir}.`,
    report.previous_version === null
      ? 'First version of this dataset.'
      : `Changes since version ${report.previous_version} (kept; see tipwatch data --versions):`,
    ...formatChanges(parsed.kind, changes).map((l) => `  ${l}`),
  ];
  if (report.previous_version === null) lines.splice(2);
  effects.stdout(`${lines.join('\n')}\n`);
  return 0;
}

/**
 * Whether the screening can still load its reference data with `text` in place of dataset `replaces`'s
 * file (and the other imported versions in force): a file that reads as rows but breaks the engine (a tier
 * year the coverage file does not know, say) must not be put in force.
 */
async function screeningProblems(
  effects: Effects,
  dataDir: string,
  files: ReadonlyMap<string, string>,
  replaces: string,
  text: string,
): Promise<Problem[]> {
  const others = (await importedReferenceTexts(effects, dataDir)).filter((i) => i.dataset !== replaces);
  const candidate = {
    dataset: replaces,
    text,
    version: 1,
    imported_at: effects.today(),
    as_of: null,
    source_file: null,
  };
  try {
    loadReferenceData(withImported(files, [...others, candidate]));
    return [];
  } catch (err) {
    if (err instanceof TipwatchError) return problemsOf(err);
    throw err;
  }
}

function isDate(text: string): boolean {
  const date = new Date(`${text}T00:00:00Z`);
  return (
    /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text)
  );
}

/** `FILE: row 3 (line 4), column "country": expected …`, as much of the place as the problem knows. */
export function describeProblem(file: string, p: Problem): string {
  const place = [
    p.row !== undefined ? `row ${p.row}` : '',
    p.line !== undefined ? (p.row !== undefined ? `(line ${p.line})` : `line ${p.line}`) : '',
  ]
    .filter(Boolean)
    .join(' ');
  const where = [place, p.column ? `column "${p.column}"` : ''].filter(Boolean).join(', ');
  // Messages of some readers already start with their place ("row 2 (line 3) has no name").
  const message =
    place !== '' && p.message.startsWith(place)
      ? p.message.slice(place.length).replace(/^[:,]?\s*/, '')
      : p.message;
  const expected = p.expected && !message.includes('expected') ? ` (expected ${p.expected})` : '';
  return `${file}: ${where ? `${where}: ` : ''}${message}${expected}`;
}
