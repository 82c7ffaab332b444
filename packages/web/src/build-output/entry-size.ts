import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

interface ManifestChunk {
  file: string;
  imports?: string[];
}

/** The JS files a page loads before it can render: the entry chunk and, transitively, its static imports. */
export function staticJsOf(manifest: Record<string, ManifestChunk>, entry: string): string[] {
  const files: string[] = [];
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (chunk === undefined) throw new Error(`the manifest has no chunk "${key}"`);
    if (chunk.file.endsWith('.js')) files.push(chunk.file);
    for (const i of chunk.imports ?? []) visit(i);
  };
  visit(entry);
  return files;
}

/** Bytes of each file gzipped at the default level, and their sum, for a built `dist` folder. */
export function gzipSizes(
  dist: string,
  files: readonly string[],
): { file: string; raw: number; gzip: number }[] {
  return files.map((file) => {
    const bytes = readFileSync(join(dist, file));
    return { file, raw: bytes.length, gzip: gzipSync(bytes).length };
  });
}

/** Reads `dist/.vite/manifest.json` (written by `vite build` with `build.manifest`). */
export function readManifest(dist: string): Record<string, ManifestChunk> {
  return JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8')) as Record<
    string,
    ManifestChunk
  >;
}
