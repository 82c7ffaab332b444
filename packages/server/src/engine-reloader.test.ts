import { describe, expect, it } from 'vitest';
import { EngineReloader, type ReloadEvent } from './engine-reloader.js';

/** A data source whose stamp the test changes, counting the stamp reads and the loads. */
function source() {
  const s = {
    stamp: 'v1',
    stampReads: 0,
    loads: 0,
    failLoad: false,
    clock: 0,
    events: [] as ReloadEvent[],
  };
  const reloader = new EngineReloader({ built: 'v1' }, 'v1', {
    stamp: async () => {
      s.stampReads++;
      return s.stamp;
    },
    load: async () => {
      s.loads++;
      await new Promise((resolve) => setTimeout(resolve, 5));
      if (s.failLoad) throw new Error('broken file');
      return { built: s.stamp };
    },
    now: () => s.clock,
    onReload: (e) => s.events.push(e),
  });
  return { s, reloader };
}

describe('EngineReloader', () => {
  it('reads the stamp at most once per maxAge, and loads only when it changed', async () => {
    const { s, reloader } = source();
    expect(await reloader.current(5000)).toEqual({ built: 'v1' });
    expect(s.stampReads).toBe(0);
    s.clock = 5000;
    expect(await reloader.current(5000)).toEqual({ built: 'v1' });
    expect([s.stampReads, s.loads]).toEqual([1, 0]);
    s.stamp = 'v2';
    s.clock = 7000;
    expect(await reloader.current(5000)).toEqual({ built: 'v1' });
    s.clock = 10_000;
    expect(await reloader.current(5000)).toEqual({ built: 'v2' });
    expect([s.stampReads, s.loads]).toEqual([2, 1]);
    expect(reloader.loadedStamp).toBe('v2');
    expect(s.events).toEqual([{ stamp: 'v2' }]);
  });

  it('checks every time with maxAge 0, and shares one load between callers', async () => {
    const { s, reloader } = source();
    s.stamp = 'v2';
    const engines = await Promise.all([reloader.current(0), reloader.current(0), reloader.current(5000)]);
    expect(engines).toEqual([{ built: 'v2' }, { built: 'v2' }, { built: 'v2' }]);
    expect([s.stampReads, s.loads]).toEqual([1, 1]);
    await reloader.current(0);
    expect([s.stampReads, s.loads]).toEqual([2, 1]);
  });

  it('keeps the engine in hand when a load fails, and tries again at the next check', async () => {
    const { s, reloader } = source();
    s.stamp = 'v2';
    s.failLoad = true;
    expect(await reloader.current(0)).toEqual({ built: 'v1' });
    expect(String(s.events[0]?.error)).toContain('broken file');
    expect(reloader.loadedStamp).toBe('v1');
    s.failLoad = false;
    expect(await reloader.current(0)).toEqual({ built: 'v2' });
    expect(s.loads).toBe(2);
  });
});
