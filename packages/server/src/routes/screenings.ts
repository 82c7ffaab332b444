import { randomBytes } from 'node:crypto';
import { mkdir, rm } from 'node:fs/promises';
import type { OpenAPIHono } from '@hono/zod-openapi';
import {
  CANONICAL_FIELDS,
  type CanonicalField,
  type Screening,
  type ScreeningInputOptions,
} from '@tipwatch/core';
import { ApiError, badParameter } from '../api-error.js';
import { recordAudit } from '../auth/audit-trail.js';
import { authenticate } from '../auth/principal.js';
import { decodeOffset, encodeOffset } from '../paging.js';
import { receiveUpload } from '../uploads/multipart-upload.js';
import { screeningFiles } from '../workspace/screening-files.js';
import { requireRole, screeningFor, type WorkspaceContext } from '../workspace/workspace-context.js';

/** A screening as the API shows it. */
export function screeningJson(s: Screening) {
  return {
    id: s.id,
    status: s.status,
    file_name: s.file_name,
    file_size: s.file_size,
    options: s.options,
    created_by: { id: s.created_by, email: s.created_by_email },
    created_at: s.created_at,
    started_at: s.started_at,
    finished_at: s.finished_at,
    attempts: s.attempts,
    progress: s.progress,
    counts: s.counts,
    error: s.error,
  };
}

const fieldError = (field: string, message: string) =>
  new ApiError(400, 'bad_body', `form field "${field}": ${message}`, { field });

/**
 * How an upload is to be read, as stored with its screening and handed to the reader: the options of
 * `tipwatch screen --map/--encoding/--format/--sheet`.
 */
export type UploadOptions = ScreeningInputOptions;

/** Longest worksheet name taken (Excel allows 31 characters; other producers a few more). */
const MAX_SHEET_NAME = 100;

/**
 * The `map` (FIELD=COLUMN, repeatable), `encoding`, `format` and `sheet` form fields, checked like the CLI's
 * flags.
 */
export function uploadOptions(fields: Record<string, string[]>, fileName: string): UploadOptions {
  const map: Partial<Record<CanonicalField, string>> = {};
  for (const pair of fields.map ?? []) {
    const eq = pair.indexOf('=');
    const field = eq > 0 ? pair.slice(0, eq).trim() : '';
    const column = eq > 0 ? pair.slice(eq + 1).trim() : '';
    if (!(CANONICAL_FIELDS as readonly string[]).includes(field) || column === '') {
      throw fieldError(
        'map',
        `expected FIELD=COLUMN with FIELD one of ${CANONICAL_FIELDS.join(', ')}, found ${JSON.stringify(pair)}`,
      );
    }
    map[field as CanonicalField] = column;
  }
  const options: UploadOptions = { map };
  const encoding = fields.encoding?.[0]?.trim();
  if (encoding) {
    if (!/^[A-Za-z0-9_.:-]{1,40}$/.test(encoding))
      throw fieldError('encoding', 'expected an encoding name such as windows-1252');
    options.encoding = encoding;
  }
  const format = fields.format?.[0]?.trim().toLowerCase();
  if (format) {
    if (format !== 'csv' && format !== 'xlsx') throw fieldError('format', 'expected csv or xlsx');
    options.format = format;
  } else if (/\.xlsx$/i.test(fileName)) {
    options.format = 'xlsx';
  }
  const sheet = fields.sheet?.[0]?.trim();
  if (sheet) {
    // Control characters are never part of a sheet name; the rest is matched by the reader.
    if (sheet.length > MAX_SHEET_NAME || /\p{Cc}/u.test(sheet))
      throw fieldError(
        'sheet',
        `expected a worksheet name (at most ${MAX_SHEET_NAME} characters) or its number from 1`,
      );
    if (options.format === 'csv')
      throw fieldError('sheet', 'a CSV file has no worksheets; leave it empty, or send the XLSX workbook');
    options.sheet = sheet;
  }
  return options;
}

