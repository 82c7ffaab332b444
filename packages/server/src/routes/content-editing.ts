import type { OpenAPIHono } from '@hono/zod-openapi';
import {
  EDITABLE_KINDS,
  type EditableKind,
  type KnowledgeRow,
  type KnowledgeStore,
  officeDataset,
  type RecordEdit,
  type RecordEditResult,
  TipwatchError,
} from '@tipwatch/core';
import type { Context, MiddlewareHandler } from 'hono';
import { ApiError } from '../api-error.js';
import type { AccountsContext } from '../auth/accounts-context.js';
import { officeEditor } from '../auth/signed-in.js';
import { bodySizeLimit, CONTENT_BODY_LIMIT } from '../body-size-limit.js';
import { editingRoutes } from '../editing/editing-routes.js';
import { type ContentBody, recordFromBody } from '../editing/record-from-body.js';
import { jsonBodyAnyType } from '../json-body.js';

/** A store refusal as the API's error. */
function apiErrorOf(err: unknown): unknown {
  if (!(err instanceof TipwatchError)) return err;
  if (err.code === 'no_such_record') return new ApiError(404, 'not_found', err.message);
  if (err.code === 'record_exists' || err.code === 'record_retired' || err.code === 'dataset_kind_mismatch') {
    return new ApiError(409, 'conflict', err.message, { reason: err.code });
  }
  return err;
}

/**
 * The editing routes of public content: for each of grants, reports, partnerships, news and hotlines,
 * `POST /api/{kind}`, `PUT` and `PATCH /api/{kind}/{id}`, `DELETE /api/{kind}/{id}` (or `POST …/retire`),
 * `POST …/restore` and `GET /api/{kind}/retired`. Only editors and admins of the office organisation may use
 * them. Each change is one store transaction: the new dataset version, its search entries and the audit
 * entry (before/after) are written together.
 */
export function registerContentEditing(app: OpenAPIHono, store: KnowledgeStore, ctx: AccountsContext): void {
  const editor = officeEditor(ctx);
  const limit = bodySizeLimit(CONTENT_BODY_LIMIT);
  for (const kind of EDITABLE_KINDS) registerKind(app, store, ctx, kind, [editor, limit]);
}

function registerKind<K extends EditableKind>(
  app: OpenAPIHono,
  store: KnowledgeStore,
  ctx: AccountsContext,
  kind: K,
  [editor, limit]: [MiddlewareHandler, MiddlewareHandler],
): void {
  const routes = editingRoutes(kind);
  const json = jsonBodyAnyType();
  const stamp = (c: Context) => ({ at: ctx.clock().toISOString(), user_id: c.get('principal').user.id });

  const apply = async (c: Context, edit: RecordEdit<K>) => {
    const who = c.get('principal');
    let result: RecordEditResult<K>;
    try {
      result = await store.editRecord(kind, edit, {
        org_id: who.org.id,
        user_id: who.user.id,
        actor: who.user.email,
        at: ctx.clock().toISOString(),
      });
    } catch (err) {
      throw apiErrorOf(err);
    }
    return {
      kind: kind as EditableKind,
      id: result.key,
      dataset: result.dataset,
      version: result.version.version,
      record: (result.after ?? result.before) as unknown as Record<string, unknown>,
      audit_id: result.audit.id,
    };
  };

  // A programme total may name the partnership it funds: that partnership must be in force.
  const checkLinks = async (row: KnowledgeRow<K>) => {
    const link = (row as { partnership_id?: unknown }).partnership_id;
    if (kind !== 'programme_totals' || typeof link !== 'string') return;
    if ((await store.record('partnerships', link)) === null) {
      throw new ApiError(400, 'bad_body', `body field "partnership_id": no partnership "${link}" in force`, {
        field: 'partnership_id',
      });
    }
  };

  const current = async (id: string) => {
    const found = await store.record(kind, id);
    if (found === null) throw new ApiError(404, 'not_found', `no ${kind} record "${id}" in force`, { id });
    return found;
  };

  const update = async (c: Context, id: string, body: ContentBody, mode: 'replace' | 'patch') => {
    if (mode === 'patch' && Object.keys(body).length === 0) {
      throw new ApiError(400, 'bad_body', 'body: expected at least one field to change', { field: 'body' });
    }
    const found = await current(id);
    const row: KnowledgeRow<K> = recordFromBody(kind, body, {
      current: found.row,
      mode,
      stamp: stamp(c),
      sourceDataset: officeDataset(kind),
    });
    await checkLinks(row);
    return apply(c, { op: 'update', key: id, row });
  };

  app.openapi({ ...routes.create, middleware: [editor, limit, json] }, async (c) => {
    const body = c.req.valid('json') as ContentBody;
    const row = recordFromBody(kind, body, {
      current: null,
      mode: 'create',
      stamp: stamp(c),
      sourceDataset: officeDataset(kind),
    });
    await checkLinks(row);
    return c.json(await apply(c, { op: 'create', dataset: officeDataset(kind), row }), 201);
  });

  app.openapi({ ...routes.replace, middleware: [editor, limit, json] }, async (c) =>
    c.json(await update(c, c.req.valid('param').id, c.req.valid('json') as ContentBody, 'replace'), 200),
  );

  app.openapi({ ...routes.patch, middleware: [editor, limit, json] }, async (c) =>
    c.json(await update(c, c.req.valid('param').id, c.req.valid('json') as ContentBody, 'patch'), 200),
  );

  app.openapi({ ...routes.remove, middleware: [editor, limit] }, async (c) =>
    c.json(await apply(c, { op: 'retire', key: c.req.valid('param').id }), 200),
  );

  app.openapi({ ...routes.retire, middleware: [editor, limit] }, async (c) =>
    c.json(await apply(c, { op: 'retire', key: c.req.valid('param').id }), 200),
  );

  app.openapi({ ...routes.restore, middleware: [editor, limit] }, async (c) =>
    c.json(await apply(c, { op: 'restore', key: c.req.valid('param').id }), 200),
  );

  app.openapi({ ...routes.retired, middleware: [editor] }, async (c) => {
    const items = (await store.retiredRecords(kind)).map((r) => ({
      id: r.key,
      dataset: r.dataset,
      retired_at: r.retired_at,
      retired_by: r.retired_by,
      record: r.row as unknown as Record<string, unknown>,
    }));
    return c.json({ items }, 200);
  });
}
