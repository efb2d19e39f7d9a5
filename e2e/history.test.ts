// "Kết quả đánh giá trước đây" in Debian's Chromium against the real server on a fresh database. The Lai Châu office
// opens it from the menu (Đánh giá → Kết quả trước đây), records a 3★ result decided by the district in 2024 under
// Decision 148/QĐ-TTg through the form, sees it in the list with its certificate and finds it typed without
// diacritics, and finds its certificate the same way in Results (Kết quả), whose register it exports to Excel; then
// downloads the Excel template, fills it with one row whose star does not match its points (Điều 3 of 148/QĐ-TTg)
// and imports it: the row's errors are shown and nothing is recorded. Products set through the API.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureWebBuild, launchChromium, loggedInContext, screenshotOnFailure } from './browser.ts';
import { XLSX_MIME } from '../src/platform/excel.ts';
import { startTestServer, type TestServer } from '../src/testing/test-server.ts';
import { createPeople, PEOPLE_PASSWORD, type People } from '../src/testing/people.ts';
import {
  PEOPLE,
  registerBinhLuProduct,
  type EvaluationTestServer,
  type Who,
} from '../src/modules/evaluation/evaluation-test-kit.ts';

const PRODUCT = 'Gạo nếp Tan Bình Lư';
const CERTIFICATE = '356-01/GCN-OCOP-TĐ-2024';

let server: TestServer;
let people: People<Who>;
let browser: Browser;
let office: BrowserContext;
let productId = '';
let otherProductId = '';

async function asOffice(name: string, fn: (page: Page) => Promise<void>): Promise<void> {
  const page = await office.newPage();
  try {
    await screenshotOnFailure(page, `history-${name}`, fn);
  } finally {
    await page.close();
  }
}

const recordedCount = async () =>
  (await people.call('laichau_office', 'GET', '/api/historical-results?limit=50')).body.total as number;

beforeAll(async () => {
  await ensureWebBuild();
  server = await startTestServer();
  people = await createPeople(server.app, server.db, PEOPLE);
  // The evaluation test kit's helpers only need `call` and `ids`.
  const s = people as unknown as EvaluationTestServer;
  productId = (await registerBinhLuProduct(s, PRODUCT)).productId;
  otherProductId = (await registerBinhLuProduct(s, 'Miến dong Bình Lư')).productId;
  browser = await launchChromium();
  office = await loggedInContext(browser, server.url, 'laichau_office', PEOPLE_PASSWORD, { acceptDownloads: true });
}, 180_000);

afterAll(async () => {
  await office?.close();
  await browser?.close();
  await server?.close();
});

