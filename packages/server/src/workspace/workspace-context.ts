import { type AccountAction, can, type Screening, type ScreeningStore } from '@tipwatch/core';
import type { Context } from 'hono';
import { ApiError } from '../api-error.js';
import type { AccountsContext } from '../auth/accounts-context.js';
import { authenticate, type Principal } from '../auth/principal.js';
import { currentEngine, type EngineDeps, type LoadedEngine } from '../engine-source.js';
import { SCREENING_ID } from './screening-files.js';
import { DEFAULT_MAX_ATTEMPTS, DEFAULT_UPLOAD_LIMIT, type WorkspaceDeps } from './workspace-options.js';

/** What the workspace routes share. */
export interface WorkspaceContext {
  auth: AccountsContext;
  screenings: ScreeningStore;
  filesDir: string;
  uploadLimit: number;
  maxAttempts: number;
  /** The reference data in force (country names and codes for filters and reports). */
  engine: () => Promise<LoadedEngine>;
}

export function workspaceContext(
  auth: AccountsContext,
  deps: WorkspaceDeps,
  engine: EngineDeps,
): WorkspaceContext {
  return {
    auth,
    screenings: deps.screenings,
    filesDir: deps.filesDir,
    uploadLimit: deps.uploadLimit ?? DEFAULT_UPLOAD_LIMIT,
    maxAttempts: deps.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
    engine: () => currentEngine(engine),
  };
}

/** The caller may do `action`; 403 otherwise. */
export function requireRole(who: Principal, action: AccountAction): void {
  const { role } = who.user;
  if (!can(role, action)) {
    throw new ApiError(403, 'forbidden', `the role ${role} may not ${action.replace(/_/g, ' ')}`, {
      role,
      action,
    });
  }
}

/**
 * The caller and the screening named by the `:id` path parameter, looked up within the caller's
 * organisation: 401 when anonymous, 404 when the organisation has no such screening (another
 * organisation's id included, so ids do not leak), then 403 when the role may not do `action`.
 */
export async function screeningFor(
  c: Context,
  w: WorkspaceContext,
  action: 'read' | 'screen' | 'disposition',
): Promise<{ who: Principal; screening: Screening }> {
  const who = await authenticate(c, w.auth);
  const id = c.req.param('id') ?? '';
  const screening = SCREENING_ID.test(id) ? await w.screenings.screening(who.org.id, id) : null;
  if (screening === null) throw new ApiError(404, 'not_found', `no screening ${id}`, { id });
  requireRole(who, action);
  return { who, screening };
}

/** 409 unless the screening's outputs are ready. */
export function requireDone(screening: Screening): void {
  if (screening.status !== 'done') {
    throw new ApiError(
      409,
      'conflict',
      `screening ${screening.id} is ${screening.status}: its results are not ready`,
      {
        status: screening.status,
      },
    );
  }
}
