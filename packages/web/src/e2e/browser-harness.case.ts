import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const CLI = join(ROOT, 'packages/cli/bin/tipwatch.js');
export const CHROMIUM = '/usr/bin/chromium';
export const SCREENSHOTS = join(ROOT, 'test-artifacts/screenshots');

/** Chromium's flags for a headless run that downloads nothing and opens no connection of its own. */
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

/** Fails (never skips) when the browser or the built app is missing, saying how to get them. */
export function requireBrowserAndBuild(): void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `the browser tests need Chromium at ${CHROMIUM}: sudo apt-get install -y chromium fonts-liberation`,
    );
  }
  if (!existsSync(join(ROOT, 'packages/web/dist/index.html'))) {
    throw new Error('the browser tests need the built web app: npm run build');
  }
  if (!existsSync(join(ROOT, 'packages/cli/dist/main.js'))) {
    throw new Error('the browser tests need the built CLI: npm run build');
  }
}

export interface Served {
  url: string;
  dataDir: string;
  /** Runs the CLI on the same data directory (e.g. `admin create-user`) and returns its stdout. */
  cli(args: string[]): string;
  /** Starts `tipwatch worker` on the same data directory; resolves to a function that stops it. */
  worker(): () => Promise<void>;
  stop(): Promise<void>;
}

/**
 * `tipwatch serve --port 0` on a fresh data directory, as `npm start` runs it (with `extraArgs`, e.g.
 * `--no-worker`); resolves with its address.
 */
export async function startServe(extraArgs: string[] = []): Promise<Served> {
  const dataDir = mkdtempSync(join(tmpdir(), 'tipwatch-web-'));
  // SQLite in the temp folder, whatever the caller's environment says.
  const { DATABASE_URL: _db, PORT: _port, ...inherited } = process.env;
  const env: NodeJS.ProcessEnv = { ...inherited, TIPWATCH_DATA_DIR: dataDir };
  const child: ChildProcess = spawn(
    process.execPath,
    [CLI, 'serve', '--port', '0', '--data-dir', dataDir, ...extraArgs],
    {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let log = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`tipwatch serve did not start in 60 s:\n${log}`)),
      60_000,
    );
    const onData = (chunk: Buffer) => {
      log += chunk.toString();
      const m = /serving (http:\/\/[^\s]+?)\/? \(/.exec(log);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`tipwatch serve exited (${code}):\n${log}`));
    });
  });
  return {
    url,
    dataDir,
    cli(args) {
      const r = spawnSync(process.execPath, [CLI, ...args, '--data-dir', dataDir], { env, encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`tipwatch ${args.join(' ')} failed (${r.status}): ${r.stderr}`);
      return r.stdout;
    },
    worker() {
      const w = spawn(process.execPath, [CLI, 'worker', '--data-dir', dataDir], { env, stdio: 'ignore' });
      return async () => {
        if (w.exitCode !== null) return;
        const exited = new Promise((done) => w.once('exit', done));
        w.kill('SIGTERM');
        await exited;
      };
    },
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((done) => child.once('exit', done));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface Browser {
  context: BrowserContext;
  page: Page;
  /** Every message in which the browser refused something under the pages' Content-Security-Policy. */
  cspViolations: string[];
  close(): Promise<void>;
}

/** One Chromium with a fresh profile directory and one page, reused by every test of a file. */
export async function launchBrowser(): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'tipwatch-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: ARGS,
    headless: true,
    viewport: { width: 1280, height: 900 },
    locale: 'en-US',
    acceptDownloads: true,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const cspViolations: string[] = [];
  page.on('console', (msg) => {
    if (/Content Security Policy/i.test(msg.text())) cspViolations.push(`${page.url()}: ${msg.text()}`);
  });
  mkdirSync(SCREENSHOTS, { recursive: true });
  return {
    context,
    page,
    cspViolations,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Waits until the page has its heading and no part of it is still loading. */
export async function settle(page: Page, timeout = 30_000): Promise<void> {
  await page.waitForSelector('main h1');
  await page.waitForFunction(() => document.querySelector('[data-loading]') === null, undefined, {
    timeout,
  });
}

/**
 * Creates a user with `tipwatch admin create-user` (in the organisation `org`, made the office's with
 * `office`); their one-time password.
 */
export function createUser(
  served: Served,
  user: { email: string; role: string; org?: string; office?: boolean },
): string {
  const org = ['--org', user.org ?? 'Acme', ...(user.office ? ['--office'] : [])];
  const printed = served.cli(['admin', 'create-user', ...org, '--role', user.role, user.email, '--json']);
  return (JSON.parse(printed) as { password: string }).password;
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** axe-core's WCAG 2.1 A/AA rules on the current page; the serious and critical violations. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the browser's debugging protocol, which the pages' Content-Security-Policy (scripts
  // from the server only) does not apply to; an inline <script> tag would be refused.
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const r = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target })),
    }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
