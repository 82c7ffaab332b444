import { type EditableKind, kindTraits } from '@tipwatch/core';
import { describe, expect, it } from 'vitest';
import { accountsAppPerTest, JSON_BODY } from '../auth/accounts-fixture.case.js';
import { CONTENT_BODY_LIMIT } from '../body-size-limit.js';

const t = accountsAppPerTest();
const SOURCE = { record: 'Example source document, p. 4', as_of: '2025-06' };

/** A valid new record of each kind. */
const NEW: Record<EditableKind, Record<string, unknown>> = {
  grants: {
    id: 'office:example-grant',
    title: 'Example grant for inspections',
    recipient: 'Example Organisation',
    amount: 250000,
    currency: 'USD',
    fiscal_year: 2025,
    countries: ['GHA'],
    four_ps: ['protection'],
    description: 'A made-up grant used by the tests.',
    source: SOURCE,
  },
  programme_totals: {
    id: 'office:example-programme',
    amount: 1_000_000,
    amount_is_lower_bound: true,
    currency: 'USD',
    fiscal_year: 2025,
    projects: 3,
    countries: ['GHA'],
    four_ps: ['prevention'],
    description: 'A made-up programme total used by the tests.',
    quote: 'Example quote stating over $1 million for three projects.',
    source: SOURCE,
  },
  reports: {
    id: 'office:example-study',
    title: 'Example study of recruitment fees',
    publishers: ['Example Institute'],
    summary: 'A made-up report used by the tests.',
    countries: ['THA'],
    source: SOURCE,
  },
  partnerships: {
    id: 'office:example-compact',
    name: 'Example compact',
    partners: ['Example Ministry', 'Example Association'],
    description: 'A made-up partnership used by the tests.',
    countries: ['NPL'],
    source: SOURCE,
  },
  news: {
    id: 'office:news-1',
    title: 'Example news item for the tests',
    date: '2025-06-30',
    body: 'Made-up text.',
    source: SOURCE,
  },
  hotlines: {
    iso3: 'USA',
    country: 'United States',
    name: 'Example test hotline',
    phone_text: '+1 555 0100',
    source_url: 'https://example.org/test-hotline',
    source: SOURCE,
  },
};

/** The id of the record `NEW[kind]` creates (a hotline's is its key). */
function idOf(kind: EditableKind, body: Record<string, unknown>): string {
  if (kind !== 'hotlines') return String(body.id);
  return kindTraits('hotlines').keyOf({ ...body, phones: [], texts: [] } as never);
}

