/**
 * @tipwatch/storage: the knowledge store on SQLite (default, a file in the data directory) or PostgreSQL
 * (when `DATABASE_URL` is set), behind core's `KnowledgeStore` port.
 */

export * from './data-dir.js';
export * from './kysely-account-store.js';
export * from './kysely-job-queue.js';
export * from './kysely-screening-store.js';
export * from './migrations/migrations.js';
export * from './open-account-store.js';
export * from './open-screening-store.js';
export * from './open-store.js';
export * from './postgres/postgres-store.js';
export * from './sqlite/sqlite-store.js';
