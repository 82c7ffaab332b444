import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Browser,
  launchBrowser,
  requireBrowserAndBuild,
  SCREENSHOTS,
  type Served,
  seriousViolations,
  startServe,
} from './browser-harness.case.js';

/** Every public page address, each checked with axe and saved as a screenshot. */
const PUBLIC_ROUTES = [
  ['home', '/'],
  ['countries', '/countries'],
  ['country-tha', '/countries/THA'],
  ['country-chn', '/countries/CHN'],
  ['hotlines', '/hotlines'],
  ['grants', '/grants'],
  ['grants-filtered', '/grants?fiscal_year=2015&p=prevention'],
  ['reports', '/reports'],
  ['news', '/news'],
  ['search', '/search?q=cotton'],
  ['data', '/data'],
  ['match', '/match'],
  ['sign-in', '/sign-in'],
  ['workspace-signed-out', '/workspace'],
  ['not-found', '/no-such-page'],
] as const;

let served: Served;
let browser: Browser;
let page: Page;

/** Opens `path` and waits until no part of the page is still loading. */
async function open(path: string): Promise<void> {
  await page.goto(served.url + path);
  await settle();
}

async function settle(): Promise<void> {
  await page.waitForSelector('main h1');
  await page.waitForFunction(() => document.querySelector('[data-loading]') === null, undefined, {
    timeout: 20_000,
  });
}