async function send(method: string, path: string, headers: Record<string, string>, body?: unknown) {
  const res = await t.request(path, {
    method,
    headers,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: res.status, body: await res.json() };
}

describe('role × endpoint', () => {
  it('answers anonymous 401, viewers and analysts 403, another organisation’s editor and admin 403, the office editor 2xx', async () => {
    const callers = {
      anonymous: JSON_BODY as Record<string, string>,
      viewer: await t.sessionHeaders('viewer@acme.example'),
      analyst: await t.sessionHeaders('analyst@acme.example'),
      officeViewer: await t.sessionHeaders('viewer@office.example'),
      officeAnalyst: await t.sessionHeaders('analyst@office.example'),
      otherEditor: await t.sessionHeaders('editor@other.example'),
      otherAdmin: await t.sessionHeaders('admin@other.example'),
    };
    const editor = await t.sessionHeaders('editor@office.example');
    for (const kind of Object.keys(NEW) as EditableKind[]) {
      const id = encodeURIComponent(idOf(kind, NEW[kind] as Record<string, unknown>));
      const patch = kind === 'hotlines' ? { notes: 'Open at all hours' } : { countries: ['USA'] };
      const steps: [string, string, unknown, number][] = [
        ['POST', `/api/${kind}`, NEW[kind], 201],
        ['PATCH', `/api/${kind}/${id}`, patch, 200],
        ['GET', `/api/${kind}/retired`, undefined, 200],
        ['POST', `/api/${kind}/${id}/retire`, undefined, 200],
        ['POST', `/api/${kind}/${id}/restore`, undefined, 200],
        ['PUT', `/api/${kind}/${id}`, { ...NEW[kind], id: undefined }, 200],
        ['DELETE', `/api/${kind}/${id}`, undefined, 200],
      ];
      for (const [method, path, body, ok] of steps) {
        for (const [who, headers] of Object.entries(callers)) {
          const res = await send(method, path, headers, body);
          expect([who, method, path, res.status]).toEqual([
            who,
            method,
            path,
            who === 'anonymous' ? 401 : 403,
          ]);
          expect(res.body.error.code).toBe(who === 'anonymous' ? 'unauthorized' : 'forbidden');
        }
        const res = await send(method, path, editor, body);
        expect([method, path, res.status, res.body.error]).toEqual([method, path, ok, undefined]);
      }
    }
  });
});

describe('POST /api/{kind}', () => {
  it('lets an admin of the office edit too (roles are a ladder), with a bearer token and no CSRF token', async () => {
    const headers = await t.sessionHeaders('admin@office.example');
    const made = await send('POST', '/api/tokens', headers, { name: 'script' });
    const bearer = { ...JSON_BODY, authorization: `Bearer ${made.body.token}` };
    const res = await send('POST', '/api/news', bearer, NEW.news);
    expect(res.status).toBe(201);
    const audit = await (await t.request('/api/audit', { headers: bearer })).json();
    expect(audit.items[0]).toMatchObject({
      action: 'news.create',
      actor: 'admin@office.example',
      target_type: 'news',
      target_id: 'office:news-1',
      before: null,
      after: { title: NEW.news?.title },
    });
  });

  it('creates a record that keeps its source and who edited it, shown in lists, search and the audit log', async () => {
    const editor = await t.sessionHeaders('editor@office.example');
    const created = await send('POST', '/api/grants', editor, NEW.grants);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      kind: 'grants',
      id: 'office:example-grant',
      dataset: 'office_grants',
    });
    expect(created.body.record).toMatchObject({
      title: 'Example grant for inspections',
      sex_trafficking: null,
      url: null,
      source: { dataset: 'office_grants', record: SOURCE.record, as_of: '2025-06' },
      edited: { at: t.clock.now.toISOString(), user_id: t.users.officeEditor.id },
    });
    const list = await (await t.request('/api/grants?country=GHA')).json();
    expect(list.items.map((g: { id: string }) => g.id)).toEqual(['office:example-grant']);
    expect(list.totals).toEqual([{ currency: 'USD', amount: 250000, grants: 1 }]);
    const search = await (await t.request('/api/search?q=example%20inspections')).json();
    expect(search.items.map((h: { key: string }) => h.key)).toEqual(['office:example-grant']);
    const [entry] = await t.accounts.audit(t.orgs.office.id);
    expect(entry).toMatchObject({
      id: created.body.audit_id,
      actor: 'editor@office.example',
      action: 'grants.create',
      target_type: 'grants',
      target_id: 'office:example-grant',
      before: null,
      after: created.body.record,
    });
  });

  it('gives an id when none is sent, and refuses an id in use with 409', async () => {
    const editor = await t.sessionHeaders('editor@office.example');
    const { id: _, ...withoutId } = NEW.news as Record<string, unknown>;
    const made = await send('POST', '/api/news', editor, withoutId);
    expect(made.status).toBe(201);
    expect(made.body.id).toMatch(/^office-news-[0-9a-f]{12}$/);
    expect((await send('POST', '/api/news', editor, NEW.news)).status).toBe(201);
    const again = await send('POST', '/api/news', editor, NEW.news);
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('conflict');
  });

  it('answers 400 naming the field for a missing citation, a bad value, an unknown or server-set field', async () => {
    const editor = await t.sessionHeaders('editor@office.example');
    const cases: [Record<string, unknown>, string][] = [
      [{ ...NEW.grants, source: undefined }, 'source'],
      [{ ...NEW.grants, source: { as_of: '2025' } }, 'source.record'],
      [{ ...NEW.grants, source: { record: '   ' } }, 'source.record'],
      [{ ...NEW.grants, countries: ['GHA', 'gh'] }, 'countries.1'],
      [{ ...NEW.grants, url: 'javascript:alert(1)' }, 'url'],
      [{ ...NEW.grants, fiscal_year: 1800 }, 'fiscal_year'],
      [{ ...NEW.grants, currency: null }, 'currency'],
      [{ ...NEW.grants, title: '' }, 'title'],
      [{ ...NEW.grants, edited: { at: '2020-01-01', user_id: 1 } }, 'edited'],
      [{ ...NEW.grants, id: 'Has Spaces' }, 'id'],
    ];
    for (const [body, field] of cases) {
      const res = await send('POST', '/api/grants', editor, body);
      expect([field, res.status]).toEqual([field, 400]);
      expect(res.body.error.code).toBe('bad_body');
      expect(res.body.error.message).toContain(`"${field}"`);
    }
    const news = await send('POST', '/api/news', editor, { ...NEW.news, date: '2025-02-30' });
    expect([news.status, news.body.error.details.field]).toEqual([400, 'date']);
    const hotline = await send('POST', '/api/hotlines', editor, { ...NEW.hotlines, phone_text: '' });
    expect([hotline.status, hotline.body.error.details.field]).toEqual([400, 'phone_text']);
    const phones = await send('POST', '/api/hotlines', editor, { ...NEW.hotlines, phones: ['1'] });
    expect([phones.status, phones.body.error.details.field]).toEqual([400, 'phones']);
    expect(await t.accounts.audit(t.orgs.office.id)).toEqual([]);
  });
});

