// Shared set-up of the browser tests: today's web build, Debian's Chromium through playwright-core, a context logged
// in through the log-in page, set-up calls that must succeed, and screenshots of failed steps.
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { PEOPLE_PASSWORD, type Method, type People } from '../src/testing/people.ts';
import { pinToday } from '../src/testing/test-clock.ts';

export const resultsDir = join(process.cwd(), 'test-results');

/** Headless Chromium as root on a machine without network: no sandbox, no background connections. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Runs a step on `page`; on failure saves test-results/<name>.png and rethrows. */
export async function screenshotOnFailure(page: Page, name: string, fn: (page: Page) => Promise<void>): Promise<void> {
  try {
    await fn(page);
  } catch (err) {
    mkdirSync(resultsDir, { recursive: true });
    await page.screenshot({ path: join(resultsDir, `${name}.png`), fullPage: true }).catch(() => undefined);
    throw err;
  }
}

/**
 * A walk's step on a page of its own: `onPage('plans')` gives `on(ctx, name, fn)`, which opens a page of `ctx`, runs
 * `fn` (a screenshot test-results/<walk>-<name>.png on failure) and closes the page.
 */
export function onPage(walk: string) {
  return async (ctx: BrowserContext, name: string, fn: (page: Page) => Promise<void>): Promise<void> => {
    const page = await ctx.newPage();
    const blocked = cspViolations(page);
    try {
      await screenshotOnFailure(page, `${walk}-${name}`, fn);
    } finally {
      await page.close();
    }
    if (blocked.length) throw new Error(`Content-Security-Policy blocked on ${walk}-${name}:\n${blocked.join('\n')}`);
  };
}

/** What the server's Content-Security-Policy blocked on `page` (Chromium reports it on the console): kept empty. */
export function cspViolations(page: Page): string[] {
  const found: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) found.push(m.text());
  });
  return found;
}

/**
 * Chooses the option `label` in an antd Select: opens it, clicks the option in the list that is open, and checks that
 * the select now shows it — retried, because on a loaded machine a click during the list's opening animation can be
 * lost, and the form would then be sent without the choice.
 */
export async function chooseOption(page: Page, select: Locator, label: string | RegExp): Promise<void> {
  const shows = async () => {
    const text = (await select.textContent()) ?? '';
    return typeof label === 'string' ? text.includes(label) : label.test(text);
  };
  for (let attempt = 0; attempt < 4; attempt++) {
    await select.click();
    const list = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').last();
    const option =
      typeof label === 'string'
        ? list.getByTitle(label, { exact: true })
        : list.locator('.ant-select-item-option', { hasText: label }).first();
    await option.click();
    for (let i = 0; i < 20; i++) {
      if (await shows()) return;
      await page.waitForTimeout(100);
    }
    await page.keyboard.press('Escape');
  }
  throw new Error(`the select did not take "${String(label)}"`);
}

/** One accessibility fault axe-core found: its rule, impact, help text and (up to five) elements, each as a CSS
 *  selector and what is wrong with it. */
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

let axeSource: string | undefined;

/**
 * The serious and critical faults axe-core (devDependency, pinned) finds on the page as it stands: its source is put
 * into the page (no network) by DevTools evaluation — the app's Content-Security-Policy rightly refuses an inline
 * script tag — then axe.run checks the whole document. Minor and moderate findings are left out.
 */
export async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
  axeSource ??= readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const found = await page.evaluate(async () => {
    type Result = {
      id: string;
      impact?: string | null;
      help: string;
      nodes: { target: unknown[]; failureSummary?: string }[];
    };
    const axe = (window as unknown as { axe: { run(ctx: Document): Promise<{ violations: Result[] }> } }).axe;
    const { violations } = await axe.run(document);
    return violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      nodes: v.nodes
        .slice(0, 5)
        .map(
          (n) => `${n.target.map(String).join(' ')} — ${(n.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 200)}`,
        ),
    }));
  });
  return found.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Fails, naming each rule and its elements, when axe-core finds a serious or critical fault on the page (`where`). */
