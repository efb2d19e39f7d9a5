// "Nhập sổ đăng ký sẵn có" in Debian's Chromium on a phone-sized screen (390 px) against the real server on a fresh
// database: the Lai Châu office opens the import page (/import), uploads its own register (title rows, pre-2025
// units, no points), runs the dry run with the guessed columns, sees the rejected rows with their reasons and the
// question about producers of unknown type, answers it, runs again, downloads the rejected rows, and commits with the
// progress bar until the register holds the new producers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureWebBuild, launchChromium, loggedInContext, screenshotOnFailure } from './browser.ts';
import { startTestServer, type TestServer } from '../src/testing/test-server.ts';
import { createPeople, PEOPLE_PASSWORD, type People } from '../src/testing/people.ts';
import { PEOPLE, type Who } from '../src/modules/evaluation/evaluation-test-kit.ts';
import { laiChauXlsx } from '../src/modules/onboarding/onboarding-test-kit.ts';

let server: TestServer;
let people: People<Who>;
let browser: Browser;
let office: BrowserContext;
const dir = mkdtempSync(join(tmpdir(), 'ocop-e2e-import-'));

beforeAll(async () => {
  await ensureWebBuild();
  server = await startTestServer();
  people = await createPeople(server.app, server.db, PEOPLE);
  browser = await launchChromium();
  office = await loggedInContext(browser, server.url, 'laichau_office', PEOPLE_PASSWORD, {
    acceptDownloads: true,
    viewport: { width: 390, height: 844 },
  });
}, 180_000);

afterAll(async () => {
  await office?.close();
  await browser?.close();
  await server?.close();
});

describe('onboarding import in Chromium', { timeout: 90_000 }, () => {
  it('upload → column mapping → dry run (problems, question) → commit with progress, at 390 px', async () => {
    const file = join(dir, 'DS OCOP Lai Chau.xlsx');
    writeFileSync(file, await laiChauXlsx());
    const page = await office.newPage();
    await screenshotOnFailure(page, 'onboarding-walk', async () => {
      await page.goto(server.url + '/import');
      await page.getByTestId('import-page').waitFor();
      await page.locator('.ant-upload input[type="file"]').setInputFiles(file);
      // The guessed mapping is shown; "Số sao" went to the star.
      await page.getByTestId('import-dry-run').waitFor();
      expect(await page.getByTestId('map-star').textContent()).toContain('Số sao');
      await page.getByTestId('import-dry-run').click();
      await page.getByTestId('import-summary').waitFor();
      expect(await page.getByTestId('sum-rejected').textContent()).toContain('3');
      expect(await page.getByTestId('sum-question').textContent()).toContain('1');
      // The rejected rows list their reasons by row (vi).
      await page.getByTestId('row-15').waitFor();
      expect(await page.getByTestId('row-15').textContent()).toContain(
        'Không tìm thấy đơn vị hành chính "Xã Không Có"',
      );
      expect(await page.getByTestId('import-commit').isDisabled()).toBe(true);
      // The page fits the phone: nothing wider than the screen.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(392);

      await page.getByTestId('answer-legal-type').click();
      await page.locator('.ant-select-item-option').filter({ hasText: 'Hộ sản xuất, hộ gia đình' }).click();
      await page.getByTestId('import-dry-run').click();
      await page.waitForFunction(() =>
        document.querySelector('[data-testid="sum-question"]')?.textContent?.includes(': 0'),
      );

      const download = page.waitForEvent('download');
      await page.getByTestId('import-rejected').click();
      expect((await download).suggestedFilename()).toContain('dòng bị loại');

      await page.getByTestId('import-commit').click();
      await page.getByTestId('import-done').waitFor({ timeout: 60_000 });
      expect(await page.getByTestId('import-done').textContent()).toContain('Đã ghi 10 dòng');
    });
    await page.close();
    const producers = await people.call('laichau_office', 'GET', '/api/producers?limit=50');
    expect(producers.body.total).toBe(9);
  });
});
