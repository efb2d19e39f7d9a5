// Revocation (Art. 8) in Debian's Chromium against the real server on a fresh database. An inspection's conclusion has
// put a proposal on the Lai Châu office's queue (Đánh giá → Đề nghị thu hồi) with its 15-day deadline (Art. 8.4); the
// office records the province chair's decision from the queue ("Thu hồi"), the proposal leaves the open tab, and the
// certificate's page shows "Đã thu hồi" with the decision. The producer sees the same status and no "Thu hồi" button.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ensureWebBuild, launchChromium, loggedInContext, screenshotOnFailure } from './browser.ts';
import { startTestServer, type TestServer } from '../src/testing/test-server.ts';
import { createPeople, PEOPLE_PASSWORD, type People } from '../src/testing/people.ts';
import {
  PEOPLE,
  registerBinhLuProduct,
  type EvaluationTestServer,
  type Who,
} from '../src/modules/evaluation/evaluation-test-kit.ts';
import { proposeRevocation } from '../src/modules/certificates/index.ts';
import { addDays, formatDateVi } from '../src/modules/reference/index.ts';
import { todayInVietnam } from '../src/modules/registry/index.ts';

const NUMBER = '077/GCN-OCOP-12-2026';
let server: TestServer;
let people: People<Who>;
let browser: Browser;
let office: BrowserContext;
let producer: BrowserContext;
let commune: BrowserContext;
let certificateId = '';
// A second certificate, in force throughout: the commune proposes its revocation, the office prints its stamps.
let teaId = '';
const today = todayInVietnam();

async function as(ctx: BrowserContext, name: string, fn: (page: Page) => Promise<void>): Promise<void> {
  const page = await ctx.newPage();
  try {
    await screenshotOnFailure(page, `revocation-${name}`, fn);
  } finally {
    await page.close();
  }
}

beforeAll(async () => {
  await ensureWebBuild();
  server = await startTestServer();
  people = await createPeople(server.app, server.db, PEOPLE);
  const productId = (await registerBinhLuProduct(people as unknown as EvaluationTestServer, 'Rượu ngô Bình Lư'))
    .productId;
  const issued = addDays(today, -200);
  const c = await server.db.pool.query(
    `insert into certificates (province_code, product_id, number, star, points, issued_on, expires_on)
     values ('12', $1, $2, 4, 74, $3, ($3::date + interval '36 months')::date) returning id`,
    [productId, NUMBER, issued],
  );
  certificateId = c.rows[0].id;
  await server.db.db.transaction((tx) =>
    proposeRevocation(tx, null, {
      certificateId,
      source: 'inspection',
      ground: 'law_violation',
      summary: 'Nhãn ghi sai độ cồn',
      basis: { trigger: 'authority_conclusion', date: addDays(today, -3), reference: '87/KL-QLTT' },
    }),
  );
  const teaProduct = (await registerBinhLuProduct(people as unknown as EvaluationTestServer, 'Chè Shan tuyết Bình Lư'))
    .productId;
  teaId = (
    await server.db.pool.query(
      `insert into certificates (province_code, product_id, number, star, points, issued_on, expires_on)
       values ('12', $1, '078/GCN-OCOP-12-2026', 3, 62, $2, ($2::date + interval '36 months')::date) returning id`,
      [teaProduct, issued],
    )
  ).rows[0].id;
  browser = await launchChromium();
  commune = await loggedInContext(browser, server.url, 'binhlu_officer', PEOPLE_PASSWORD);
  office = await loggedInContext(browser, server.url, 'laichau_office', PEOPLE_PASSWORD);
  producer = await loggedInContext(browser, server.url, 'binhlu_producer', PEOPLE_PASSWORD, {
    viewport: { width: 390, height: 844 },
  });
}, 180_000);

afterAll(async () => {
  await office?.close();
  await commune?.close();
  await producer?.close();
  await browser?.close();
  await server?.close();
});

