import { type OpenAPIHono, z } from '@hono/zod-openapi';
import {
  CANONICAL_FIELDS,
  DISPOSITION_STATES,
  FINDING_KINDS,
  LAYOUTS,
  LEVELS,
  REGISTER_SORTS,
  SCREENING_STATUSES,
  SECTORS,
} from '@tipwatch/core';
import { jsonResponse } from '../auth/account-schemas.js';
import { authErrorResponses, errorDoc, READ_SECURITY, WRITE_SECURITY } from '../openapi-security.js';

const tags = ['screenings'];

const ScreeningSchema = z
  .object({
    id: z.string().openapi({ example: 'Qm9vbGVhbkZsYWdz' }),
    status: z.enum(SCREENING_STATUSES),
    file_name: z.string().openapi({ description: 'The uploaded file’s name (display only)' }),
    file_size: z.number().int(),
    options: z.object({
      map: z.record(z.string(), z.string()),
      encoding: z.string().optional(),
      format: z.enum(['csv', 'xlsx']).optional(),
      sheet: z.string().optional().openapi({ description: 'The worksheet asked for (XLSX)' }),
    }),
    created_by: z.object({ id: z.number().int(), email: z.string() }),
    created_at: z.string(),
    started_at: z.string().nullable(),
    finished_at: z.string().nullable(),
    attempts: z.number().int(),
    progress: z.object({
      rows: z.number().int().openapi({ description: 'Data rows read so far' }),
      fraction: z.number().openapi({ description: 'Fraction of the file’s bytes read, 0–1' }),
    }),
    counts: z
      .object({
        rows: z.number().int(),
        screened: z.number().int(),
        rejected: z.number().int(),
        levels: z.record(z.enum(LEVELS), z.number().int()),
        layout: z.string().openapi({
          description: `The detected layout: ${LAYOUTS.join(', ')}`,
          example: 'open_supply_hub_download',
        }),
        sheet: z
          .string()
          .optional()
          .openapi({ description: 'The worksheet read, for an XLSX workbook', example: 'Suppliers' }),
        data_versions: z
          .array(
            z.object({
              dataset: z.string(),
              as_of: z.string(),
              rows: z.number().int(),
              imported: z
                .object({
                  version: z.number().int(),
                  imported_at: z.string(),
                  source_file: z.string().nullable(),
                })
                .optional()
                .openapi({ description: 'The imported version used instead of the bundled file' }),
            }),
          )
          .openapi({ description: 'The reference data the screening used' }),
      })
      .nullable(),
    error: z.string().nullable().openapi({ description: 'Why the screening failed, for the user' }),
  })
  .openapi('Screening');

const DispositionSchema = z
  .object({ state: z.enum(DISPOSITION_STATES), note: z.string(), updated_at: z.string() })
  .nullable()
  .openapi('DispositionState');

const FindingSchema = z
  .object({
    id: z.number().int(),
    row: z.number().int(),
    ref: z.string(),
    supplier: z.string(),
    supplier_key: z.string(),
    finding_key: z.string().openapi({
      description:
        'The finding across screenings (kind, dataset, listed entry or record), which dispositions follow. An `entity` finding that is only a possible match (a name just under the match threshold, or matched in another country than the entry’s: a lead to check, at its own level) ends in `|possible`.',
    }),
    kind: z.enum(FINDING_KINDS),
    level: z.enum(LEVELS),
    summary: z.string(),
    source: z.object({ dataset: z.string(), record: z.string(), as_of: z.string().nullable() }),
    matched_name: z.string().nullable().openapi({
      description:
        'For an `entity` finding: the listed spelling that matched, or came closest for a possible match.',
    }),
    score: z.number().nullable(),
    disposition: DispositionSchema,
  })
  .openapi('ScreeningFinding');

const RegisterRowSchema = z
  .object({
    row: z.number().int(),
    ref: z.string(),
    supplier: z.string(),
    supplier_key: z.string(),
    country: z.string().nullable(),
    level: z.enum(LEVELS),
    score: z.number(),
    sectors: z.array(z.string()),
    kinds: z.array(z.enum(FINDING_KINDS)),
    amount: z.number().nullable(),
    currency: z.string(),
    top_reason: z.string(),
    findings: z.array(
      FindingSchema.pick({ id: true, kind: true, level: true, finding_key: true, disposition: true }),
    ),
  })
  .openapi('RegisterRow');

const amounts = z.record(z.string(), z.number()).openapi({
  description: 'Sums per currency code (upper-cased; "" when the rows stated none), never converted',
});

