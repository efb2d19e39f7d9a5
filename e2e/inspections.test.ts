// Inspection after certification (Art. 9) in Debian's Chromium on a tablet (820×1180), against the real server on a
// fresh database: the advisory team member opens the plan from the menu (Kiểm tra → Kế hoạch kiểm tra), then the
// visit, records a minor finding on the label criterion with a photo and requires a fix by a date; the producer opens
// its open findings and reports the fix; the team member re-checks it. The page fits the tablet's width. The plan,
// the visit and the certificate are set up through the API.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { ensureWebBuild, launchChromium, loggedInContext, onPage, openFromMenu, setupCall } from './browser.ts';
import { startTestServer, type TestServer } from '../src/testing/test-server.ts';
import { createPeople, PEOPLE_PASSWORD, type People } from '../src/testing/people.ts';
import {
  fileDossier,
  PEOPLE,
  pinToday,
  registerBinhLuProduct,
  type EvaluationTestServer,
  type Who,
} from '../src/modules/evaluation/evaluation-test-kit.ts';

const TABLET = { width: 820, height: 1180 };
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkaPhfDwAEhwGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

let server: TestServer;
let people: People<Who>;
let browser: Browser;
let inspector: BrowserContext;
let producer: BrowserContext;
let office: BrowserContext;
let visitId = '';

const on = onPage('inspections');

beforeAll(async () => {
  await ensureWebBuild();
  server = await startTestServer();
  people = await createPeople(server.app, server.db, PEOPLE);
  pinToday('2026-11-23');
  const s = people as unknown as EvaluationTestServer;
  const { productId } = await registerBinhLuProduct(s, 'Miến dong Bình Lư');
  const dossier = await fileDossier(s, productId);
  const cert = await server.db.pool.query(
    `insert into certificates (province_code, product_id, dossier_id, number, star, points, issued_on, expires_on)
     values ('12', $1, $2, '001/GCN-OCOP-12-2026', 4, 75, '2026-10-12', '2029-10-12') returning id`,
    [productId, dossier],
  );
  const certificateId = cert.rows[0].id as string;
  const plan = await setupCall(people, 'laichau_office', 'POST', '/api/inspection-plans', {
    kind: 'periodic',
    year: 2026,
    documentNo: '45/KH-VPĐP',
    title: 'Kiểm tra sản phẩm OCOP sau công nhận năm 2026',
    certificateIds: [certificateId],
    memberIds: [people.ids.advisory],
    leadId: people.ids.laichau_office,
  });
  visitId = (
    await setupCall(people, 'advisory', 'POST', `/api/inspection-plans/${plan.id}/visits`, {
      certificateId,
      visitOn: '2026-11-23',
      place: 'HTX Miến dong Bình Lư',
      participantIds: [people.ids.advisory],
    })
  ).id;
  browser = await launchChromium();
  inspector = await loggedInContext(browser, server.url, 'advisory', PEOPLE_PASSWORD, { viewport: TABLET });
  producer = await loggedInContext(browser, server.url, 'binhlu_producer', PEOPLE_PASSWORD, { viewport: TABLET });
  office = await loggedInContext(browser, server.url, 'laichau_office', PEOPLE_PASSWORD);
}, 180_000);

afterAll(async () => {
  await inspector?.close();
  await producer?.close();
  await office?.close();
  await browser?.close();
  pinToday(null);
  await server?.close();
});