describe('PUT and PATCH /api/{kind}/{id}', () => {
  it('PATCH changes the fields sent, PUT replaces the record; both keep the id and are audited before/after', async () => {
    const editor = await t.sessionHeaders('editor@office.example');
    await send('POST', '/api/reports', editor, { ...NEW.reports, quote: 'verbatim words' });
    t.clock.now = new Date('2026-01-15T13:00:00Z');
    const patched = await send('PATCH', '/api/reports/office:example-study', editor, {
      funder: 'Example Fund',
    });
    expect(patched.status).toBe(200);
    expect(patched.body.record).toMatchObject({
      id: 'office:example-study',
      funder: 'Example Fund',
      quote: 'verbatim words',
      summary: NEW.reports?.summary,
      edited: { at: '2026-01-15T13:00:00.000Z' },
    });
    expect(patched.body.version).toBe(2);
    const replaced = await send('PUT', '/api/reports/office:example-study', editor, {
      title: 'Recruitment fees, revised',
      publishers: ['Example Institute'],
      summary: 'Revised survey.',
      source: { record: 'Revised edition, p. 1' },
    });
    expect(replaced.status).toBe(200);
    expect(replaced.body.record).toMatchObject({ id: 'office:example-study', funder: null, countries: [] });
    expect(replaced.body.record.quote).toBeUndefined();
    expect(replaced.body.record.source).toEqual({
      dataset: 'office_reports',
      record: 'Revised edition, p. 1',
      as_of: null,
    });
    // A source from elsewhere is kept until the office cites its own.
    const cited = await send('PATCH', '/api/reports/office:example-study', editor, {
      source: { record: 'Example archive, box 3', dataset: 'example_archive' },
    });
    expect(cited.body.record.source).toEqual({
      dataset: 'example_archive',
      record: 'Example archive, box 3',
      as_of: null,
    });
    const kept = await send('PATCH', '/api/reports/office:example-study', editor, { topics: ['fees'] });
    expect(kept.body.record.source.dataset).toBe('example_archive');
    const recited = await send('PATCH', '/api/reports/office:example-study', editor, {
      source: { record: 'Memo 7' },
    });
    expect(recited.body.record.source).toEqual({ dataset: 'office_reports', record: 'Memo 7', as_of: null });
    const [, , , put, patch] = await t.accounts.audit(t.orgs.office.id);
    expect(patch).toMatchObject({
      action: 'reports.update',
      before: { funder: null },
      after: { funder: 'Example Fund' },
    });
    expect(put).toMatchObject({
      before: { title: NEW.reports?.title },
      after: { title: 'Recruitment fees, revised' },
    });
    const page = await (await t.request('/api/reports')).json();
    expect(page.items.map((r: { title: string }) => r.title)).toEqual(['Recruitment fees, revised']);
  });

  it('follows a hotline to its new id when its numbers change', async () => {
    const editor = await t.sessionHeaders('editor@office.example');
    await send('POST', '/api/hotlines', editor, NEW.hotlines);
    const id = encodeURIComponent(idOf('hotlines', NEW.hotlines));
    const res = await send('PATCH', `/api/hotlines/${id}`, editor, { phone_text: '+1 555 0111 (free)' });
    expect(res.status).toBe(200);
    expect(res.body.id).toBe('USA|Example test hotline|+1 555 0111 (free)');
    expect(res.body.record.phones).toEqual(['+1 555 0111']);
    const list = await (await t.request('/api/hotlines?country=USA')).json();
    expect(list.items.map((h: { id: string; phone_text: string }) => [h.id, h.phone_text])).toEqual([
      [res.body.id, '+1 555 0111 (free)'],
    ]);
    expect((await send('PATCH', `/api/hotlines/${id}`, editor, { notes: 'x' })).status).toBe(404);
    // Keys hold whatever the prose holds: slashes, '#', '?' and spaces travel URL-encoded.
    const odd = await send('PATCH', `/api/hotlines/${encodeURIComponent(res.body.id)}`, editor, {
      phone_text: '1-555-0123 / 5550199 #2?',
    });
    expect([odd.status, odd.body.id]).toEqual([200, 'USA|Example test hotline|1-555-0123 / 5550199 #2?']);
    const back = await send('DELETE', `/api/hotlines/${encodeURIComponent(odd.body.id)}`, editor);
    expect(back.status).toBe(200);
  });

  it('answers 404 for a record not in force, and 400 for a body that would break the record', async () => {
    const editor = await t.sessionHeaders('editor@office.example');
    expect((await send('PATCH', '/api/grants/no-such-grant', editor, { title: 'x' })).status).toBe(404);
    await send('POST', '/api/grants', editor, NEW.grants);
    const empty = await send('PATCH', '/api/grants/office:example-grant', editor, {});
    expect([empty.status, empty.body.error.details.field]).toEqual([400, 'body']);
    const res = await send('PATCH', '/api/grants/office:example-grant', editor, { amount: null });
    expect([res.status, res.body.error.details.field]).toEqual([400, 'currency']);
  });
});