const SummarySchema = z
  .object({
    screening_id: z.string(),
    rows: z.number().int().openapi({ description: 'Screened rows' }),
    rows_without_amount: z.number().int(),
    by_currency: z.array(
      z.object({
        currency: z.string(),
        rows: z.number().int(),
        rows_with_amount: z.number().int(),
        spend: z.number(),
      }),
    ),
    by_level: z.array(
      z.object({
        level: z.enum(LEVELS),
        rows: z.number().int(),
        rows_without_amount: z.number().int(),
        spend: amounts,
      }),
    ),
    by_kind: z.array(
      z.object({
        kind: z.enum(FINDING_KINDS),
        findings: z.number().int(),
        rows: z.number().int().openapi({ description: 'Rows with at least one finding of this kind' }),
      }),
    ),
    by_country: z.array(
      z.object({
        country: z.string().nullable().openapi({ description: 'ISO 3166-1 alpha-3; null: not resolved' }),
        rows: z.number().int(),
        spend: amounts,
        weighted: amounts,
      }),
    ),
    heat: z.array(
      z.object({
        currency: z.string(),
        sector: z.string().nullable().openapi({ description: 'null: no sector assigned' }),
        country: z.string().nullable(),
        rows: z.number().int(),
        spend: z.number(),
        weighted: z.number().openapi({ description: 'Spend × the weight of each row’s level' }),
      }),
    ),
    level_weights: z.record(z.enum(LEVELS), z.number()),
  })
  .openapi('ScreeningSummary');

const AlertSchema = z
  .object({
    id: z.number().int(),
    org_id: z.number().int(),
    created_at: z.string(),
    dataset: z.string(),
    as_of: z.string().nullable(),
    title: z.string().openapi({ example: '3 suppliers newly match the UFLPA Entity List of 2025-01-15' }),
    matches: z.array(
      z.object({
        supplier: z.string(),
        country: z.string().nullable(),
        matched_name: z.string(),
        score: z.number(),
        record: z.string(),
      }),
    ),
  })
  .openapi('Alert');

const page = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), next_cursor: z.string().nullable() });

const query = (name: string, description: string, values?: readonly string[]) =>
  z
    .string()
    .optional()
    .openapi({
      param: { name, in: 'query' },
      description: values ? `${description}: ${values.join(', ')}` : description,
    });

const pagingQuery = (max: number, fallback: number) => ({
  limit: query('limit', `Items per page, 1–${max} (default ${fallback})`),
  cursor: query('cursor', '`next_cursor` of the previous page'),
});

const idParams = z.object({
  id: z.string().openapi({ param: { name: 'id', in: 'path' }, description: 'The screening’s id' }),
});

const notFound = { 404: errorDoc('No such screening in the caller’s organisation (another’s included)') };
const notReady = { 409: errorDoc('The screening is not done yet') };
const download = (type: string, description: string) => ({
  200: { content: { [type]: { schema: z.string() } }, description },
});

/**
 * Describes the workspace routes in `/api/openapi.json`. The routes themselves are plain handlers: the
 * upload is streamed to disk by its own parser, which request validation would buffer whole.
 */
