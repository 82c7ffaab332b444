import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { ApiError } from '../api-error.js';

/** The JSON body checked against `schema`; a 400 naming the first field at fault otherwise. */
export async function readBody<S extends z.ZodType>(c: Context, schema: S): Promise<z.infer<S>> {
  let body: unknown;
  try {
    body = await c.req.json();
  } catch {
    throw new ApiError(400, 'bad_body', 'the body must be a JSON object');
  }
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const first = result.error.issues[0];
  const field = first?.path.map(String).join('.') || 'body';
  throw new ApiError(400, 'bad_body', `body field "${field}": ${first?.message ?? 'invalid'}`, { field });
}

/** The client's network address as the Node server saw it (proxies' forwarding headers are not trusted). */
export function clientAddress(c: Context): string {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress ?? 'unknown';
}

export const RoleSchema = z.enum(['viewer', 'analyst', 'editor', 'admin']);
