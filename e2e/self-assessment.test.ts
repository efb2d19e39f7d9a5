// Browser walks in Debian's Chromium (playwright-core) against the real server on a fresh database:
// first log-in with the one-time admin password, forced password change, a full self-assessment of product set 1
// checked against the engine's known result, the sheet's knock-outs and applicability (set 16 stops at a sensory
// criterion at 0, set 21's §7 star mark does not bind a product that need not declare its quality, a forged dossier
// is rejected), and the criteria browser on set 26's two cases and set 1's doubtful text.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, screenshotOnFailure } from './browser.ts';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { startTestServer, type TestServer } from '../src/testing/test-server.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const NEW_PASSWORD = 'mat-khau-moi-cua-quan-tri';

/**
 * Set 1 ("Rau, củ, quả, hạt tươi"), answered so that the total (71) reaches the 4★ band while criterion 1.5 stays
 * below its 4★ mark ("Có hợp đồng liên kết trên 75% sản lượng tiêu thụ", 2 points): the final rating is 3★.
 * Option indexes are 0-based in sheet order; `true` is a yes/no criterion answered yes.
 */
const SET1_ANSWERS: Record<string, number | true> = {
  '1.1': 2,
  '1.2': 1,
  '1.3': 1,
  '1.4': 1,
  '1.5': 1,
  '1.6': 0,
  '1.7': 1,
  '2.1': 2,
  '2.2': 2,
  '2.3': 2,
  '2.4': true,
  '3.1': 1,
  '3.2': 1,
  '3.3': 2,
  '3.4': 1,
  '3.5': 1,
  '4.1': 2,
  '4.2': 2,
  '4.3': 3,
  '5.1': 4,
  '5.2': 2,
  '5.3': 2,
  '6.1': 2,
  '6.2': 3,
  '6.3': 2,
  '6.4': 2,
  '7': 1,
  '8': 2,
  '9': 1,
  '10': 1,
  '11': 1,
  '12': 0,
};

let server: TestServer;
let browser: Browser;
let context: BrowserContext;
let password: string;

async function ensureWebBuild(): Promise<void> {
  // A plain .mjs script (run by `npm start` too); imported by URL so TypeScript does not look for its types.
  const url = pathToFileURL(join(root, 'scripts', 'ensure-web-build.mjs')).href;
  const mod = (await import(/* @vite-ignore */ url)) as { ensureWebBuild(): Promise<unknown> };
  await mod.ensureWebBuild();
}

/** Runs a browser step; on failure saves a screenshot to test-results/<name>.png and rethrows. */
async function withPage(name: string, fn: (page: Page) => Promise<void>): Promise<void> {
  const page = await context.newPage();
  try {
    await screenshotOnFailure(page, name, fn);
  } finally {
    await page.close();
  }
}

/** Logs in (and changes the one-time password if asked) unless the context already has a session. */
async function ensureLoggedIn(page: Page): Promise<void> {
  await page.goto(server.url + '/');
  const first = await Promise.race([
    page
      .getByTestId('login-username')
      .waitFor()
      .then(() => 'login' as const),
    page
      .getByTestId('nav-self-assessment')
      .waitFor()
      .then(() => 'in' as const),
  ]);
  if (first === 'in') return;
  await page.getByTestId('login-username').fill(server.adminUsername);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  const next = await Promise.race([
    page
      .getByTestId('password-new')
      .waitFor()
      .then(() => 'change' as const),
    page
      .getByTestId('nav-self-assessment')
      .waitFor()
      .then(() => 'in' as const),
  ]);
  if (next === 'change') {
    await page.getByTestId('password-new').fill(NEW_PASSWORD);
    await page.getByTestId('password-confirm').fill(NEW_PASSWORD);
    await page.getByTestId('password-submit').click();
    await page.getByTestId('nav-self-assessment').waitFor();
    password = NEW_PASSWORD;
  }
}

/** Opens the product set picker and chooses a set, searching by (diacritic-free) words first. */
async function chooseSet(page: Page, setNo: number, search: string): Promise<void> {
  await page.getByTestId('set-select').click();
  await page.keyboard.type(search);
  await page.getByTestId(`set-option-${setNo}`).click();
}

/** The self-assessment page on set `setNo`, its sheet shown. */
async function openSelfAssessment(page: Page, setNo: number, search: string): Promise<void> {
  await ensureLoggedIn(page);
  await page.getByTestId('nav-self-assessment').click();
  await chooseSet(page, setNo, search);
  await page.getByTestId('set-header').getByText(`Bộ sản phẩm số ${setNo}`, { exact: true }).waitFor();
}

