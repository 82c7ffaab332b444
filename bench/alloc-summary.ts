/**
 * Summarises an allocation profile written by bench/alloc-sampler.cjs: the code sites that allocated the most
 * (sampled bytes, collected objects included), and for built-ins (`push`, `sort`, `replace` …) the functions
 * that called them.
 *
 *   node --require ./bench/alloc-sampler.cjs packages/cli/bin/tipwatch.js screen FILE --out DIR --json
 *   npx tsx bench/alloc-summary.ts bench/out/alloc.heapprofile [--top 25]
 */
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface HeapNode {
  id: number;
  callFrame: CallFrame;
  children: HeapNode[];
}
interface HeapProfile {
  head: HeapNode;
  samples: { size: number; nodeId: number }[];
}

const REPO = resolve(fileURLToPath(import.meta.url), '../..');

function label(frame: CallFrame): string {
  const name = frame.functionName || '(anonymous)';
  if (!frame.url) return `${name} (built-in)`;
  let file = frame.url.startsWith('file://') ? fileURLToPath(frame.url) : frame.url;
  if (file.startsWith('/')) file = relative(REPO, file);
  return `${name} (${file}:${frame.lineNumber + 1})`;
}

export interface AllocationSite {
  where: string;
  mb: number;
  /** For a built-in: its callers and what it allocated for each, largest first. */
  callers?: { where: string; mb: number }[];
}

/** Sampled bytes per allocating site, largest first, with the callers of built-ins. */
export function summariseAllocations(
  profile: HeapProfile,
  top = 25,
): { total_mb: number; sites: AllocationSite[] } {
  const node = new Map<number, { frame: CallFrame; parent: CallFrame | null }>();
  const walk = (n: HeapNode, parent: CallFrame | null) => {
    node.set(n.id, { frame: n.callFrame, parent });
    for (const c of n.children) walk(c, n.callFrame);
  };
  walk(profile.head, null);
  const bytes = new Map<string, number>();
  const callers = new Map<string, Map<string, number>>();
  let total = 0;
  for (const s of profile.samples) {
    const n = node.get(s.nodeId);
    if (n === undefined) continue;
    total += s.size;
    const key = label(n.frame);
    bytes.set(key, (bytes.get(key) ?? 0) + s.size);
    if (!n.frame.url && n.parent !== null) {
      let by = callers.get(key);
      if (by === undefined) {
        by = new Map();
        callers.set(key, by);
      }
      const caller = label(n.parent);
      by.set(caller, (by.get(caller) ?? 0) + s.size);
    }
  }
  const mb = (b: number) => Math.round((b / 1048576) * 10) / 10;
  const sites = [...bytes.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([where, b]) => {
      const by = callers.get(where);
      const site: AllocationSite = { where, mb: mb(b) };
      if (by !== undefined) {
        site.callers = [...by.entries()]
          .sort((x, y) => y[1] - x[1])
          .slice(0, 3)
          .map(([w, cb]) => ({ where: w, mb: mb(cb) }));
      }
      return site;
    });
  return { total_mb: mb(total), sites };
}

function main(): void {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { top: { type: 'string', default: '25' } },
  });
  const file = positionals[0];
  if (!file) {
    process.stderr.write('usage: alloc-summary.ts FILE.heapprofile [--top 25]\n');
    process.exit(2);
  }
  let profile: HeapProfile;
  try {
    profile = JSON.parse(readFileSync(file, 'utf8')) as HeapProfile;
  } catch (err) {
    process.stderr.write(
      `alloc-summary: cannot read ${file}: ${err instanceof Error ? err.message : String(err)}\n`,
    );
    process.exit(1);
  }
  const summary = summariseAllocations(profile, Number(values.top));
  const lines = [`sampled allocations ${summary.total_mb} MB`, '      MB  site'];
  for (const s of summary.sites) {
    lines.push(`${s.mb.toFixed(1).padStart(8)}  ${s.where}`);
    for (const c of s.callers ?? []) lines.push(`${c.mb.toFixed(1).padStart(14)}    from ${c.where}`);
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
