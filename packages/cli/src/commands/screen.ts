import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import {
  CANONICAL_FIELDS,
  type CanonicalField,
  countFarPlanRows,
  type FarPlanSummary,
  isFederalAwardLayout,
  isLevel,
  LEVELS,
  type Level,
  levelRank,
  type OutputSink,
  ScreeningOutputs,
  type ScreenSummary,
  screenSpendFile,
} from '@tipwatch/core';
import type { Command } from 'commander';
import { CliError } from '../cli-error.js';
import type { Effects } from '../effects.js';
import { loadEngine } from '../engine-loader.js';
import { AtomicFile, writeFileAtomic } from '../output/atomic-file.js';
import { describeLayout } from '../output/layout-text.js';
import { createProgress } from '../output/progress.js';
import { Utf8Blocks } from '../output/utf8-blocks.js';
import type { SetExit } from './index.js';
import { repeatable } from './repeatable-option.js';

interface ScreenFlags {
  out: string;
  json?: boolean;
  map?: string[];
  encoding?: string;
  sheet?: string;
  failOn?: string;
  threshold?: string;
  list?: string[];
}

export function registerScreen(program: Command, effects: Effects, setExit: SetExit): void {
  program
    .command('screen')
    .description(
      'Screen a spend, supplier or import file (CSV or XLSX) and write an explained risk register, findings, ' +
        'rejects, a report and, where FAR 52.222-50(h) requires one, a compliance-plan draft.',
    )
    .argument('<file>', 'the CSV or XLSX file to screen')
    .option('--out <dir>', 'folder for the outputs', './tipwatch-out')
    .option('--json', 'print the summary as JSON')
    .option(
      '--map <field=column>',
      'read a field from a named column (repeatable; COLUMN#2 is the second of several columns of that ' +
        `name); fields: ${CANONICAL_FIELDS.join(', ')}`,
      repeatable,
    )
    .option(
      '--encoding <name>',
      'the file encoding, when detection gets it wrong (e.g. windows-1252, utf-16le, gb18030)',
    )
    .option(
      '--sheet <name|number>',
      'the worksheet of an XLSX workbook to read, by name or number from 1 (default: of the sheets with a recognisable header, the one with rows whose header maps the most fields)',
    )
    .option(
      '--fail-on <level>',
      `exit with code 3 when any row reaches this level (${LEVELS.join(', ')}, in any case)`,
    )
    .option('--threshold <score>', "entity match threshold between 0 and 1 (default: the matcher's)")
    .option(
      '--list <file>',
      'also screen against a user list (repeatable): CSV with name, optional aliases (separated by ; or |) and ' +
        'country, in any common encoding',
      repeatable,
    )
    .addHelpText(
      'after',
      `
Outputs (each written atomically into --out):
  register.csv         one row per screened input row: row, ref, supplier, country, level, score, findings, top_reason
  findings.jsonl       one JSON object per finding, with its source dataset, record and as-of date
  rejects.csv          rows that could not be screened: row, ref, reason, then the original fields
  report.html          a self-contained report: spend by level, sector x country heat map, top rows
  compliance-plan.md   when any row needs a FAR 52.222-50(h) compliance plan

Exit codes: 0 done (whatever was found), 1 internal error, 2 usage or unreadable input, or no row could be
screened (every row rejected, or no data rows: the outputs are still written), 3 --fail-on met.`,
    )
    .action(async (file: string, flags: ScreenFlags) => {
      setExit(await screen(file, flags, effects));
    });
}

function parseMap(pairs: string[]): Partial<Record<CanonicalField, string>> {
  const map: Partial<Record<CanonicalField, string>> = {};
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    const field = eq > 0 ? pair.slice(0, eq).trim() : '';
    const column = eq > 0 ? pair.slice(eq + 1).trim() : '';
    if (!(CANONICAL_FIELDS as readonly string[]).includes(field) || column === '') {
      throw new CliError(
        `--map ${pair}: expected FIELD=COLUMN with FIELD one of ${CANONICAL_FIELDS.join(', ')}`,
      );
    }
    map[field as CanonicalField] = column;
  }
  return map;
}

function parseThreshold(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0 || value > 1) {
    throw new CliError(`--threshold ${text}: expected a number greater than 0 and at most 1`);
  }
  return value;
}

/** An output file fed text whole, or a batch's many pieces through UTF-8 blocks (see `Utf8Blocks`). */
function outputSink(file: AtomicFile, encoded: Utf8Blocks): OutputSink {
  return {
    write: (text) => file.write(text),
    writePieces: (fill) => {
      fill(encoded.write, encoded.writeBytes);
      return file.writeBytes(encoded.take());
    },
  };
}

