import { z } from '@hono/zod-openapi';
import { badParameter } from './api-error.js';

/** `limit` and `cursor` query parameters shared by every list. */
export const PagingQuery = {
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(100)
    .default(20)
    .openapi({ param: { name: 'limit', in: 'query' }, description: 'Items per page, 1–100 (default 20)' }),
  cursor: z
    .string()
    .max(200)
    .optional()
    .openapi({
      param: { name: 'cursor', in: 'query' },
      description: '`next_cursor` of the previous page (opaque)',
    }),
};

export interface Page<T> {
  items: T[];
  next_cursor: string | null;
}

const PREFIX = 'o1.';

/**
 * Pages an in-memory list. The cursor is the next offset, base64url-encoded with a version prefix so it
 * can change later without old cursors being misread; a cursor that does not decode is a 400 on `cursor`.
 */
export function pageOf<T>(all: readonly T[], limit: number, cursor: string | undefined): Page<T> {
  const start = cursor === undefined || cursor === '' ? 0 : decodeOffset(cursor);
  const items = all.slice(start, start + limit);
  const next = start + limit;
  return { items, next_cursor: next < all.length ? encodeOffset(next) : null };
}

/** The cursor of the page starting at `offset`. */
export function encodeOffset(offset: number): string {
  return Buffer.from(`${PREFIX}${offset}`, 'utf8').toString('base64url');
}

/** The offset a cursor stands for; a 400 on `cursor` when it is not one of ours. */
export function decodeOffset(cursor: string): number {
  const text = /^[A-Za-z0-9_-]+$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
  const m = /^o1\.(\d{1,9})$/.exec(text);
  if (!m) throw badParameter('cursor', 'the next_cursor of a previous page', cursor);
  return Number(m[1]);
}
