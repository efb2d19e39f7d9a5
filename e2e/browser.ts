// Shared set-up of the browser tests: Debian's Chromium through playwright-core, and screenshots of failed steps.
import { chromium, type Browser, type Page } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

export const resultsDir = join(process.cwd(), 'test-results');

/** Headless Chromium as root on a machine without network: no sandbox, no background connections. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
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
