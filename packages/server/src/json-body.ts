import type { MiddlewareHandler } from 'hono';

const JSON_TYPE = /^application\/([a-z0-9.+-]*\+)?json\b/i;

/**
 * Reads the body of a JSON route as JSON whatever `Content-Type` it came with (none, `text/plain` as `fetch`
 * sends a string, `curl -d`'s form type), so scripts need not set the header; a body that is not JSON is still
 * a 400. Safe against cross-site forms: changes need the CSRF header or a bearer token, which forms cannot send.
 */
export function jsonBodyAnyType(): MiddlewareHandler {
  return async (c, next) => {
    const type = c.req.header('content-type');
    if (type === undefined || !JSON_TYPE.test(type))
      c.req.raw.headers.set('content-type', 'application/json');
    await next();
  };
}
