/**
 * @tipwatch/server: the tipwatch HTTP API (Hono, OpenAPI 3.1) over the knowledge store, the reference data
 * and the name matcher.
 */

export * from './api-error.js';
export * from './app.js';
export * from './auth/auth-options.js';
export * from './auth/password-hash.js';
export * from './auth/secret-token.js';
export * from './deps.js';
export * from './engine-reloader.js';
export * from './engine-source.js';
export * from './jobs/screening-engine.js';
export * from './jobs/screening-runner.js';
export * from './jobs/worker-loop.js';
export * from './knowledge-bootstrap.js';
export * from './start-server.js';
export * from './static-site.js';
export * from './workspace/workspace-options.js';
