import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import type { OpenAPIHono } from '@hono/zod-openapi';
import {
  dispositionLookup,
  FINDING_KINDS,
  type FindingKind,
  type FindingsQuery,
  isLevel,
  REGISTER_SORTS,
  type RegisterQuery,
  type RegisterSort,
  renderReportHtml,
  SECTORS,
} from '@tipwatch/core';
import { ApiError, badParameter } from '../api-error.js';
import type { ReportData } from '../jobs/report-data.js';
import { screeningFiles } from '../workspace/screening-files.js';
import { requireDone, screeningFor, type WorkspaceContext } from '../workspace/workspace-context.js';
import { pageJson, pageParams } from './screenings.js';

/** The report's policy: its own inline styles and nothing else (no script, no request anywhere). */
export const REPORT_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; sandbox";

const oneOf = <T extends string>(
  name: string,
  list: readonly T[],
  text: string | undefined,
): T | undefined => {
  if (text === undefined || text === '') return undefined;
  if (!(list as readonly string[]).includes(text))
    throw badParameter(name, `one of ${list.join(', ')}`, text);
  return text as T;
};

/** Sends one of a screening's files as a download (the name is ours, never the upload's). */
async function download(path: string, type: string, name: string, missing: string): Promise<Response> {
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch {
    throw new ApiError(404, 'not_found', missing);
  }
  const body = Readable.toWeb(createReadStream(path)) as ReadableStream<Uint8Array>;
  return new Response(body, {
    status: 200,
    headers: {
      'content-type': type,
      'content-length': String(size),
      'content-disposition': `attachment; filename="${name}"`,
      'x-content-type-options': 'nosniff',
    },
  });
}

/**
 * A finished screening's results: `GET /api/screenings/{id}/register` (paged, filtered, sorted, with each
 * row's findings and dispositions), `/findings` (JSON pages, of one input row with `row` or `ref`, or
 * `?format=jsonl` for the file), `/report`
 * (HTML under a strict Content-Security-Policy, with today's dispositions), `/plan` (markdown), `/rejects`
 * and `/register.csv` (CSV downloads, safe against formula injection).
 */
export function registerScreeningResults(app: OpenAPIHono, w: WorkspaceContext): void {
  app.get('/api/screenings/:id/register', async (c) => {
    const { who, screening } = await screeningFor(c, w, 'read');
    requireDone(screening);
    const page = pageParams(c.req.query('limit'), c.req.query('cursor'), 500, 50);
    const levelText = c.req.query('level');
    if (levelText !== undefined && !isLevel(levelText)) {
      throw badParameter('level', 'one of low, medium, high, critical', levelText);
    }
    const countryText = c.req.query('country');
    let country: string | undefined;
    if (countryText !== undefined && countryText !== '') {
      const resolved = (await w.engine()).ref.countries.resolve(countryText);
      if (resolved === null) throw badParameter('country', 'a country name or ISO 3166-1 code', countryText);
      country = resolved;
    }
    const sort = oneOf<RegisterSort>('sort', REGISTER_SORTS, c.req.query('sort')) ?? 'score';
    const order =
      oneOf('order', ['asc', 'desc'] as const, c.req.query('order')) ??
      (sort === 'score' || sort === 'level' ? 'desc' : 'asc');
    const query: RegisterQuery = {
      sort,
      order,
      limit: page.limit + 1,
      offset: page.offset,
      ...(levelText === undefined ? {} : { level: levelText }),
      ...(country === undefined ? {} : { country }),
    };
    const kind = oneOf<FindingKind>('kind', FINDING_KINDS, c.req.query('kind'));
    if (kind !== undefined) query.kind = kind;
    const sector = oneOf('sector', SECTORS, c.req.query('sector'));
    if (sector !== undefined) query.sector = sector;
    const rows = await w.screenings.register(who.org.id, screening.id, query);
    return c.json(pageJson(rows, page), 200);
  });

  app.get('/api/screenings/:id/findings', async (c) => {
    const { who, screening } = await screeningFor(c, w, 'read');
    requireDone(screening);
    const format = oneOf('format', ['json', 'jsonl'] as const, c.req.query('format')) ?? 'json';
    if (format === 'jsonl') {
      return download(
        screeningFiles(w.filesDir, screening.id).findings,
        'application/x-ndjson; charset=utf-8',
        `findings-${screening.id}.jsonl`,
        'the findings file is missing',
      );
    }
    const page = pageParams(c.req.query('limit'), c.req.query('cursor'), 500, 50);
    const query: FindingsQuery = { limit: page.limit + 1, offset: page.offset };
    const rowText = c.req.query('row');
    if (rowText !== undefined) {
      if (!/^\d{1,9}$/.test(rowText) || Number(rowText) < 1) {
        throw badParameter('row', 'a row number (1 or more)', rowText);
      }
      query.row = Number(rowText);
    }
    const ref = c.req.query('ref');
    if (ref !== undefined) {
      if (ref.length > 1000)
        throw badParameter('ref', 'a reference of at most 1,000 characters', ref.slice(0, 40));
      query.ref = ref;
    }
    const rows = await w.screenings.findings(who.org.id, screening.id, query);
    return c.json(pageJson(rows, page), 200);
  });

  app.get('/api/screenings/:id/report', async (c) => {
    const { who, screening } = await screeningFor(c, w, 'read');
    requireDone(screening);
    let data: ReportData;
    try {
      data = JSON.parse(
        await readFile(screeningFiles(w.filesDir, screening.id).reportData, 'utf8'),
      ) as ReportData;
    } catch {
      throw new ApiError(404, 'not_found', 'the report of this screening is missing');
    }
    const dispositionOf = dispositionLookup(
      await w.screenings.screeningDispositions(who.org.id, screening.id),
    );
    const html = renderReportHtml(data.result, {
      ...data,
      countries: (await w.engine()).ref.countries,
      disposition: dispositionOf,
    });
    return c.body(html, 200, {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': REPORT_CSP,
      'content-disposition': `inline; filename="report-${screening.id}.html"`,
      'x-content-type-options': 'nosniff',
    });
  });

  app.get('/api/screenings/:id/plan', async (c) => {
    const { screening } = await screeningFor(c, w, 'read');
    requireDone(screening);
    return download(
      screeningFiles(w.filesDir, screening.id).plan,
      'text/markdown; charset=utf-8',
      `compliance-plan-${screening.id}.md`,
      'this screening needs no FAR 52.222-50(h) compliance plan',
    );
  });

  app.get('/api/screenings/:id/rejects', async (c) => {
    const { screening } = await screeningFor(c, w, 'read');
    requireDone(screening);
    return download(
      screeningFiles(w.filesDir, screening.id).rejects,
      'text/csv; charset=utf-8',
      `rejects-${screening.id}.csv`,
      'the rejects file is missing',
    );
  });

  app.get('/api/screenings/:id/register.csv', async (c) => {
    const { screening } = await screeningFor(c, w, 'read');
    requireDone(screening);
    return download(
      screeningFiles(w.filesDir, screening.id).register,
      'text/csv; charset=utf-8',
      `register-${screening.id}.csv`,
      'the register file is missing',
    );
  });
}
