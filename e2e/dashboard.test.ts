// The dashboard in Debian's Chromium (issue 10): the provincial office logs in and lands on it (its first screen),
// sees its charts drawn and their figures as tables, opens the products of a set from the chart's figures, moves the
// date back to 1/6/2025 and is told which figures stay today's; the header keeps every entry at 1366 px; the page
// fits a phone (390×844) and a tablet (820×1180) without sideways scrolling. The world is set up through the API.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ensureWebBuild, launchChromium, loggedInContext, screenshotOnFailure } from './browser.ts';
import { startTestServer, type TestServer } from '../src/testing/test-server.ts';
import { createPeople, PEOPLE_PASSWORD, type People } from '../src/testing/people.ts';
import {
  PEOPLE,
  pinToday,
  registerBinhLuProduct,
  type EvaluationTestServer,
  type Who,
} from '../src/modules/evaluation/evaluation-test-kit.ts';
import { certify } from '../src/modules/certificates/certificates-test-kit.ts';

const PHONE = { width: 390, height: 844 };
const TABLET = { width: 820, height: 1180 };

let server: TestServer;
let people: People<Who>;
let browser: Browser;
let office: BrowserContext;

async function on(name: string, fn: (page: Page) => Promise<void>, viewport?: { width: number; height: number }) {
  const page = await office.newPage();
  if (viewport) await page.setViewportSize(viewport);
  try {
    await screenshotOnFailure(page, `dashboard-${name}`, fn);
  } finally {
    await page.close();
  }
}

/** The chart of a card is drawn (ECharts' canvas, loaded on demand) and its figures table is there. */
async function drawn(page: Page, card: string) {
  await page.locator(`[data-testid="${card}"] canvas`).first().waitFor();
  await page.getByTestId(`${card}-table`).waitFor({ state: 'attached' });
}

const noSidewaysScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1);

beforeAll(async () => {
  await ensureWebBuild();
  server = await startTestServer();
  people = await createPeople(server.app, server.db, PEOPLE);
  pinToday('2026-11-23');
  const s = { ...people, db: server.db } as unknown as EvaluationTestServer;
  const a = (await registerBinhLuProduct(s, 'Miến dong Bình Lư')).productId;
  const b = (await registerBinhLuProduct(s, 'Rau cải mèo Bình Lư')).productId;
  await server.db.pool.query(`update products set created_at = '2024-01-01T00:00:00+07'`);
  await certify(s, { product: a, number: '001/GCN-OCOP-12', star: 4, on: '2026-10-12', until: '2029-10-12' });
  await certify(s, { product: b, number: '002/GCN-OCOP-12', star: 3, on: '2024-04-15', until: '2027-04-15' });
  // The office's own name is long, as offices name their accounts: the header must still fit at 1366 px.
  await server.db.pool.query(
    `update users set display_name = 'Văn phòng OCOP tỉnh Lai Châu' where username = 'laichau_office'`,
  );
  browser = await launchChromium();
  office = await loggedInContext(browser, server.url, 'laichau_office', PEOPLE_PASSWORD);
}, 180_000);

afterAll(async () => {
  await office?.close();
  await browser?.close();
  pinToday(null);
  await server?.close();
});

describe('the dashboard in Chromium', { timeout: 90_000 }, () => {
  it('is the provincial office’s first screen: charts drawn, figures readable, a set opens its products', async () => {
    await on('office', async (page) => {
      await page.goto(server.url + '/');
      await page.getByTestId('dashboard-page').waitFor();
      expect(new URL(page.url()).pathname).toBe('/dashboard');
      await expect.poll(() => page.locator('h1').textContent()).toContain('Lai Châu');
      for (const card of ['dash-products-star', 'dash-certs-star', 'dash-certs-status', 'dash-products-set'])
        await drawn(page, card);
      // The figures behind the chart: one 4★ and one 3★ product.
      const stars = page.getByTestId('dash-products-star-table');
      expect(await stars.textContent()).toContain('4★');
      await expect.poll(() => page.getByTestId('dash-kpis').textContent()).toContain('GCN còn hiệu lực');
      // The header still shows every entry at 1366 px (Người dùng is not pushed into "…").
      expect(await page.getByTestId('nav-users').isVisible()).toBe(true);
      // The products of set 1, from the chart's figures (the same link a click on the bar opens).
      await page.locator('[data-testid="dash-products-set"] summary').click();
      await page.getByTestId('dash-products-set-table').getByRole('link').first().click();
      await page.getByTestId('products-page').waitFor();
      expect(new URL(page.url()).searchParams.get('set')).toBe('1');
    });
  });

  it('on 1/6/2025 the certificate issued later is gone, and the page says which figures stay today’s', async () => {
    await on('as-of', async (page) => {
      await page.goto(server.url + '/dashboard');
      await page.getByTestId('dash-kpis').waitFor();
      await page.getByTestId('dash-asof').fill('01/06/2025');
      await page.getByTestId('dash-not-reproducible').waitFor();
      expect(new URL(page.url()).searchParams.get('asOf')).toBe('2025-06-01');
      await drawn(page, 'dash-certs-star');
      await expect
        .poll(() => page.locator('[data-testid="dash-certs-star-table"] tbody tr').allTextContents())
        .toEqual(['3★1', '4★0', '5★0']);
      await page.getByTestId('dash-today').click();
      await page.getByTestId('dash-not-reproducible').waitFor({ state: 'detached' });
    });
  });

  it('fits a phone (390 px) and a tablet (820 px) without sideways scrolling', async () => {
    for (const [name, viewport] of [
      ['phone', PHONE],
      ['tablet', TABLET],
    ] as const) {
      await on(
        name,
        async (page) => {
          await page.goto(server.url + '/dashboard');
          await drawn(page, 'dash-products-star');
          await drawn(page, 'dash-products-unit');
          const box = await page.locator('[data-testid="dash-products-star"] canvas').first().boundingBox();
          expect(box!.width).toBeGreaterThan(200);
          expect(box!.width).toBeLessThanOrEqual(viewport.width);
          expect(await noSidewaysScroll(page)).toBe(true);
        },
        viewport,
      );
    }
  });
});
