import Papa from 'papaparse';
import { TipwatchError } from '../errors.js';
import type { Problem } from '../model/problem.js';
import { SECTORS, type Sector } from './sectors.js';

/**
 * Readers for tipwatch's crosswalk files, `data/crosswalk/codes.csv` and `data/crosswalk/keywords.csv`.
 * A file may start with a `# as_of: YYYY-MM-DD` line, the date of its last review.
 */

export type CrosswalkScheme = 'HS' | 'NAICS' | 'PSC';
export const CROSSWALK_SCHEMES: readonly CrosswalkScheme[] = ['HS', 'NAICS', 'PSC'];

/** A target of a rule: an ILAB good, a sector, or (keywords only) nothing, to guard against a shorter rule. */
export type CrosswalkTarget =
  | { target_type: 'good'; target: string }
  | { target_type: 'sector'; target: Sector }
  | { target_type: 'none'; target: '' };

/**
 * Keywords only: a good the phrase rules out. A row whose text has the phrase (`vinyl`), or whose HS code
 * starts with the code of an `HS 39` pattern, takes that good from no keyword (codes still give it).
 */
export type CrosswalkExclusion = { target_type: 'not'; target: string };

/**
 * A good the product is made of, in whole or in part (HS 6203.42 trousers "of cotton" → `Cotton`). It is no
 * goods hit of its own (the trousers are not raw cotton); it counts for CBP orders on products made with the
 * good. A keyword `input` (`cotton`, `Baumwolle`) names the good itself when nothing else in the row names a
 * good: a row that says only "cotton" buys cotton.
 */
export type CrosswalkInput = { target_type: 'input'; target: string };

/**
 * Keywords only: the phrase names an article made of the good that the ILAB list has no good for
 * (`cotton swab`, `cotton wool`, as HS 5601.21 "Wadding; other articles thereof, of cotton"). The good is an
 * input of the row and never a good of its own, and the row names a manufactured product, so a bare `cotton`
 * in it is the material too.
 */
export type CrosswalkArticle = { target_type: 'made_of'; target: string };

/**
 * Codes only: one of several goods a broad code covers (PSC 8905 "MEAT, POULTRY, AND FISH"), of which a
 * purchase is usually one. When another code or the text of the row names some of them, only those count.
 */
export type CrosswalkAlternative = { target_type: 'one_of'; target: string };

/**
 * Keywords only: the phrase is also the name of a colour (`sand`, `olive`, `charcoal`). In a row whose codes
 * buy clothing or footwear, the phrase names the colour of the article and gives none of its goods or sectors.
 */
export type CrosswalkColour = { target_type: 'colour'; target: '' };

export type CodeRule = { scheme: CrosswalkScheme; code: string; row: number } & (
  | CrosswalkTarget
  | CrosswalkInput
  | CrosswalkAlternative
);
export type KeywordRule = { pattern: string; row: number } & (
  | CrosswalkTarget
  | CrosswalkExclusion
  | CrosswalkInput
  | CrosswalkArticle
  | CrosswalkColour
);

export interface CrosswalkRead<T> {
  rules: T[];
  as_of: string | null;
  problems: Problem[];
}

const AS_OF = /^\uFEFF?#\s*as_of:\s*(\d{4}-\d{2}-\d{2})/;
const SECTOR_SET: ReadonlySet<string> = new Set(SECTORS);

function parse(text: string, file: string, required: string[]) {
  const parsed = Papa.parse<Record<string, string>>(text, {
    header: true,
    comments: '#',
    skipEmptyLines: 'greedy',
    transformHeader: (h) => h.trim(),
  });
  const fields = parsed.meta.fields ?? [];
  const missing = required.filter((c) => !fields.includes(c));
  if (missing.length > 0) {
    throw new TipwatchError(
      'crosswalk-columns',
      `${file}: missing column(s) ${missing.join(', ')}; expected ${required.join(',')}`,
      missing.map((column) => ({
        code: 'crosswalk-column-missing',
        message: `${file}: column "${column}" is missing`,
        column,
        expected: required.join(','),
      })),
    );
  }
  return { rows: parsed.data, as_of: AS_OF.exec(text)?.[1] ?? null };
}

