// The OCOP cycle in Debian's Chromium (seed 001 §III.2.1): the producer registers an idea on its phone (390×844), the
// commune officer forwards it on a phone, the provincial office accepts it on the office laptop (1366×768); the
// producer makes the product and submits its business plan with its file on the phone, the commune returns it with
// advice and forwards it once sent again, the province approves it, the commune records support and a problem — all
// through the web screens; the dossier is filed through the API; the "Chu trình OCOP" page then shows the product at
// "Nộp hồ sơ đánh giá", and a past day at the stage it had then. Then the survey (a row becomes an idea), the
// partners' directory and the communes' officers, on the phone's width and the laptop.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { chooseOption, ensureWebBuild, launchChromium, loggedInContext, onPage } from './browser.ts';
import { startTestServer, type TestServer } from '../src/testing/test-server.ts';
import { createPeople, PEOPLE_PASSWORD, type People } from '../src/testing/people.ts';
import {
  fileDossier,
  PDF_BYTES,
  PEOPLE,
  pinToday,
  registerBinhLuProduct,
  type EvaluationTestServer,
  type Who,
} from '../src/modules/evaluation/evaluation-test-kit.ts';

const PHONE = { width: 390, height: 844 };
const IDEA = 'Trà hoa vàng Bình Lư';
const PLAN = 'Phương án sản xuất kinh doanh trà hoa vàng';
const PRODUCER = 'Hợp tác xã Nông sản sạch Bình Lư';
let server: TestServer;
let people: People<Who>;
let s: EvaluationTestServer;
let browser: Browser;
let producer: BrowserContext;
let officer: BrowserContext;
let office: BrowserContext;

const on = onPage('cycle');

const ideaCard = (page: Page) => page.getByTestId('idea-card').filter({ hasText: IDEA });
const planCard = (page: Page) => page.getByTestId('plan-card').filter({ hasText: PLAN });

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

  it('the producer makes the product and submits its business plan with its file, on a phone', async () => {
    await on(producer, 'plan-submit', async (page) => {
      await page.goto(server.url + '/programme/cycle');
      await ideaCard(page).getByTestId('idea-to-product').click();
      await expect.poll(() => ideaCard(page).getByTestId('idea-to-product').count()).toBe(0);
      await ideaCard(page).getByTestId('idea-write-plan').click();
      // The plans tab opens with the form for this idea.
      await page.getByTestId('plan-title').fill(PLAN);
      expect(await page.getByTestId('plan-idea').textContent()).toContain(IDEA);
      await page.getByTestId('plan-summary').fill('Sấy lạnh, đóng túi lọc; 2 tấn hoa tươi mỗi năm');
      await page
        .locator('.ant-modal input[type=file]')
        .setInputFiles({ name: 'phuong-an.pdf', mimeType: 'application/pdf', buffer: PDF_BYTES });
      await page.getByTestId('plan-submit').click();
      await expect.poll(() => planCard(page).getAttribute('data-state')).toBe('submitted');
      await expect.poll(() => planCard(page).getByTestId('plan-file').textContent()).toBe('phuong-an.pdf');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
      // A product already in the registry (no idea) gets its plan too.
      await page.getByTestId('new-plan').click();
      await page.locator('.ant-modal').getByText('Sản phẩm đã có trong danh mục').click();
      await chooseOption(page, page.getByTestId('plan-product'), /Rau cải mèo Bình Lư/);
      await page.getByTestId('plan-title').fill('Phương án rau cải mèo sấy');
      await page.getByTestId('plan-submit').click();
      const other = page.getByTestId('plan-card').filter({ hasText: 'Phương án rau cải mèo sấy' });
      await expect.poll(() => other.textContent()).toContain('Rau cải mèo Bình Lư');
    });
  });

  it('the commune returns it with advice, the producer sends it again, the commune forwards it', async () => {
    await on(officer, 'plan-return', async (page) => {
      await page.goto(server.url + '/programme/cycle?tab=plans');
      await planCard(page).getByTestId('plan-action-commune_return').click();
      await page.getByTestId('plan-advice').fill('Bổ sung vùng nguyên liệu và giá thành dự kiến');
      await page.getByTestId('plan-advice-ok').click();
      await expect.poll(() => planCard(page).getAttribute('data-state')).toBe('returned_by_commune');
    });
    pinToday('2026-03-16');
    await on(producer, 'plan-resubmit', async (page) => {
      await page.goto(server.url + '/programme/cycle?tab=plans');
      await expect.poll(() => planCard(page).textContent()).toContain('Bổ sung vùng nguyên liệu');
      await planCard(page).getByTestId('plan-action-resubmit').click();
      await expect.poll(() => planCard(page).getAttribute('data-state')).toBe('submitted');
    });
    await on(officer, 'plan-forward', async (page) => {
      await page.goto(server.url + '/programme/cycle?tab=plans');
      await planCard(page).getByTestId('plan-action-commune_forward').click();
      await expect.poll(() => planCard(page).getAttribute('data-state')).toBe('forwarded');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    });
  });

  it('the provincial office approves it on the laptop; the commune records the support given', async () => {
    pinToday('2026-03-20');
    await on(office, 'plan-approve', async (page) => {
      await page.goto(server.url + '/programme/cycle');
      await page.getByTestId('cycle-tab-plans').click();
      await planCard(page).getByTestId('plan-action-province_accept').click();
      await expect.poll(() => planCard(page).getAttribute('data-state')).toBe('accepted');
    });
    await on(officer, 'plan-support', async (page) => {
      await page.goto(server.url + '/programme/cycle?tab=plans');
      await planCard(page).getByTestId('plan-add-support').click();
      await chooseOption(page, page.getByTestId('support-type'), 'Tập huấn, đào tạo');
      await page.getByTestId('support-date').fill('02/04/2026');
      await page.getByTestId('support-provider').fill('Trung tâm Khuyến nông tỉnh Lai Châu');
      await page.getByTestId('implementation-save').click();
      await expect.poll(() => planCard(page).getByTestId('plan-support').textContent()).toContain('Khuyến nông');
      await planCard(page).getByTestId('plan-add-problem').click();
      await page.getByTestId('problem-date').fill('10/05/2026');
      await page.getByTestId('problem-text').fill('Thiếu máy sấy lạnh');
      await page.getByTestId('implementation-save').click();
      await expect.poll(() => planCard(page).getByTestId('plan-problem').textContent()).toContain('máy sấy');
    });
  });

  it('after the dossier, the pipeline shows the product at "dossier filed"; a past day shows its stage then', async () => {
    const ideas = await s.call('binhlu_producer', 'GET', '/api/cycle/ideas');
    const productId = ideas.body.items.find((i: { name: string }) => i.name === IDEA).productId;
    pinToday('2026-06-01'); // Decision 26/2026 in force (22/5/2026): the dossier follows its rule set.
    const dossier = await fileDossier(s, productId);
    expect((await s.call('binhlu_producer', 'GET', `/api/dossiers/${dossier}`)).status).toBe(200);
    await on(officer, 'pipeline', async (page) => {
      await page.goto(server.url + '/programme/cycle');
      const item = page.getByTestId('cycle-item').filter({ hasText: IDEA });
      await expect.poll(() => item.getAttribute('data-stage')).toBe('dossier_filed');
      await expect.poll(() => item.textContent()).toContain('Nộp hồ sơ đánh giá');
      await expect.poll(() => page.getByTestId('cycle-count-dossier_filed').textContent()).toContain('1');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    });
    await on(office, 'pipeline-as-of', async (page) => {
      await page.goto(server.url + '/programme/cycle');
      const item = page.getByTestId('cycle-item').filter({ hasText: IDEA });
      await expect.poll(() => item.getAttribute('data-stage')).toBe('dossier_filed');
      // The province narrows its pipeline to one commune, then reads a past day.
      await chooseOption(page, page.getByTestId('cycle-commune-filter'), 'Xã Bình Lư');
      await expect.poll(() => page.url()).toContain('commune=03390');
      await expect.poll(() => page.getByTestId('cycle-commune').count()).toBe(1);
      await page.getByTestId('cycle-as-of').fill('18/03/2026');
      await expect.poll(() => page.getByTestId('cycle-read-on').textContent()).toContain('18/03/2026');
      await expect.poll(() => item.getAttribute('data-stage')).toBe('business_plan');
      await page.getByTestId('cycle-as-of').fill('20/03/2026');
      await expect.poll(() => item.getAttribute('data-stage')).toBe('implementing');
    });
  });
});