describe('revocation in Chromium', { timeout: 60_000 }, () => {
  it('Art. 8.2.a, 8.4: the office revokes from its queue; the certificate reads "Đã thu hồi" at once', async () => {
    await as(office, 'queue', async (page) => {
      // The certificate's page shows the open proposal and its days left; the office may revoke it.
      await page.goto(`${server.url}/certificates/${certificateId}`);
      await page.locator('[data-testid="certificate-page"][data-state="valid"]').waitFor();
      await page.getByTestId('certificate-proposals').waitFor();
      expect(await page.getByTestId('certificate-proposals').textContent()).toContain('còn 12 ngày');
      await page.getByTestId('certificate-revoke').waitFor();

      await page.goto(server.url + '/');
      // The office starts on the dashboard (issue 10): let it draw before opening the menu over it.
      await page.getByTestId('dash-kpis').waitFor();
      await page.getByTestId('nav-evaluation').hover();
      await page.getByTestId('nav-revocations').click();
      await page.getByTestId('revocations-page').waitFor();
      const deadline = page.getByTestId('proposal-deadline').first();
      await deadline.waitFor();
      // 15 days from the conclusion of three days ago: 12 days left.
      expect(await deadline.textContent()).toContain(formatDateVi(addDays(today, 12)));
      expect(await deadline.textContent()).toContain('còn 12 ngày');
      await page.getByTestId('proposal-revoke').click();
      await page.getByTestId('revoke-number').fill('2210/QĐ-UBND');
      await page.getByTestId('revoke-date').fill(formatDateVi(today));
      await page.locator('#revoke-ok').click();
      await page.getByTestId('proposal-revoke').waitFor({ state: 'detached' });

      await page.goto(`${server.url}/certificates/${certificateId}`);
      await page.locator('[data-testid="certificate-page"][data-state="revoked"]').waitFor();
      expect(await page.getByTestId('certificate-state').textContent()).toBe('Đã thu hồi');
      expect(await page.getByTestId('certificate-revocation').textContent()).toContain('2210/QĐ-UBND');
      expect(await page.getByTestId('certificate-revoke').count()).toBe(0);
    });
  });

  it('Art. 8.3.a: the commune proposes a revocation from the certificate page, on a ground the server lists', async () => {
    await as(commune, 'propose', async (page) => {
      await page.goto(`${server.url}/certificates/${teaId}`);
      await page.locator('[data-testid="certificate-page"][data-state="valid"]').waitFor();
      // The commune proposes; deciding is the office's, and printing stamps too.
      expect(await page.getByTestId('certificate-revoke').count()).toBe(0);
      expect(await page.getByTestId('certificate-stamps').count()).toBe(0);
      await page.getByTestId('certificate-propose').click();
      await page.getByTestId('propose-ground').click();
      await page.locator('.ant-select-item-option', { hasText: 'Chủ thể không còn hoạt động sản xuất' }).click();
      await page.getByTestId('propose-summary').fill('Hộ sản xuất đã ngừng sản xuất chè từ tháng 9.');
      await page.getByTestId('propose-reference').fill('12/XN-UBND');
      await page.getByTestId('propose-basis-date').fill(formatDateVi(addDays(today, -1)));
      await page.locator('#propose-ok').click();
      await page.locator('#propose-ok').waitFor({ state: 'detached' });
    });
    await expect
      .poll(async () => {
        const r = await people.call('laichau_office', 'GET', `/api/revocation-proposals?certificateId=${teaId}`);
        return (r.body as { items: { source: string; ground: { code: string } | null }[] }).items;
      })
      .toEqual([
        expect.objectContaining({
          source: 'commune_report',
          ground: expect.objectContaining({ code: 'production_stopped' }),
        }),
      ]);
  });

  it('the office prints a sheet of QR stamps from the certificate page and finds it on the stamps page', async () => {
    await as(office, 'stamps', async (page) => {
      await page.goto(`${server.url}/certificates/${teaId}`);
      await page.getByTestId('certificate-stamps').click();
      await page.getByTestId('stamps-page').waitFor();
      await expect.poll(() => page.getByTestId('stamps-certificate').textContent()).toContain('078/GCN-OCOP-12-2026');
      await page.locator('input#stamps-count').fill('6');
      await page.getByTestId('stamps-print-ok').click();
      const sheet = page.locator('[data-testid^="stamp-sheet-"]');
      await expect.poll(() => sheet.count(), { timeout: 15_000 }).toBe(1);
      await expect.poll(() => sheet.textContent()).toContain('078/GCN-OCOP-12-2026');
      // Its serials, each with its scans, open under the row.
      await sheet.locator('.ant-table-row-expand-icon').click();
      await expect.poll(() => page.locator('[data-testid^="stamps-sheet-"] tr.ant-table-row').count()).toBe(6);
      // The menu has the page for the office.
      await page.getByTestId('nav-evaluation').hover();
      await page.getByTestId('nav-stamps').waitFor();
    });
  });

  it('the producer, on a phone, sees the same status and may not revoke', async () => {
    await as(producer, 'producer', async (page) => {
      await page.goto(`${server.url}/certificates/${certificateId}`);
      await page.locator('[data-testid="certificate-page"][data-state="revoked"]').waitFor();
      expect(await page.getByTestId('certificate-revoke').count()).toBe(0);
      const r = await people.call('binhlu_producer', 'GET', '/api/revocation-proposals');
      expect(r.status).toBe(403);
    });
  });
});
