import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
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
import { jsonBody, jsonResponse } from '../auth/account-schemas.js';
import type { AccountsContext } from '../auth/accounts-context.js';
import { officeEditor } from '../auth/signed-in.js';
import { bodySizeLimit, CONTENT_BODY_LIMIT } from '../body-size-limit.js';
import { contentBodies } from '../editing/content-bodies.js';
import { type ContentBody, recordFromBody } from '../editing/record-from-body.js';
import { authErrorResponses, errorDoc, READ_SECURITY, WRITE_SECURITY } from '../openapi-security.js';

const RecordSchema = z
  .record(z.string(), z.unknown())
  .openapi({ description: 'The record as stored, in the shape of its kind’s public schema, with `edited`' });

const EditResultSchema = z
  .object({
    kind: z.enum(EDITABLE_KINDS),
    id: z.string().openapi({ description: 'The record’s id (for a hotline: its key, country|name|phone)' }),
    dataset: z.string(),
    version: z.number().int().openapi({ description: 'The dataset version the change wrote, now in force' }),
    record: RecordSchema,
    audit_id: z.number().int(),
  })
  .openapi('ContentEdit');

const RetiredSchema = z
  .object({
    id: z.string(),
    dataset: z.string(),
    retired_at: z.string(),
    retired_by: z.string(),
    record: RecordSchema,
  })
  .openapi('RetiredRecord');

const IdParam = z.object({
  id: z
    .string()
    .min(1)
    .max(2000)
    .openapi({ param: { name: 'id', in: 'path' }, description: 'The record’s id (URL-encoded)' }),
});

const editErrors = {
  ...authErrorResponses,
  404: errorDoc('No such record in force (or, to restore, none retired)'),
  409: errorDoc('The id is in use, or belongs to a retired record'),
};

/** A store refusal as the API's error. */
function apiErrorOf(err: unknown): unknown {
  if (!(err instanceof TipwatchError)) return err;
  if (err.code === 'no_such_record') return new ApiError(404, 'not_found', err.message);
  if (err.code === 'record_exists' || err.code === 'record_retired' || err.code === 'dataset_kind_mismatch') {
    return new ApiError(409, 'conflict', err.message, { reason: err.code });
  }
  return err;
}

function routesOf(kind: EditableKind) {
  const bodies = contentBodies(kind);
  const tags = ['editing'];
  const base = `/api/${kind}`;
  const retireDescription =
    'The record leaves public lists, search, country pages and the Atom feed; it stays in the audit log and in the older versions of its dataset, and editors see it in `GET ' +
    `${base}/retired` +
    '` and can restore it.';
  return {
    create: createRoute({
      method: 'post',
      path: base,
      tags,
      summary: `Create a ${kind} record (editors of the office)`,
      description: `Goes to the dataset \`${officeDataset(kind)}\`. The source citation is required.`,
      security: WRITE_SECURITY,
      request: { body: jsonBody(bodies.create) },
      responses: { 201: jsonResponse(EditResultSchema, 'Created'), ...editErrors },
    }),
    replace: createRoute({
      method: 'put',
      path: `${base}/{id}`,
      tags,
      summary: `Replace a ${kind} record (fields left out get their defaults)`,
      security: WRITE_SECURITY,
      request: { params: IdParam, body: jsonBody(bodies.replace) },
      responses: { 200: jsonResponse(EditResultSchema, 'Replaced'), ...editErrors },
    }),
    patch: createRoute({
      method: 'patch',
      path: `${base}/{id}`,
      tags,
      summary: `Change fields of a ${kind} record`,
      security: WRITE_SECURITY,
      request: { params: IdParam, body: jsonBody(bodies.patch) },
      responses: { 200: jsonResponse(EditResultSchema, 'Changed'), ...editErrors },
    }),
    remove: createRoute({
      method: 'delete',
      path: `${base}/{id}`,
      tags,
      summary: `Retire a ${kind} record`,
      description: retireDescription,
      security: WRITE_SECURITY,
      request: { params: IdParam },
      responses: { 200: jsonResponse(EditResultSchema, 'Retired'), ...editErrors },
    }),
    retire: createRoute({
      method: 'post',
      path: `${base}/{id}/retire`,
      tags,
      summary: `Retire a ${kind} record (same as DELETE)`,
      description: retireDescription,
      security: WRITE_SECURITY,
      request: { params: IdParam },
      responses: { 200: jsonResponse(EditResultSchema, 'Retired'), ...editErrors },
    }),
    restore: createRoute({
      method: 'post',
      path: `${base}/{id}/restore`,
      tags,
      summary: `Put a retired ${kind} record back in force`,
      security: WRITE_SECURITY,
      request: { params: IdParam },
      responses: { 200: jsonResponse(EditResultSchema, 'Restored'), ...editErrors },
    }),
    retired: createRoute({
      method: 'get',
      path: `${base}/retired`,
      tags,
      summary: `Retired ${kind} records, newest retirement first (editors of the office)`,
      security: READ_SECURITY,
      responses: {
        200: jsonResponse(z.object({ items: z.array(RetiredSchema) }), 'Retired records'),
        ...authErrorResponses,
      },
    }),
  };
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
  const routes = routesOf(kind);
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
      sourceDataset: found.dataset,
    });
    await checkLinks(row);
    return apply(c, { op: 'update', key: id, row });
  };

  app.openapi({ ...routes.create, middleware: [editor, limit] }, async (c) => {
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

  app.openapi({ ...routes.replace, middleware: [editor, limit] }, async (c) =>
    c.json(await update(c, c.req.valid('param').id, c.req.valid('json') as ContentBody, 'replace'), 200),
  );

  app.openapi({ ...routes.patch, middleware: [editor, limit] }, async (c) =>
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