describe('programme totals', () => {
  it('are edited like other content, listed beside grants and never added to grant totals', async () => {
    const editor = await t.sessionHeaders('editor@office.example');
    await send('POST', '/api/grants', editor, NEW.grants);
    const made = await send('POST', '/api/programme_totals', editor, NEW.programme_totals);
    expect(made.status).toBe(201);
    expect(made.body.record).toMatchObject({ kind: 'programme_total', funder: null, recipients: [] });
    const page = await (await t.request('/api/grants?country=GHA')).json();
    expect(page.totals).toEqual([{ currency: 'USD', amount: 250000, grants: 1 }]);
    expect(page.programme_totals).toMatchObject([
      {
        id: 'office:example-programme',
        amount: 1_000_000,
        amount_is_lower_bound: true,
        quote: NEW.programme_totals.quote,
      },
    ]);
    const unlinked = await send('PATCH', '/api/programme_totals/office:example-programme', editor, {
      partnership_id: 'no-such-partnership',
    });
    expect([unlinked.status, unlinked.body.error.details.field]).toEqual([400, 'partnership_id']);
    await send('POST', '/api/partnerships', editor, NEW.partnerships);
    const linked = await send('PATCH', '/api/programme_totals/office:example-programme', editor, {
      partnership_id: 'office:example-compact',
    });
    expect(linked.status).toBe(200);
    const { quote: _, ...withoutQuote } = NEW.programme_totals;
    const missing = await send('POST', '/api/programme_totals', editor, { ...withoutQuote, id: 'office:p2' });
    expect([missing.status, missing.body.error.details.field]).toEqual([400, 'quote']);
    await send('DELETE', '/api/programme_totals/office:example-programme', editor);
    expect((await (await t.request('/api/grants')).json()).programme_totals).toEqual([]);
  });
});

