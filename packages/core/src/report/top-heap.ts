/**
 * Keeps the `limit` greatest items seen, in O(log limit) per item and O(limit) memory: a min-heap whose
 * root is the weakest item kept, so a newcomer only has to beat the root.
 */
export class TopHeap<T> {
  private readonly items: T[] = [];

  /** `compare(a, b)` > 0 when a ranks above b. */
  constructor(
    readonly limit: number,
    private readonly compare: (a: T, b: T) => number,
  ) {}

  get size(): number {
    return this.items.length;
  }

  /** True when `push(item)` would keep the item (so a caller can keep a lighter copy instead). */
  accepts(item: T): boolean {
    if (this.limit <= 0) return false;
    return this.items.length < this.limit || this.compare(item, this.items[0] as T) > 0;
  }

  /** Offers an item; returns true when it was kept. */
  push(item: T): boolean {
    if (this.limit <= 0) return false;
    if (this.items.length < this.limit) {
      this.items.push(item);
      this.up(this.items.length - 1);
      return true;
    }
    const root = this.items[0] as T;
    if (this.compare(item, root) <= 0) return false;
    this.items[0] = item;
    this.down(0);
    return true;
  }

  /** The kept items, best first. */
  sorted(): T[] {
    return [...this.items].sort((a, b) => this.compare(b, a));
  }

  private up(i: number): void {
    const items = this.items;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.compare(items[i] as T, items[parent] as T) >= 0) return;
      [items[i], items[parent]] = [items[parent] as T, items[i] as T];
      i = parent;
    }
  }

  private down(i: number): void {
    const items = this.items;
    const n = items.length;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let least = i;
      if (l < n && this.compare(items[l] as T, items[least] as T) < 0) least = l;
      if (r < n && this.compare(items[r] as T, items[least] as T) < 0) least = r;
      if (least === i) return;
      [items[i], items[least]] = [items[least] as T, items[i] as T];
      i = least;
    }
  }
}
