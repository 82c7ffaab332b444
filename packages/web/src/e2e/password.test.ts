import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Browser,
  createUser,
  launchBrowser,
  requireBrowserAndBuild,
  type Served,
  seriousViolations,
  settle,
  startServe,
} from './browser-harness.case.js';

const EMAIL = 'grace@acme.example';
const OWN = 'a passphrase of my own choosing';

let served: Served;
let browser: Browser;
let page: Page;

async function signIn(password: string): Promise<void> {
  await page.goto(`${served.url}/sign-in`);
  await settle(page);
  await page.fill('input[name="email"]', EMAIL);
  await page.fill('input[name="password"]', password);
  await page.click('main button[type="submit"]');
}

describe('a one-time password in Chromium: sign in, then a password of one’s own', () => {
  let oneTime: string;

  beforeAll(async () => {
    requireBrowserAndBuild();
    served = await startServe(['--no-worker']);
    oneTime = createUser(served, { email: EMAIL, role: 'analyst' });
    browser = await launchBrowser();
    page = browser.page;
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await served?.stop();
  });

  it('signs in with the one-time password and asks for a password of one’s own', async () => {
    await signIn(oneTime);
    await page.waitForURL(`${served.url}/workspace`);
    await settle(page);
    expect(await page.locator('main .callout').textContent()).toContain('one-time password');
    await page.click('main .callout a[href="/workspace/password"]');
    await page.waitForURL(`${served.url}/workspace/password`);
    await settle(page);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('refuses a confirmation that differs, then changes the password and ends the session', async () => {
    await page.fill('input[name="current_password"]', oneTime);
    await page.fill('input[name="new_password"]', OWN);
    await page.fill('input[name="confirm_password"]', `${OWN}!`);
    await page.click('main button[type="submit"]');
    await expect.poll(() => page.locator('main [role="alert"]').textContent()).toMatch(/differ/);
    await page.fill('input[name="confirm_password"]', OWN);
    await page.click('main button[type="submit"]');
    await page.waitForURL(`${served.url}/sign-in?password=changed`);
    await settle(page);
    expect(await page.locator('main [role="status"]').textContent()).toMatch(/password has changed/);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('no longer signs in with the one-time password; the new one signs in without the request', async () => {
    await signIn(oneTime);
    await expect.poll(() => page.locator('main [role="alert"]').textContent()).toMatch(/wrong/);
    await signIn(OWN);
    await page.waitForURL(`${served.url}/workspace`);
    await settle(page);
    expect(await page.textContent('main')).toContain(`Signed in as ${EMAIL}`);
    expect(await page.locator('main .callout').count()).toBe(0);
  });
});
