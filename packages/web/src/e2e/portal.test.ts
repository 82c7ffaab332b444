import { join } from 'node:path';
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chartValue, tierYears } from '../countries/tier-history.js';
import { tierStyle } from '../countries/tier-scale.js';
import {
  type Browser,
  launchBrowser,
  requireBrowserAndBuild,
  SCREENSHOTS,
  type Served,
  seriousViolations,
  settle,
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
  ['screening-signed-out', '/workspace/screenings/some-id'],
  ['not-found', '/no-such-page'],
  ['country-unknown', '/countries/XXX'],
] as const;

let served: Served;
let browser: Browser;
let page: Page;

/** Opens `path` and waits until no part of the page is still loading. */
async function open(path: string): Promise<void> {
  await page.goto(served.url + path);
  await settle(page, 20_000);
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
        if (path.startsWith('/workspace')) {
          // The English-only workspace page offers the way to sign in in the visitor's language.
          const signIn = page.locator('main a[href="/sign-in"]');
          expect(await signIn.evaluate((a) => a.closest('[lang]')?.getAttribute('lang')), path).toBe(lang);
        }
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
    for (const [, path] of PUBLIC_ROUTES) {
      await open(path);
      const heading = await page.textContent('main h1');
      await page.reload();
      await settle(page, 20_000);
      expect(new URL(page.url()).pathname + new URL(page.url()).search, path).toBe(path);
      expect(await page.textContent('main h1'), path).toBe(heading);
    }
    await open('/countries/THA');
    await page.reload();
    await settle(page, 20_000);
    expect(await page.textContent('main h1')).toBe('Thailand');
    expect(await page.locator('main table caption', { hasText: 'TIP Report tier history' }).count()).toBe(1);
  });

  it('links "Get help" on every page, and finds a hotline with tel: and sms: links', async () => {
    for (const [, path] of PUBLIC_ROUTES) {
      await open(path);
      expect(await page.locator('header a.help-link').getAttribute('href'), path).toBe('/hotlines');
    }
    // Nothing chosen yet: the browser's language region (en-US) puts the United States first.
    await open('/hotlines');
    const national = page.locator('section[aria-labelledby="national"]');
    await national.waitFor();
    expect(await national.locator('h2').textContent()).toBe('United States of America');
    expect(await national.locator('a[href^="tel:"]').first().getAttribute('href')).toBe('tel:18883737888');
    expect(await national.locator('a[href^="sms:"]').first().getAttribute('href')).toBe('sms:233733');
    expect(await page.locator('header a.help-link').textContent()).toBe(
      'Get help (United States of America)',
    );
    // A country chosen on the page wins over the browser's region and is remembered for the next visit.
    await page.selectOption('main select', 'MEX');
    await expect.poll(() => national.locator('h2').textContent()).toBe('Mexico');
    expect(await national.locator('a[href^="sms:"]').first().getAttribute('href')).toBe('sms:8005533000');
    await page.reload();
    await settle(page, 20_000);
    expect(await page.locator('section[aria-labelledby="national"] h2').textContent()).toBe('Mexico');
    await open('/grants');
    expect(await page.locator('header a.help-link').textContent()).toBe('Get help (Mexico)');
    await open('/hotlines');
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

  it("says in the page's language that an unknown country has no page", async () => {
    await open('/countries/XXX');
    expect(await page.textContent('main [role="alert"]')).toBe('There is no page at this address.');
    await page.selectOption('.lang-switch select', 'es');
    await expect
      .poll(() => page.textContent('main [role="alert"]'))
      .toBe('No hay ninguna página en esta dirección.');
    await page.selectOption('.lang-switch select', 'en');
  });

  it('switches to Spanish, remembers it across a reload, and updates <html lang>', async () => {
    await open('/countries');
    await page.selectOption('.lang-switch select', 'es');
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('es');
    expect(await page.textContent('main h1')).toBe('Países');
    await page.reload();
    await settle(page, 20_000);
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
    await settle(page, 20_000);
    expect(new URL(page.url()).pathname).toBe('/hotlines');
    expect(await page.textContent('main h1')).toBe('Hotlines');
    // Focus moves to the new page's content, so that the next Tab starts there.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    // The language switch by keyboard.
    await page.focus('.lang-switch select');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.textContent('main h1')).toBe('Líneas de ayuda');
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => page.textContent('main h1')).toBe('Hotlines');
    // Sorting the countries table by keyboard.
    await open('/countries');
    const tierSort = page.locator('th button', { hasText: 'Latest TIP tier' });
    await tierSort.focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('th[aria-sort="ascending"]').textContent()).toContain('Latest TIP tier');
  });

  it('fits a 360 × 740 phone screen without horizontal scrolling, every page in both languages', async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    try {
      await open('/');
      for (const lang of ['es', 'en']) {
        await page.evaluate((l) => localStorage.setItem('tipwatch.lang', l), lang);
        for (const [, path] of PUBLIC_ROUTES) {
          await open(path);
          const overflow = await page.evaluate(
            () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
          );
          expect(overflow, `${lang} ${path}`).toBeLessThanOrEqual(0);
        }
      }
      await open('/');
      await page.screenshot({ path: join(SCREENSHOTS, 'home-360.png'), fullPage: true });
      await open('/hotlines');
      await page.screenshot({ path: join(SCREENSHOTS, 'hotlines-360.png'), fullPage: true });
    } finally {
      await page.evaluate(() => localStorage.removeItem('tipwatch.lang'));
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

  it('shows the mission, the four Ps, headline figures with their sources, and the latest news', async () => {
    await open('/');
    expect(await page.textContent('main h1')).toBe('Fighting forced labour and human trafficking');
    expect(await page.locator('main p.lead').textContent()).not.toBe('');
    expect(await page.locator('section[aria-labelledby="four-ps"] h3').allTextContents()).toEqual([
      'Prevention',
      'Protection',
      'Prosecution',
      'Partnership',
    ]);
    // Each figure names its source; the row counts are those of the versions in force.
    const figures = page.locator('section[aria-labelledby="figures"] li.card');
    expect(await figures.count()).toBeGreaterThan(4);
    for (const text of await figures.allTextContents()) expect(text).toMatch(/Source: \w+/);
    const data = (await (await page.request.get(`${served.url}/api/data`)).json()) as {
      knowledge_base: { dataset: string; versions: { in_force: boolean; row_count: number }[] }[];
    };
    const uflpa = data.knowledge_base
      .find((d) => d.dataset === 'uflpa_entities')
      ?.versions.find((v) => v.in_force);
    expect(await figures.filter({ hasText: 'Source: uflpa_entities' }).locator('.figure').textContent()).toBe(
      `${uflpa?.row_count} rows`,
    );
    // Tier 3 countries counted as the API lists them.
    const tier3 = (await (
      await page.request.get(`${served.url}/api/countries?tier=${encodeURIComponent('Tier 3')}&limit=100`)
    ).json()) as { items: unknown[]; next_cursor: string | null };
    expect(tier3.next_cursor).toBeNull();
    expect(
      await figures
        .filter({ has: page.locator('.tier-badge', { hasText: /^Tier 3$/ }) })
        .locator('.figure')
        .textContent(),
    ).toBe(String(tier3.items.length));
    // The latest news, newest first, as the API gives them.
    const news = (await (await page.request.get(`${served.url}/api/news?limit=3`)).json()) as {
      items: { title: string }[];
    };
    expect(news.items.length).toBeGreaterThan(0);
    expect(await page.locator('section[aria-labelledby="latest-news"] article h3').allTextContents()).toEqual(
      news.items.map((n) => n.title.trim() || 'News item without a title'),
    );
  });

  it('colours each country on the map by its latest tier', async () => {
    await open('/countries');
    const names = { CHN: 'China', USA: 'United States of America', THA: 'Thailand' };
    for (const [iso3, name] of Object.entries(names)) {
      const c = (await (await page.request.get(`${served.url}/api/countries/${iso3}`)).json()) as {
        tip: { tier: string };
      };
      const shape = page.locator('svg.world-map path', {
        has: page.locator('title', { hasText: new RegExp(`^${name}: `) }),
      });
      expect(await shape.count(), iso3).toBe(1);
      expect(await shape.first().getAttribute('fill'), iso3).toBe(tierStyle(c.tip.tier).fill);
    }
  });

  it("shows a country's tier history with its gaps, ILAB goods, listed entities, import bans, hotlines and grants", async () => {
    const tha = (await (await page.request.get(`${served.url}/api/countries/THA`)).json()) as {
      tier_history: { year: number; tier: string }[];
      ilab_goods: unknown[];
      hotlines: unknown[];
      grants: unknown[];
    };
    await open('/countries/THA');
    const years = tha.tier_history.map((h) => h.year);
    const history = page.locator('section[aria-labelledby="history"] tbody tr');
    // One row per year from the first to the last placement; the years without one say so.
    expect(await history.count()).toBe(Math.max(...years) - Math.min(...years) + 1);
    const gaps = await history.filter({ hasText: 'no placement in the data' }).count();
    expect(gaps).toBe(Math.max(...years) - Math.min(...years) + 1 - years.length);
    expect(gaps).toBeGreaterThan(0);
    // The chart's line breaks at each gap: one stretch of line per run of years with a placement.
    const values = tierYears(tha.tier_history).map(chartValue);
    const runs = values.filter((v, i) => v !== null && (i === 0 || values[i - 1] === null)).length;
    expect(runs).toBeGreaterThan(1);
    const line = page.locator(
      'section[aria-labelledby="history"] .chart svg path[fill="none"][stroke="#12355b"]',
    );
    expect((await line.getAttribute('d'))?.match(/M/g)?.length).toBe(runs);
    expect(await page.locator('section[aria-labelledby="ilab"] tbody tr').count()).toBe(
      tha.ilab_goods.length,
    );
    expect(await page.locator('section[aria-labelledby="hotlines"] article.hotline').count()).toBe(
      tha.hotlines.length,
    );
    expect(await page.locator('section[aria-labelledby="hotlines"] a[href^="tel:"]').count()).toBeGreaterThan(
      0,
    );
    expect(await page.locator('section[aria-labelledby="grants"] li').count()).toBe(tha.grants.length);
    const chn = (await (await page.request.get(`${served.url}/api/countries/CHN`)).json()) as {
      listed_entities: unknown[];
      import_bans: unknown[];
    };
    await open('/countries/CHN');
    expect(await page.locator('section[aria-labelledby="entities"] tbody tr').count()).toBe(
      chn.listed_entities.length,
    );
    const bans = page.locator('section[aria-labelledby="bans"] > ul > li');
    expect(await bans.count()).toBe(chn.import_bans.length);
    expect(await bans.first().textContent()).toMatch(/^UFLPA /);
  });

  it('filters grants by fiscal year, country and P in the address, with the totals the API gives for them', async () => {
    await open('/grants');
    await page.fill('input[name="fiscal_year"]', '2015');
    await page.selectOption('select[name="p"]', 'prevention');
    await page.click('main form button[type="submit"]');
    await page.waitForURL(/\/grants\?fiscal_year=2015&p=prevention$/);
    await settle(page, 20_000);
    const filtered = (await (
      await page.request.get(`${served.url}/api/grants?fiscal_year=2015&p=prevention`)
    ).json()) as { totals: { currency: string; amount: number; grants: number }[] };
    expect(await page.locator('[data-testid="grant-totals"] li').allTextContents()).toEqual(
      filtered.totals.map(
        (x) =>
          `${new Intl.NumberFormat('en', { style: 'currency', currency: x.currency, maximumFractionDigits: 0 }).format(x.amount)} in ${x.grants} grants`,
      ),
    );
    // A country with no grant shows none and no total.
    await page.selectOption('select[name="country"]', 'ISL');
    await page.click('main form button[type="submit"]');
    await page.waitForURL(/country=ISL/);
    await settle(page, 20_000);
    expect(await page.locator('[data-testid="grant-totals"] li').count()).toBe(0);
    expect(await page.locator('main article').count()).toBe(0);
  });

  it('searches the site from the address and lists the datasets with their versions and known gaps', async () => {
    await open('/search?q=cotton');
    const hits = page.locator('section[aria-labelledby="results"] li');
    expect(await hits.count()).toBeGreaterThan(0);
    await page.fill('input[name="q"]', 'Thailand');
    await page.press('input[name="q"]', 'Enter');
    await page.waitForURL(/\/search\?q=Thailand$/);
    await settle(page, 20_000);
    expect(await page.locator('section[aria-labelledby="results"] a[href="/countries/THA"]').count()).toBe(1);
    // A report without a title is found and named by its publisher, here and on its countries' pages.
    const icmpd = 'Report by International Centre for Migration Policy Development (ICMPD)';
    await open('/search?q=ICMPD');
    expect(
      await page.locator('section[aria-labelledby="results"] a[href="/reports"]').allTextContents(),
    ).toEqual([icmpd]);
    await open('/countries/SYR');
    expect(await page.locator('section[aria-labelledby="reports"] li').first().textContent()).toContain(
      icmpd,
    );
    await open('/data');
    const data = (await (await page.request.get(`${served.url}/api/data`)).json()) as {
      knowledge_base: { versions: unknown[] }[];
      reference: { gaps: string[] }[];
    };
    expect(await page.locator('section[aria-labelledby="versions"] tbody tr').count()).toBe(
      data.knowledge_base.reduce((n, d) => n + d.versions.length, 0),
    );
    expect(await page.locator('section[aria-labelledby="reference"] article').count()).toBe(
      data.reference.length,
    );
    expect(await page.locator('section[aria-labelledby="reference"] article li').count()).toBe(
      data.reference.reduce((n, d) => n + d.gaps.length, 0),
    );
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

  it('lists every report and news item the API gives, newest first, each with its source', async () => {
    for (const [path, api] of [
      ['/reports', '/api/reports?limit=100'],
      ['/news', '/api/news?limit=100'],
    ] as const) {
      const items = (
        (await (await page.request.get(`${served.url}${api}`)).json()) as {
          items: { title: string; publishers?: string[] }[];
        }
      ).items;
      await open(path);
      const articles = page.locator('main article');
      expect(await articles.count(), path).toBe(items.length);
      expect(items.length, path).toBeGreaterThan(0);
      // A record the source gave no title is named by its publishers (reports) or as untitled (news).
      expect(await articles.locator('h2').allTextContents(), path).toEqual(
        items.map(
          (x) =>
            x.title.trim() ||
            (x.publishers ? `Report by ${x.publishers.join(', ')}` : 'News item without a title'),
        ),
      );
      for (const text of await articles.allTextContents()) expect(text, path).toMatch(/Source: \w+/);
    }
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

  it('sends the first page under 200 KB of compressed JavaScript, as the browser receives it', async () => {
    const fresh = await browser.context.newPage();
    // Earlier tests filled the profile's cache; this page fetches every script from the server again.
    const cdp = await browser.context.newCDPSession(fresh);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    try {
      const scripts: Request[] = [];
      fresh.on('requestfinished', (r) => {
        if (r.resourceType() === 'script') scripts.push(r);
      });
      await fresh.goto(`${served.url}/`);
      await fresh.waitForSelector('section[aria-labelledby="figures"] li.card');
      await fresh.waitForLoadState('networkidle');
      let bytes = 0;
      // The bytes on the wire: gzip where the server compresses, the file itself where it does not.
      for (const r of scripts) {
        const { responseBodySize } = await r.sizes();
        expect(responseBodySize, r.url()).toBeGreaterThan(0);
        bytes += responseBodySize;
      }
      console.log(`first page: ${scripts.length} scripts, ${bytes} B of compressed JavaScript`);
      expect(scripts.length).toBeGreaterThan(0);
      expect(bytes).toBeLessThan(200 * 1024);
    } finally {
      await fresh.close();
    }
  });

  it('did nothing on the pages above that their Content-Security-Policy refused', () => {
    expect(browser.cspViolations).toEqual([]);
  });
});
