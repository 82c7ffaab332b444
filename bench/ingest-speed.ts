/**
 * Throughput of openSpendFile over a generated 200,000-row CSV held in memory (64 KiB chunks, as a file
 * stream would give them), next to the bare tokenizer and papaparse (array rows) on the same text.
 * Run: npx tsx bench/ingest-speed.ts [rows]
 */
import Papa from 'papaparse';
import { openSpendFile } from '../packages/core/src/index.js';
import { CsvTokenizer } from '../packages/core/src/ingest/csv-tokenizer.js';

const rows = Number(process.argv[2] ?? 200_000);
const countries = ['CHN', 'VNM', 'BGD', 'USA', 'MYS', 'IND', 'TUR', 'MEX'];
const lines = [
  'po_number,supplier_name,supplier_country,country_of_origin,hs_code,description,amount,currency,date',
];
for (let i = 0; i < rows; i++) {
  const c = countries[i % countries.length];
  const desc = i % 10 === 0 ? '"Cotton T-shirts, knitted, ""basic"" line"' : 'Polysilicon wafers';
  lines.push(
    `PO-${i},Supplier ${i % 5000} Co. Ltd,${c},${c},6109.10,${desc},"${(i % 100_000) + 0.5}",USD,2024-0${(i % 9) + 1}-15`,
  );
}
const text = `${lines.join('\n')}\n`;
const bytes = Buffer.from(text, 'utf8');
const CHUNK = 64 * 1024;
async function* chunks() {
  for (let at = 0; at < bytes.length; at += CHUNK) yield bytes.subarray(at, at + CHUNK);
}

/** Wall-clock and CPU time: on a shared machine the CPU figure is the steadier one. */
function report(label: string, n: number, t0: number, cpu0: NodeJS.CpuUsage, extra = ''): void {
  const s = (performance.now() - t0) / 1000;
  const c = process.cpuUsage(cpu0);
  const cpu = (c.user + c.system) / 1e6;
  const rate = (x: number) => Math.round(n / x).toLocaleString('en-US');
  console.log(
    `${label}: ${n} rows, ${s.toFixed(2)} s wall = ${rate(s)} rows/s; ${cpu.toFixed(2)} s CPU = ${rate(cpu)} rows/CPU-s${extra}`,
  );
}

function time<T>(label: string, n: number, fn: () => T): T {
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const out = fn();
  report(label, n, t0, cpu0);
  return out;
}

console.log(`${(bytes.length / 1e6).toFixed(1)} MB, ${rows} data rows`);
for (let run = 0; run < 2; run++) {
  // The reader first: papaparse's whole-file result leaves garbage that slows whatever runs after it.
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const file = await openSpendFile(chunks());
  let ok = 0;
  let rejected = 0;
  for await (const b of file.batches) {
    ok += b.rows.length;
    rejected += b.rejects.length;
  }
  const heap = Math.round(process.memoryUsage().heapUsed / 1e6);
  report('openSpendFile end to end', ok + rejected, t0, cpu0, `, heap ${heap} MB`);
  time(
    'papaparse (arrays, whole string)',
    rows,
    () => Papa.parse<string[]>(text, { header: false }).data.length,
  );
  time('CsvTokenizer (64 KiB chunks)', rows, () => {
    const t = new CsvTokenizer(',');
    let n = 0;
    for (let at = 0; at < text.length; at += CHUNK) n += t.push(text.slice(at, at + CHUNK)).length;
    return n + t.end().length;
  });
}
