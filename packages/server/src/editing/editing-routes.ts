import { createRoute, z } from '@hono/zod-openapi';
import { EDITABLE_KINDS, type EditableKind, officeDataset } from '@tipwatch/core';
import { jsonBody, jsonResponse } from '../auth/account-schemas.js';
import { authErrorResponses, errorDoc, READ_SECURITY, WRITE_SECURITY } from '../openapi-security.js';
import { contentBodies } from './content-bodies.js';

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

/** The OpenAPI routes of one editable kind (`POST /api/{kind}`, `PUT`/`PATCH`/`DELETE /api/{kind}/{id}`, …). */
export function editingRoutes(kind: EditableKind) {
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
