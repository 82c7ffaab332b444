import type { Context } from 'hono';

/** The client's network address as the Node server saw it (proxies' forwarding headers are not trusted). */
export function clientAddress(c: Context): string {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress ?? 'unknown';
}
