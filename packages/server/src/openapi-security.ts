import type { OpenAPIHono } from '@hono/zod-openapi';
import { ErrorSchema } from './api-error.js';
import { CSRF_HEADER, SESSION_COOKIE } from './auth/principal.js';

/** Names of the security schemes in `/api/openapi.json`. */
export const SECURITY_SCHEMES = {
  session: 'sessionCookie',
  csrf: 'csrfToken',
  bearer: 'bearerToken',
} as const;

/** Who may call a read: a session cookie or a bearer token. */
export const READ_SECURITY: Record<string, string[]>[] = [
  { [SECURITY_SCHEMES.session]: [] },
  { [SECURITY_SCHEMES.bearer]: [] },
];
/** Who may call a change: a session cookie with its CSRF token, or a bearer token (no CSRF token). */
export const WRITE_SECURITY: Record<string, string[]>[] = [
  { [SECURITY_SCHEMES.session]: [], [SECURITY_SCHEMES.csrf]: [] },
  { [SECURITY_SCHEMES.bearer]: [] },
];

/** Declares the session cookie, the CSRF header and the bearer token in the OpenAPI document. */
export function registerSecuritySchemes(app: OpenAPIHono): void {
  app.openAPIRegistry.registerComponent('securitySchemes', SECURITY_SCHEMES.session, {
    type: 'apiKey',
    in: 'cookie',
    name: SESSION_COOKIE,
    description: 'Set by `POST /api/session` (HttpOnly, SameSite=Strict)',
  });
  app.openAPIRegistry.registerComponent('securitySchemes', SECURITY_SCHEMES.csrf, {
    type: 'apiKey',
    in: 'header',
    name: CSRF_HEADER,
    description: 'The `csrf_token` of the session; needed with the cookie on POST, PUT, PATCH and DELETE',
  });
  app.openAPIRegistry.registerComponent('securitySchemes', SECURITY_SCHEMES.bearer, {
    type: 'http',
    scheme: 'bearer',
    description: 'An API token (`tw_…`) from `POST /api/tokens` or `tipwatch admin create-token`',
  });
}

/** An error response of the API's one error shape, for the OpenAPI document. */
export const errorDoc = (description: string) => ({
  content: { 'application/json': { schema: ErrorSchema } },
  description,
});

/** The error responses of a signed-in route. */
export const authErrorResponses = {
  400: errorDoc('A parameter or body field is invalid'),
  401: errorDoc('Not signed in, or the session or token is not valid'),
  403: errorDoc('The role may not do this, or the CSRF token or origin is wrong'),
  413: errorDoc('The body is too large'),
} as const;
