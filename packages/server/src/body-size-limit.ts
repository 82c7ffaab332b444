import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { ApiError } from './api-error.js';

/** Largest body of an account request (sign-in, new user, new token): a few fields of short text. */
export const ACCOUNT_BODY_LIMIT = 8 * 1024;
/** Largest body of a content edit: one record, whose longest field is a summary or news body. */
export const CONTENT_BODY_LIMIT = 64 * 1024;

/**
 * Refuses a body larger than `maxSize` bytes with 413 in the API's error shape, before it is read whole
 * (a declared `Content-Length` is checked first, a streamed body as it arrives).
 */
export function bodySizeLimit(maxSize: number): MiddlewareHandler {
  return bodyLimit({
    maxSize,
    onError: () => {
      throw new ApiError(413, 'body_too_large', `the body is larger than ${maxSize} bytes`, {
        limit: maxSize,
      });
    },
  });
}
