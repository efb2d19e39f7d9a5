// The programme's plans in Debian's Chromium: the provincial office writes its 2026 plan on the office laptop
// (1366×768) with a target "duy trì 3 sản phẩm 3 sao", saves it and reads the progress the server counted from the
// certificates in force (1 / 3); on a past day the figure changes. The commune officer reads the same plan on a phone
// (390×844) without an edit button, and the page fits the phone's width.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { chooseOption, ensureWebBuild, launchChromium, loggedInContext, onPage } from './browser.ts';
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
let server: TestServer;
let people: People<Who>;
let browser: Browser;
let office: BrowserContext;
let officer: BrowserContext;
let planUrl = '';

const on = onPage('plans');

beforeAll(async () => {
  await ensureWebBuild();
  server = await startTestServer();
  people = await createPeople(server.app, server.db, PEOPLE);
  pinToday('2026-11-23');
  const s = { ...(people as unknown as EvaluationTestServer), db: server.db };
  const { productId } = await registerBinhLuProduct(s, 'Miến dong Bình Lư');
  // In force from 1/6/2026: on 31/3/2026 the plan counts nothing yet.
  await certify(s, {
    product: productId,
    number: '001/GCN-OCOP-12-2026',
    star: 3,
    on: '2026-06-01',
    until: '2029-06-01',
  });
  browser = await launchChromium();
  office = await loggedInContext(browser, server.url, 'laichau_office', PEOPLE_PASSWORD, {
    viewport: { width: 1366, height: 768 },
  });
  officer = await loggedInContext(browser, server.url, 'binhlu_officer', PEOPLE_PASSWORD, { viewport: PHONE });
}, 180_000);

afterAll(async () => {
  await office?.close();
  await officer?.close();
  await browser?.close();
  pinToday(null);
  await server?.close();
});

describe('a plan whose progress fills itself in', { timeout: 90_000 }, () => {
  it('the provincial office writes the plan with a target and reads its progress, today and on a past day', async () => {
    await on(office, 'write', async (page) => {
      await page.goto(server.url + '/');
      await page.getByTestId('nav-programme').hover();
      await page.getByTestId('nav-plans').click();
      await page.getByTestId('new-programme-plan').click();
      await page.getByTestId('plan-year').fill('2026');
      await page.getByTestId('plan-title').fill('Kế hoạch OCOP tỉnh Lai Châu năm 2026');
      await page.getByTestId('plan-doc-number').fill('125/KH-UBND');
      await page.getByTestId('plan-add-target').click();
      await chooseOption(page, page.getByTestId('plan-target-kind'), /^Sản phẩm OCOP còn hiệu lực/);
      await chooseOption(page, page.getByTestId('plan-target-star'), '3 ★');
      await page.getByTestId('plan-target-value').fill('3');
      await page.getByTestId('plan-add-target').click();
      await chooseOption(page, page.getByTestId('plan-target-kind').nth(1), /^Lượt tham gia hội chợ/);
      await page.getByTestId('plan-target-value').nth(1).fill('1');
      await page.getByTestId('plan-save').click();
      await page.getByTestId('plan-heading').waitFor();
      planUrl = new URL(page.url()).pathname;
      expect(planUrl).toMatch(/^\/programme\/plans\/[0-9a-f-]{36}$/);
      const progress = page.getByTestId('plan-target-progress').first();
      await expect.poll(() => progress.textContent()).toContain('1 / 3');
      await expect.poll(() => page.getByTestId('plan-target-state').first().textContent()).toBe('Chậm tiến độ');
      await expect.poll(() => page.getByTestId('plan-target-progress').nth(1).textContent()).toContain('0 / 1');
      await page.getByTestId('plan-as-of').fill('31/03/2026');
      await expect.poll(() => page.getByTestId('plan-read-on').textContent()).toContain('31/03/2026');
      await expect.poll(() => progress.textContent()).toContain('0 / 3');
    });
  });

  it('doing the work: the office records a fair it took part in; the plan counts it', async () => {
    await on(office, 'activity', async (page) => {
      await page.goto(server.url + '/programme/activities');
      await page.getByTestId('new-activity').click();
      await chooseOption(page, page.getByTestId('activity-kind'), 'Hội chợ, triển lãm');
      await page.getByTestId('activity-title').fill('Hội chợ OCOP Tây Bắc 2026');
      await page.getByTestId('activity-lead').fill('Sở Công Thương');
      await page.getByTestId('activity-starts').fill('10/05/2026');
      await chooseOption(page, page.getByTestId('activity-status'), 'Đã thực hiện');
      await page.getByTestId('activity-save').click();
      await page.getByTestId('activity-link').waitFor();
      await page.goto(server.url + planUrl);
      const fair = page.getByTestId('plan-target-progress').nth(1);
      await expect.poll(() => fair.textContent()).toContain('1 / 1');
      await expect.poll(() => page.getByTestId('plan-target-state').nth(1).textContent()).toBe('Đã đạt');
    });
  });

  it('the commune officer reads the province plan on a phone, without an edit button, within the screen', async () => {
    await on(officer, 'read', async (page) => {
      await page.goto(server.url + planUrl);
      await page.getByTestId('plan-heading').waitFor();
      await expect.poll(() => page.getByTestId('plan-target-progress').first().textContent()).toContain('1 / 3');
      expect(await page.getByTestId('plan-edit').count()).toBe(0);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    });
  });
});