describe('an inspection visit on a tablet (Art. 9)', { timeout: 90_000 }, () => {
  it('the team records a finding with a photo and requires a fix; the producer reports it; the re-check closes it', async () => {
    await on(inspector, 'finding', async (page) => {
      await page.goto(server.url + '/');
      // An advisory member's menu has Kiểm tra of its own (the offices find it inside Đánh giá); on a tablet the
      // menu is in the drawer the header's menu button opens.
      await openFromMenu(page, 'nav-inspection-plans', 'nav-inspections');
      await page.getByTestId('plan-link').click();
      await page.getByTestId('visit-link').click();
      await page.getByTestId('inspection-visit').waitFor();
      expect(new URL(page.url()).pathname).toBe(`/inspections/visits/${visitId}`);
      // The checklist fits the tablet: nothing wider than the screen.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(TABLET.width);
      const item = page.getByTestId('item-2.3');
      await item.getByText('Tồn tại nhỏ', { exact: true }).click();
      await page.getByTestId('note-2.3').fill('Nhãn thiếu hạn sử dụng trên lô mới');
      await page.getByTestId('record-2.3').click();
      await expect.poll(() => item.getAttribute('data-state')).toBe('finding');
      await page.getByTestId('photo-2.3').setInputFiles({ name: 'nhan.png', mimeType: 'image/png', buffer: PNG });
      await item.locator('img').waitFor();
      await page.getByTestId('fix-2.3').fill('In lại nhãn có hạn sử dụng');
      await page.getByTestId('fix-due-2.3').fill('2026-12-31');
      await page.getByTestId('require-fix-2.3').click();
      await expect.poll(() => item.getAttribute('data-state')).toBe('fix_required');
    });
    await on(producer, 'report', async (page) => {
      await page.goto(server.url + '/');
      // A producer's menu has Kiểm tra of its own (in the drawer on a tablet).
      await openFromMenu(page, 'nav-inspection-findings', 'nav-inspections');
      await page.getByTestId('finding-link').click();
      const item = page.getByTestId('item-2.3');
      await page.getByTestId('report-text-2.3').fill('Đã in lại nhãn cho cả lô');
      await page.getByTestId('report-2.3').click();
      await expect.poll(() => item.getAttribute('data-state')).toBe('fix_reported');
      // The producer acts on nothing else of the checklist.
      expect(await page.getByTestId('record-1.1').count()).toBe(0);
    });
    await on(inspector, 'recheck', async (page) => {
      await page.goto(`${server.url}/inspections/visits/${visitId}`);
      const item = page.getByTestId('item-2.3');
      await page.getByTestId('recheck-pass-2.3').click();
      await expect.poll(() => item.getAttribute('data-state')).toBe('resolved');
    });
  });

  it('the provincial office finds Kiểm tra inside Đánh giá and ranks the product first on the risk list', async () => {
    await on(office, 'risk', async (page) => {
      await page.goto(server.url + '/');
      await page.getByTestId('nav-evaluation').hover();
      await page.getByTestId('nav-inspection-risk').click();
      await page.getByTestId('inspection-risk').waitFor();
      await page.getByText('Miến dong Bình Lư').first().waitFor();
      // The office's header still shows every entry at 1366 px (Người dùng is not pushed into "…").
      expect(await page.getByTestId('nav-users').isVisible()).toBe(true);
    });
  });

  it('an unknown page of the staff app is a "not found" page (Vietnamese, then English), not the home page', async () => {
    await on(office, 'not-found', async (page) => {
      // A section the server knows (it serves the app), a page the app does not: the app's own page, no redirect.
      await page.goto(server.url + '/inspections/plans');
      const notFound = page.getByTestId('not-found');
      await notFound.waitFor();
      await expect.poll(() => notFound.textContent()).toContain('Không tìm thấy trang');
      expect(new URL(page.url()).pathname).toBe('/inspections/plans');
      await page.getByTestId('lang-en').click();
      await expect.poll(() => notFound.textContent()).toContain('Page not found');
      await page.getByTestId('lang-vi').click();
      await expect.poll(() => notFound.textContent()).toContain('Không tìm thấy trang');
      // The link goes back to the office's start page (its dashboard).
      await page.getByTestId('not-found-home').click();
      await notFound.waitFor({ state: 'detached' });
      await expect.poll(() => new URL(page.url()).pathname).toBe('/dashboard');
      // An address outside every section gets the server's own 404 page.
      const r = await page.goto(server.url + '/foo');
      expect(r!.status()).toBe(404);
    });
  });
});
