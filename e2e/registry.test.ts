// Browser walks of the registry and user administration in Debian's Chromium (playwright-core) against the real
// server on a fresh database. The admin creates, through the API, a provincial OCOP office user for Lai Châu (12) and
// a commune officer for xã Bình Lư (03390). The office then registers "HTX Miến dong Bình Lư" (criterion 3.2: its
// representative is a Thái woman), is warned when the same cooperative is typed again as "Hợp tác xã miến dong Bình
// Lư", registers the product "Miến dong Bình Lư" (set 7, made from canna starch), issues its code 12-03390-001-2026,
// finds it without diacritics and exports the list to Excel. A producer registers an account publicly for Bình Lư,
// cannot log in until the commune officer approves it (after looking for the business in the registry), then can;
// a refused one sees the officer’s reason at log-in.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, screenshotOnFailure } from './browser.ts';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { startTestServer, TEST_ADMIN_PASSWORD, type TestServer } from '../src/testing/test-server.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const OFFICE = {
  username: 'vp.ocop.laichau',
  displayName: 'Văn phòng OCOP tỉnh Lai Châu',
  role: 'province_office',
  unitCode: '12',
  password: 'van-phong-ocop-lai-chau',
};
const OFFICER = {
  username: 'canbo.binhlu',
  displayName: 'Lò Văn Tường',
  role: 'commune_officer',
  unitCode: '03390',
  password: 'can-bo-xa-binh-lu',
};
const PRODUCER_ACCOUNT = {
  username: 'hkd.lothihuong',
  displayName: 'Hộ kinh doanh Lò Thị Hương',
  password: 'mien-dong-lo-thi-huong',
};

const PRODUCER_NAME = 'HTX Miến dong Bình Lư';
const PRODUCT_NAME = 'Miến dong Bình Lư';
const PRODUCT_CODE = '12-03390-001-2026';

/** A 2×2 PNG: the product photo the office uploads. */
const PHOTO_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAEElEQVR4nGMQz/QCIgYIBQAVWgMp1An0rAAAAABJRU5ErkJggg==',
  'base64',
);

let server: TestServer;
let browser: Browser;

async function ensureWebBuild(): Promise<void> {
  const url = pathToFileURL(join(root, 'scripts', 'ensure-web-build.mjs')).href;
  const mod = (await import(/* @vite-ignore */ url)) as { ensureWebBuild(): Promise<unknown> };
  await mod.ensureWebBuild();
}

/** A JSON call to the API with an optional session cookie; returns the status, body and any new session cookie. */
async function call(method: string, path: string, body?: unknown, cookie?: string) {
  const res = await fetch(server.url + path, {
    method,
    headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...(cookie ? { cookie } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const session = /ocop_session=[^;]+/.exec(res.headers.get('set-cookie') ?? '')?.[0];
  // Tests read arbitrary JSON bodies.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const json: any = await res.json().catch(() => undefined);
  return { status: res.status, body: json, session };
}

async function loginApi(username: string, password: string): Promise<string> {
  const r = await call('POST', '/api/auth/login', { username, password });
  expect(r.status, `log-in of ${username}`).toBe(200);
  return r.session!;
}

/** The admin creates a user; the user replaces the one-time password, as at a first log-in. */
async function createUser(adminCookie: string, u: typeof OFFICE): Promise<void> {
  const { password, ...body } = u;
  const created = await call('POST', '/api/users', body, adminCookie);
  expect(created.status).toBe(201);
  const cookie = await loginApi(u.username, created.body.oneTimePassword);
  const changed = await call(
    'POST',
    '/api/auth/change-password',
    { currentPassword: created.body.oneTimePassword, newPassword: password },
    cookie,
  );
  expect(changed.status).toBe(200);
}

async function newContext(): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'vi-VN', acceptDownloads: true });
}