/** The uploaded file's name for display: printable characters only, at most 255 of them. */
export function displayName(name: string): string {
  let out = '';
  for (const ch of name) {
    const code = ch.codePointAt(0) ?? 0;
    if (code >= 0x20 && code !== 0x7f) out += ch;
  }
  return out.slice(0, 255) || 'upload';
}

/** A page size from `limit` (1–100, default 20) and an offset from `cursor`. */
export function pageParams(
  limitText: string | undefined,
  cursor: string | undefined,
  max = 100,
  fallback = 20,
) {
  const text = limitText ?? String(fallback);
  if (!/^\d{1,4}$/.test(text) || Number(text) < 1 || Number(text) > max) {
    throw badParameter('limit', `a number 1–${max}`, text);
  }
  return { limit: Number(text), offset: cursor === undefined || cursor === '' ? 0 : decodeOffset(cursor) };
}

/** `{ items, next_cursor }` from one item more than the page asked for. */
export function pageJson<T>(rows: T[], page: { limit: number; offset: number }) {
  const more = rows.length > page.limit;
  return {
    items: rows.slice(0, page.limit),
    next_cursor: more ? encodeOffset(page.offset + page.limit) : null,
  };
}

/**
 * `GET /api/screenings` (the organisation's screenings, newest first, paged), `POST /api/screenings` (an
 * upload: 202 and a queued screening), `GET /api/screenings/{id}` (status, progress, counts) and
 * `DELETE /api/screenings/{id}` (the screening, its rows and its files).
 */
export function registerScreenings(app: OpenAPIHono, w: WorkspaceContext): void {
  app.get('/api/screenings', async (c) => {
    const who = await authenticate(c, w.auth);
    requireRole(who, 'read');
    const page = pageParams(c.req.query('limit'), c.req.query('cursor'));
    const rows = await w.screenings.screenings(who.org.id, { limit: page.limit + 1, offset: page.offset });
    const { items, next_cursor } = pageJson(rows, page);
    return c.json({ items: items.map(screeningJson), next_cursor }, 200);
  });

  app.post('/api/screenings', async (c) => {
    const who = await authenticate(c, w.auth);
    requireRole(who, 'screen');
    const id = randomBytes(12).toString('base64url');
    const files = screeningFiles(w.filesDir, id);
    await mkdir(files.dir, { recursive: true });
    try {
      const upload = await receiveUpload(c.req.raw, {
        fileField: 'file',
        dest: files.upload,
        maxBytes: w.uploadLimit,
      });
      if (upload.size === 0) throw fieldError('file', 'the file is empty');
      const options = uploadOptions(upload.fields, upload.fileName);
      const screening = await w.screenings.createScreening(
        {
          id,
          org_id: who.org.id,
          created_by: who.user.id,
          created_by_email: who.user.email,
          created_at: w.auth.clock().toISOString(),
          // Display text only: control characters out, length bounded.
          file_name: displayName(upload.fileName),
          file_size: upload.size,
          options,
        },
        w.maxAttempts,
      );
      await recordAudit(w.auth, who, {
        action: 'screening.create',
        target_type: 'screening',
        target_id: id,
        before: null,
        after: { file_name: screening.file_name, file_size: screening.file_size },
      });
      c.header('Location', `/api/screenings/${id}`);
      return c.json(screeningJson(screening), 202);
    } catch (err) {
      await rm(files.dir, { recursive: true, force: true });
      throw err;
    }
  });

  app.get('/api/screenings/:id', async (c) => {
    const { screening } = await screeningFor(c, w, 'read');
    return c.json(screeningJson(screening), 200);
  });

  app.delete('/api/screenings/:id', async (c) => {
    const { who, screening } = await screeningFor(c, w, 'screen');
    await w.screenings.deleteScreening(who.org.id, screening.id);
    await rm(screeningFiles(w.filesDir, screening.id).dir, { recursive: true, force: true });
    await recordAudit(w.auth, who, {
      action: 'screening.delete',
      target_type: 'screening',
      target_id: screening.id,
      before: { file_name: screening.file_name, status: screening.status },
      after: null,
    });
    return c.body(null, 204);
  });
}
