import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadReferenceFromDir } from './reference-loader.js';

const dataDir = fileURLToPath(new URL('../../../data/', import.meta.url));

describe('loadReferenceFromDir(dataDir)', () => {
  it('loads the vendored data well under a second', async () => {
    await loadReferenceFromDir(dataDir);
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      const ref = await loadReferenceFromDir(dataDir);
      times.push(performance.now() - t);
      expect(ref.listEntries.length).toBeGreaterThan(100);
    }
    console.log(`loadReferenceFromDir: ${times.map((t) => t.toFixed(0)).join(', ')} ms`);
    expect(Math.min(...times)).toBeLessThan(1000);
  });

  it('reports a missing data folder as a CLI error', async () => {
    await expect(loadReferenceFromDir('/nonexistent/tipwatch-data')).rejects.toThrow(
      /manifest\.json is missing/,
    );
  });
});
