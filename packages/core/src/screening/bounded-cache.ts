/**
 * A map that holds at most `capacity` entries and drops the oldest insertion when full. Screening caches
 * per distinct supplier or code tuple; a file with more distinct keys than the capacity still runs in
 * bounded memory, it only recomputes the evicted keys.
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
    this.map.set(key, value);
  }

  get size(): number {
    return this.map.size;
  }
}
