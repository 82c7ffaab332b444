import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** Stable error codes of the API; clients may branch on them. */
export type ApiErrorCode =
  | 'bad_parameter'
  | 'bad_body'
  | 'body_too_large'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'too_many_requests'
  | 'method_not_allowed'
  | 'internal';

/** An error the API reports as `{"error": {"code", "message", "details"}}` with an HTTP status. */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: ApiErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: 'bad_parameter' }),
      message: z.string(),
      details: z.record(z.string(), z.unknown()),
    }),
  })
  .openapi('Error');

/** The one JSON shape of every error response. */
export function errorResponse(c: Context, err: ApiError): Response {
  return c.json({ error: { code: err.code, message: err.message, details: err.details } }, err.status);
}

/** A 400 naming the parameter that failed. */
export function badParameter(parameter: string, expected: string, found?: unknown): ApiError {
  const shown = found === undefined ? '' : `, found ${JSON.stringify(found)}`;
  return new ApiError(400, 'bad_parameter', `parameter "${parameter}": expected ${expected}${shown}`, {
    parameter,
    expected,
  });
}

export const errorResponses = {
  400: { content: { 'application/json': { schema: ErrorSchema } }, description: 'A parameter is invalid' },
} as const;
export const notFoundResponse = {
  404: { content: { 'application/json': { schema: ErrorSchema } }, description: 'Not found' },
} as const;
