import { describe, expect, it } from 'vitest';
import type { Page } from '../api/types.js';
import { FindingsReader } from './findings-reader.js';

type F = { id: number; row: number };

/** Findings of rows 1..rows, two per row, served in pages of `size` in row order, counting the requests. */
function server(rows: number, size: number) {
  const all: F[] = [];
  for (let r = 1; r <= rows; r++) all.push({ id: r * 10, row: r }, { id: r * 10 + 1, row: r });
  const calls: (string | null)[] = [];
  const fetchPage = async (cursor: string | null): Promise<Page<F>> => {
    calls.push(cursor);
    const start = cursor === null ? 0 : Number(cursor);
    const end = start + size;
    return { items: all.slice(start, end), next_cursor: end < all.length ? String(end) : null };
  };
  return { fetchPage, calls };
}

describe('FindingsReader', () => {
  it('reads only as many pages as the opened row needs, and never a page twice', async () => {
    const s = server(10, 4);
    const reader = new FindingsReader(s.fetchPage);
    expect((await reader.read(1, [10, 11])).map((f) => f.id)).toEqual([10, 11]);
    expect(s.calls).toEqual([null]);
    expect((await reader.read(4, [40, 41])).map((f) => f.id)).toEqual([40, 41]);
    expect(s.calls).toEqual([null, '4']);
    expect((await reader.read(2, [20, 21])).map((f) => f.id)).toEqual([20, 21]);
    expect(s.calls).toHaveLength(2);
    expect((await reader.read(10, [100, 101])).map((f) => f.id)).toEqual([100, 101]);
    expect(s.calls).toEqual([null, '4', '8', '12', '16']);
  });

  it('serialises reads started together', async () => {
    const s = server(10, 4);
    const reader = new FindingsReader(s.fetchPage);
    const [a, b] = await Promise.all([reader.read(3, [30]), reader.read(3, [31])]);
    expect([a[0]?.id, b[0]?.id]).toEqual([30, 31]);
    expect(s.calls).toEqual([null, '4']);
  });

  it('stops at the end, or past the row, when an id is not there', async () => {
    const s = server(3, 4);
    const reader = new FindingsReader(s.fetchPage);
    // Row 2 ends on the first page, but only a later row proves it: the second page is read, no more.
    expect(await reader.read(2, [999])).toEqual([]);
    expect(s.calls).toEqual([null, '4']);
    // At the last page there is nothing more to read.
    expect(await reader.read(3, [998])).toEqual([]);
    expect(s.calls).toEqual([null, '4']);
  });
});
