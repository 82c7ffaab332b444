import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import {
  createNameNormaliser,
  type MatchCandidate,
  type NameMatcher,
  parsePairFile,
  parseQueryFile,
  SCORE_SETTINGS,
  scoreNames,
} from '@tipwatch/core';
import type { Command } from 'commander';
import { CliError } from '../cli-error.js';
import type { Effects } from '../effects.js';
import { LEGAL_FORMS_FILE, loadEngine } from '../engine-loader.js';
import type { SetExit } from './index.js';
import { repeatable } from './repeatable-option.js';

interface MatchFlags {
  country?: string;
  threshold?: string;
  list?: string[];
  json?: boolean;
  file?: string;
  pairs?: string;
  limit: string;
}

function parseThreshold(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const t = Number(text);
  if (text.trim() === '' || !Number.isFinite(t) || t < 0 || t > 1) {
    throw new CliError(`--threshold: expected a number between 0 and 1, found "${text}"`);
  }
  return t;
}

function parseLimit(text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1 || n > 100)
    throw new CliError(`--limit: expected a whole number from 1 to 100, found "${text}"`);
  return n;
}

async function readInput(effects: Effects, file: string, flag: string): Promise<string> {
  try {
    return await readFile(resolve(effects.cwd, file), 'utf8');
  } catch {
    throw new CliError(`${flag} ${file}: cannot be read`);
  }
}

/** Pads cells to column widths: a plain table for people (the JSON lines are for programs). */
function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) =>
    Math.max(h.length, ...rows.map((r) => Math.min(60, (r[i] ?? '').length))),
  );
  const fit = (s: string, w: number) => (s.length > w ? `${s.slice(0, w - 1)}…` : s.padEnd(w));
  const line = (cells: string[]) =>
    `${cells
      .map((c, i) => fit(c, widths[i]!))
      .join('  ')
      .trimEnd()}\n`;
  return line(header) + line(widths.map((w) => '-'.repeat(w))) + rows.map(line).join('');
}

const brief = (c: MatchCandidate) => ({ name: c.name, list: c.list, id: c.id, score: c.score });

function explain(c: MatchCandidate): string {
  return c.why
    .map((w) =>
      w.code === 'aligned' || w.code === 'joined' || w.code === 'acronym'
        ? w.detail
        : `${w.code.replace(/_/g, ' ')}: ${w.detail}`,
    )
    .join('; ');
}

export function registerMatch(program: Command, effects: Effects, setExit: SetExit): void {
  program
    .command('match')
    .description(
      'Match a name (or a file of names) against the UFLPA Entity List, CBP Withhold Release Orders and ' +
        'Findings, and your own lists, with an explained 0–1 score per candidate.',
    )
    .argument('[name]', 'the supplier or entity name to look up (any script: Latin, Chinese, Cyrillic, …)')
    .option(
      '--country <cc>',
      "the name's country (ISO alpha-2, alpha-3 or a name): agreement raises the score, disagreement lowers it",
    )
    .option(
      '--threshold <score>',
      `the score from 0 to 1 at which a candidate counts as a match (default ${SCORE_SETTINGS.threshold})`,
    )
    .option(
      '--list <file>',
      'also match against a user list (repeatable): CSV with name, optional aliases (separated by ; or |) and country, in any common encoding; the list is named after the file',
      repeatable,
    )
    .option(
      '--file <file>',
      'match every row of a CSV with a "name" and an optional "country" column, in input order',
    )
    .option('--pairs <file>', 'score each row of a CSV with "query" and "candidate" columns (no list needed)')
    .option('--limit <n>', 'candidates per name, best first', '5')
    .option('--json', 'print JSON lines instead of a table')
    .addHelpText(
      'after',
      `
Output
  NAME       the best candidates (at most --limit), each with its score and why it scored so.
  --file     one line per input row: {"query","match","candidates":[{"name","list","id","score"}]}
             with --json (match = the best candidate reaches the threshold), else a table.
  --pairs    one line per pair: {"query","candidate","score","match"} with --json, else a table.

Scores are deterministic. Legal forms (Co., Ltd., Bhd/Berhad, GmbH, 有限公司 …), case, accents and
punctuation are ignored; Chinese is converted to pinyin with industry words translated; common words
(Xinjiang, Trading, Industrial …) never make a match on their own.

Examples
  tipwatch match "HOSHINE SILICON IND CO LTD"
  tipwatch match 新疆中泰化学股份有限公司 --json
  tipwatch match --file suppliers.csv --json --list my-watchlist.csv
  tipwatch match --pairs pairs.csv --json`,
    )
    .action(async (name: string | undefined, flags: MatchFlags) => {
      const threshold = parseThreshold(flags.threshold);
      const limit = parseLimit(flags.limit);
      const modes = [name !== undefined, flags.file !== undefined, flags.pairs !== undefined].filter(
        Boolean,
      ).length;
      if (modes !== 1)
        throw new CliError(
          'give exactly one of: a NAME, --file FILE or --pairs FILE (see tipwatch match --help)',
        );

      if (flags.pairs !== undefined) {
        await matchPairs(effects, flags.pairs, threshold ?? SCORE_SETTINGS.threshold, flags.json === true);
        return;
      }
      const engine = await loadEngine(effects, { lists: flags.list, threshold });
      const matcher = engine.matcher;
      const th = threshold ?? matcher.threshold;
      if (flags.file !== undefined) {
        const problems = await matchFile(effects, matcher, flags.file, th, limit, flags.json === true);
        if (problems > 0) setExit(1);
        return;
      }
      const query = name ?? '';
      if (!query.trim()) throw new CliError('the name is empty');
      const candidates = matcher.match(query, { country: flags.country ?? null, limit });
      const isMatch = (candidates[0]?.score ?? 0) >= th;
      if (flags.json) {
        effects.stdout(
          `${JSON.stringify({
            query,
            match: isMatch,
            threshold: th,
            candidates: candidates.map((c) => ({
              ...brief(c),
              matched_name: c.matched_name,
              match: c.score >= th,
              why: c.why,
            })),
          })}\n`,
        );
        return;
      }
      if (candidates.length === 0) {
        effects.stdout(
          `${query}: no candidate shares a distinctive word with any listed name (threshold ${th})\n`,
        );
        return;
      }
      effects.stdout(`${query}: ${isMatch ? 'MATCH' : 'no match'} (threshold ${th})\n\n`);
      effects.stdout(
        table(
          ['score', 'match', 'list', 'name', 'matched name', 'why'],
          candidates.map((c) => [
            c.score.toFixed(4),
            c.score >= th ? 'yes' : 'no',
            c.list,
            c.name,
            c.matched_name,
            explain(c),
          ]),
        ),
      );
    });
}

