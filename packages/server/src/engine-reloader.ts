/** What a reload did, for the operator's log. */
export interface ReloadEvent {
  /** The stamp of the data in force that was seen. */
  stamp: string;
  /** Set when reading the stamp or loading failed: the engine in hand stays in use. */
  error?: unknown;
}

export interface EngineReloaderOptions<T> {
  /**
   * A short text naming the data the engine is built from, read on each check; cheap (one small query,
   * say the in-force version of each dataset). The engine is loaded again when it changes.
   */
  stamp: () => Promise<string>;
  /** Builds the engine from the data in force. */
  load: () => Promise<T>;
  /** Milliseconds since some epoch (default `Date.now`). */
  now?: () => number;
  onReload?: (event: ReloadEvent) => void;
}

/**
 * Keeps a long-running process's engine (reference data, lists, matcher) in step with the data in force:
 * `current(maxAgeMs)` reads the stamp when the last check is older than `maxAgeMs` and, when it changed,
 * loads the engine again before answering. Checks and loads in progress are shared by every caller; a
 * failed check or load keeps the engine in hand and is tried again at the next check.
 *
 * @example
 * const engines = new EngineReloader(engine, await stampOf(store), { stamp: () => stampOf(store), load });
 * const engine = await engines.current(5000); // at most one stamp query every 5 s
 */
export class EngineReloader<T> {
  private checkedAt: number;
  private checking: Promise<T> | null = null;
  private readonly now: () => number;

  constructor(
    private engine: T,
    private stamp: string,
    private readonly options: EngineReloaderOptions<T>,
  ) {
    this.now = options.now ?? Date.now;
    this.checkedAt = this.now();
  }

  /** The engine for the data in force, checked if the last check is older than `maxAgeMs` (0: always). */
  current(maxAgeMs: number): Promise<T> {
    if (this.checking !== null) return this.checking;
    if (maxAgeMs > 0 && this.now() - this.checkedAt < maxAgeMs) return Promise.resolve(this.engine);
    const check = this.check().finally(() => {
      this.checking = null;
    });
    this.checking = check;
    return check;
  }

  /** The stamp of the data the engine in hand was built from. */
  get loadedStamp(): string {
    return this.stamp;
  }

  private async check(): Promise<T> {
    let stamp: string;
    try {
      stamp = await this.options.stamp();
    } catch (error) {
      this.checkedAt = this.now();
      this.options.onReload?.({ stamp: this.stamp, error });
      return this.engine;
    }
    this.checkedAt = this.now();
    if (stamp === this.stamp) return this.engine;
    try {
      // Read after the stamp: data changed meanwhile is newer than the stamp, and the next check loads again.
      this.engine = await this.options.load();
      this.stamp = stamp;
      this.options.onReload?.({ stamp });
    } catch (error) {
      this.options.onReload?.({ stamp, error });
    }
    return this.engine;
  }
}
