/**
 * Entity-matching accuracy: `npx tsx bench/match-accuracy.ts [--misses]`.
 *
 * Scores the 826 hand-labelled pairs of data/matching/opensanctions_cases.csv (rows from
 * contrib/name_bench/cases.csv with a true/false label) with scoreNames at the default threshold.
 * Settings were tuned on the even-numbered pairs only (0-based index among those labelled rows);
 * the odd-numbered half is reported separately as held-out. The OpenSanctions logic-v2 reference score
 * (threshold 0.7, on the 762 pairs it scored) is reported from the same file. Then the normaliser is
 * checked against data/matching/normalization_cases.csv.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { createNameNormaliser } from '../packages/core/src/matching/name-normaliser.js';
import { SCORE_SETTINGS, scoreNames } from '../packages/core/src/matching/name-score.js';

const root = new URL('../', import.meta.url);
const read = (p: string) => readFileSync(new URL(p, root), 'utf8');
const csv = (p: string) =>
  Papa.parse<Record<string, string>>(read(p), { header: true, skipEmptyLines: true }).data;

const normaliser = createNameNormaliser(read('data/matching/org_types_aliases.csv'));
const threshold = SCORE_SETTINGS.threshold;
const showMisses = process.argv.includes('--misses');

interface Case {
  index: number;
  query: string;
  candidate: string;
  schema: string;
  label: boolean;
  reference: number | null;
  score: number;
}

const cases: Case[] = csv('data/matching/opensanctions_cases.csv')
  .filter(
    (r) => r.source_file === 'contrib/name_bench/cases.csv' && (r.label === 'true' || r.label === 'false'),
  )
  .map((r, index) => ({
    index,
    query: r.query ?? '',
    candidate: r.candidate ?? '',
    schema: r.schema ?? '',
    label: r.label === 'true',
    reference: r.reference_score ? Number(r.reference_score) : null,
    score: scoreNames(r.query ?? '', r.candidate ?? '', normaliser).score,
  }));

interface Counts {
  n: number;
  tp: number;
  fp: number;
  fn: number;
}
function count(list: Case[], predict: (c: Case) => boolean): Counts {
  const k: Counts = { n: list.length, tp: 0, fp: 0, fn: 0 };
  for (const c of list) {
    const p = predict(c);
    if (p && c.label) k.tp++;
    else if (p && !c.label) k.fp++;
    else if (!p && c.label) k.fn++;
  }
  return k;
}
const fmt = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : '  -  ');
function line(name: string, k: Counts): string {
  const p = k.tp / (k.tp + k.fp);
  const r = k.tp / (k.tp + k.fn);
  const f = (2 * p * r) / (p + r);
  return `| ${name.padEnd(22)} | ${String(k.n).padStart(4)} | ${fmt(p)} | ${fmt(r)} | ${fmt(f)} |`;
}
const isPerson = (c: Case) => c.schema === 'Person';
const ours = (c: Case) => c.score >= threshold;
function table(title: string, list: Case[], predict: (c: Case) => boolean): void {
  console.log(`\n${title}\n`);
  console.log('| subset                 |    n | prec  | recall |  F1   |');
  console.log('|---|---:|---:|---:|---:|');
  console.log(line('all', count(list, predict)));
  console.log(
    line(
      'non-person',
      count(
        list.filter((c) => !isPerson(c)),
        predict,
      ),
    ),
  );
  for (const schema of [...new Set(list.map((c) => c.schema))].sort()) {
    console.log(
      line(
        schema,
        count(
          list.filter((c) => c.schema === schema),
          predict,
        ),
      ),
    );
  }
}

console.log(`labelled pairs: ${cases.length}; threshold ${threshold}`);
table(
  'tipwatch, tuning half (even index)',
  cases.filter((c) => c.index % 2 === 0),
  ours,
);
table(
  'tipwatch, held-out half (odd index)',
  cases.filter((c) => c.index % 2 === 1),
  ours,
);
table('tipwatch, all pairs', cases, ours);
const scored = cases.filter((c) => c.reference !== null);
table(
  `OpenSanctions logic-v2 reference (threshold 0.7, ${scored.length} scored pairs)`,
  scored,
  (c) => (c.reference ?? 0) >= 0.7,
);
table(`tipwatch on the same ${scored.length} pairs`, scored, ours);

const wrong = cases.filter((c) => ours(c) !== c.label);
console.log(
  `\nmisclassified: ${wrong.length} (${wrong.filter((c) => c.label).length} missed matches, ${wrong.filter((c) => !c.label).length} false hits)`,
);
if (showMisses) {
  for (const c of wrong) {
    console.log(
      `${c.label ? 'MISS' : 'FALSE'} #${c.index} ${c.schema} ${c.score.toFixed(3)} ref=${c.reference ?? '-'} | ${c.query} | ${c.candidate}`,
    );
  }
}

// Normaliser agreement with the expected forms, for the functions whose output we can compare.
const simple = (s: string) => normaliser.tokenise(s).join(' ');
let agree = 0;
let total = 0;
const differ: string[] = [];
for (const r of csv('data/matching/normalization_cases.csv')) {
  const fn = r.function ?? '';
  const input = r.input ?? '';
  const expected = r.expected_output ?? '';
  let ours: string;
  let want: string;
  if (fn.includes('RemoveCompanyTitles') || fn.includes('remove_org_types')) {
    ours = normaliser.normalise(input).tokens.join(' ');
    want = simple(expected);
  } else if (fn.includes('LowerAndRemovePunctuation')) {
    ours = simple(input);
    want = expected;
  } else if (fn.includes('removeStopwords')) {
    ours = simple(input);
    want = simple(expected);
  } else if (fn.includes('replace_org_types_compare')) {
    const n = normaliser.normalise(input);
    ours = fn.includes('generic')
      ? [...n.legalKinds, ...n.tokens].sort().join(' ')
      : [...n.legalForms, ...n.tokens].sort().join(' ');
    want = simple(expected).split(' ').sort().join(' ');
  } else {
    continue;
  }
  total++;
  if (ours === want) agree++;
  else
    differ.push(
      `${fn.split(' (')[0]}: ${JSON.stringify(input)} → ours ${JSON.stringify(ours)}, expected ${JSON.stringify(want)}`,
    );
}
console.log(`\nnormalisation cases: ${agree}/${total} agree`);
for (const d of differ) console.log(`  differs: ${d}`);