/** Checks `target_type`/`target`; goods are checked against the ILAB list later, by the classifier. */
function readTarget(
  record: Record<string, string>,
  row: number,
  file: string,
  keywordRule: boolean,
  problems: Problem[],
):
  | CrosswalkTarget
  | CrosswalkExclusion
  | CrosswalkInput
  | CrosswalkAlternative
  | CrosswalkArticle
  | CrosswalkColour
  | null {
  const type = (record.target_type ?? '').trim();
  const target = (record.target ?? '').trim();
  if (type === 'good' && target !== '') return { target_type: 'good', target };
  if (type === 'not' && keywordRule && target !== '') return { target_type: 'not', target };
  if (type === 'input' && target !== '') return { target_type: 'input', target };
  if (type === 'one_of' && !keywordRule && target !== '') return { target_type: 'one_of', target };
  if (type === 'made_of' && keywordRule && target !== '') return { target_type: 'made_of', target };
  if (type === 'sector') {
    if (SECTOR_SET.has(target)) return { target_type: 'sector', target: target as Sector };
    problems.push({
      code: 'crosswalk-unknown-sector',
      message: `${file} row ${row}: "${target}" is not a tipwatch sector`,
      row,
      column: 'target',
      expected: SECTORS.join('|'),
    });
    return null;
  }
  if (type === 'none' && keywordRule) return { target_type: 'none', target: '' };
  if (type === 'colour' && keywordRule && target === '') return { target_type: 'colour', target: '' };
  problems.push({
    code: 'crosswalk-bad-target',
    message: `${file} row ${row}: target_type "${type}" with target "${target}" is not valid`,
    row,
    column: 'target_type',
    expected: keywordRule
      ? 'good|sector|input|made_of with a target, not with a good, or none or colour without one'
      : 'good|one_of|sector|input with a target',
  });
  return null;
}

/**
 * Reads `codes.csv` (`scheme,code,target_type,target,official_description,justification`); `target_type` may
 * also be `input` (see {@link CrosswalkInput}) or `one_of` (see {@link CrosswalkAlternative}).
 */
export function readCrosswalkCodes(text: string): CrosswalkRead<CodeRule> {
  const file = 'crosswalk codes';
  const { rows, as_of } = parse(text, file, ['scheme', 'code', 'target_type', 'target']);
  const problems: Problem[] = [];
  const rules: CodeRule[] = [];
  rows.forEach((record, index) => {
    const row = index + 1;
    const scheme = (record.scheme ?? '').trim().toUpperCase();
    const code = (record.code ?? '').trim().toUpperCase();
    if (!CROSSWALK_SCHEMES.includes(scheme as CrosswalkScheme)) {
      problems.push({
        code: 'crosswalk-bad-scheme',
        message: `${file} row ${row}: scheme "${scheme}" is not known`,
        row,
        column: 'scheme',
        expected: CROSSWALK_SCHEMES.join('|'),
      });
      return;
    }
    if (!/^[0-9A-Z]+(?:-[0-9]+)?$/.test(code)) {
      problems.push({
        code: 'crosswalk-bad-code',
        message: `${file} row ${row}: code "${code}" is not a code or code prefix`,
        row,
        column: 'code',
        expected: 'digits/letters as in the taxonomy file (e.g. 030616, 2362, 48-49, S201)',
      });
      return;
    }
    const target = readTarget(record, row, file, false, problems);
    if (
      target &&
      target.target_type !== 'not' &&
      target.target_type !== 'made_of' &&
      target.target_type !== 'colour'
    )
      rules.push({ scheme: scheme as CrosswalkScheme, code, row, ...target });
  });
  return { rules, as_of, problems };
}

/**
 * Reads `keywords.csv` (`pattern,target_type,target,note`); `target_type` may also be `not` (see
 * {@link CrosswalkExclusion}), `input` (see {@link CrosswalkInput}), `made_of` (see {@link CrosswalkArticle}) or
 * `colour` (see {@link CrosswalkColour}).
 */
export function readCrosswalkKeywords(text: string): CrosswalkRead<KeywordRule> {
  const file = 'crosswalk keywords';
  const { rows, as_of } = parse(text, file, ['pattern', 'target_type', 'target']);
  const problems: Problem[] = [];
  const rules: KeywordRule[] = [];
  rows.forEach((record, index) => {
    const row = index + 1;
    const pattern = (record.pattern ?? '').trim();
    if (!/[\p{L}\p{N}]/u.test(pattern)) {
      problems.push({
        code: 'crosswalk-bad-pattern',
        message: `${file} row ${row}: pattern "${pattern}" has no word in it`,
        row,
        column: 'pattern',
        expected: 'a word or phrase',
      });
      return;
    }
    const target = readTarget(record, row, file, true, problems);
    if (target && target.target_type !== 'one_of') rules.push({ pattern, row, ...target });
  });
  return { rules, as_of, problems };
}