export function describeWorkspace(app: OpenAPIHono): void {
  const r = app.openAPIRegistry;
  r.registerPath({
    method: 'get',
    path: '/api/screenings',
    tags,
    summary: 'The organisation’s screenings, newest first',
    security: READ_SECURITY,
    request: { query: z.object(pagingQuery(100, 20)) },
    responses: { 200: jsonResponse(page(ScreeningSchema), 'Screenings'), ...authErrorResponses },
  });
  r.registerPath({
    method: 'post',
    path: '/api/screenings',
    tags,
    summary: 'Upload a file to screen (analysts, editors, admins)',
    description:
      'The file is streamed to disk and queued; a worker screens it as `tipwatch screen` would. Over the upload limit (100 MB unless the server sets another) the answer is 413 and nothing is kept.',
    security: WRITE_SECURITY,
    request: {
      body: {
        required: true,
        content: {
          'multipart/form-data': {
            schema: z.object({
              file: z.string().openapi({ type: 'string', format: 'binary', description: 'CSV or XLSX' }),
              map: z
                .array(z.string())
                .optional()
                .openapi({ description: `FIELD=COLUMN, repeatable; fields: ${CANONICAL_FIELDS.join(', ')}` }),
              encoding: z.string().optional().openapi({ example: 'windows-1252' }),
              format: z.enum(['csv', 'xlsx']).optional(),
              sheet: z.string().max(100).optional().openapi({
                description:
                  'The worksheet of an XLSX workbook to read: its name (case ignored) or its number from 1, as `tipwatch screen --sheet` takes it. Without it, of the sheets with a recognisable header, the one with rows whose header maps the most fields is read, and a note names the others. A name the workbook lacks fails the screening with a message listing its sheets; with `format=csv` the answer is 400.',
                example: 'Suppliers',
              }),
            }),
          },
        },
      },
    },
    responses: {
      202: {
        ...jsonResponse(ScreeningSchema, 'Queued'),
        headers: { Location: { schema: { type: 'string' }, description: 'The screening’s address' } },
      },
      ...authErrorResponses,
    },
  });
  r.registerPath({
    method: 'get',
    path: '/api/screenings/{id}',
    tags,
    summary: 'A screening: status, progress, counts, error',
    security: READ_SECURITY,
    request: { params: idParams },
    responses: { 200: jsonResponse(ScreeningSchema, 'The screening'), ...authErrorResponses, ...notFound },
  });
  r.registerPath({
    method: 'delete',
    path: '/api/screenings/{id}',
    tags,
    summary: 'Delete a screening with its rows and files (analysts, editors, admins)',
    security: WRITE_SECURITY,
    request: { params: idParams },
    responses: { 204: { description: 'Deleted' }, ...authErrorResponses, ...notFound },
  });
  r.registerPath({
    method: 'get',
    path: '/api/screenings/{id}/register',
    tags,
    summary: 'The screened rows, with their findings and dispositions',
    security: READ_SECURITY,
    request: {
      params: idParams,
      query: z.object({
        level: query('level', 'Only rows of this level', LEVELS),
        kind: query('kind', 'Only rows with a finding of this kind', FINDING_KINDS),
        country: query('country', 'Only rows of this country (name or ISO code)'),
        sector: query('sector', 'Only rows in this sector', SECTORS),
        sort: query('sort', 'Order by (default score)', REGISTER_SORTS),
        order: query('order', 'asc or desc (default: desc for score and level, else asc)'),
        ...pagingQuery(500, 50),
      }),
    },
    responses: {
      200: jsonResponse(page(RegisterRowSchema), 'Register rows'),
      ...authErrorResponses,
      ...notFound,
      ...notReady,
    },
  });
  r.registerPath({
    method: 'get',
    path: '/api/screenings/{id}/findings',
    tags,
    summary: 'The findings, with sources and dispositions (JSON pages, or the findings.jsonl file)',
    security: READ_SECURITY,
    request: {
      params: idParams,
      query: z.object({
        format: query('format', 'json (default) or jsonl'),
        row: query('row', 'Only the findings of this input row (the register’s `row`)'),
        ref: query('ref', 'Only the findings of rows with this reference (the register’s `ref`)'),
        ...pagingQuery(500, 50),
      }),
    },
    responses: {
      200: {
        content: {
          'application/json': { schema: page(FindingSchema) },
          'application/x-ndjson': { schema: z.string() },
        },
        description: 'Findings',
      },
      ...authErrorResponses,
      ...notFound,
      ...notReady,
    },
  });
  r.registerPath({
    method: 'get',
    path: '/api/screenings/{id}/summary',
    tags,
    summary:
      'Totals over all the register rows: per level, currency, finding kind and country, and the sector × country heat map',
    description:
      'Summed by the database over every screened row, with the report’s rules: spend per currency, never converted; a row in several sectors counts in each; risk-weighted spend is spend × the weight of the row’s level.',
    security: READ_SECURITY,
    request: { params: idParams },
    responses: {
      200: jsonResponse(SummarySchema, 'The totals'),
      ...authErrorResponses,
      ...notFound,
      ...notReady,
    },
  });
  const files = [
    [
      'report',
      'text/html',
      'report.html with today’s dispositions, under a Content-Security-Policy allowing no script',
    ],
    ['plan', 'text/markdown', 'compliance-plan.md (404 when no contract needs one)'],
    ['rejects', 'text/csv', 'rejects.csv: rows that could not be screened, and why'],
    ['register.csv', 'text/csv', 'register.csv, as tipwatch screen writes it'],
  ] as const;
  for (const [name, type, summary] of files) {
    r.registerPath({
      method: 'get',
      path: `/api/screenings/{id}/${name}`,
      tags,
      summary,
      security: READ_SECURITY,
      request: { params: idParams },
      responses: { ...download(type, summary), ...authErrorResponses, ...notFound, ...notReady },
    });
  }
  r.registerPath({
    method: 'put',
    path: '/api/screenings/{id}/findings/{findingId}/disposition',
    tags,
    summary: 'Record a disposition of a finding (analysts, editors, admins)',
    description:
      'Kept per organisation, supplier and finding: it shows in every screening with the same supplier and finding. Each change is in the audit log.',
    security: WRITE_SECURITY,
    request: {
      params: idParams.extend({
        findingId: z.string().openapi({ param: { name: 'findingId', in: 'path' } }),
      }),
      body: {
        required: true,
        content: {
          'application/json': {
            schema: z.object({ state: z.enum(DISPOSITION_STATES), note: z.string().max(2000).optional() }),
          },
        },
      },
    },
    responses: {
      200: jsonResponse(
        z.object({
          screening_id: z.string(),
          finding_id: z.number().int(),
          supplier: z.string(),
          state: z.enum(DISPOSITION_STATES),
          note: z.string(),
          updated_at: z.string(),
        }),
        'Recorded',
      ),
      ...authErrorResponses,
      404: errorDoc('No such screening or finding in the caller’s organisation'),
    },
  });
  r.registerPath({
    method: 'get',
    path: '/api/alerts',
    tags,
    summary: 'Saved suppliers that newly match a list after it changed, newest first',
    security: READ_SECURITY,
    request: { query: z.object(pagingQuery(100, 20)) },
    responses: { 200: jsonResponse(page(AlertSchema), 'Alerts'), ...authErrorResponses },
  });
  r.registerPath({
    method: 'get',
    path: '/api/alerts.atom',
    tags,
    summary: 'The organisation’s alerts as an Atom feed',
    security: READ_SECURITY,
    responses: { ...download('application/atom+xml', 'Atom 1.0 feed'), ...authErrorResponses },
  });
}