async function answer(page: Page, answers: Record<string, number | true | null>): Promise<void> {
  for (const [code, a] of Object.entries(answers)) {
    if (a === true) await page.getByTestId(`yesno-${code}`).click();
    else await page.getByTestId(`option-${code}-${a === null ? 'none' : a}`).click();
  }
}

type Sheet = {
  parts: { sections: { criteria: { code: string; kind: 'choice' | 'yesno'; options: { points: number }[] }[] }[] }[];
};

/** Every criterion of set `setNo` at its best option (yes for yes/no), read from the criteria API. */
async function bestAnswers(setNo: number): Promise<Record<string, number | true>> {
  const sheet = (await (await fetch(`${server.url}/api/criteria/26-2026/sets/${setNo}`)).json()) as Sheet;
  const out: Record<string, number | true> = {};
  for (const c of sheet.parts.flatMap((p) => p.sections.flatMap((s) => s.criteria))) {
    out[c.code] =
      c.kind === 'yesno' ? true : c.options.reduce((best, o, i, all) => (o.points > all[best]!.points ? i : best), 0);
  }
  return out;
}

/** The engine's answer for the same scorecard, to compare the page with. */
async function evaluate(
  body: Record<string, unknown>,
): Promise<{ total: number; band: number; star: number | null; outcome: string }> {
  const r = await fetch(`${server.url}/api/scoring/evaluate`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ruleSet: '26-2026', ...body }),
  });
  expect(r.status).toBe(200);
  return (await r.json()) as { total: number; band: number; star: number | null; outcome: string };
}

async function expectResult(page: Page, expected: { total: number; band: number; star: number }): Promise<void> {
  // The result is live: wait until the debounced call for the latest answers has come back.
  await expect
    .poll(async () => page.getByTestId('total').textContent(), { timeout: 10_000 })
    .toBe(String(expected.total));
  await page.locator('[data-testid="result"][data-state="ready"]').waitFor();
  expect(await page.getByTestId('band').getAttribute('data-star')).toBe(String(expected.band));
  expect(await page.getByTestId('final-star').getAttribute('data-star')).toBe(String(expected.star));
}

beforeAll(async () => {
  await ensureWebBuild();
  server = await startTestServer({ oneTimeAdmin: true });
  password = server.adminPassword;
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'vi-VN' });
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