describe('surveys, partners and responsible officers', { timeout: 90_000 }, () => {
  it('the commune officer writes its survey on a phone and turns a row into an idea', async () => {
    await on(officer, 'survey', async (page) => {
      await page.goto(server.url + '/programme/cycle');
      await page.getByTestId('cycle-tab-surveys').click();
      await page.getByTestId('new-survey').click();
      await page.getByTestId('survey-date').fill('15/02/2026');
      await page.getByTestId('survey-row-0-product').fill('Mật ong bạc hà');
      await page.getByTestId('survey-row-0-who').fill('Hộ Vàng A Dính');
      await page.getByTestId('survey-save').click();
      const row = page.getByTestId('survey-row').filter({ hasText: 'Mật ong bạc hà' });
      await row.getByTestId('survey-row-to-idea').click();
      await expect.poll(() => row.textContent()).toContain('Đã đăng ký ý tưởng');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    });
  });

  it('the provincial office adds a partner, links the producer and names the commune officer', async () => {
    await on(office, 'partners', async (page) => {
      await page.goto(server.url + '/programme/cycle?tab=partners');
      await page.getByTestId('new-partner').click();
      await chooseOption(page, page.getByTestId('partner-kind'), 'Tem điện tử, mã QR truy xuất');
      await page.getByTestId('partner-name').fill('Công ty Tem điện tử Lai Châu');
      await page.getByTestId('partner-save').click();
      const card = page.getByTestId('partner-card').filter({ hasText: 'Công ty Tem điện tử Lai Châu' });
      await card.getByTestId('partner-link').click();
      await chooseOption(page, page.getByTestId('partner-producer-select'), PRODUCER);
      await page.getByTestId('partner-service').fill('Tem QR truy xuất');
      await page.getByTestId('partner-link-save').click();
      await expect.poll(() => card.getByTestId('partner-producer').textContent()).toContain(PRODUCER);
      await page.getByTestId('cycle-tab-officers').click();
      const commune = page.locator('[data-testid=officer-commune][data-code="03390"]');
      await chooseOption(page, commune.getByTestId('officer-select-03390'), 'binhlu_officer');
      await expect.poll(() => commune.getByTestId('officer-current').textContent()).toContain('binhlu_officer');
    });
    await on(officer, 'partners-phone', async (page) => {
      await page.goto(server.url + '/programme/cycle?tab=partners');
      await expect.poll(() => page.getByTestId('partner-producer').first().textContent()).toContain(PRODUCER);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
      await page.getByTestId('cycle-tab-officers').click();
      await expect.poll(() => page.getByTestId('officer-current').textContent()).toContain('binhlu_officer');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    });
  });
});
