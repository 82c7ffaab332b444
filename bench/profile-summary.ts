/**
 * Summarises a V8 .cpuprofile (from `node --cpu-prof`): the functions with the most self time.
 *
 *   npx tsx bench/profile-summary.ts FILE.cpuprofile [--top 25] [--by-file]
 */
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface HotSpot {
  /** `function (file:line)`, paths relative to the repository. */
  where: string;
  self_ms: number;
  self_share: number;
}

const REPO = resolve(fileURLToPath(import.meta.url), '../..');

function label(frame: CallFrame): string {
  const name = frame.functionName || '(anonymous)';
  if (!frame.url) return name;
  let file = frame.url.startsWith('file://') ? fileURLToPath(frame.url) : frame.url;
  if (file.startsWith('/')) file = relative(REPO, file);
  return `${name} (${file}:${frame.lineNumber + 1})`;
}

/** Self time per function (or per file with `byFile`), summed over every node with the same frame, largest first. */
export function summariseProfile(
  profile: CpuProfile,
  top = 25,
  byFile = false,
): { total_ms: number; hot: HotSpot[] } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<string, number>();
  let totalUs = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    const node = byId.get(profile.samples[i]!);
    const dt = profile.timeDeltas[i] ?? 0;
    if (!node) continue;
    totalUs += dt;
    const key = byFile
      ? label({ ...node.callFrame, functionName: '' }).replace(/^\(anonymous\) \((.*):\d+\)$/, '$1')
      : label(node.callFrame);
    selfUs.set(key, (selfUs.get(key) ?? 0) + dt);
  }
  const hot = [...selfUs.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([where, us]) => ({
      where,
      self_ms: Math.round(us / 1000),
      self_share: totalUs ? us / totalUs : 0,
    }));
  return { total_ms: Math.round(totalUs / 1000), hot };
}

/** Prints a summary as an aligned text table. */
export function formatSummary(summary: { total_ms: number; hot: HotSpot[] }): string {
  const lines = [`total sampled ${summary.total_ms} ms`, '  self ms   share  function'];
  for (const h of summary.hot) {
    lines.push(
      `${String(h.self_ms).padStart(8)}  ${(h.self_share * 100).toFixed(1).padStart(5)}%  ${h.where}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

function main(): void {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { top: { type: 'string', default: '25' }, 'by-file': { type: 'boolean', default: false } },
  });
  const file = positionals[0];
  if (!file) {
    process.stderr.write('usage: profile-summary.ts FILE.cpuprofile [--top 25]\n');
    process.exit(2);
  }
  let profile: CpuProfile;
  try {
    profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  } catch (err) {
    process.stderr.write(
      `profile-summary: cannot read ${file}: ${err instanceof Error ? err.message : String(err)}\n`,
    );
    process.exit(1);
  }
  process.stdout.write(formatSummary(summariseProfile(profile, Number(values.top), values['by-file'])));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