describe('retiring and restoring', () => {
  it('takes a record out of lists, search and the feed, shows it to editors as retired, and restores it', async () => {
    const editor = await t.sessionHeaders('editor@office.example');
    await send('POST', '/api/news', editor, NEW.news);
    expect(await (await t.request('/feed.atom')).text()).toContain('Example news item for the tests');
    const retired = await send('DELETE', '/api/news/office:news-1', editor);
    expect(retired.status).toBe(200);
    expect(retired.body.record.title).toBe('Example news item for the tests');
    expect((await (await t.request('/api/news')).json()).items).toEqual([]);
    expect((await (await t.request('/api/search?q=example%20news')).json()).items).toEqual([]);
    expect(await (await t.request('/feed.atom')).text()).not.toContain('Example news item for the tests');
    const list = await send('GET', '/api/news/retired', editor);
    expect(list.body.items).toMatchObject([
      {
        id: 'office:news-1',
        dataset: 'office_news',
        retired_by: 'editor@office.example',
        record: { title: 'Example news item for the tests' },
      },
    ]);
    // Gone from public content, so not editable until restored; its id stays taken.
    expect((await send('PATCH', '/api/news/office:news-1', editor, { body: 'x' })).status).toBe(404);
    expect((await send('POST', '/api/news', editor, NEW.news)).status).toBe(409);
    const restored = await send('POST', '/api/news/office:news-1/restore', editor);
    expect(restored.status).toBe(200);
    expect((await (await t.request('/api/news')).json()).items.map((n: { id: string }) => n.id)).toEqual([
      'office:news-1',
    ]);
    expect((await send('POST', '/api/news/office:news-1/restore', editor)).status).toBe(404);
    const actions = (await t.accounts.audit(t.orgs.office.id)).map((e) => e.action);
    expect(actions).toEqual(['news.restore', 'news.retire', 'news.create']);
  });
});

describe('HTML in content', () => {
  it('is stored as text and escaped in the Atom feed', async () => {
    const editor = await t.sessionHeaders('editor@office.example');
    const title = '<script>alert("t")</script> & <b>bold</b>';
    const body = '<img src=x onerror="alert(1)"> ]]> <a href="javascript:alert(2)">x</a>';
    const res = await send('POST', '/api/news', editor, { ...NEW.news, title, body });
    expect(res.status).toBe(201);
    const [stored] = (await (await t.request('/api/news')).json()).items;
    expect([stored.title, stored.body]).toEqual([title, body]);
    const feed = await (await t.request('/feed.atom')).text();
    for (const raw of ['<script', '<img', '<b>', '<a href']) expect(feed).not.toContain(raw);
    expect(feed).toContain('&lt;script&gt;');
  });
});

describe('oversized bodies', () => {
  it('are refused with 413 in the error shape before anything is stored', async () => {
    const editor = await t.sessionHeaders('editor@office.example');
    const big = { ...NEW.news, body: 'x'.repeat(CONTENT_BODY_LIMIT) };
    for (const [method, path] of [
      ['POST', '/api/news'],
      ['PUT', '/api/news/office:news-1'],
      ['PATCH', '/api/news/office:news-1'],
    ] as const) {
      const res = await send(method, path, editor, big);
      expect([method, res.status, res.body.error.code]).toEqual([method, 413, 'body_too_large']);
      expect(res.body.error.details.limit).toBe(CONTENT_BODY_LIMIT);
    }
    expect(await t.store.record('news', 'office:news-1')).toBeNull();
  });
});
