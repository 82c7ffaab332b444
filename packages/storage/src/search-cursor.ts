import { TipwatchError } from '@tipwatch/core';

interface CursorState {
  q: string;
  o: number;
}

/** Encodes a search position as an opaque token. */
export function encodeCursor(q: string, offset: number): string {
  return Buffer.from(JSON.stringify({ q, o: offset } satisfies CursorState)).toString('base64url');
}

/** Reads a cursor back; a token that is not ours, or was made for another query, is a TipwatchError. */
export function decodeCursor(cursor: string, q: string): number {
  let state: unknown;
  try {
    state = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    state = null;
  }
  const s = state as Partial<CursorState> | null;
  if (!s || typeof s.o !== 'number' || !Number.isInteger(s.o) || s.o < 0 || typeof s.q !== 'string') {
    throw new TipwatchError('bad_cursor', 'the search cursor is not one this server gave out');
  }
  if (s.q !== q) {
    throw new TipwatchError(
      'bad_cursor',
      'the search cursor belongs to another query: search again from page 1',
    );
  }
  return s.o;
}

/** The words of a query (letters and digits), which every hit must contain. */
export function queryTerms(q: string): string[] {
  return q.normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? [];
}
