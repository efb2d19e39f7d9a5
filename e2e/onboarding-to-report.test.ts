// From an office's own spreadsheet to the report it sends upward, in Debian's Chromium against the real server on a
// fresh database (issue 10, "browser tests cover import → dashboard → report"): the Lai Châu office imports its
// register as it keeps it (title rows, pre-2025 units, no points, names spelled loosely: the onboarding test kit's
// fixture) through the column mapping, the dry run and its question, commits it with the progress bar, opens the
// dashboard and finds the imported products counted, then downloads the report of the year's producers and products
// from "Báo cáo" and reads it back with exceljs: the 9 producers and 10 products it imported.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chooseOption, ensureWebBuild, launchChromium, loggedInContext, onPage } from './browser.ts';
import { startTestServer, type TestServer } from '../src/testing/test-server.ts';
import { createPeople, PEOPLE_PASSWORD } from '../src/testing/people.ts';
import { PEOPLE } from '../src/modules/evaluation/evaluation-test-kit.ts';
import { laiChauXlsx } from '../src/modules/onboarding/onboarding-test-kit.ts';
import * as w from '../src/modules/oversight/report-test-kit.ts';

let server: TestServer;
let browser: Browser;
let office: BrowserContext;
const dir = mkdtempSync(join(tmpdir(), 'ocop-e2e-import-report-'));
const on = onPage('import-to-report');

beforeAll(async () => {
  await ensureWebBuild();
  server = await startTestServer();
  await createPeople(server.app, server.db, PEOPLE);
  browser = await launchChromium();
  office = await loggedInContext(browser, server.url, 'laichau_office', PEOPLE_PASSWORD, { acceptDownloads: true });
}, 180_000);

afterAll(async () => {
  await office?.close();
  await browser?.close();
  await server?.close();
});

describe('import → dashboard → report in Chromium', { timeout: 120_000 }, () => {
  it('the register imported is counted on the dashboard and listed in the report of the year', async () => {
    const file = join(dir, 'DS OCOP Lai Chau.xlsx');
    writeFileSync(file, await laiChauXlsx());
    await on(office, 'import', async (page) => {
      await page.goto(server.url + '/import');
      await page.getByTestId('import-page').waitFor();
      await page.locator('.ant-upload input[type="file"]').setInputFiles(file);
      await page.getByTestId('import-dry-run').click();
      await page.getByTestId('import-summary').waitFor();
      expect(await page.getByTestId('sum-question').textContent()).toContain('1');
      // Producers whose type neither the column nor the name says: the office answers for them.
      await chooseOption(page, page.getByTestId('answer-legal-type'), /Hộ sản xuất, hộ gia đình/);
      await page.getByTestId('import-dry-run').click();
      await page.waitForFunction(() =>
        document.querySelector('[data-testid="sum-question"]')?.textContent?.includes(': 0'),
      );
      await page.getByTestId('import-commit').click();
      await page.getByTestId('import-done').waitFor({ timeout: 60_000 });
      expect(await page.getByTestId('import-done').textContent()).toContain('Đã ghi 10 dòng');
    });

    await on(office, 'dashboard', async (page) => {
      await page.goto(server.url + '/dashboard');
      await page.getByTestId('dashboard-page').waitFor();
      // The first figure is the unit's products: the 10 imported (a fresh database held none of Lai Châu).
      const products = page.getByTestId('dash-kpis').locator('.ant-statistic-content-value').first();
      await expect.poll(() => products.textContent()).toBe('10');
      // The chart by commune draws them, its figures table adds up to the same 10.
      await page.locator('[data-testid="dash-products-unit"] canvas').first().waitFor();
      // One column per star (none yet, 3★, 4★ …): every cell of every commune adds up to the 10.
      const cells = await page
        .getByTestId('dash-products-unit-table')
        .locator('tbody td')
        .evaluateAll((tds) => tds.map((td) => Number(td.textContent?.replace(/\D/g, '') || 0)));
      expect(cells.reduce((a, b) => a + b, 0)).toBe(10);
    });

    await on(office, 'report', async (page) => {
      await page.goto(server.url + '/reports');
      await page.getByTestId('report-products').waitFor();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('report-products-xlsx').click(),
      ]);
      const ws = await w.readReport(readFileSync((await download.path())!));
      const text = w
        .rowsOf(ws)
        .flat()
        .filter((v) => typeof v === 'string');
      expect(text).toContainEqual(expect.stringContaining('Tổng số: 9 chủ thể, 10 sản phẩm'));
      const list = w.table(ws, 'Danh sách chủ thể, sản phẩm đăng ký');
      expect(list.rows.length).toBe(10);
      // Names as the file spelled them, each product under its producer; Bình Lư's two miến dong under one HTX.
      const binhLu = list.rows.filter((r) => r[2] === 'HTX Miến dong Bình Lư').map((r) => r[1]);
      expect(binhLu.sort()).toEqual(['Miến dong Bình Lư', 'Miến dong hữu cơ Bình Lư']);
    });
  });
});
