import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { gzipSizes, readManifest, staticJsOf } from './entry-size.js';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
/** The first portal page's budget: compressed JavaScript it loads before rendering. */
const BUDGET = 200 * 1024;

describe('the built web app', () => {
  it('loads under 200 KB of gzipped JavaScript on the first page (/): entry chunk and its static imports', () => {
    if (!existsSync(DIST)) throw new Error(`no build in ${DIST}: run npm run build first`);
    const manifest = readManifest(DIST);
    const files = staticJsOf(manifest, 'index.html');
    const sizes = gzipSizes(DIST, files);
    const total = sizes.reduce((sum, s) => sum + s.gzip, 0);
    console.log(
      `first page JS: ${sizes.map((s) => `${s.file} ${s.raw} B raw, ${s.gzip} B gzip`).join('; ')}; total ${total} B gzip (${(total / 1024).toFixed(1)} KB)`,
    );
    expect(files.length).toBeGreaterThan(0);
    expect(total).toBeLessThan(BUDGET);
  });

  it('keeps echarts and the map geometry out of the first page', () => {
    const manifest = readManifest(DIST);
    const first = new Set(staticJsOf(manifest, 'index.html'));
    const lazy = Object.entries(manifest)
      .filter(([key]) => key.includes('country-page') || key.includes('countries-page'))
      .map(([, c]) => c.file);
    expect(lazy.length).toBe(2);
    for (const f of lazy) expect(first.has(f)).toBe(false);
  });
});

describe('staticJsOf(manifest, entry)', () => {
  it('follows static imports once each and ignores dynamic ones', () => {
    const manifest = {
      'index.html': { file: 'a.js', imports: ['_b', '_c'] },
      _b: { file: 'b.js', imports: ['_c'] },
      _c: { file: 'c.js' },
      'lazy.tsx': { file: 'lazy.js' },
    };
    expect(staticJsOf(manifest, 'index.html')).toEqual(['a.js', 'b.js', 'c.js']);
    expect(() => staticJsOf(manifest, 'nope')).toThrow(/no chunk "nope"/);
  });
});
