import type { KnowledgeStore } from '@tipwatch/core';
import { EngineReloader } from '@tipwatch/server';
import type { Effects } from './effects.js';
import { type Engine, loadEngine } from './engine-loader.js';
import { engineReads } from './knowledge-loader.js';

/** How often, at most, `tipwatch serve`'s routes look for new reference data (the worker looks before each job). */
export const ROUTE_CHECK_MS = 5000;

/**
 * The in-force version of each dataset the engine reads from the knowledge base (those an import puts in
 * place of a vendored file, and the user lists), as one text: it changes when `tipwatch data import` brings
 * a new one.
 */
export async function engineStamp(store: KnowledgeStore): Promise<string> {
  return (await store.datasets())
    .filter((d) => engineReads(d.dataset))
    .map((d) => `${d.dataset}@${d.version}`)
    .sort()
    .join(',');
}

/**
 * The engine of a long-running process (`serve`, `worker`), loaded again from the knowledge base when the
 * stamp changes; each reload, or a failed one, is told on stderr.
 */
export async function liveEngine(effects: Effects, store: KnowledgeStore): Promise<EngineReloader<Engine>> {
  const stamp = await engineStamp(store);
  const engine = await loadEngine(effects, { store });
  return new EngineReloader(engine, stamp, {
    stamp: () => engineStamp(store),
    load: () => loadEngine(effects, { store }),
    onReload: ({ stamp, error }) => {
      if (error === undefined) {
        effects.stderr(`tipwatch: reference data changed (${stamp}); screening with it from now on\n`);
      } else {
        const why = error instanceof Error ? error.message : String(error);
        effects.stderr(`tipwatch: new reference data not loaded, still using the previous: ${why}\n`);
      }
    },
  });
}