describe('past results in Chromium', { timeout: 60_000 }, () => {
  it('the office records a district 3★ of 2024 (148/QĐ-TTg) through the form, sees it and finds it without diacritics', async () => {
    await asOffice('record', async (page) => {
      await page.goto(server.url + '/');
      // The office starts on the dashboard (issue 10): let it draw before opening the menu over it.
      await page.getByTestId('dash-kpis').waitFor();
      await page.getByTestId('nav-evaluation').hover();
      await page.getByTestId('nav-history').click();
      await page.getByTestId('history-page').waitFor();
      expect(new URL(page.url()).pathname).toBe('/history');

      await page.getByTestId('history-record').click();
      await page.getByTestId('history-form').waitFor();
      await page.getByTestId('history-product').click();
      await page.keyboard.type('gao nep');
      await page.getByTestId(`history-product-${productId}`).click();
      // "Lần đầu" and "Cấp huyện" are the defaults.
      await page.getByTestId('history-filed').fill('10/05/2024');
      await page.getByTestId('history-decided').fill('12/09/2024');
      await page.getByTestId('history-points').fill('62');
      await page.getByTestId('history-star-select').click();
      await page.getByTestId('history-star-option-3').click();
      await page.getByTestId('history-decision').fill('356/QĐ-UBND');
      await page.getByTestId('history-certificate').fill(CERTIFICATE);
      await page.getByTestId('history-save').click();
      await page.getByTestId('history-form').waitFor({ state: 'detached' });

      const row = page.locator(`[data-testid="history-row"][data-product="${PRODUCT}"]`);
      await row.waitFor();
      await expect.poll(() => row.getByTestId('history-star').getAttribute('data-star')).toBe('3');
      expect(await row.getByTestId(`history-cert-${CERTIFICATE}`).textContent()).toBe(CERTIFICATE);
      // Its certificate's lifecycle status today, the same the certificates' register gives (not the dossier's state).
      const [registered] = (
        await people.call('laichau_office', 'GET', `/api/certificates?q=${encodeURIComponent(CERTIFICATE)}`)
      ).body.items as { status: string; stateLabel: { vi: string } }[];
      const state = row.getByTestId('history-cert-state');
      await expect.poll(() => state.getAttribute('data-state')).toBe(registered!.status);
      expect(await state.textContent()).toBe(registered!.stateLabel.vi);
      // Recorded under the rules of its time, as the district decided it.
      expect(await row.textContent()).toMatch(/UBND cấp huyện.*QĐ 148\/2023/);
      expect(await recordedCount()).toBe(1);

      // Typed without diacritics, the search still finds it; a name that is not there empties the list.
      await page.getByTestId('history-search').fill('gao nep tan');
      await page.waitForURL(/q=gao/);
      await row.waitFor();
      await page.getByTestId('history-search').fill('mien dong');
      await row.waitFor({ state: 'detached' });
      expect(await page.getByTestId('history-row').count()).toBe(0);
    });
  });

  it('Results finds the certificate of that result typed without diacritics, and exports the filtered register to Excel', async () => {
    await asOffice('certificates', async (page) => {
      await page.goto(server.url + '/results');
      await page.getByTestId('results-page').waitFor();
      const row = page.locator(`tr[data-number="${CERTIFICATE}"]`);
      await page.getByTestId('certificates-search').fill('gao nep tan');
      await page.waitForURL(/q=gao/);
      await row.waitFor();
      await page.getByTestId('certificates-search').fill('mien dong');
      await row.waitFor({ state: 'detached' });
      await page.getByTestId('certificates-search').fill('gao nep tan');
      await row.waitFor();

      const [response, download] = await Promise.all([
        page.waitForResponse((r) => r.url().includes('/api/certificates?') && r.url().includes('format=xlsx')),
        page.waitForEvent('download'),
        page.getByTestId('certificates-export').click(),
      ]);
      // The export carries the search of the list.
      expect(new URL(response.url()).searchParams.get('q')).toBe('gao nep tan');
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toBe(XLSX_MIME);
      expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    });
  });

  it("an imported template with a row whose star does not match its points shows the row's errors and records nothing", async () => {
    await asOffice('import', async (page) => {
      await page.goto(server.url + '/history');
      await page.getByTestId('history-page').waitFor();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('history-template').click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
      const dir = mkdtempSync(join(tmpdir(), 'ocop-e2e-'));
      const template = join(dir, download.suggestedFilename());
      await download.saveAs(template);

      // The template's own sheet, its example row replaced by one 3★ result given 4★ (62 points earn 3★ under 148).
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(template);
      const sheet = wb.getWorksheet('Kết quả trước đây')!;
      expect(sheet.getRow(1).getCell(1).value).toBe('Mã sản phẩm hoặc ID (xem sheet Sản phẩm)');
      sheet.getRow(2).values = [
        otherProductId,
        'Miến dong Bình Lư',
        'lần đầu',
        '02/03/2024',
        '15/08/2024',
        'huyện',
        62,
        4,
        '920/QĐ-UBND',
        '920-03/GCN-OCOP-12-2024',
        '',
      ];
      const upload = join(dir, 'ket-qua-truoc-day.xlsx');
      await wb.xlsx.writeFile(upload);

      await page.locator('.ant-upload input[type="file"]').setInputFiles(upload);
      const errors = page.getByTestId('history-row-errors');
      await errors.waitFor();
      expect(await page.getByText('Tệp có lỗi, chưa ghi nhận dòng nào').count()).toBe(1);
      const text = await errors.textContent();
      expect(text).toContain('star');
      expect(text).toContain('62 điểm ứng với hạng 3 sao, không phải 4 sao');
      // All or nothing: still only the result recorded through the form.
      expect(await recordedCount()).toBe(1);
      expect(await page.getByTestId('history-row').count()).toBe(1);
    });
  });
});