/** Runs a browser step in its own context; on failure saves a screenshot to test-results/<name>.png and rethrows. */
async function withPage(name: string, fn: (page: Page) => Promise<void>): Promise<void> {
  const context = await newContext();
  try {
    await screenshotOnFailure(await context.newPage(), name, fn);
  } finally {
    await context.close();
  }
}

async function logIn(page: Page, username: string, password: string): Promise<void> {
  await page.goto(server.url + '/');
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('nav-producers').waitFor();
}

/** Opens an antd select, types to search, and clicks the option with this test id. */
async function choose(page: Page, selectTestId: string, search: string, optionTestId: string): Promise<void> {
  await page.getByTestId(selectTestId).click();
  if (search) await page.keyboard.type(search);
  await page.getByTestId(optionTestId).click();
}

const row = (page: Page, kind: 'producer' | 'product' | 'pending', attr: string, value: string) =>
  page.locator(`[data-testid="${kind}-row"][data-${attr}="${value}"]`);

beforeAll(async () => {
  await ensureWebBuild();
  server = await startTestServer({ oneTimeAdmin: false });
  browser = await launchChromium();
  const admin = await loginApi(server.adminUsername, TEST_ADMIN_PASSWORD);
  await createUser(admin, OFFICE);
  await createUser(admin, OFFICER);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('registry and users in Chromium', () => {
  it('the provincial office registers a producer (3.2), is warned of a duplicate, adds a product, issues its code, searches and exports', async () => {
    await withPage('registry-office', async (page) => {
      await logIn(page, OFFICE.username, OFFICE.password);
      // A provincial office manages users as well as the registry.
      await page.getByTestId('nav-users').waitFor();

      // ---- a new producer: a cooperative of xã Bình Lư, represented by a Thái woman ----
      await page.getByTestId('nav-producers').click();
      await page.getByTestId('producers-page').waitFor();
      await page.getByTestId('producer-add').click();
      await page.getByTestId('producer-name').fill(PRODUCER_NAME);
      await choose(page, 'producer-legal-type', '', 'legal-option-htx');
      await choose(page, 'producer-commune', 'binh lu', 'commune-option-03390');
      await page.getByTestId('producer-registration-no').fill('5301000123');
      await page.getByTestId('producer-rep-name').fill('Lò Thị Hoa');
      await page.getByTestId('rep-sex-nu').click();
      await page.getByTestId('producer-rep-ethnicity').locator('input').fill('Thái');
      await page.keyboard.press('Escape');
      await page.getByTestId('producer-registration-date').fill('15/03/2019');
      await page.getByTestId('producer-phone').fill('0213 3878 123');
      // The server's 400 names the field; the drawer shows its reason under that field.
      await page.getByTestId('producer-email').fill('htx-mien-dong');
      await page.getByTestId('producer-save').click();
      const emailItem = page.locator('.ant-form-item').filter({ has: page.getByTestId('producer-email') });
      await expect
        .poll(() =>
          emailItem
            .locator('.ant-form-item-explain')
            .textContent()
            .catch(() => ''),
        )
        .toContain('Sai định dạng');
      await page.getByTestId('producer-email').fill('htx.miendong.binhlu@gmail.com');
      await page.getByTestId('producer-save').click();

      const created = row(page, 'producer', 'name', PRODUCER_NAME);
      await created.waitFor();
      expect(await created.textContent()).toContain('Hợp tác xã');
      expect(await created.textContent()).toContain('Xã Bình Lư');
      expect(await created.textContent()).toContain('5301000123');
      expect(await created.getByTestId('tag-32').textContent()).toBe('Đạt tiêu chí 3.2');

      // ---- the same cooperative typed again: a duplicate warning that can open the existing producer ----
      await page.getByTestId('producer-add').click();
      await page.getByTestId('producer-name').fill('Hợp tác xã miến dong Bình Lư');
      await choose(page, 'producer-legal-type', '', 'legal-option-htx');
      await choose(page, 'producer-commune', 'binh lu', 'commune-option-03390');
      await page.getByTestId('producer-save').click();
      const warning = page.getByTestId('duplicate-warning');
      await warning.waitFor();
      expect(await warning.textContent()).toContain(`"${PRODUCER_NAME}"`);
      await page.getByTestId('duplicate-confirm').waitFor(); // "it is a different producer — save anyway"
      await page.getByTestId('duplicate-open').click();
      await expect.poll(() => page.getByTestId('producer-title').textContent()).toBe(PRODUCER_NAME);
      expect(new URL(page.url()).pathname).toMatch(/^\/producers\/[0-9a-f-]{36}$/);
      const profile = await page.getByTestId('producer-detail').textContent();
      expect(profile).toContain('15/03/2019');
      expect(profile).toContain('Lò Thị Hoa');
      expect(profile).toContain('Đạt (1 điểm)');
      const list = await call(
        'GET',
        '/api/producers?q=mien%20dong',
        undefined,
        await loginApi(OFFICE.username, OFFICE.password),
      );
      expect(list.body.total).toBe(1); // nothing was saved by the refused attempt

      // ---- its product, from the producer's page: miến dong is made from canna starch, set 7 ----
      await page.getByTestId('producer-add-product').click();
      await page.getByTestId('product-name').fill(PRODUCT_NAME);
      await choose(page, 'product-set', 'che bien tu rau cu', 'set-option-7');
      await page.getByTestId('product-specification').fill('Túi 500 g');
      await page.getByTestId('product-save').click();
      const product = row(page, 'product', 'name', PRODUCT_NAME);
      await product.waitFor();
      expect(await product.textContent()).toContain('Chế biến từ rau, củ, quả, hạt');
      expect(await product.textContent()).toContain('Chưa cấp');

      // ---- the product code, issued by the provincial office for 2026 ----
      await page.getByTestId('nav-products').click();
      await page.getByTestId('products-page').waitFor();
      const listed = row(page, 'product', 'name', PRODUCT_NAME);
      await listed.waitFor();
      expect(await listed.textContent()).toContain(PRODUCER_NAME);
      await listed.getByTestId('product-code-action').click();
      await page.getByTestId('code-year').fill('2026');
      await page.getByTestId('code-submit').click();
      await expect.poll(() => page.getByTestId('allocated-code').textContent()).toBe(PRODUCT_CODE);
      await page.getByTestId('code-close').click();
      await expect
        .poll(() =>
          listed
            .getByTestId('product-code')
            .textContent()
            .catch(() => null),
        )
        .toBe(PRODUCT_CODE);

      // ---- search without diacritics ----
      await page.getByTestId('product-search').fill('mien dong');
      await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('mien dong');
      await expect.poll(() => page.getByTestId('product-row').count()).toBe(1);
      expect(await page.getByTestId('product-row').getAttribute('data-name')).toBe(PRODUCT_NAME);
      await page.getByTestId('product-search').fill('khong co san pham nay');
      await expect.poll(() => page.getByTestId('product-row').count()).toBe(0);
      await page.getByTestId('product-search').fill('mien dong');
      await expect.poll(() => page.getByTestId('product-row').count()).toBe(1);

      // ---- Excel of the same filtered list ----
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('product-export').click()]);
      expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
      const file = join(mkdtempSync(join(tmpdir(), 'ocop-e2e-')), download.suggestedFilename());
      await download.saveAs(file);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(file); // throws unless it is a real .xlsx (a zip of OOXML parts)
      const sheet = workbook.worksheets[0]!;
      const values = (n: number) =>
        (sheet.getRow(n).values as unknown[]).map((v) => (v === null || v === undefined ? '' : String(v)));
      // Row 1 is the title (the list, the filter used, the day); row 2 the headings.
      expect(values(1)[1]).toMatch(/^Danh sách sản phẩm OCOP — Lọc: Tìm: mien dong — Ngày xuất: /);
      expect(values(2)).toContain('Mã sản phẩm');
      expect(sheet.actualRowCount).toBe(3); // the title, the heading and our one product
      expect(values(3)).toEqual(
        expect.arrayContaining([PRODUCT_CODE, PRODUCT_NAME, PRODUCER_NAME, 'Chế biến từ rau, củ, quả, hạt']),
      );

      // ---- the product's photo, from its drawer: shrunk in the browser, sent, shown ----
      await page.getByTestId('product-row').getByTestId('product-edit').click();
      await page.getByTestId('product-photo').waitFor();
      await page
        .getByTestId('product-photo')
        .locator('input[type="file"]')
        .setInputFiles({ name: 'anh.png', mimeType: 'image/png', buffer: PHOTO_PNG });
      const img = page.getByTestId('product-photo-img');
      await img.waitFor();
      await expect.poll(() => img.evaluate((e) => (e as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
      expect(await page.getByTestId('product-photo-upload').textContent()).toContain('Thay ảnh');
      await page.keyboard.press('Escape');

      // ---- producers are searchable the same way ----
      await page.getByTestId('nav-producers').click();
      await page.getByTestId('producer-search').fill('htx mien dong');
      await expect.poll(() => page.getByTestId('producer-row').count()).toBe(1);
    });
  }, 120_000);

  it('the provincial office creates a commune officer and sees the one-time password once', async () => {
    await withPage('users-office', async (page) => {
      await logIn(page, OFFICE.username, OFFICE.password);
      await page.getByTestId('nav-users').click();
      await page.getByTestId('users-page').waitFor();
      await page.getByTestId('user-add').click();
      // Only roles a provincial office may grant are offered (no admin, no Ministry roles).
      await page.getByTestId('user-role').click();
      await page.getByTestId('role-option-commune_officer').waitFor();
      expect(await page.getByTestId('role-option-admin').count()).toBe(0);
      expect(await page.getByTestId('role-option-ministry_office').count()).toBe(0);
      await page.getByTestId('role-option-commune_officer').click();
      await page.getByTestId('user-username').fill('canbo.tanphong');
      await page.getByTestId('user-display-name').fill('Tòng Thị Lan');
      await choose(page, 'user-commune', 'tan phong', 'commune-option-03408');
      await page.getByTestId('user-save').click();
      const password = page.getByTestId('otp-password');
      await password.waitFor();
      expect(await password.textContent()).toMatch(/^[a-z0-9]{4}(-[a-z0-9]{4}){3}$/);
      await page.getByTestId('otp-close').click();
      const created = page.locator('[data-testid="user-row"][data-username="canbo.tanphong"]');
      await created.waitFor();
      expect(await created.textContent()).toContain('Cán bộ UBND cấp xã');
      expect(await created.textContent()).toContain('Phường Tân Phong');
    });
  }, 60_000);

  it('a producer registers publicly for xã Bình Lư, waits for the commune, and logs in once the commune officer approves', async () => {
    await withPage('registration', async (page) => {
      await page.goto(server.url + '/');
      await page.getByTestId('register-link').click();
      await page.getByTestId('register-name').fill(PRODUCER_ACCOUNT.displayName);
      await choose(page, 'register-province', 'lai chau', 'province-option-12');
      await choose(page, 'register-commune', 'binh lu', 'commune-option-03390');
      await page.getByTestId('register-phone').fill('0912 345 678');
      await page.getByTestId('register-username').fill(PRODUCER_ACCOUNT.username);
      await page.getByTestId('register-password').fill(PRODUCER_ACCOUNT.password);
      await page.getByTestId('register-confirm').fill(PRODUCER_ACCOUNT.password);
      await page.getByTestId('register-submit').click();
      const done = page.getByTestId('register-done');
      await done.waitFor();
      expect(await done.textContent()).toContain('Xã Bình Lư');

      // Not before the commune approves.
      await page.getByTestId('register-done-login').click();
      await page.getByTestId('login-username').fill(PRODUCER_ACCOUNT.username);
      await page.getByTestId('login-password').fill(PRODUCER_ACCOUNT.password);
      await page.getByTestId('login-submit').click();
      await expect
        .poll(() =>
          page
            .getByTestId('login-error')
            .textContent()
            .catch(() => ''),
        )
        .toContain('chờ UBND xã duyệt');
    });

    await withPage('approval', async (page) => {
      await logIn(page, OFFICER.username, OFFICER.password);
      await page.getByTestId('nav-users').click();
      // A commune officer lands on the registrations awaiting approval.
      const pending = row(page, 'pending', 'username', PRODUCER_ACCOUNT.username);
      await pending.waitFor();
      expect(await pending.textContent()).toContain('Xã Bình Lư');
      await pending.getByTestId('pending-approve').click();
      // The approval looks for the business in the registry: nothing by this name, but the officer can search by
      // the registration number on the papers and would link the account to that producer instead of a duplicate.
      const modal = page.getByTestId('approve-modal');
      await modal.waitFor();
      expect(await modal.getByTestId('approve-candidate').count()).toBe(0);
      await modal.getByTestId('approve-registration-no').locator('input').fill('5301000123');
      await modal.getByTestId('approve-registration-no').locator('input').press('Enter');
      const candidate = modal.locator(`[data-testid="approve-candidate"][data-name="${PRODUCER_NAME}"]`);
      await candidate.waitFor();
      expect(await candidate.textContent()).toContain('Xã Bình Lư');
      // This household is another business: the producer creates its own profile after logging in.
      await modal.getByTestId('approve-new').click();
      await page.getByTestId('approve-submit').click();
      await pending.waitFor({ state: 'detached' });
      // A commune officer sees the registry but does not manage users.
      expect(await page.getByTestId('user-add').count()).toBe(0);
    });

    await withPage('producer-login', async (page) => {
      await logIn(page, PRODUCER_ACCOUNT.username, PRODUCER_ACCOUNT.password);
      expect(await page.getByTestId('nav-users').count()).toBe(0);
      await page.getByTestId('nav-producers').click();
      // The new account has no producer profile yet and is offered to create one.
      await page.getByTestId('producer-add-own').waitFor();
    });
  }, 90_000);

  it('a producer whose registration the commune refused sees the officer’s reason at log-in; a wrong password says only that', async () => {
    const registered = await call('POST', '/api/auth/register', {
      username: 'hkd.tuchoi',
      password: 'mat-khau-bi-tu-choi',
      displayName: 'Hộ Lò Văn Tâm',
      communeCode: '03390',
    });
    expect(registered.status).toBe(201);
    const officer = await loginApi(OFFICER.username, OFFICER.password);
    const reason = 'Hộ không sản xuất trên địa bàn xã Bình Lư';
    expect(
      (await call('POST', `/api/users/${registered.body.user.id}/approve`, { approve: false, reason }, officer)).status,
    ).toBe(200);
    await withPage('rejected-login', async (page) => {
      await page.goto(server.url + '/');
      await page.getByTestId('login-username').fill('hkd.tuchoi');
      await page.getByTestId('login-password').fill('mat-khau-sai');
      await page.getByTestId('login-submit').click();
      const error = page.getByTestId('login-error');
      await expect.poll(() => error.textContent().catch(() => '')).toContain('Sai tên đăng nhập hoặc mật khẩu');
      await page.getByTestId('login-password').fill('mat-khau-bi-tu-choi');
      await page.getByTestId('login-submit').click();
      await expect.poll(() => error.getAttribute('data-code').catch(() => null)).toBe('account_rejected');
      expect(await error.textContent()).toContain(reason);
    });
  }, 60_000);
});
