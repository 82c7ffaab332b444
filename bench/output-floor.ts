/**
 * Output floor for the screening benchmark: how long merely producing and writing output of the size
 * `tipwatch screen` writes for the 1M-row file takes, with no reading and no screening.
 *
 *   npx tsx bench/output-floor.ts [--rows 1000000] [--findings-per-row 2] [--runs 3] [--out bench/out/floor]
 *
 * Each row gets one `register.csv` line and `--findings-per-row` `findings.jsonl` lines shaped like the
 * engine's: the row's own text (row number, ref, supplier name from a pool of 100,000) is written into each
 * line, and the part shared by every row with the same finding is copied as bytes encoded once, as the
 * engine does. Line sizes follow the 1M-row benchmark file's outputs (about 406 bytes a findings line and
 * 179 bytes a register line: 811 MB and 179 MB). Lines go to 4 MB buffers written with `writeSync`.
 * Prints one JSON line per run: rows, bytes, seconds (inside the process).
 */
import { closeSync, mkdirSync, openSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '1000000' },
    'findings-per-row': { type: 'string', default: '2' },
    runs: { type: 'string', default: '3' },
    out: { type: 'string', default: 'bench/out/floor' },
  },
});
const rows = Number(values.rows);
const perRow = Number(values['findings-per-row']);
const runs = Number(values.runs);
const outDir = values.out;

const suppliers = Array.from({ length: 100_000 }, (_, i) => `Supplier Company ${i} Manufacturing Co., Ltd.`);
/** Parts shared by many rows, as the engine caches them: the finding's fields after row, ref and supplier. */
const findingParts = [
  ',"kind":"country","level":"low","summary":"Taiwan: TIP Report Tier 1 or 2 (2025); not on the 2025 Watch List or Tier 3 lists; last listed as Tier 1 in 2024","source":{"dataset":"tip_tiers","record":"absent from the 2025 Tier 2 Watch List, Tier 3, Special Case lists (tip_tiers_coverage.csv); last row 2024","as_of":"2026-11-29"},"details":{"iso3":"TWN","tier":"Tier 1 or 2","year":2025}}\n',
  ',"kind":"sector","level":"low","summary":"High-risk sector: Textiles and apparel (found via HS 63)","source":{"dataset":"crosswalk_codes","record":"HS 63","as_of":"2026-11-29"},"details":{"sector":"textiles_apparel","via":"HS 63","raised":false}}\n',
].map((t) => Buffer.from(t));
const registerPart = Buffer.from(
  ',TWN,low,8,3,Taiwan: TIP Report Tier 1 or 2 (2025); not on the 2025 Watch List or Tier 3 lists; last listed as Tier 1 in 2024\n',
);

/** A file written through one 4 MB buffer. */
class BufferedFile {
  private readonly buf = Buffer.allocUnsafe(4 << 20);
  private used = 0;
  private readonly fd: number;
  bytes = 0;

  constructor(path: string) {
    this.fd = openSync(path, 'w');
  }

  text(s: string): void {
    if (this.used + s.length * 3 > this.buf.length) this.flush();
    this.used += this.buf.write(s, this.used);
  }

  copy(b: Buffer): void {
    if (this.used + b.length > this.buf.length) this.flush();
    this.used += b.copy(this.buf, this.used);
  }

  flush(): void {
    writeSync(this.fd, this.buf, 0, this.used);
    this.bytes += this.used;
    this.used = 0;
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}

mkdirSync(outDir, { recursive: true });
for (let run = 1; run <= runs; run++) {
  const t0 = performance.now();
  const register = new BufferedFile(join(outDir, 'register.csv'));
  const findings = new BufferedFile(join(outDir, 'findings.jsonl'));
  for (let row = 1; row <= rows; row++) {
    const ref = `PO-2023-${String(Math.floor(row / 2.5)).padStart(7, '0')}`;
    const supplier = suppliers[(row * 7919) % suppliers.length] as string;
    register.text(`${row},${ref},${supplier}`);
    register.copy(registerPart);
    const own = `{"row":${row},"ref":${JSON.stringify(ref)},"supplier":${JSON.stringify(supplier)}`;
    for (let k = 0; k < perRow; k++) {
      findings.text(own);
      findings.copy(findingParts[k % findingParts.length] as Buffer);
    }
  }
  register.close();
  findings.close();
  const seconds = (performance.now() - t0) / 1000;
  process.stdout.write(
    `${JSON.stringify({ run, rows, bytes: register.bytes + findings.bytes, seconds: Number(seconds.toFixed(2)) })}\n`,
  );
}
rmSync(outDir, { recursive: true, force: true });