async function matchFile(
  effects: Effects,
  matcher: NameMatcher,
  file: string,
  threshold: number,
  limit: number,
  json: boolean,
): Promise<number> {
  const parsed = parseQueryFile(await readInput(effects, file, '--file'));
  const missing = parsed.problems.find((p) => p.code === 'missing_column');
  if (missing) throw new CliError(`--file ${file}: ${missing.message}; expected ${missing.expected}`);
  for (const p of parsed.problems) effects.stderr(`tipwatch: --file ${file}: ${p.message}\n`);
  const rows: string[][] = [];
  for (const r of parsed.rows) {
    const candidates = r.name ? matcher.match(r.name, { country: r.country || null, limit }) : [];
    const isMatch = (candidates[0]?.score ?? 0) >= threshold;
    if (json) {
      effects.stdout(
        `${JSON.stringify({ query: r.name, match: isMatch, candidates: candidates.map(brief) })}\n`,
      );
    } else {
      const best = candidates[0];
      rows.push([
        String(r.row),
        r.name,
        isMatch ? 'yes' : 'no',
        best ? best.score.toFixed(4) : '',
        best?.name ?? '',
        best?.list ?? '',
      ]);
    }
  }
  if (!json) effects.stdout(table(['row', 'query', 'match', 'score', 'best candidate', 'list'], rows));
  return parsed.problems.length;
}

async function matchPairs(effects: Effects, file: string, threshold: number, json: boolean): Promise<void> {
  const parsed = parsePairFile(await readInput(effects, file, '--pairs'));
  const first = parsed.problems[0];
  if (first) throw new CliError(`--pairs ${file}: ${first.message}; expected ${first.expected}`);
  let legalForms: string;
  try {
    legalForms = await readFile(join(effects.dataDir, LEGAL_FORMS_FILE), 'utf8');
  } catch {
    throw new CliError(`reference data ${join(effects.dataDir, LEGAL_FORMS_FILE)}: cannot be read`);
  }
  const normaliser = createNameNormaliser(legalForms);
  const rows: string[][] = [];
  for (const r of parsed.rows) {
    const score = r.query && r.candidate ? scoreNames(r.query, r.candidate, normaliser).score : 0;
    const isMatch = score >= threshold;
    if (json)
      effects.stdout(
        `${JSON.stringify({ query: r.query, candidate: r.candidate, score, match: isMatch })}\n`,
      );
    else rows.push([String(r.row), r.query, r.candidate, score.toFixed(4), isMatch ? 'yes' : 'no']);
  }
  if (!json) effects.stdout(table(['row', 'query', 'candidate', 'score', 'match'], rows));
}
