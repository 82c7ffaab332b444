/**
 * Entity-matching speed: `npx tsx bench/match-speed.ts [--queries N] [--passes N] [--save FILE | --verify FILE]`.
 *
 * 1. Against the built-in lists (UFLPA + CBP entries from data/): supplier-like names of which 1 in 100
 *    is a listed name in another spelling, so almost every query is rejected by the index.
 * 2. Against a generated list of 100,000 company names: half the queries are listed names with a typo
 *    or a changed legal form, half are new names.
 *
 * Names are generated with a fixed seed, so every run matches the same queries. One thread; reports
 * queries per wall-clock second and per CPU second (the machine may be shared), and p50/p99 latency of
 * single match() calls.
 *
 * `--passes N` times the built-in lists N times over (default 1) and reports each pass: on a shared
 * machine single passes swing widely, and the spread tells how far one figure can be trusted.
 *
 * `--save FILE` writes every query's top-5 candidates (id, matched name, score, explanation) instead of
 * timing; `--verify FILE` computes them again and compares with a saved file, so a change meant only
 * for speed can be shown to leave every result as it was.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import {
  createMatcher,
  createNameNormaliser,
  type ListEntry,
  type NameMatcher,
} from '../packages/core/src/index.js';
import { loadReference, readData } from './built-in-lists.js';

const arg = process.argv.indexOf('--queries');
const QUERIES = arg > 0 ? Number(process.argv[arg + 1]) : 200_000;
const option = (name: string): string | null => {
  const i = process.argv.indexOf(name);
  return i > 0 ? (process.argv[i + 1] ?? null) : null;
};
const PASSES = Number(option('--passes') ?? 1);
const SAVE = option('--save');
const VERIFY = option('--verify');
// Results of every query, one JSON line each, when saving or verifying.
const results: string[] = [];

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = mulberry32(20240517);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;

const SYLLABLES =
  'an ba bo chang chen da de dong fa feng fu gang gao guang hai han hao he heng hong hua huang jia jian jin jing kai kang lan li lian long lu ma mei ming nan ning pu qi qiang rong rui sen sheng shi shun tai tian tong wan wei xin xing ya yang yi ying yong yu yuan yun zhan zhen zheng zhong'.split(
    ' ',
  );
const WESTERN =
  'acme apex arrow atlas aurora beacon birch blue bright cedar coastal crest delta eagle ember falcon forge granite harbor summit horizon iron keystone lake liberty maple meridian north oak orion pacific peak pine pioneer prairie quest ridge river rock sierra silver sky star sterling stone sun titan trident union valley vista west willow'.split(
    ' ',
  );
const INDUSTRY = [
  'Textile',
  'Apparel',
  'Garment',
  'Trading',
  'Industrial',
  'Technology',
  'Electronics',
  'Chemical',
  'Energy',
  'Cotton',
  'Food',
  'Logistics',
  'Machinery',
  'Plastics',
  'Packaging',
  'Solar',
  'Metal Products',
  'Furniture',
  'Footwear',
  'Seafood',
];
const FORMS = [
  'Co., Ltd.',
  'CO LTD',
  'Limited',
  'Inc.',
  'LLC',
  'Corporation',
  'Sdn Bhd',
  'GmbH',
  'S.A.',
  'Pvt Ltd',
  'JSC',
  '',
];
const PLACES = [
  'Xinjiang',
  'Shanghai',
  'Guangdong',
  'Zhejiang',
  'Jiangsu',
  'Shenzhen',
  'Penang',
  'Dhaka',
  'Ho Chi Minh',
  '',
];

function companyName(): string {
  const western = rand() < 0.35;
  const brand = western
    ? `${pick(WESTERN)} ${rand() < 0.4 ? pick(WESTERN) : ''}`.trim()
    : `${pick(SYLLABLES)}${pick(SYLLABLES)}`.replace(/^./, (c) => c.toUpperCase());
  const place = western ? '' : pick(PLACES);
  const words = [
    place,
    brand.replace(/\b\w/g, (c) => c.toUpperCase()),
    pick(INDUSTRY),
    rand() < 0.3 ? pick(INDUSTRY) : '',
    pick(FORMS),
  ];
  return words.filter(Boolean).join(' ');
}

function typo(name: string): string {
  const i = 1 + Math.floor(rand() * Math.max(1, name.length - 2));
  const r = rand();
  if (r < 0.33) return name.slice(0, i) + name.slice(i + 1);
  if (r < 0.66) return name.slice(0, i) + name[i + 1] + name[i] + name.slice(i + 2);
  return name.toUpperCase().replace(/,? ?(CO\.,? LTD\.?|LIMITED|INC\.|LLC|CORPORATION)$/, ' CO LTD');
}

interface Result {
  queries: number;
  wallS: number;
  cpuS: number;
  p50us: number;
  p99us: number;
  matched: number;
}

function record(matcher: NameMatcher, queries: string[]): void {
  for (const q of queries) {
    const c = matcher.match(q, { limit: 5 });
    results.push(JSON.stringify([q, c.map((x) => [x.id, x.matched_name, x.score, x.why])]));
  }
}

function run(matcher: NameMatcher, queries: string[]): Result {
  // Warm up the JIT on a slice of the queries first.
  for (let i = 0; i < Math.min(5000, queries.length); i++) matcher.match(queries[i]!, { limit: 5 });
  const lat = new Float64Array(queries.length);
  let matched = 0;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  for (let i = 0; i < queries.length; i++) {
    const s = performance.now();
    const c = matcher.match(queries[i]!, { limit: 5 });
    lat[i] = performance.now() - s;
    if (c[0] && c[0].score >= matcher.threshold) matched++;
  }
  const wallS = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  lat.sort();
  return {
    queries: queries.length,
    wallS,
    cpuS: (cpu.user + cpu.system) / 1e6,
    p50us: lat[Math.floor(lat.length * 0.5)]! * 1000,
    p99us: lat[Math.floor(lat.length * 0.99)]! * 1000,
    matched,
  };
}

function report(title: string, r: Result): void {
  const f = (x: number) => Math.round(x).toLocaleString('en-US');
  console.log(`\n${title}`);
  console.log(`  queries ${f(r.queries)}, matched at threshold ${f(r.matched)}`);
  console.log(`  ${f(r.queries / r.wallS)} queries/s wall, ${f(r.queries / r.cpuS)} queries per CPU second`);
  console.log(`  latency p50 ${r.p50us.toFixed(1)} µs, p99 ${r.p99us.toFixed(1)} µs`);
}

const normaliser = createNameNormaliser(readData('matching/org_types_aliases.csv'));
const ref = loadReference();
console.log(
  `node ${process.version}, ${cpus()[0]?.model ?? 'cpu'} ×${cpus().length}, load average ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}`,
);

// 1. Built-in lists.
const builtIn = createMatcher(ref.listEntries, {
  normaliser,
  resolveCountry: (t) => ref.countries.resolve(t),
});
const listed = ref.listEntries.flatMap((e) => [e.name, ...e.aliases]);
const q1: string[] = [];
for (let i = 0; i < QUERIES; i++) q1.push(i % 100 === 0 ? typo(pick(listed)) : companyName());
const timing = !SAVE && !VERIFY;
if (timing) {
  for (let pass = 1; pass <= PASSES; pass++) {
    const pass_ = PASSES > 1 ? `, pass ${pass} of ${PASSES}` : '';
    report(
      `built-in lists (${ref.listEntries.length} entries, ${listed.length} names and aliases${pass_})`,
      run(builtIn, q1),
    );
  }
} else record(builtIn, q1);

// 2. Generated list of 100,000 names.
const big: ListEntry[] = [];
const seen = new Set<string>();
while (big.length < 100_000) {
  const name = companyName();
  if (seen.has(name)) continue;
  seen.add(name);
  big.push({
    id: `gen:${big.length}`,
    list: 'gen',
    name,
    aliases: [],
    country: null,
    source: { dataset: 'gen', record: String(big.length), as_of: null },
  });
}
const t0 = performance.now();
const bigMatcher = createMatcher(big, { normaliser });
console.log(`\nbuilt the 100,000-name matcher in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
const q2: string[] = [];
for (let i = 0; i < Math.min(QUERIES, 50_000); i++)
  q2.push(i % 2 === 0 ? typo(pick(big).name) : companyName());
if (timing) report('generated list (100,000 names)', run(bigMatcher, q2));
else record(bigMatcher, q2);
if (SAVE) {
  writeFileSync(SAVE, `${results.join('\n')}\n`);
  console.log(`\nsaved the results of ${results.length} queries to ${SAVE}`);
}
if (VERIFY) {
  const saved = readFileSync(VERIFY, 'utf8').split('\n').slice(0, -1);
  let differ = 0;
  for (let i = 0; i < Math.max(saved.length, results.length); i++) {
    if (saved[i] === results[i]) continue;
    if (differ < 5) console.log(`\nquery ${i} differs:\n  saved ${saved[i]}\n  now   ${results[i]}`);
    differ++;
  }
  console.log(
    `\nverified ${results.length} queries against ${saved.length} saved: ${differ === 0 ? 'all identical' : `${differ} differ`}`,
  );
  if (differ > 0) process.exitCode = 1;
}
console.log(
  `\nload average at the end ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}`,
);
