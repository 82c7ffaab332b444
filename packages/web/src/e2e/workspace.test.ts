import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_KINDS } from '../workspace/content-fields.js';
import {
  type Browser,
  createUser,
  launchBrowser,
  requireBrowserAndBuild,
  SCREENSHOTS,
  type Served,
  seriousViolations,
  settle,
  startServe,
} from './browser-harness.case.js';

const FIXTURE = fileURLToPath(new URL('../../../cli/src/commands/fixtures/mixed-spend.csv', import.meta.url));
const EMAIL = 'ada@acme.example';

let served: Served;
let browser: Browser;
let page: Page;

async function axeClean(where: string): Promise<void> {
  const serious = await seriousViolations(page);
  expect(
    serious.map((v) => `${where}: ${v.id} ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`),
  ).toEqual([]);
}

describe('the workspace in Chromium: sign in, users, upload, findings, dispositions, downloads', () => {
  let password: string;

  beforeAll(async () => {
    requireBrowserAndBuild();
    // Screening jobs run in a separate `tipwatch worker`, started when the test wants the job to run.
    served = await startServe(['--no-worker']);
    password = createUser(served, { email: EMAIL, role: 'admin' });
    browser = await launchBrowser();
    page = browser.page;
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await served?.stop();
  });

  it('refuses a wrong password with a message, then signs in with the right one', async () => {
    await page.goto(`${served.url}/sign-in`);
    await settle(page);
    await page.fill('input[name="email"]', EMAIL);
    await page.fill('input[name="password"]', 'not the password');
    await page.click('main button[type="submit"]');
    await expect.poll(() => page.locator('[role="alert"]').textContent()).toMatch(/wrong/);
    // Keyboard only from here: type the password, submit with Enter.
    await page.fill('input[name="password"]', password);
    await page.focus('input[name="password"]');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${served.url}/workspace`);
    await settle(page);
    expect(await page.textContent('main')).toContain(`Signed in as ${EMAIL} (admin, Acme)`);
    await axeClean('/workspace');
    // The session survives a reload (the cookie, and the CSRF token from GET /api/me).
    await page.reload();
    await settle(page);
    expect(await page.textContent('main')).toContain(`Signed in as ${EMAIL}`);
  });

  it('lets the admin add a user, shows the one-time password once, and lists the change in the audit log', async () => {
    await page.goto(`${served.url}/workspace/users`);
    await settle(page);
    const add = page.locator('section[aria-labelledby="add-user"] form');
    await add.locator('input[name="email"]').fill('bob@acme.example');
    await add.locator('select[name="role"]').selectOption('analyst');
    await add.locator('button[type="submit"]').click();
    await expect
      .poll(() => page.locator('.callout').textContent())
      .toMatch(/Account created for bob@acme.example/);
    await expect.poll(() => page.locator('table').first().textContent()).toContain('bob@acme.example');
    await expect
      .poll(() => page.locator('section[aria-labelledby="audit"] table').textContent())
      .toContain('user.create');
    await axeClean('/workspace/users');
    await page.screenshot({ path: join(SCREENSHOTS, 'workspace-users.png'), fullPage: true });
  });

  it("lets the admin change a user's role on Save and disable the account", async () => {
    const bobRole = async () => {
      const users = (await (await page.request.get(`${served.url}/api/users`)).json()) as {
        items: { email: string; role: string; disabled: boolean }[];
      };
      return users.items.find((u) => u.email === 'bob@acme.example');
    };
    // The user's row in the users table (its row header is the address).
    const bobRow = () =>
      page.locator('tbody tr', { has: page.locator('th', { hasText: 'bob@acme.example' }) });
    const row = bobRow();
    await row.locator('select[name="role"]').selectOption('editor');
    // Choosing is not saving.
    expect((await bobRole())?.role).toBe('analyst');
    await row.locator('button[type="submit"]').click();
    await expect.poll(async () => (await bobRole())?.role).toBe('editor');
    await expect.poll(() => bobRow().locator('select[name="role"]').inputValue()).toBe('editor');
    await bobRow().locator('button', { hasText: 'Disable' }).click();
    await expect.poll(async () => (await bobRole())?.disabled).toBe(true);
    await expect.poll(() => bobRow().textContent()).toContain('disabled');
    await expect
      .poll(() => page.locator('section[aria-labelledby="audit"] table').textContent())
      .toContain('user.update');
  });

  it('uploads a file, shows the queued job and its progress, then the register once a worker has run it', async () => {
    await page.goto(`${served.url}/workspace/screenings`);
    await settle(page);
    await axeClean('/workspace/screenings');
    await page.setInputFiles('input[type="file"]', FIXTURE);
    await page.click('main form button[type="submit"]');
    await page.waitForURL(/\/workspace\/screenings\/[\w-]+$/);
    await page.waitForSelector('main h1:text-is("mixed-spend.csv")');
    // No worker yet: the job waits in the queue and the page says so, with its progress.
    expect(await page.textContent('main')).toContain('status queued');
    expect(await page.locator('main progress').count()).toBe(1);
    expect(await page.textContent('main [role="status"]')).toContain('0 rows read');
    const stopWorker = served.worker();
    try {
      await page.waitForSelector('section[aria-labelledby="register"] tbody tr', { timeout: 60_000 });
    } finally {
      await stopWorker();
    }
    await settle(page);
    expect(await page.textContent('main')).toContain('status done');
    expect(await page.textContent('main h1')).toBe('mixed-spend.csv');
    // Row 1 is the supplier on the CBP list: critical.
    const first = page.locator('section[aria-labelledby="register"] tbody tr:has(th:text-is("1"))');
    expect(await first.textContent()).toContain('HOSHINE SILICON IND CO LTD');
    expect(await first.textContent()).toContain('critical');
    // The charts' tables give the server's totals over every row.
    const id = new URL(page.url()).pathname.split('/').pop() ?? '';
    const summary = await page.evaluate(
      async (path) => (await fetch(path)).json(),
      `/api/screenings/${id}/summary`,
    );
    const critical = summary.by_level.find((l: { level: string }) => l.level === 'critical');
    const levels = page.locator(
      'section[aria-labelledby="charts"] table:has(caption:text-is("Spend by level (USD)"))',
    );
    expect(await levels.locator('tr:has(th:text-is("critical"))').textContent()).toBe(
      `critical${critical.rows}${new Intl.NumberFormat('en').format(Math.round(critical.spend.USD))}`,
    );
    const cells = page.locator(
      'section[aria-labelledby="charts"] table:has(caption:text-is("Spend by sector × country (USD)")) tbody tr',
    );
    expect(await cells.count()).toBe(
      summary.heat.filter((c: { currency: string }) => c.currency === 'USD').length,
    );
    // Sectors by their names, not their ids.
    expect(await cells.filter({ hasText: /^HealthcareMYS/ }).count()).toBe(1);
    // Opening a row's findings is one request for that row's findings only.
    const asked: string[] = [];
    const onRequest = (r: { url(): string }) => {
      if (r.url().includes('/findings')) asked.push(r.url());
    };
    page.on('request', onRequest);
    await first.locator('button[aria-expanded]').click();
    const card = page.locator('article.finding').first();
    await card.waitFor();
    page.off('request', onRequest);
    expect(asked).toHaveLength(1);
    expect(asked[0]).toContain(`/api/screenings/${id}/findings?row=1&`);
    expect(await card.textContent()).toMatch(/Source: cbp_wro, row \d+/);
    await axeClean('/workspace/screenings/{id}');
    await page.screenshot({ path: join(SCREENSHOTS, 'workspace-screening.png'), fullPage: true });
  });

  it('marks a finding a false positive, and the mark is there after a reload', async () => {
    const card = page.locator('article.finding').first();
    await card.locator('select[name="state"]').selectOption('false_positive');
    await card.locator('input[name="note"]').fill('different company, checked the address');
    await card.locator('button[type="submit"]').click();
    await expect.poll(() => card.locator('.disposition').textContent()).toContain('false positive');
    await page.reload();
    await page.waitForSelector('section[aria-labelledby="register"] tbody tr');
    await settle(page);
    await page
      .locator('section[aria-labelledby="register"] tbody tr:has(th:text-is("1"))')
      .locator('button[aria-expanded]')
      .click();
    await expect
      .poll(() => page.locator('article.finding').first().locator('.disposition').textContent())
      .toContain('false positive (different company, checked the address)');
  });

  it("opens a row's findings and confirms one by keyboard alone", async () => {
    const row = page.locator('section[aria-labelledby="register"] tbody tr:has(th:text-is("2"))');
    await row.locator('button[aria-expanded]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => row.locator('button[aria-expanded]').getAttribute('aria-expanded')).toBe('true');
    const panel = page.locator(
      `#${await row.locator('button[aria-expanded]').getAttribute('aria-controls')}`,
    );
    const card = panel.locator('article.finding').first();
    await card.waitFor();
    // The next stop after the row's button is its first finding's form.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('state');
    await page.keyboard.press('ArrowDown');
    expect(await card.locator('select[name="state"]').inputValue()).toBe('confirmed');
    await page.keyboard.press('Tab');
    await page.keyboard.type('seen the bill of lading');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => card.locator('.disposition').textContent())
      .toBe('Disposition: confirmed (seen the bill of lading)');
    // Back from the note past the state to the row's button, which closes the findings.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-expanded'))).toBe('true');
    await page.keyboard.press('Enter');
    await expect.poll(() => row.locator('button[aria-expanded]').getAttribute('aria-expanded')).toBe('false');
  });

  it('sorts the register by a column header, by keyboard, kept in the address', async () => {
    const header = page.locator('section[aria-labelledby="register"] th button', { hasText: 'Supplier' });
    await header.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/sort=supplier&order=asc/);
    await settle(page);
    const firstSupplier = () =>
      page
        .locator('section[aria-labelledby="register"] tbody > tr')
        .first()
        .locator('td')
        .first()
        .textContent();
    await expect.poll(firstSupplier).toBe('Ashgabat Cotton Export');
    expect(await page.locator('th[aria-sort="ascending"]').textContent()).toContain('Supplier');
    await page.locator('section[aria-labelledby="register"] th button', { hasText: 'Supplier' }).click();
    await page.waitForURL(/sort=supplier&order=desc/);
    await expect.poll(firstSupplier).toBe('Top Glove Corporation Berhad');
    await page.goto(page.url().replace(/\?.*$/, ''));
    await settle(page);
  });

  it('filters the register by level and kind, kept in the address', async () => {
    const url = new URL(page.url());
    await page.selectOption('select[name="level"]', 'critical');
    await page.selectOption('select[name="kind"]', 'entity');
    await page.click('section[aria-labelledby="register"] form button[type="submit"]');
    await page.waitForURL(/level=critical/);
    await settle(page);
    const rows = page.locator('section[aria-labelledby="register"] tbody > tr');
    expect(await rows.count()).toBeGreaterThan(0);
    for (const text of await rows.allTextContents()) expect(text).toContain('critical');
    expect(new URL(page.url()).pathname).toBe(url.pathname);
  });

  it('filters the register by country (a name or a code) and by sector, as the API does', async () => {
    const base = page.url().replace(/\?.*$/, '');
    const id = new URL(base).pathname.split('/').pop() ?? '';
    const suppliers = async (query: string) =>
      (
        (await (await page.request.get(`${served.url}/api/screenings/${id}/register?${query}`)).json()) as {
          items: { supplier: string }[];
        }
      ).items
        .map((r) => r.supplier)
        .sort();
    const shown = async () =>
      (
        await page
          .locator('section[aria-labelledby="register"] tbody > tr')
          .evaluateAll((trs) => trs.map((tr) => tr.querySelector('td')?.textContent ?? ''))
      ).sort();
    await page.goto(base);
    await settle(page);
    await page.fill('input[name="country"]', 'Bangladesh');
    await page.click('section[aria-labelledby="register"] form button[type="submit"]');
    await page.waitForURL(/country=Bangladesh/);
    await settle(page);
    const bangladesh = await suppliers('country=BGD');
    expect(bangladesh).toEqual(['Dhaka Knit Garments Ltd', 'Harbour Seafood Processing']);
    await expect.poll(shown).toEqual(bangladesh);
    await page.goto(base);
    await settle(page);
    await page.selectOption('select[name="sector"]', 'healthcare');
    await page.click('section[aria-labelledby="register"] form button[type="submit"]');
    await page.waitForURL(/sector=healthcare/);
    await settle(page);
    const healthcare = await suppliers('sector=healthcare');
    expect(healthcare).toEqual(['Top Glove Corporation Berhad']);
    await expect.poll(shown).toEqual(healthcare);
    expect(await page.locator('select[name="sector"]').inputValue()).toBe('healthcare');
    await page.goto(base);
    await settle(page);
  });

  it('screens a file whose columns it does not recognise once they are named in the upload form', async () => {
    const back = page.url();
    const dir = mkdtempSync(join(tmpdir(), 'tipwatch-upload-'));
    const file = join(dir, 'odd-columns.csv');
    writeFileSync(file, 'Lieferfirma,Herkunftsland\nHOSHINE SILICON IND CO LTD,China\n');
    const upload = async (map: string) => {
      await page.goto(`${served.url}/workspace/screenings`);
      await settle(page);
      await page.setInputFiles('input[type="file"]', file);
      if (map) {
        await page.click('details.upload-options summary');
        await page.fill('textarea[name="map"]', map);
      }
      await page.click('main form button[type="submit"]');
    };
    const stopWorker = served.worker();
    try {
      // Not recognised: the job fails saying what it looked for and which columns the file has.
      await upload('');
      await page.waitForURL(/\/workspace\/screenings\/[\w-]+$/);
      await expect
        .poll(() => page.locator('main [role="alert"]').textContent(), { timeout: 60_000 })
        .toMatch(/^No supplier name column found .*Columns in this file: "Lieferfirma", "Herkunftsland"\.$/);
      await axeClean('/workspace/screenings/{id} (failed)');
      // Named in the form: screened.
      await upload('supplier=Lieferfirma\n\nsupplier_country = Herkunftsland');
      await page.waitForURL(/\/workspace\/screenings\/[\w-]+$/);
      const row = page.locator('section[aria-labelledby="register"] tbody tr:has(th:text-is("1"))');
      await row.waitFor({ timeout: 60_000 });
      expect(await row.textContent()).toContain('HOSHINE SILICON IND CO LTD');
      expect(await row.textContent()).toContain('CHN');
      // A pair the API refuses is named in the message, and nothing is queued.
      await upload('vendor=Lieferant');
      await expect
        .poll(() => page.locator('main [role="alert"]').textContent())
        .toMatch(/^form field "map": expected FIELD=COLUMN with FIELD one of .*found "vendor=Lieferant"$/);
      expect(new URL(page.url()).pathname).toBe('/workspace/screenings');
    } finally {
      await stopWorker();
      rmSync(dir, { recursive: true, force: true });
    }
    await page.goto(back);
    await settle(page);
  });

  it('reads the worksheet named in the upload form, and says which sheet it read', async () => {
    const back = page.url();
    const dir = mkdtempSync(join(tmpdir(), 'tipwatch-upload-'));
    const file = join(dir, 'two-sheets.xlsx');
    const wb = new ExcelJS.Workbook();
    // The first sheet has a recognisable header and no rows: the form names the sheet to read.
    wb.addWorksheet('Draft').addRow(['supplier', 'supplier_country']);
    const data = wb.addWorksheet('Suppliers');
    data.addRow(['supplier', 'supplier_country']);
    data.addRow(['HOSHINE SILICON IND CO LTD', 'China']);
    writeFileSync(file, new Uint8Array(await wb.xlsx.writeBuffer()));
    await page.goto(`${served.url}/workspace/screenings`);
    await settle(page);
    await page.setInputFiles('input[type="file"]', file);
    await page.click('details.upload-options summary');
    const sheet = page.getByLabel('Worksheet (XLSX)');
    expect(
      await sheet.evaluate(
        (el) => document.getElementById(el.getAttribute('aria-describedby') ?? '')?.textContent,
      ),
    ).toMatch(/^The sheet's name, or its number/);
    await axeClean('/workspace/screenings (upload options open)');
    await sheet.fill('Suppliers');
    await page.click('main form button[type="submit"]');
    await page.waitForURL(/\/workspace\/screenings\/[\w-]+$/);
    const stopWorker = served.worker();
    try {
      const row = page.locator('section[aria-labelledby="register"] tbody tr:has(th:text-is("1"))');
      await row.waitFor({ timeout: 60_000 });
      expect(await row.textContent()).toContain('HOSHINE SILICON IND CO LTD');
      expect(await page.textContent('main')).toContain(
        'Read as: Spend or supplier file (columns matched by name), worksheet “Suppliers”.',
      );
    } finally {
      await stopWorker();
      rmSync(dir, { recursive: true, force: true });
    }
    await page.goto(back);
    await settle(page);
  });

  it('fits a 360 × 740 phone screen without horizontal scrolling', async () => {
    const screening = page.url().replace(/\?.*$/, '');
    await page.setViewportSize({ width: 360, height: 740 });
    try {
      for (const url of [
        screening,
        `${served.url}/workspace/screenings`,
        `${served.url}/workspace/users`,
        `${served.url}/workspace/alerts`,
      ]) {
        await page.goto(url);
        await settle(page);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, url).toBeLessThanOrEqual(0);
      }
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(screening);
      await settle(page);
    }
  });

  it('downloads the report and the register', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('a[href$="/register.csv"]'),
    ]);
    expect(download.suggestedFilename()).toMatch(/^register-.*\.csv$/);
    const csv = await download.path().then((p) => import('node:fs').then((fs) => fs.readFileSync(p, 'utf8')));
    expect(csv.split(/\r?\n/)[0]).toBe('row,ref,supplier,country,level,score,findings,top_reason');
    const href = await page.locator('a[href$="/report"]').getAttribute('href');
    const report = await page.request.get(`${served.url}${href}`);
    expect(report.status()).toBe(200);
    expect(report.headers()['content-security-policy']).toContain("default-src 'none'");
    expect(await report.text()).toContain('HOSHINE SILICON IND CO LTD');
    const [findings] = await Promise.all([
      page.waitForEvent('download'),
      page.click('a[href$="/findings?format=jsonl"]'),
    ]);
    expect(findings.suggestedFilename()).toMatch(/^findings-.*\.jsonl$/);
    const lines = (
      await findings.path().then((p) => import('node:fs').then((fs) => fs.readFileSync(p, 'utf8')))
    )
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { row: number; kind: string; source: { dataset: string } });
    expect(lines.find((f) => f.row === 1 && f.kind === 'entity')?.source.dataset).toBe('cbp_wro');
    const [plan] = await Promise.all([page.waitForEvent('download'), page.click('a[href$="/plan"]')]);
    expect(plan.suggestedFilename()).toMatch(/^compliance-plan-.*\.md$/);
    const md = await plan.path().then((p) => import('node:fs').then((fs) => fs.readFileSync(p, 'utf8')));
    expect(md).toMatch(/^# Draft anti-trafficking compliance plans: mixed-spend\.csv/);
    expect(md).toContain('FAR 52.222-50(h)');
  });

  it('lists the suppliers that newly match a list after it changes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tipwatch-list-'));
    try {
      const file = join(dir, 'watch.csv');
      writeFileSync(file, 'name,country\nDhaka Knit Garments Ltd,Bangladesh\n');
      served.cli(['data', 'import', 'list', '--name', 'watch', file]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    await page.goto(`${served.url}/workspace/alerts`);
    await settle(page);
    const alert = page.locator('main article').first();
    expect(await alert.locator('h2').textContent()).toMatch(/1 supplier newly matches/);
    expect(await alert.locator('tbody').textContent()).toContain('Dhaka Knit Garments Ltd');
    await axeClean('/workspace/alerts');
  });

  it('signs out', async () => {
    await page.goto(`${served.url}/workspace`);
    await settle(page);
    await page.click('main button.secondary');
    await page.waitForURL(`${served.url}/`);
    await page.goto(`${served.url}/workspace`);
    await settle(page);
    expect(await page.locator('main a[href="/sign-in"]').count()).toBe(1);
  });
  it('lets an editor of the office add, change, retire and restore a news item, shown on the public pages', async () => {
    const editorPassword = createUser(served, {
      email: 'ed@office.example',
      role: 'editor',
      org: 'Office',
      office: true,
    });
    await page.goto(`${served.url}/sign-in`);
    await settle(page);
    await page.fill('input[name="email"]', 'ed@office.example');
    await page.fill('input[name="password"]', editorPassword);
    await page.click('main button[type="submit"]');
    await page.waitForURL(`${served.url}/workspace`);
    await page.click('a[href="/workspace/content"]');
    await settle(page);
    await axeClean('/workspace/content');
    const add = page.locator('section[aria-labelledby="add"] form');
    await add.locator('input[name="title"]').fill('Shelter opens <b>in</b> Bangkok');
    await add.locator('textarea[name="body"]').fill('The shelter takes survivors of forced labour.');
    await add.locator('input[name="countries"]').fill('THA');
    await add.locator('input[name="source.record"]').fill('Office press release, paragraph 1');
    await add.locator('button[type="submit"]').click();
    await expect
      .poll(() => page.locator('.callout').textContent())
      .toMatch(/^Added: .+, now version \d+ of office_news \(audit entry \d+\)\.$/);
    // A field the API refuses is named in the message.
    await add.locator('input[name="title"]').fill('Bad date');
    await add.locator('textarea[name="body"]').fill('x');
    await add.locator('input[name="date"]').fill('yesterday');
    await add.locator('input[name="source.record"]').fill('x');
    await add.locator('button[type="submit"]').click();
    await expect.poll(() => page.locator('main [role="alert"]').textContent()).toMatch(/date/);
    // Change its title.
    const item = page.locator('section[aria-labelledby="current"] li', {
      hasText: 'Shelter opens <b>in</b> Bangkok',
    });
    await item.locator('button', { hasText: 'Edit' }).click();
    await item.locator('input[name="title"]').fill('Shelter opens in Bangkok');
    await item.locator('button[type="submit"]').click();
    await expect.poll(() => page.locator('.callout').textContent()).toMatch(/^Saved: /);
    // The public news page shows it, as text.
    await page.goto(`${served.url}/news`);
    await settle(page);
    expect(await page.locator('main article h2', { hasText: 'Shelter opens in Bangkok' }).count()).toBe(1);
    // Retire it: it leaves the public page; restore it: it is back.
    await page.goto(`${served.url}/workspace/content?kind=news`);
    await settle(page);
    await page
      .locator('section[aria-labelledby="current"] li', { hasText: 'Shelter opens in Bangkok' })
      .locator('button', { hasText: 'Retire' })
      .click();
    await expect.poll(() => page.locator('.callout').textContent()).toMatch(/^Retired: /);
    await expect
      .poll(() =>
        page
          .locator('section[aria-labelledby="retired"] li', { hasText: 'Shelter opens in Bangkok' })
          .count(),
      )
      .toBe(1);
    expect(await (await page.request.get(`${served.url}/api/news`)).text()).not.toContain(
      'Shelter opens in Bangkok',
    );
    await page
      .locator('section[aria-labelledby="retired"] li', { hasText: 'Shelter opens in Bangkok' })
      .locator('button', { hasText: 'Restore' })
      .click();
    await expect.poll(() => page.locator('.callout').textContent()).toMatch(/^Restored: /);
    expect(await (await page.request.get(`${served.url}/api/news`)).text()).toContain(
      'Shelter opens in Bangkok',
    );
    await page.screenshot({ path: join(SCREENSHOTS, 'workspace-content.png'), fullPage: true });
    // Programme totals are listed from the grants API, the seed's FY 2015 total among them.
    await page.click('nav[aria-label="Kinds of content"] a[href="/workspace/content?kind=programme_totals"]');
    await settle(page);
    expect(await page.locator('section[aria-labelledby="current"] h3').allTextContents()).toContain(
      'FY 2015: over 18000000 USD (tip-office-2016:fy2015-grants-total)',
    );
    await axeClean('/workspace/content?kind=programme_totals');
    // Every other kind's forms and lists too, and each fits a 360 px screen.
    for (const kind of CONTENT_KINDS) {
      await page.goto(`${served.url}/workspace/content?kind=${kind}`);
      await settle(page);
      expect(await page.locator('section[aria-labelledby="add"] form').count(), kind).toBe(1);
      await axeClean(`/workspace/content?kind=${kind}`);
      await page.setViewportSize({ width: 360, height: 740 });
      try {
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, kind).toBeLessThanOrEqual(0);
      } finally {
        await page.setViewportSize({ width: 1280, height: 900 });
      }
    }
  });

  it("shows the office's admin each content change in the audit log, with who made it", async () => {
    const adminPassword = createUser(served, { email: 'head@office.example', role: 'admin', org: 'Office' });
    await browser.context.clearCookies();
    await page.goto(`${served.url}/sign-in`);
    await settle(page);
    await page.fill('input[name="email"]', 'head@office.example');
    await page.fill('input[name="password"]', adminPassword);
    await page.click('main button[type="submit"]');
    await page.waitForURL(`${served.url}/workspace`);
    await page.goto(`${served.url}/workspace/users`);
    await settle(page);
    // Newest first: [who, action] of each entry in the table.
    const entries = () =>
      page
        .locator('section[aria-labelledby="audit"] tbody tr')
        .evaluateAll((trs) =>
          trs.map((tr) => [tr.children[1]?.textContent ?? '', tr.children[2]?.textContent ?? '']),
        );
    await expect
      .poll(async () => (await entries()).filter(([who]) => who === 'ed@office.example').map(([, a]) => a))
      .toEqual(['news.restore', 'news.retire', 'news.update', 'news.create']);
  });

  it('did nothing on the pages above that their Content-Security-Policy refused', () => {
    expect(browser.cspViolations).toEqual([]);
  });
});
