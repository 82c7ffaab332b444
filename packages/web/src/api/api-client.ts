import type { Page } from './types.js';

/** A failed API call: the API's error code and message, or a network failure (`status` 0). */
export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

async function failure(res: Response): Promise<ApiFailure> {
  try {
    const body = (await res.json()) as { error?: { code?: string; message?: string } };
    return new ApiFailure(res.status, body.error?.code ?? 'error', body.error?.message ?? res.statusText);
  } catch {
    return new ApiFailure(res.status, 'error', `${res.status} ${res.statusText}`);
  }
}

/** GET a JSON resource of the API (same origin, cookies included). */
export async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, { signal, headers: { accept: 'application/json' }, credentials: 'same-origin' });
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw new ApiFailure(0, 'network', 'the server cannot be reached');
  }
  if (!res.ok) throw await failure(res);
  return (await res.json()) as T;
}

/** Every item of a paged list, following `next_cursor` (the API pages at most 100 at a time). */
export async function getAll<T>(path: string, signal?: AbortSignal): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | null = null;
  const sep = path.includes('?') ? '&' : '?';
  do {
    const page: Page<T> = await getJson<Page<T>>(
      `${path}${sep}limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      signal,
    );
    items.push(...page.items);
    cursor = page.next_cursor;
  } while (cursor !== null);
  return items;
}

/**
 * A state-changing request with a JSON body (or none). Cookie sessions need the CSRF token the sign-in gave,
 * sent as `X-CSRF-Token`. Resolves to the parsed body, or null for 204.
 */
export async function sendJson<T>(
  method: 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  body: unknown,
  csrfToken: string | null,
): Promise<T | null> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (csrfToken) headers['x-csrf-token'] = csrfToken;
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiFailure(0, 'network', 'the server cannot be reached');
  }
  if (!res.ok) throw await failure(res);
  if (res.status === 204) return null;
  return (await res.json()) as T;
}
