import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { workspaceApp, workspaceAppPerFile } from '../workspace/workspace-fixture.case.js';

const CLI_FIXTURES = new URL('../../../cli/src/commands/fixtures/', import.meta.url);
const fixture = (name: string) => readFileSync(new URL(name, CLI_FIXTURES), 'utf8');

const HOSTILE_CSV = [
  'po_number,supplier,supplier_country,description,amount,currency',
  'PO-1,"=HYPERLINK(""http://evil.example/"",""click"")",China,cotton yarn,100,USD',
  'PO-2,<img src=x onerror=alert(1)>,China,cotton yarn,200,USD',
  'PO-3,+cmd|calc,China,cotton yarn,300,USD',
  'PO-4,,China,no name,400,USD',
].join('\n');

describe('POST /api/screenings, then a worker run', () => {
  const t = workspaceAppPerFile();
  let id: string;

  it('accepts an upload from an analyst with 202, a Location and a queued screening', async () => {
    const res = await t.upload(t.users.acme.analyst.token, fixture('mixed-spend.csv'), 'mixed-spend.csv');
    expect(res.status).toBe(202);
    const body = await res.json();
    id = body.id;
    expect(id).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect(res.headers.get('location')).toBe(`/api/screenings/${id}`);
    expect(body).toMatchObject({
      status: 'queued',
      file_name: 'mixed-spend.csv',
      created_by: { email: 'analyst@acme.example' },
      progress: { rows: 0, fraction: 0 },
      counts: null,
    });
    const got = await t.request(`/api/screenings/${id}`, { headers: t.bearer(t.users.acme.viewer.token) });
    expect((await got.json()).status).toBe('queued');
    const early = await t.request(`/api/screenings/${id}/register`, {
      headers: t.bearer(t.users.acme.viewer.token),
    });
    expect(early.status).toBe(409);
  });

  it('runs the job: done, with progress and counts', async () => {
    expect(await t.runWorker()).toBe(1);
    const body = await (
      await t.request(`/api/screenings/${id}`, { headers: t.bearer(t.users.acme.viewer.token) })
    ).json();
    expect(body).toMatchObject({
      status: 'done',
      attempts: 1,
      progress: { rows: 10, fraction: 1 },
      counts: { rows: 10, screened: 8, rejected: 2, layout: 'generic' },
      error: null,
    });
    expect(Object.values(body.counts.levels as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(8);
  });

  it('writes the same register, findings and rejects as tipwatch screen (its golden files)', async () => {
    const dir = join(t.filesDir, id);
    expect(readFileSync(join(dir, 'register.csv'), 'utf8')).toBe(fixture('mixed-spend.register.golden.csv'));
    expect(readFileSync(join(dir, 'findings.jsonl'), 'utf8')).toBe(
      fixture('mixed-spend.findings.golden.jsonl'),
    );
    expect(readFileSync(join(dir, 'rejects.csv'), 'utf8')).toBe(fixture('mixed-spend.rejects.golden.csv'));
    expect(readdirSync(dir).sort()).toEqual(
      [
        'findings.jsonl',
        'register.csv',
        'rejects.csv',
        'report-data.json',
        'report.html',
        'summary.json',
        'upload',
      ]
        .concat(existsSync(join(dir, 'compliance-plan.md')) ? ['compliance-plan.md'] : [])
        .sort(),
    );
  });

  it('downloads register.csv, rejects and findings.jsonl as attachments named by the screening id', async () => {
    const h = { headers: t.bearer(t.users.acme.viewer.token) };
    const reg = await t.request(`/api/screenings/${id}/register.csv`, h);
    expect(reg.status).toBe(200);
    expect(reg.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(reg.headers.get('content-disposition')).toBe(`attachment; filename="register-${id}.csv"`);
    expect(await reg.text()).toBe(fixture('mixed-spend.register.golden.csv'));
    const rej = await t.request(`/api/screenings/${id}/rejects`, h);
    expect(await rej.text()).toBe(fixture('mixed-spend.rejects.golden.csv'));
    const jsonl = await t.request(`/api/screenings/${id}/findings?format=jsonl`, h);
    expect(jsonl.headers.get('content-type')).toContain('application/x-ndjson');
    expect(await jsonl.text()).toBe(fixture('mixed-spend.findings.golden.jsonl'));
  });

  it('pages, filters and sorts the register, each row with its findings', async () => {
    const h = { headers: t.bearer(t.users.acme.viewer.token) };
    const get = async (q: string) => {
      const res = await t.request(`/api/screenings/${id}/register${q}`, h);
      expect(res.status, q).toBe(200);
      return res.json();
    };
    const all = await get('?limit=500');
    expect(all.items).toHaveLength(8);
    const scores = all.items.map((r: { score: number }) => r.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const first = all.items[0];
    expect(first.findings.length).toBeGreaterThan(0);
    expect(first.kinds).toEqual([...new Set(first.findings.map((f: { kind: string }) => f.kind))]);
    expect(first.findings[0]).toMatchObject({ id: expect.any(Number), disposition: null });

    const page1 = await get('?limit=3');
    expect(page1.items).toHaveLength(3);
    const page2 = await get(`?limit=3&cursor=${page1.next_cursor}`);
    const page3 = await get(`?limit=3&cursor=${page2.next_cursor}`);
    expect(page3.next_cursor).toBeNull();
    expect([...page1.items, ...page2.items, ...page3.items].map((r: { row: number }) => r.row)).toEqual(
      all.items.map((r: { row: number }) => r.row),
    );

    const critical = await get('?level=critical');
    expect(critical.items.length).toBeGreaterThan(0);
    expect(critical.items.every((r: { level: string }) => r.level === 'critical')).toBe(true);
    const china = await get('?country=China');
    expect(china.items.map((r: { ref: string }) => r.ref).sort()).toEqual(['PO-1', 'PO-2']);
    const entity = await get('?kind=entity');
    expect(entity.items.every((r: { kinds: string[] }) => r.kinds.includes('entity'))).toBe(true);
    expect(entity.items.map((r: { ref: string }) => r.ref)).toContain('PO-1');
    const bySupplier = await get('?sort=supplier');
    const names = bySupplier.items.map((r: { supplier: string }) => r.supplier);
    expect(names).toEqual([...names].sort());
    const textiles = await get('?sector=textiles_apparel');
    expect(textiles.items.every((r: { sectors: string[] }) => r.sectors.includes('textiles_apparel'))).toBe(
      true,
    );

    const bad = await t.request(`/api/screenings/${id}/register?kind=nonsense`, h);
    expect(bad.status).toBe(400);
    expect((await bad.json()).error).toMatchObject({ code: 'bad_parameter', details: { parameter: 'kind' } });
    expect((await t.request(`/api/screenings/${id}/register?sort=password`, h)).status).toBe(400);
    expect((await t.request(`/api/screenings/${id}/register?cursor=zzz`, h)).status).toBe(400);
  });

  it('pages the findings as JSON with their sources', async () => {
    const res = await t.request(`/api/screenings/${id}/findings?limit=5`, {
      headers: t.bearer(t.users.acme.viewer.token),
    });
    const body = await res.json();
    expect(body.items).toHaveLength(5);
    expect(body.next_cursor).not.toBeNull();
    expect(body.items[0]).toMatchObject({
      row: 1,
      source: { dataset: expect.any(String) },
      disposition: null,
    });
  });

  it('serves the report under a strict Content-Security-Policy', async () => {
    const res = await t.request(`/api/screenings/${id}/report`, {
      headers: t.bearer(t.users.acme.viewer.token),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain('script-src');
    expect(res.headers.get('content-disposition')).toBe(`inline; filename="report-${id}.html"`);
    const html = await res.text();
    expect(html).toContain('tipwatch screening report: mixed-spend.csv');
    expect(html).not.toContain('<script');
  });

  it('lists the organisation’s screenings, newest first, in pages', async () => {
    t.clock.now = new Date('2026-01-15T13:00:00Z');
    const second = await (
      await t.upload(t.users.acme.admin.token, fixture('mixed-spend.csv'), 'again.csv')
    ).json();
    const h = { headers: t.bearer(t.users.acme.viewer.token) };
    const page = await (await t.request('/api/screenings?limit=1', h)).json();
    expect(page.items.map((s: { id: string }) => s.id)).toEqual([second.id]);
    const next = await (await t.request(`/api/screenings?limit=1&cursor=${page.next_cursor}`, h)).json();
    expect(next.items.map((s: { id: string }) => s.id)).toEqual([id]);
    expect(next.next_cursor).toBeNull();
    const theirs = await (
      await t.request('/api/screenings', { headers: t.bearer(t.users.other.admin.token) })
    ).json();
    expect(theirs.items).toEqual([]);
    await t.runWorker();
  });

  it('deletes a screening with its rows and files', async () => {
    const created = await (await t.upload(t.users.acme.analyst.token, fixture('mixed-spend.csv'))).json();
    await t.runWorker();
    expect(existsSync(join(t.filesDir, created.id))).toBe(true);
    const res = await t.request(`/api/screenings/${created.id}`, {
      method: 'DELETE',
      headers: t.bearer(t.users.acme.analyst.token),
    });
    expect(res.status).toBe(204);
    expect(existsSync(join(t.filesDir, created.id))).toBe(false);
    const gone = await t.request(`/api/screenings/${created.id}`, {
      headers: t.bearer(t.users.acme.admin.token),
    });
    expect(gone.status).toBe(404);
    expect(
      await t.workspace.screenings.findings(t.orgs.acme.id, created.id, { limit: 10, offset: 0 }),
    ).toEqual([]);
  });

  it('fails a file it cannot read with a message the user can act on, without retrying it', async () => {
    const res = await t.upload(t.users.acme.analyst.token, 'colour,shape\nred,round\n', 'shapes.csv');
    const created = await res.json();
    await t.runWorker();
    const body = await (
      await t.request(`/api/screenings/${created.id}`, { headers: t.bearer(t.users.acme.viewer.token) })
    ).json();
    expect(body.status).toBe('failed');
    expect(body.attempts).toBe(1);
    expect(body.error).toMatch(/supplier/i);
    expect(body.error).not.toMatch(/\n\s+at /);
  });

  it('checks the form fields like the command line checks its flags', async () => {
    const bad = await t.upload(t.users.acme.analyst.token, fixture('mixed-spend.csv'), 'x.csv', {
      map: 'colour=Shade',
    });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error).toMatchObject({ code: 'bad_body', details: { field: 'map' } });
    const mapped = await t.upload(
      t.users.acme.analyst.token,
      'Vendor Name,Nation\nHOSHINE SILICON IND CO LTD,China\n',
      'mapped.csv',
      { map: ['supplier=Vendor Name', 'supplier_country=Nation'], encoding: 'utf-8' },
    );
    expect(mapped.status).toBe(202);
    const created = await mapped.json();
    expect(created.options).toEqual({
      map: { supplier: 'Vendor Name', supplier_country: 'Nation' },
      encoding: 'utf-8',
    });
    await t.runWorker();
    const reg = await (
      await t.request(`/api/screenings/${created.id}/register`, {
        headers: t.bearer(t.users.acme.viewer.token),
      })
    ).json();
    expect(reg.items[0]).toMatchObject({
      supplier: 'HOSHINE SILICON IND CO LTD',
      country: 'CHN',
      level: 'critical',
    });
    const notMultipart = await t.request('/api/screenings', {
      method: 'POST',
      headers: t.bearer(t.users.acme.analyst.token, { 'content-type': 'application/json' }),
      body: '{}',
    });
    expect(notMultipart.status).toBe(400);
    const noFile = new FormData();
    noFile.append('encoding', 'utf-8');
    const missing = await t.request('/api/screenings', {
      method: 'POST',
      headers: t.bearer(t.users.acme.analyst.token),
      body: noFile,
    });
    expect(missing.status).toBe(400);
    expect((await missing.json()).error.message).toContain('"file"');
  });
});

/** The fields of one CSV line (quoted fields with commas and doubled quotes), as text cells. */
function csvFields(line: string): string[] {
  return [...line.matchAll(/(?:^|,)(?:"((?:[^"]|"")*)"|([^,]*))/g)].map((m) =>
    m[1] !== undefined ? m[1].replace(/""/g, '"') : (m[2] ?? ''),
  );
}

describe('POST /api/screenings with an XLSX file', () => {
  const t = workspaceAppPerFile();

  it('screens the workbook’s first sheet as tipwatch screen does the same rows as CSV', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Spend');
    for (const line of fixture('mixed-spend.csv').trimEnd().split('\n')) ws.addRow(csvFields(line));
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    // Sent without an extension: the content says it is a workbook.
    for (const name of ['mixed-spend.xlsx', 'mixed-spend']) {
      const res = await t.upload(t.users.acme.analyst.token, bytes, name);
      expect(res.status, name).toBe(202);
      const { id } = await res.json();
      expect(await t.runWorker()).toBe(1);
      const h = { headers: t.bearer(t.users.acme.viewer.token) };
      const status = await (await t.request(`/api/screenings/${id}`, h)).json();
      expect(status, name).toMatchObject({ status: 'done', counts: { rows: 10, screened: 8, rejected: 2 } });
      const register = await (await t.request(`/api/screenings/${id}/register.csv`, h)).text();
      expect(register).toBe(fixture('mixed-spend.register.golden.csv'));
    }
  });
});

describe('POST /api/screenings with a workbook whose data is on its second sheet', () => {
  const t = workspaceAppPerFile();
  let workbook: Uint8Array;
  const h = () => ({ headers: t.bearer(t.users.acme.viewer.token) });
  const screen = async (fields: Record<string, string>) => {
    const res = await t.upload(t.users.acme.analyst.token, workbook, 'suppliers.xlsx', fields);
    expect(res.status).toBe(202);
    const created = await res.json();
    expect(await t.runWorker()).toBe(1);
    return { created, status: await (await t.request(`/api/screenings/${created.id}`, h())).json() };
  };

  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const notes = wb.addWorksheet('Read me');
    notes.addRow(['Supplier spend, first quarter']);
    notes.addRow(['Prepared by procurement; the data is on the next sheet.']);
    const data = wb.addWorksheet('Suppliers');
    for (const line of fixture('mixed-spend.csv').trimEnd().split('\n')) data.addRow(csvFields(line));
    workbook = new Uint8Array(await wb.xlsx.writeBuffer());
  });

  it('finds the sheet with a recognisable header without being told, and says which it read', async () => {
    const { created, status } = await screen({});
    expect(created.options).toEqual({ map: {}, format: 'xlsx' });
    expect(status).toMatchObject({
      status: 'done',
      counts: { rows: 10, screened: 8, rejected: 2, sheet: 'Suppliers' },
    });
    const register = await (await t.request(`/api/screenings/${created.id}/register.csv`, h())).text();
    expect(register).toBe(fixture('mixed-spend.register.golden.csv'));
  });

  it('reads the sheet the form names, by name or number, and keeps the name with the options', async () => {
    for (const sheet of ['Suppliers', ' suppliers ', '2']) {
      const { created, status } = await screen({ sheet });
      expect(created.options, sheet).toEqual({ map: {}, format: 'xlsx', sheet: sheet.trim() });
      expect(status, sheet).toMatchObject({
        status: 'done',
        options: { sheet: sheet.trim() },
        counts: { rows: 10, screened: 8, sheet: 'Suppliers' },
      });
    }
  });

  it('fails the screening, without retrying it, when the workbook has no such sheet', async () => {
    const { status } = await screen({ sheet: 'Spend 2025' });
    expect(status).toMatchObject({ status: 'failed', attempts: 1, counts: null });
    expect(status.error).toContain('Spend 2025');
    expect(status.error).toContain('no such sheet');
    expect(status.error).toContain('"Read me", "Suppliers"');
  });

  it('answers 400 for a sheet field that names no sheet a workbook can have, or with a CSV', async () => {
    const before = readdirSync(t.filesDir).sort();
    for (const [sheet, fields] of [
      ['x'.repeat(101), {}],
      ['Sheet\u00001', {}],
      ['Tab\nName', {}],
      ['Suppliers', { format: 'csv' }],
    ] as const) {
      const res = await t.upload(t.users.acme.analyst.token, workbook, 'suppliers.xlsx', {
        ...fields,
        sheet,
      });
      expect(res.status, sheet).toBe(400);
      const { error } = await res.json();
      expect(error, sheet).toMatchObject({ code: 'bad_body', details: { field: 'sheet' } });
      expect(error.message, sheet).toMatch(/worksheet/);
    }
    expect(readdirSync(t.filesDir).sort()).toEqual(before);
  });
});

describe('the workspace in /api/openapi.json', () => {
  it('describes every screening route, the multipart upload included', async () => {
    const t = await workspaceApp();
    try {
      const doc = await (await t.request('/api/openapi.json')).json();
      const paths = Object.keys(doc.paths);
      for (const path of [
        '/api/screenings',
        '/api/screenings/{id}',
        '/api/screenings/{id}/register',
        '/api/screenings/{id}/findings',
        '/api/screenings/{id}/summary',
        '/api/screenings/{id}/report',
        '/api/screenings/{id}/plan',
        '/api/screenings/{id}/rejects',
        '/api/screenings/{id}/register.csv',
        '/api/screenings/{id}/findings/{findingId}/disposition',
        '/api/alerts',
        '/api/alerts.atom',
      ]) {
        expect(paths).toContain(path);
      }
      const upload = doc.paths['/api/screenings'].post;
      expect(Object.keys(upload.requestBody.content)).toEqual(['multipart/form-data']);
      expect(upload.responses['202']).toBeDefined();
      const form = upload.requestBody.content['multipart/form-data'].schema.properties;
      expect(Object.keys(form)).toEqual(['file', 'map', 'encoding', 'format', 'sheet']);
      expect(form.sheet.description).toContain('--sheet');
      expect(Object.keys(doc.paths['/api/screenings/{id}'])).toEqual(['get', 'delete']);
      const findingParams = doc.paths['/api/screenings/{id}/findings'].get.parameters.map(
        (p: { name: string }) => p.name,
      );
      expect(findingParams).toEqual(expect.arrayContaining(['row', 'ref']));
      expect(
        doc.paths['/api/screenings/{id}/summary'].get.responses['200'].content['application/json'].schema,
      ).toEqual({
        $ref: '#/components/schemas/ScreeningSummary',
      });
    } finally {
      await t.close();
    }
  });
});

describe('uploads with hostile names and contents', () => {
  const t = workspaceAppPerFile({ uploadLimit: 4096 });

  it('never uses the uploaded file name in a path, and keeps it only as display text', async () => {
    for (const name of ['../../../escape.csv', '..\\..\\escape.csv', '/etc/passwd', 'a/../../b.csv']) {
      const res = await t.upload(t.users.acme.analyst.token, fixture('mixed-spend.csv'), name);
      expect(res.status, name).toBe(202);
      const body = await res.json();
      // The parser keeps the last part of a name sent with a path; it is display text either way.
      expect(body.file_name).toBe(name.split(/[\\/]/).pop());
      expect(readdirSync(join(t.filesDir, body.id))).toEqual(['upload']);
    }
    expect(readdirSync(t.dir).sort()).toEqual([
      'screenings',
      'tipwatch.sqlite',
      'tipwatch.sqlite-shm',
      'tipwatch.sqlite-wal',
    ]);
    expect(readdirSync(t.filesDir).every((d) => /^[A-Za-z0-9_-]{16}$/.test(d))).toBe(true);
    expect(existsSync(join(t.dir, '..', 'escape.csv'))).toBe(false);
  });

  it('answers 413 for a file over the limit and leaves no file behind', async () => {
    const before = readdirSync(t.filesDir).sort();
    const big = `supplier,amount\n${'Acme Co,100\n'.repeat(1000)}`;
    const res = await t.upload(t.users.acme.analyst.token, big, 'big.csv');
    expect(res.status).toBe(413);
    expect((await res.json()).error).toMatchObject({ code: 'body_too_large', details: { limit: 4096 } });
    expect(readdirSync(t.filesDir).sort()).toEqual(before);
    // A declared length over the limit is refused before anything is read.
    const declared = await t.request('/api/screenings', {
      method: 'POST',
      headers: t.bearer(t.users.acme.analyst.token, {
        'content-type': 'multipart/form-data; boundary=x',
        'content-length': String(10 * 1024 * 1024),
      }),
      body: '--x--',
    });
    expect(declared.status).toBe(413);
    expect(readdirSync(t.filesDir).sort()).toEqual(before);
  });

  it('stops reading a streamed upload with no length at the limit', async () => {
    const before = readdirSync(t.filesDir).sort();
    const head = new TextEncoder().encode(
      '--b\r\ncontent-disposition: form-data; name="file"; filename="endless.csv"\r\n\r\nsupplier\r\n',
    );
    const chunk = new TextEncoder().encode('Acme Co\r\n'.repeat(1000));
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        // About 50 MB if read to the end; the parser must stop long before.
        if (pulled >= 5000) return controller.close();
        controller.enqueue(pulled === 0 ? head : chunk);
        pulled++;
      },
    });
    const res = await t.request('/api/screenings', {
      method: 'POST',
      headers: t.bearer(t.users.acme.analyst.token, { 'content-type': 'multipart/form-data; boundary=b' }),
      body,
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(413);
    expect(pulled).toBeLessThan(50);
    expect(readdirSync(t.filesDir).sort()).toEqual(before);
  });

  it('answers 400 for a multipart body cut off in the middle of the file, and keeps nothing', async () => {
    const before = readdirSync(t.filesDir).sort();
    const res = await t.request('/api/screenings', {
      method: 'POST',
      headers: t.bearer(t.users.acme.analyst.token, { 'content-type': 'multipart/form-data; boundary=b' }),
      body: '--b\r\ncontent-disposition: form-data; name="file"; filename="cut.csv"\r\n\r\nsupplier\r\nAcme',
    });
    expect(res.status).toBe(400);
    expect((await res.json()).error.code).toBe('bad_body');
    expect(readdirSync(t.filesDir).sort()).toEqual(before);
  });

  it('keeps exports safe from formula injection and the report safe from HTML injection', async () => {
    const res = await t.upload(t.users.acme.analyst.token, HOSTILE_CSV, '<img src=x onerror=alert(1)>.csv');
    const { id } = await res.json();
    await t.runWorker();
    const h = { headers: t.bearer(t.users.acme.viewer.token) };
    const status = await (await t.request(`/api/screenings/${id}`, h)).json();
    expect(status.status).toBe('done');
    const csv = await (await t.request(`/api/screenings/${id}/register.csv`, h)).text();
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example/"",""click"")"`);
    expect(csv).toContain("'+cmd|calc");
    for (const line of csv.split('\r\n').slice(1)) {
      for (const cell of line.split(',')) expect(cell, line).not.toMatch(/^"?[=+@\t\r]/);
    }
    const rejects = await (await t.request(`/api/screenings/${id}/rejects`, h)).text();
    expect(rejects).toContain('PO-4');
    const html = await (await t.request(`/api/screenings/${id}/report`, h)).text();
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    const reg = await (await t.request(`/api/screenings/${id}/register`, h)).json();
    expect(reg.items.map((r: { supplier: string }) => r.supplier)).toContain('<img src=x onerror=alert(1)>');
  });
});