describe('staff web app in Chromium', () => {
  it('first log-in asks for a new password, then the self-assessment of set 1 shows the engine result (band 4★, final 3★)', async () => {
    await withPage('self-assessment', async (page) => {
      await page.goto(server.url + '/');
      await page.getByTestId('login-username').fill(server.adminUsername);
      await page.getByTestId('login-password').fill(server.adminPassword);
      await page.getByTestId('login-submit').click();

      // The first admin's password is one-time: the app asks for a new one before anything else.
      await page.getByTestId('password-new').waitFor();
      await page.getByTestId('password-new').fill('ngan');
      await page.getByTestId('password-confirm').fill('ngan');
      await page.getByTestId('password-submit').click();
      await page.getByText('Mật khẩu mới phải có ít nhất 10 ký tự').first().waitFor();
      await page.getByTestId('password-new').fill(NEW_PASSWORD);
      await page.getByTestId('password-confirm').fill(NEW_PASSWORD);
      await page.getByTestId('password-submit').click();
      await page.getByTestId('nav-self-assessment').waitFor();
      password = NEW_PASSWORD;
      expect(await page.getByTestId('user-name').textContent()).toContain('Quản trị hệ thống');

      await page.getByTestId('nav-self-assessment').click();
      await chooseSet(page, 1, 'rau cu qua hat tuoi');
      await page.getByTestId('criterion-1.1').waitFor();

      // Incomplete answers: the missing criteria are listed instead of a result.
      await answer(page, { '1.1': 2 });
      await page.locator('[data-testid="result"][data-state="incomplete"]').waitFor();
      expect(await page.getByTestId('missing').textContent()).toContain('1.2');

      await answer(page, SET1_ANSWERS);
      await expectResult(page, { total: 71, band: 4, star: 3 });
      expect(await page.getByTestId('part-A').textContent()).toContain('30/40');
      expect(await page.getByTestId('part-B').textContent()).toContain('18/25');
      expect(await page.getByTestId('part-C').textContent()).toContain('23/35');
      expect(await page.getByTestId('final-star').textContent()).toContain('3 sao');
      // 1.5 holds the product below 4★ and is the quick win towards it.
      await page.getByTestId('blocking-1.5').waitFor();
      expect(await page.getByTestId('blocking').textContent()).toContain('Chặn hạng 4 sao');
      expect(await page.getByTestId('blocking-1.5').textContent()).toContain('Liên kết sản xuất');
      await page.getByTestId('capped').waitFor();
      expect(await page.getByTestId('certifiable').getAttribute('data-value')).toBe('yes');
      await page.getByTestId('quick-win-1.5').waitFor();

      // 5.2 applies only when 5.1 has a story (≥ 1 point): without one it is greyed out and scores nothing.
      await answer(page, { '5.1': 0 });
      await expectResult(page, { total: 64, band: 3, star: 3 });
      expect(await page.getByTestId('criterion-5.2').getAttribute('data-applicable')).toBe('no');
      await answer(page, { '5.1': 4 });
      await expectResult(page, { total: 71, band: 4, star: 3 });

      // Answers survive a reload (localStorage per product set).
      await page.reload();
      await page.getByTestId('criterion-1.1').waitFor();
      await expectResult(page, { total: 71, band: 4, star: 3 });

      // Meeting 1.5's 4★ mark lifts the rating to 4★.
      await answer(page, { '1.5': 2 });
      await expectResult(page, { total: 72, band: 4, star: 4 });
      expect(await page.getByTestId('blocking').count()).toBe(0);

      // English switch, remembered across reloads.
      await page.getByTestId('lang-en').click();
      await expect.poll(() => page.getByTestId('final-star').textContent()).toContain('4 stars');
      await page.reload();
      await expect.poll(() => page.getByTestId('nav-self-assessment').textContent()).toBe('Self-assessment');
      await page.getByTestId('lang-vi').click();
      await expect.poll(() => page.getByTestId('nav-self-assessment').textContent()).toBe('Tự đánh giá');
    });
  }, 90_000);

  it('set 16: 6.1 "Có tạp chất" scores 0, so the evaluation stops (the sheet\'s note quoted) and no star is given', async () => {
    await withPage('knockout-stop', async (page) => {
      await openSelfAssessment(page, 16, 'nuoc khoang');
      // The stop written beside 6.4 is decided by points, not ticked: it says so.
      const note = page.getByTestId('knockout-sensory-zero');
      expect(await note.textContent()).toContain('Tự động khi được 0 điểm tại một trong các chỉ tiêu 6.1–6.4');
      expect(await note.locator('input[type=checkbox]').count()).toBe(0);
      // The paragraph above the table: each condition with its kind and the law's words.
      expect(await page.getByTestId('knockout-forged-dossier').textContent()).toMatch(
        /Hồ sơ bị giả mạo.*Loại.*“?Giả mạo hồ sơ/,
      );

      const answers = { ...(await bestAnswers(16)), '6.1': 0 };
      const engine = await evaluate({ setNo: 16, answers });
      expect(engine.outcome).toBe('stopped');
      await answer(page, answers);
      await expect
        .poll(async () => page.getByTestId('total').textContent(), { timeout: 10_000 })
        .toBe(String(engine.total));
      await page.locator('[data-testid="result"][data-state="ready"]').waitFor();
      const star = page.getByTestId('final-star');
      expect(await star.getAttribute('data-outcome')).toBe('stopped');
      expect(await star.getAttribute('data-star')).toBe('0');
      expect(await star.textContent()).toBe('Dừng đánh giá');
      expect(await star.locator('.ant-rate').count()).toBe(0);
      const outcome = page.getByTestId('outcome');
      expect(await outcome.textContent()).toContain('Dừng đánh giá');
      expect(await outcome.textContent()).toContain('Nếu được 0 điểm tại một trong các chỉ tiêu trên');
      expect(await page.getByTestId('certifiable').getAttribute('data-value')).toBe('no');
      expect(await note.getAttribute('data-held')).toBe('yes');

      // Clean water again: ranked, no knock-out.
      await answer(page, { '6.1': 1 });
      await expect.poll(() => page.getByTestId('final-star').getAttribute('data-outcome')).toBe('ranked');
      expect(await page.getByTestId('outcome').count()).toBe(0);
    });
  }, 90_000);

  it('set 21: §7 unmarked binds only products that must declare quality ("Không" → not capped); a forged dossier is "Loại"', async () => {
    await withPage('knockout-applies', async (page) => {
      await openSelfAssessment(page, 21, 'thu cong my nghe');
      const question = page.getByTestId('applies-quality-declaration-required');
      expect(await question.textContent()).toContain(
        'Áp dụng bắt buộc đối với các sản phẩm phải công bố chất lượng theo quy định',
      );
      expect(await question.textContent()).toContain('Sản phẩm thuộc diện phải công bố chất lượng theo quy định');
      // §8's food-safety mark on a handicraft sheet is flagged beside it.
      expect(await page.getByTestId('flag-8').textContent()).toContain('Dấu sao không phù hợp loại sản phẩm');

      const answers: Record<string, number | true | null> = { ...(await bestAnswers(21)), '7': null };
      const literal = await evaluate({ setNo: 21, answers });
      const notBinding = await evaluate({ setNo: 21, answers, applies: { 'quality-declaration-required': false } });
      expect(literal.star).toBeLessThan(literal.band);
      expect(notBinding.star).toBe(notBinding.band);
      await answer(page, answers);
      // Unanswered, the mark binds as printed: §7 caps the rating.
      await expectResult(page, { total: literal.total, band: literal.band, star: literal.star! });
      await page.getByTestId('blocking-7').first().waitFor();

      await question.getByText('Không', { exact: true }).click();
      await page.getByTestId('not-binding-quality-declaration-required').waitFor();
      await expectResult(page, { total: notBinding.total, band: notBinding.band, star: notBinding.star! });
      expect(await page.getByTestId('blocking-7').count()).toBe(0);
      expect(await page.getByTestId('waived-7').textContent()).toContain('sản phẩm không thuộc diện phiếu nêu');

      // "Hồ sơ bị loại khi: Giả mạo hồ sơ", ticked: rejected, the condition quoted, no star.
      await page.getByTestId('knockout-forged-dossier').locator('input[type=checkbox]').check();
      await expect.poll(() => page.getByTestId('final-star').getAttribute('data-outcome')).toBe('excluded');
      expect(await page.getByTestId('final-star').textContent()).toBe('Loại');
      expect(await page.getByTestId('final-star').getAttribute('data-star')).toBe('0');
      const outcome = page.getByTestId('outcome');
      expect(await outcome.textContent()).toContain('Hồ sơ bị loại theo điều kiện của phiếu');
      expect(await outcome.textContent()).toContain('Giả mạo hồ sơ');

      // The ticks and answers are kept with the answers across a reload.
      await page.reload();
      await page.getByTestId('criterion-7').waitFor();
      await expect
        .poll(() => page.getByTestId('final-star').getAttribute('data-outcome'), { timeout: 10_000 })
        .toBe('excluded');
      expect(await page.getByTestId('applies-quality-declaration-required').getAttribute('data-value')).toBe('no');
    });
  }, 90_000);

  it('the criteria browser shows set 26 with its two cases (Trường hợp 1/2)', async () => {
    await withPage('criteria-browser', async (page) => {
      await ensureLoggedIn(page);
      await page.getByTestId('nav-criteria').click();
      await page.getByTestId('criterion-1.1').waitFor();
      await chooseSet(page, 26, 'du lich cong dong');
      await page.getByTestId('sheet-26').waitFor();

      for (const code of ['8', '9']) {
        const case1 = page.getByTestId(`branch-${code}-1`);
        const case2 = page.getByTestId(`branch-${code}-2`);
        expect(await case1.textContent()).toContain('Trường hợp 1');
        expect(await case1.textContent()).toContain('Dịch vụ du lịch do cộng đồng cung cấp');
        expect(await case2.textContent()).toContain('Trường hợp 2');
      }
      expect(await page.getByTestId('branch-8-2').textContent()).toContain('Điểm dịch vụ du lịch');
      // Set 26 prints no rejection conditions, and its data notes say so.
      expect(await page.getByTestId('disqualification').textContent()).toContain('không in điều kiện loại hồ sơ');
      await page.getByTestId('data-notes').getByText('Ghi chú dữ liệu').click();
      await page.getByText('Set 26 prints no "Hồ sơ bị loại khi" paragraph').waitFor();

      // Diacritic-insensitive search: "an ninh trat tu" finds "an ninh trật tự" (criterion 9) and hides the rest.
      await page.getByTestId('criteria-filter').fill('an ninh trat tu');
      await page.getByTestId('filter-count').waitFor();
      expect(await page.getByTestId('criterion-9').isVisible()).toBe(true);
      expect(await page.getByTestId('criterion-8').count()).toBe(0);

      // Set 1, read only: the knock-outs with the law's words and kind, and the suspected misprint of §8.
      await page.getByTestId('criteria-filter').fill('');
      await chooseSet(page, 1, 'rau cu qua hat tuoi');
      await page.getByTestId('sheet-1').waitFor();
      expect(await page.getByTestId('knockouts').textContent()).toContain('Điều kiện loại hồ sơ / dừng đánh giá');
      expect(await page.getByTestId('knockouts').locator('input[type=checkbox]').count()).toBe(0);
      expect(await page.getByTestId('knockout-foreign-matter').textContent()).toContain('Dừng đánh giá');
      expect(await page.getByTestId('flag-8').textContent()).toContain('Nghi vấn lỗi in trong văn bản');
    });
  }, 60_000);
});