describe('the public portal in Chromium, served by tipwatch serve', () => {
  beforeAll(async () => {
    requireBrowserAndBuild();
    served = await startServe();
    browser = await launchBrowser();
    page = browser.page;
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await served?.stop();
  });

  it('has no serious or critical axe violation on any public page, in English and in Spanish', async () => {
    const found: string[] = [];
    for (const lang of ['en', 'es']) {
      await page.goto(`${served.url}/`);
      await page.evaluate((l) => localStorage.setItem('tipwatch.lang', l), lang);
      for (const [name, path] of PUBLIC_ROUTES) {
        await open(path);
        expect(await page.evaluate(() => document.documentElement.lang), path).toBe(lang);
        for (const v of await seriousViolations(page)) {
          found.push(
            `${lang} ${path}: ${v.id} (${v.impact}) ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`,
          );
        }
        if (lang === 'en') await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
      }
    }
    await page.evaluate(() => localStorage.removeItem('tipwatch.lang'));
    expect(found).toEqual([]);
  }, 240_000);

  it('keeps every page address on reload: a deep link opens its page', async () => {
    await open('/countries/THA');
    await page.reload();
    await settle();
    expect(await page.textContent('main h1')).toBe('Thailand');
    expect(await page.locator('main table caption', { hasText: 'TIP Report tier history' }).count()).toBe(1);
  });

  it('links "Get help" on every page, and finds a hotline with tel: and sms: links', async () => {
    for (const [, path] of PUBLIC_ROUTES) {
      await open(path);
      expect(await page.locator('header a.help-link').getAttribute('href'), path).toBe('/hotlines');
    }
    await open('/hotlines');
    await page.selectOption('main select', 'USA');
    const national = page.locator('section[aria-labelledby="national"]');
    await national.waitFor();
    expect(await national.locator('h2').textContent()).toBe('United States of America');
    expect(await national.locator('a[href^="tel:"]').first().getAttribute('href')).toBe('tel:18883737888');
    expect(await national.locator('a[href^="sms:"]').first().getAttribute('href')).toBe('sms:233733');
    expect(await page.locator('header a.help-link').textContent()).toBe(
      'Get help (United States of America)',
    );
    // Remembered: the next visit starts with the same country first.
    await page.reload();
    await settle();
    expect(await page.locator('section[aria-labelledby="national"] h2').textContent()).toBe(
      'United States of America',
    );
    // A country without a national hotline says so and still lists the others.
    await page.selectOption('main select', 'FRA');
    await expect
      .poll(() => page.locator('.callout').textContent())
      .toContain('No national hotline is known for France');
    expect(await page.locator('article.hotline').count()).toBeGreaterThan(10);
    // Search by language.
    await page.fill('main input[type="search"]', 'vietnamese');
    const shown = await page.locator('article.hotline').allTextContents();
    expect(shown.length).toBeGreaterThan(0);
    for (const text of shown) expect(text).toMatch(/Vietnamese/);
    await page.evaluate(() => localStorage.removeItem('tipwatch.country'));
  });

  it('switches to Spanish, remembers it across a reload, and updates <html lang>', async () => {
    await open('/countries');
    await page.selectOption('.lang-switch select', 'es');
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('es');
    expect(await page.textContent('main h1')).toBe('Países');
    await page.reload();
    await settle();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
    expect(await page.locator('nav a[href="/hotlines"]').textContent()).toBe('Líneas de ayuda');
    // Country names use the Spanish ISO names of data/taxonomy/countries.csv.
    expect(await page.locator('main table a[href="/countries/DEU"]').textContent()).toBe('Alemania');
    await page.selectOption('.lang-switch select', 'en');
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
  });

  it('works by keyboard alone: skip link, then "Get help" opens the hotlines', async () => {
    await open('/');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip-link');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await open('/');
    await page.keyboard.press('Tab'); // skip link
    await page.keyboard.press('Tab'); // site name
    await page.keyboard.press('Tab'); // Get help
    expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/^Get help/);
    await page.keyboard.press('Enter');
    await settle();
    expect(new URL(page.url()).pathname).toBe('/hotlines');
    expect(await page.textContent('main h1')).toBe('Hotlines');
    // Sorting the countries table by keyboard.
    await open('/countries');
    const tierSort = page.locator('th button', { hasText: 'Latest TIP tier' });
    await tierSort.focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('th[aria-sort="ascending"]').textContent()).toContain('Latest TIP tier');
  });

  it('fits a 360 × 740 phone screen without horizontal scrolling', async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    try {
      for (const path of ['/', '/countries', '/countries/CHN', '/hotlines', '/grants', '/data']) {
        await open(path);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, path).toBeLessThanOrEqual(0);
      }
      await open('/');
      await page.screenshot({ path: join(SCREENSHOTS, 'home-360.png'), fullPage: true });
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  });

  it('draws the map with a legend and the tier chart with a table, each tier named in text', async () => {
    await open('/countries');
    expect(await page.locator('svg.world-map[role="img"] path').count()).toBeGreaterThan(150);
    expect(await page.locator('ul.legend li').allTextContents()).toContain('Tier 2 Watch List');
    await open('/countries/CHN');
    await page.waitForSelector('.chart svg');
    const rows = await page.locator('table').first().locator('tbody tr').count();
    expect(rows).toBeGreaterThan(10);
  });

  it('shows the grant totals exactly as the API sums them', async () => {
    await open('/grants');
    const api = (await (await page.request.get(`${served.url}/api/grants`)).json()) as {
      totals: { currency: string; amount: number; grants: number }[];
    };
    const shown = await page.locator('[data-testid="grant-totals"] li').allTextContents();
    expect(shown).toEqual(
      api.totals.map(
        (x) =>
          `${new Intl.NumberFormat('en', { style: 'currency', currency: x.currency, maximumFractionDigits: 0 }).format(x.amount)} in ${x.grants} grants`,
      ),
    );
    expect(shown.length).toBeGreaterThan(0);
  });

  it('links the Atom feed in the head and on the news page', async () => {
    await open('/news');
    expect(
      await page.locator('head link[rel="alternate"][type="application/atom+xml"]').getAttribute('href'),
    ).toBe('/feed.atom');
    expect(await page.locator('main a[href="/feed.atom"]').count()).toBe(1);
    expect(await page.locator('main article').count()).toBeGreaterThan(0);
  });

  it('looks a name up against the lists and shows why it scored', async () => {
    await open('/match');
    await page.fill('input[name="name"]', 'HOSHINE SILICON IND CO LTD');
    await page.fill('input[name="country"]', 'CN');
    await page.click('form button[type="submit"]');
    await page.waitForSelector('section[aria-labelledby="candidates"] article');
    const first = page.locator('section[aria-labelledby="candidates"] article').first();
    expect(await first.locator('h3').textContent()).toMatch(/Hoshine Silicon/i);
    expect(await first.locator('ul.why li').count()).toBeGreaterThan(0);
  });

  it('did nothing on the pages above that their Content-Security-Policy refused', () => {
    expect(browser.cspViolations).toEqual([]);
  });
});
