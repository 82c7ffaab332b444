import { describe, expect, it } from 'vitest';
import { TopHeap } from './top-heap.js';

describe('TopHeap.push(item)', () => {
  it('keeps exactly the greatest items of a shuffled sequence, best first', () => {
    const heap = new TopHeap<number>(10, (a, b) => a - b);
    const values = Array.from({ length: 1000 }, (_, i) => (i * 7919) % 1000);
    for (const v of values) heap.push(v);
    expect(heap.size).toBe(10);
    expect(heap.sorted()).toEqual([999, 998, 997, 996, 995, 994, 993, 992, 991, 990]);
  });

  it('keeps nothing with a limit of 0', () => {
    const heap = new TopHeap<number>(0, (a, b) => a - b);
    expect(heap.push(1)).toBe(false);
    expect(heap.sorted()).toEqual([]);
  });
});
