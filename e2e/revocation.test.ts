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
let certificateId = '';
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
  browser = await launchChromium();
  office = await loggedInContext(browser, server.url, 'laichau_office', PEOPLE_PASSWORD);
  producer = await loggedInContext(browser, server.url, 'binhlu_producer', PEOPLE_PASSWORD, {
    viewport: { width: 390, height: 844 },
  });
}, 180_000);

afterAll(async () => {
  await office?.close();
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
