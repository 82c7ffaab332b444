import { ownString } from '../ingest/own-string.js';

/**
 * A map that holds at most `capacity` entries and drops the oldest insertion when full. Screening caches
 * per distinct supplier or code tuple; a file with more distinct keys than the capacity still runs in
 * bounded memory, it only recomputes the evicted keys. Keys are stored as their own strings (`ownString`),
 * so a cached field does not keep the text chunk it was read from.
 */
export class BoundedCache<V> {
  private readonly map = new Map<string, V>();

  constructor(readonly capacity: number) {}

  get(key: string): V | undefined {
    return this.map.get(key);
  }

  set(key: string, value: V): void {
    if (this.map.size >= this.capacity && !this.map.has(key)) {
      const oldest = this.map.keys().next();
      if (!oldest.done) this.map.delete(oldest.value);
    }
    this.map.set(ownString(key), value);
  }

  get size(): number {
    return this.map.size;
  }
}