async function screen(file: string, flags: ScreenFlags, effects: Effects): Promise<number> {
  const failOn = flags.failOn?.trim().toLowerCase();
  if (failOn !== undefined && !isLevel(failOn)) {
    throw new CliError(`--fail-on ${flags.failOn}: expected one of ${LEVELS.join(', ')}`);
  }
  const map = parseMap(flags.map ?? []);
  const threshold = parseThreshold(flags.threshold);
  const path = resolve(effects.cwd, file);
  const kind = await stat(path).catch(() => null);
  if (kind === null) throw new CliError(`${file}: no such file (or it cannot be read)`);
  if (kind.isDirectory()) throw new CliError(`${file} is a directory, not a file`);
  const outDir = resolve(effects.cwd, flags.out);
  const engine = await loadEngine(effects, { lists: flags.list, threshold });
  const format = extname(path).toLowerCase() === '.xlsx' ? 'xlsx' : undefined;

  const register = await AtomicFile.open(join(outDir, 'register.csv'));
  const findings = await AtomicFile.open(join(outDir, 'findings.jsonl'));
  const rejects = await AtomicFile.open(join(outDir, 'rejects.csv'));
  const files = [register, findings, rejects];
  const encoded = new Utf8Blocks();
  const outputs = new ScreeningOutputs({
    register: outputSink(register, encoded),
    findings: outputSink(findings, encoded),
    rejects: outputSink(rejects, encoded),
  });
  const progress = createProgress(effects);
  /** Problems already printed with the layout; those found while reading are printed at the end. */
  let shownProblems = 0;
  /** Rows with a FAR 52.222-50(h) plan finding, counted as they stream past. */
  let farRows = 0;
  let summary: ScreenSummary;
  try {
    summary = await screenSpendFile({
      open: () => createReadStream(path, { highWaterMark: 1 << 20 }),
      fileOptions: { encoding: flags.encoding, map, format, sheet: flags.sheet },
      ref: engine.ref,
      matcher: engine.matcher,
      weights: engine.weights,
      options: { today: effects.today(), threshold },
      onLayout: async (detected) => {
        if (!flags.json) effects.stderr(describeLayout(detected));
        shownProblems = detected.problems.length;
        await outputs.onLayout(detected);
      },
      onRows: async (rows) => {
        farRows += countFarPlanRows(rows);
        await outputs.onRows(rows);
      },
      onRejects: outputs.onRejects,
      onProgress: (done) => progress.update(done),
    });
  } catch (err) {
    progress.stop();
    await Promise.all(files.map((f) => f.abort()));
    throw err;
  }
  progress.stop();
  await Promise.all(files.map((f) => f.commit()));

  const { reportHtml, planMarkdown, compliance_plan } = outputs.documents({
    input_name: basename(path),
    generated_at: new Date().toISOString(),
    settings: engine.settings,
    ref: engine.ref,
  });
  await writeFileAtomic(join(outDir, 'report.html'), reportHtml);
  const planPath = planMarkdown === null ? null : join(outDir, 'compliance-plan.md');
  if (planPath !== null && planMarkdown !== null) await writeFileAtomic(planPath, planMarkdown);
  const farPlan: FarPlanSummary = {
    rows: farRows,
    contracts: compliance_plan?.contracts ?? 0,
    path: planPath,
  };

  if (flags.json) {
    effects.stdout(
      `${JSON.stringify({
        rows: summary.rows,
        screened: summary.screened,
        rejected: summary.rejected,
        levels: summary.levels,
        layout: summary.layout,
        data_versions: summary.data_versions,
        far_plan: farPlan,
        out: outDir,
      })}\n`,
    );
  } else {
    for (const p of summary.layout.problems.slice(shownProblems)) effects.stderr(`Note: ${p.message}\n`);
    effects.stdout(humanSummary(summary, outDir, farPlan));
  }
  if (summary.screened === 0) {
    effects.stderr(
      summary.rows === 0
        ? 'tipwatch: the file has no data rows\n'
        : `tipwatch: no row could be screened: all ${summary.rows} rows were rejected, see ${join(outDir, 'rejects.csv')}\n`,
    );
    return 2;
  }
  if (failOn !== undefined) {
    const reached = LEVELS.some((l) => levelRank(l) >= levelRank(failOn as Level) && summary.levels[l] > 0);
    if (reached) return 3;
  }
  return 0;
}

function humanSummary(summary: ScreenSummary, outDir: string, farPlan: FarPlanSummary): string {
  const lines = [
    summary.rejected === 0
      ? `Screened ${summary.screened} of ${summary.rows} rows (none rejected).`
      : `Screened ${summary.screened} of ${summary.rows} rows (${summary.rejected} rejected, see rejects.csv).`,
    `Levels: ${LEVELS.slice()
      .reverse()
      .map((l) => `${summary.levels[l]} ${l}`)
      .join(', ')}.`,
    `Outputs in ${outDir}: register.csv, findings.jsonl, rejects.csv, report.html${farPlan.path !== null ? ', compliance-plan.md' : ''}.`,
  ];
  if (farPlan.path !== null) {
    // The clause binds US federal contracts and subcontracts: of a file that is not federal award data (an
    // importer's entries, a company's purchase orders), only the rows that belong to one.
    const need = isFederalAwardLayout(summary.layout)
      ? `${plural(farPlan.rows, 'row needs', 'rows need')} a compliance plan`
      : farPlan.rows === 1
        ? '1 row would need a compliance plan if it belongs to a US federal contract or subcontract'
        : `${farPlan.rows} rows would need a compliance plan if they belong to US federal contracts or subcontracts`;
    lines.push(
      `FAR 52.222-50(h): ${need}, in ${plural(farPlan.contracts, 'contract')}; the draft has a section for ` +
        `each: ${farPlan.path}.`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** `1 row needs`, `2 rows need`: the count with the word for it. */
function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
