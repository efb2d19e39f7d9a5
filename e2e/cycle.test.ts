// The OCOP cycle in Debian's Chromium (seed 001 §III.2.1): the producer registers an idea on its phone (390×844), the
// commune officer forwards it on a phone, the provincial office accepts it on the office laptop (1366×768); the
// business plan is submitted and approved and the dossier filed through the API; the "Chu trình OCOP" page then shows
// the product at "Nộp hồ sơ đánh giá", and fits the phone's width.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ensureWebBuild, launchChromium, loggedInContext, onPage } from './browser.ts';
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

const PHONE = { width: 390, height: 844 };
const IDEA = 'Trà hoa vàng Bình Lư';
let server: TestServer;
let people: People<Who>;
let s: EvaluationTestServer;
let browser: Browser;
let producer: BrowserContext;
let officer: BrowserContext;
let office: BrowserContext;

const on = onPage('cycle');

const ideaCard = (page: Page) => page.getByTestId('idea-card').filter({ hasText: IDEA });

beforeAll(async () => {
  await ensureWebBuild();
  server = await startTestServer();
  people = await createPeople(server.app, server.db, PEOPLE);
  pinToday('2026-03-10');
  s = { ...(people as unknown as EvaluationTestServer), db: server.db };
  await registerBinhLuProduct(s);
  browser = await launchChromium();
  producer = await loggedInContext(browser, server.url, 'binhlu_producer', PEOPLE_PASSWORD, { viewport: PHONE });
  officer = await loggedInContext(browser, server.url, 'binhlu_officer', PEOPLE_PASSWORD, { viewport: PHONE });
  office = await loggedInContext(browser, server.url, 'laichau_office', PEOPLE_PASSWORD, {
    viewport: { width: 1366, height: 768 },
  });
}, 180_000);

afterAll(async () => {
  await producer?.close();
  await officer?.close();
  await office?.close();
  await browser?.close();
  pinToday(null);
  await server?.close();
});

describe('idea → commune → province → business plan → dossier, seen on the pipeline', { timeout: 90_000 }, () => {
  it('the producer registers its idea on a phone', async () => {
    await on(producer, 'register', async (page) => {
      await page.goto(server.url + '/programme/cycle');
      await page.getByTestId('new-idea').click();
      await page.getByTestId('idea-name').fill(IDEA);
      await page.getByTestId('idea-raw').fill('Hoa vàng trồng dưới tán rừng');
      await page.getByTestId('idea-submit').click();
      await expect.poll(() => ideaCard(page).getAttribute('data-state')).toBe('submitted');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    });
  });

  it('the commune officer forwards it, the provincial office accepts it', async () => {
    await on(officer, 'forward', async (page) => {
      await page.goto(server.url + '/programme/cycle');
      await ideaCard(page).getByTestId('idea-action-commune_forward').click();
      await expect.poll(() => ideaCard(page).getAttribute('data-state')).toBe('forwarded');
    });
    await on(office, 'accept', async (page) => {
      await page.goto(server.url + '/');
      // Chương trình → Chu trình OCOP (the office's menu; the Kế hoạch page links to it too).
      await page.getByTestId('nav-programme').hover();
      await page.getByTestId('nav-cycle').click();
      await ideaCard(page).getByTestId('idea-action-province_accept').click();
      await expect.poll(() => ideaCard(page).getAttribute('data-state')).toBe('accepted');
    });
  });

  it('after the business plan and the dossier, the pipeline shows the product at "dossier filed"', async () => {
    const ideas = await s.call('binhlu_producer', 'GET', '/api/cycle/ideas');
    const ideaId = ideas.body.items.find((i: { name: string }) => i.name === IDEA).id;
    const made = await s.call('binhlu_producer', 'POST', `/api/cycle/ideas/${ideaId}/product`, {});
    expect(made.status).toBe(201);
    const plan = await s.call('binhlu_producer', 'POST', '/api/cycle/business-plans', {
      ideaId,
      title: 'Phương án sản xuất kinh doanh trà hoa vàng',
    });
    expect(plan.status).toBe(201);
    await s.call('binhlu_officer', 'POST', `/api/cycle/business-plans/${plan.body.id}/actions/commune_forward`, {});
    await s.call('laichau_office', 'POST', `/api/cycle/business-plans/${plan.body.id}/actions/province_accept`, {});
    pinToday('2026-06-01'); // Decision 26/2026 in force (22/5/2026): the dossier follows its rule set.
    const dossier = await fileDossier(s, made.body.productId);
    expect((await s.call('binhlu_producer', 'GET', `/api/dossiers/${dossier}`)).status).toBe(200);
    await on(officer, 'pipeline', async (page) => {
      await page.goto(server.url + '/programme/cycle');
      const item = page.getByTestId('cycle-item').filter({ hasText: IDEA });
      await expect.poll(() => item.getAttribute('data-stage')).toBe('dossier_filed');
      await expect.poll(() => item.textContent()).toContain('Nộp hồ sơ đánh giá');
      await expect.poll(() => page.getByTestId('cycle-count-dossier_filed').textContent()).toContain('1');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    });
  });
});