export async function expectNoSeriousAxe(page: Page, where: string): Promise<void> {
  const found = await seriousAxeViolations(page);
  if (found.length) throw new Error(`axe-core, ${where}:\n${JSON.stringify(found, null, 2)}`);
}

/**
 * Opens a page from the header's menu: below a laptop's width through the drawer the menu button opens (every entry
 * shown, groups unfolded), on a laptop from the header, hovering the submenu `parent` first when the entry is in it.
 */
export async function openFromMenu(page: Page, item: string, parent?: string): Promise<void> {
  await page.getByTestId('user-name').waitFor();
  const toggle = page.getByTestId('nav-toggle');
  if (await toggle.isVisible()) {
    await toggle.click();
    await page.getByTestId('nav-drawer').waitFor();
  }
  const entry = page.getByTestId(item);
  if (parent && !(await entry.isVisible())) await page.getByTestId(parent).hover();
  await entry.click();
}

/** Rebuilds web/dist when its sources are newer (scripts/ensure-web-build.mjs), so the server serves today's app. */
export async function ensureWebBuild(): Promise<void> {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const url = pathToFileURL(join(root, 'scripts', 'ensure-web-build.mjs')).href;
  const mod = (await import(/* @vite-ignore */ url)) as { ensureWebBuild(): Promise<unknown> };
  await mod.ensureWebBuild();
}

/** A new browser context (cookie jar) in Vietnamese, logged in as `username` through the log-in page. */
export async function loggedInContext(
  browser: Browser,
  serverUrl: string,
  username: string,
  password: string,
  options: { viewport?: { width: number; height: number }; acceptDownloads?: boolean } = {},
): Promise<BrowserContext> {
  const ctx = await browser.newContext({
    viewport: options.viewport ?? { width: 1366, height: 900 },
    locale: 'vi-VN',
    acceptDownloads: options.acceptDownloads ?? false,
  });
  const page = await ctx.newPage();
  await page.goto(serverUrl + '/');
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('user-name').waitFor();
  await page.close();
  return ctx;
}

/** A set-up call through the API that must succeed: its body, or an error naming the call and the server's answer. */
export async function setupCall<W extends string>(
  people: People<W>,
  who: W,
  method: Method,
  url: string,
  body?: unknown,
) {
  const r = await people.call(who, method, url, body);
  if (r.status >= 300) throw new Error(`${who} ${method} ${url}: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body;
}

type Viewport = { width: number; height: number };

/**
 * The people of a browser walk: each logged in through the log-in page once (one context, one cookie jar, made the
 * first time they act), each step in a new page whose failure leaves test-results/<prefix>-<step>.png.
 */
export class BrowserWalk<W extends string> {
  private readonly contexts = new Map<W, BrowserContext>();

  constructor(
    private readonly browser: Browser,
    private readonly serverUrl: string,
    private readonly prefix: string,
  ) {}

  /** Runs `fn` as `who` in a new page (at `viewport` when given), closed afterwards. */
  async as(who: W, name: string, fn: (page: Page) => Promise<void>, viewport?: Viewport): Promise<void> {
    let ctx = this.contexts.get(who);
    if (!ctx) {
      ctx = await loggedInContext(this.browser, this.serverUrl, who, PEOPLE_PASSWORD);
      this.contexts.set(who, ctx);
    }
    const page = await ctx.newPage();
    if (viewport) await page.setViewportSize(viewport);
    try {
      await screenshotOnFailure(page, `${this.prefix}-${name}`, fn);
    } finally {
      await page.close();
    }
  }

  async close(): Promise<void> {
    for (const ctx of this.contexts.values()) await ctx.close().catch(() => undefined);
    await this.browser.close();
  }
}

/** The end of a browser walk: the server's clock back to the real date, the browser and the server closed. */
export async function endWalk(
  walk: BrowserWalk<string> | undefined,
  server: { close(): Promise<void> } | undefined,
): Promise<void> {
  pinToday(null);
  await walk?.close();
  await server?.close();
}
