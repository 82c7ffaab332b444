/**
 * Speed of the crosswalk classifier on a realistic row mix.
 *
 *   npx tsx bench/classify-speed.ts [--file bench/out/spend-1000000.csv] [--rows 1000000]
 *
 * Reads the spend file made by bench/generate-spend.ts (descriptions and HS/NAICS/PSC codes drawn from the
 * vendored taxonomies), keeps its classifier inputs in memory, then times classify() alone over every row.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import Papa from 'papaparse';
import { createClassifier } from '../packages/core/src/classify/create-classifier.js';
import type { ClassifyInput } from '../packages/core/src/index.js';
import type { IlabGood } from '../packages/core/src/reference/ilab-good.js';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    file: { type: 'string', default: 'bench/out/spend-1000000.csv' },
    rows: { type: 'string', default: '1000000' },
  },
});
const file = resolve(REPO, values.file ?? '');
if (!existsSync(file)) {
  console.error(`${file} not found: run npx tsx bench/generate-spend.ts first`);
  process.exit(1);
}
const limit = Number(values.rows);

const read = (path: string) => readFileSync(resolve(REPO, path), 'utf8');
const goods = Papa.parse<Record<string, string>>(read('data/tvpra_goods.csv'), {
  header: true,
  skipEmptyLines: true,
}).data.map(
  (r): IlabGood => ({
    good: r.good ?? '',
    iso3: '',
    country: r.country ?? '',
    sector: r.sector ?? '',
    child_labor: false,
    forced_labor: false,
    forced_child_labor: false,
    produced_with_exploitative_inputs: false,
    input_source_iso3: null,
    source: { dataset: 'tvpra_goods', record: '', as_of: null },
  }),
);

const inputs: ClassifyInput[] = [];
Papa.parse<Record<string, string>>(readFileSync(file, 'utf8'), {
  header: true,
  skipEmptyLines: true,
  step: (result, parser) => {
    const r = result.data;
    inputs.push({
      hs_code: r.hs_code ?? '',
      naics: r.naics ?? '',
      psc: r.psc ?? '',
      description: r.description ?? '',
      product_type: '',
    });
    if (inputs.length >= limit) parser.abort();
  },
});

const t0 = performance.now();
const classifier = createClassifier(
  { codes: read('data/crosswalk/codes.csv'), keywords: read('data/crosswalk/keywords.csv') },
  goods,
);
const buildMs = performance.now() - t0;

let withGood = 0;
let withSector = 0;
const cpu0 = process.cpuUsage();
const t1 = performance.now();
for (const input of inputs) {
  const c = classifier.classify(input);
  if (c.goods.length > 0) withGood++;
  if (c.sectors.length > 0) withSector++;
}
const ms = performance.now() - t1;
const cpu = process.cpuUsage(cpu0);
const cpuMs = (cpu.user + cpu.system) / 1000;
const distinct = new Set(inputs.map((i) => `${i.hs_code}|${i.naics}|${i.psc}|${i.description}`)).size;

console.log(
  JSON.stringify(
    {
      rows: inputs.length,
      distinct_inputs: distinct,
      build_ms: Math.round(buildMs),
      classify_ms: Math.round(ms),
      classify_cpu_ms: Math.round(cpuMs),
      rows_per_s: Math.round(inputs.length / (ms / 1000)),
      rows_per_cpu_s: Math.round(inputs.length / (cpuMs / 1000)),
      rows_with_good: withGood,
      rows_with_sector: withSector,
    },
    null,
    2,
  ),
);
