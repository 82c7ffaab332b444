import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { secureHeaders } from 'hono/secure-headers';
import { ApiError, errorResponse } from './api-error.js';
import { accountsContext } from './auth/accounts-context.js';
import { registerAccounts } from './auth/register-accounts.js';
import type { AppDeps } from './deps.js';
import { registerSecuritySchemes } from './openapi-security.js';
import { registerContentEditing } from './routes/content-editing.js';
import { registerCountries } from './routes/countries.js';
import { registerData } from './routes/data.js';
import { registerFeed } from './routes/feed.js';
import { registerGrants } from './routes/grants.js';
import { registerHome } from './routes/home.js';
import { registerHotlines } from './routes/hotlines.js';
import { MATCH_BODY_LIMIT, registerMatch } from './routes/match.js';
import { registerNews } from './routes/news.js';
import { registerPartnerships } from './routes/partnerships.js';
import { registerReports } from './routes/reports.js';
import { registerSearch } from './routes/search.js';
import { registerWorkspace } from './workspace/register-workspace.js';

interface Issue {
  path: PropertyKey[];
  message: string;
}

/** A validation failure as a 400 naming the query parameter, path parameter or body field. */
function validationError(target: string, issues: readonly Issue[]): ApiError {
  const first = issues[0];
  // An unknown field is reported on the object holding it: name the field itself.
  const keys = first && 'keys' in first && Array.isArray(first.keys) ? first.keys.map(String) : [];
  const path = first?.path.map(String) ?? [];
  const name =
    (keys.length > 0 ? keys.map((k) => [...path, k].join('.')).join(', ') : path.join('.')) ||
    (target === 'json' ? 'body' : target);
  const what = target === 'json' ? 'body field' : 'parameter';
  return new ApiError(
    400,
    target === 'json' ? 'bad_body' : 'bad_parameter',
    `${what} "${name}": ${first?.message ?? 'invalid'}`,
    {
      [target === 'json' ? 'field' : 'parameter']: name,
      issues: issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })),
    },
  );
}

/**
 * The tipwatch HTTP API. Built from its dependencies only (no environment, no files), so tests call
 * `app.request('/api/…')` without a port. Every error is JSON `{"error": {"code", "message", "details"}}`.
 */
export function createApp(deps: AppDeps): OpenAPIHono {
  const app = new OpenAPIHono({
    defaultHook: (result) => {
      if (!result.success) throw validationError(result.target, result.error.issues);
    },
  });

  app.use('*', secureHeaders());
  app.use(
    '/api/match',
    bodyLimit({
      maxSize: MATCH_BODY_LIMIT,
      onError: () => {
        throw new ApiError(413, 'body_too_large', `the body is larger than ${MATCH_BODY_LIMIT} bytes`, {
          limit: MATCH_BODY_LIMIT,
        });
      },
    }),
  );

  if (!deps.site) registerHome(app);
  registerCountries(app, deps);
  registerHotlines(app, deps);
  registerGrants(app, deps);
  registerReports(app, deps);
  registerPartnerships(app, deps);
  registerNews(app, deps);
  registerSearch(app, deps);
  registerMatch(app, deps);
  registerData(app, deps);
  registerFeed(app, deps);
  if (deps.accounts) {
    const accounts = accountsContext(deps.accounts, deps.clock, deps.auth);
    registerSecuritySchemes(app);
    registerAccounts(app, accounts);
    registerContentEditing(app, deps.store, accounts);
  }
  if (deps.accounts && deps.workspace) {
    registerWorkspace(app, { ...deps, accounts: deps.accounts, workspace: deps.workspace });
  }

  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'tipwatch API',
      version: '0.1.0',
      description:
        'Forced-labour and trafficking risk reference data: countries, TIP tiers, ILAB goods, screening lists, hotlines, grants, reports and news, each with its source.',
      license: { name: 'Apache-2.0' },
    },
  });

  const site = deps.site;
  if (site) {
    // The web app's files and pages: anything that is not the API or the feed.
    app.get('*', async (c, next) => {
      const path = c.req.path;
      if (path.startsWith('/api/') || path === '/api' || path === '/feed.atom') return next();
      return (await site.respond(path, c.req.header('accept-encoding'))) ?? next();
    });
  }

  app.notFound((c) =>
    errorResponse(
      c,
      new ApiError(404, 'not_found', `no route ${c.req.method} ${c.req.path}`, { path: c.req.path }),
    ),
  );

  app.onError((err, c) => {
    if (err instanceof ApiError) return errorResponse(c, err);
    if (err instanceof HTTPException) {
      // Hono's own 4xx (e.g. a body that is not JSON): keep the status, give the one error shape.
      const status = err.status;
      const code =
        status === 400 || status === 415
          ? 'bad_body'
          : status === 405
            ? 'method_not_allowed'
            : 'bad_parameter';
      return errorResponse(c, new ApiError(status, code, err.message || 'bad request'));
    }
    // Never a stack trace to a client; the caller's logger sees the error.
    console.error(err);
    return errorResponse(c, new ApiError(500, 'internal', 'internal error'));
  });

  return app;
}
