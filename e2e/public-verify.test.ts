// A consumer scans a certificate's QR code on a phone: in Debian's Chromium against the real server on a fresh
// database, the Lai Châu office opens a certificate in the staff app and downloads its PDF through the page's print
// link; the QR code printed on it is read from the PDF's drawing (the squares pdfmake draws, rasterised and decoded by
// jsQR — the picture, not the source text); the address opens in a phone-sized window (390 × 844) without a session →
// VALID in a big green block, Vietnamese first, English below, nothing wider than the screen. The certificate is then
// revoked → the same address says REVOKED. A tampered code says INVALID. An unknown address is a 404 page. From the
// product's page the consumer reports a problem; the office finds it on "Phản ánh" and turns it into a revocation
// proposal (Art. 8.3).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ensureWebBuild, launchChromium, loggedInContext, screenshotOnFailure } from './browser.ts';
import { startTestServer, type TestServer } from '../src/testing/test-server.ts';
import { createPeople, PEOPLE_PASSWORD, type People } from '../src/testing/people.ts';
import { qrCodesInPdf } from '../src/testing/pdf-qr.ts';
import {
  PEOPLE,
  registerBinhLuProduct,
  type EvaluationTestServer,
  type Who,
} from '../src/modules/evaluation/evaluation-test-kit.ts';
import { pinToday } from '../src/testing/test-clock.ts';

const PHONE = { width: 390, height: 844 };
const NUMBER = '001/GCN-OCOP-12-2026';

let server: TestServer;
let people: People<Who>;
let browser: Browser;
let office: BrowserContext;
let phone: BrowserContext;
let certificateId = '';
let scanned = '';

async function step(ctx: BrowserContext, name: string, fn: (page: Page) => Promise<void>): Promise<void> {
  const page = await ctx.newPage();
  try {
    await screenshotOnFailure(page, `public-verify-${name}`, fn);
  } finally {
    await page.close();
  }
}

/** The big status block: its state, its words, and whether the page fits the phone's width. */
async function statusOf(page: Page) {
  const block = page.getByTestId('verify-status');
  await block.waitFor();
  return {
    state: await block.getAttribute('data-state'),
    text: (await block.innerText()).replace(/\s+/g, ' ').trim(),
    height: (await block.boundingBox())!.height,
    fits: await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
  };
}

beforeAll(async () => {
  await ensureWebBuild();
  pinToday('2026-11-23');
  server = await startTestServer();
  people = await createPeople(server.app, server.db, PEOPLE);
  const productId = (await registerBinhLuProduct(people as unknown as EvaluationTestServer, 'Miến dong Bình Lư'))
    .productId;
  const c = await server.db.pool.query(
    `insert into certificates (province_code, product_id, number, star, points, issued_on, expires_on, product_code)
     values ('12', $1, $2, 4, 78, '2026-10-12', '2029-10-12', '12-03390-001-2026') returning id`,
    [productId, NUMBER],
  );
  certificateId = c.rows[0].id;
  browser = await launchChromium();
  office = await loggedInContext(browser, server.url, 'laichau_office', PEOPLE_PASSWORD, { viewport: PHONE });
  phone = await browser.newContext({ viewport: PHONE, locale: 'vi-VN', isMobile: true, hasTouch: true });
}, 180_000);

afterAll(async () => {
  pinToday(null);
  await office?.close();
  await phone?.close();
  await browser?.close();
  await server?.close();
});

describe('a consumer verifies a certificate by its QR code on a 390 px phone', () => {
  it('the office downloads the certificate PDF; its printed QR code holds the signed verification address', async () => {
    await step(office, 'download', async (page) => {
      await page.goto(`${server.url}/certificates/${certificateId}`);
      const print = page.getByTestId('print-certificate');
      await print.waitFor();
      const pdf = await page.request.get(server.url + (await print.getAttribute('href'))!);
      expect(pdf.headers()['content-type']).toBe('application/pdf');
      const codes = qrCodesInPdf(await pdf.body());
      expect(codes).toHaveLength(1);
      const url = new URL(codes[0]!);
      expect(url.pathname).toBe(`/verify/${encodeURIComponent(NUMBER)}`);
      expect(url.searchParams.get('c')).toMatch(/^[\w-]+\.[\w-]{86}$/);
      // The code points at the configured public address; here it is the test server.
      scanned = server.url + url.pathname + url.search;
    });
  });

  it('the scanned address shows VALID unmistakably, Vietnamese first and English below, without a login', async () => {
    await step(phone, 'valid', async (page) => {
      await page.goto(scanned);
      const s = await statusOf(page);
      expect(s).toMatchObject({ state: 'valid', text: 'CÒN HIỆU LỰC VALID', fits: true });
      expect(s.height).toBeGreaterThan(80);
      await expect(page.getByText('Miến dong Bình Lư').first().isVisible()).resolves.toBe(true);
      await expect(page.getByText('chữ ký số hợp lệ').isVisible()).resolves.toBe(true);
    });
  });

  it('after the revocation the same address shows REVOKED', async () => {
    // The province chair's decision, recorded by the office as the staff app does (Art. 8.2.a, 8.4: within 15 days).
    const res = await office.request.post(`${server.url}/api/certificates/${certificateId}/revocation`, {
      data: {
        ground: 'law_violation',
        basis: { trigger: 'authority_conclusion', date: '2026-11-18', reference: 'Kết luận số 87/KL-QLTT' },
        decision: { number: '2210/QĐ-UBND', date: '2026-11-20' },
      },
    });
    expect(res.status(), await res.text()).toBe(200);
    await step(phone, 'revoked', async (page) => {
      // The change reaches the server's verify cache by NOTIFY, within milliseconds of the commit: look again briefly.
      let s = { state: null as string | null, text: '', height: 0, fits: false };
      for (let i = 0; i < 20 && s.state !== 'revoked'; i++) {
        if (i) await page.waitForTimeout(100);
        await page.goto(scanned);
        s = await statusOf(page);
      }
      expect(s).toMatchObject({ state: 'revoked', text: 'ĐÃ BỊ THU HỒI REVOKED', fits: true });
      await expect(page.getByText('20/11/2026').first().isVisible()).resolves.toBe(true);
    });
  });

  it('the consumer reports a problem from the product page; the office turns it into a revocation proposal', async () => {
    await step(phone, 'report', async (page) => {
      await page.goto(scanned);
      await page.getByRole('link', { name: 'Miến dong Bình Lư' }).click();
      await page.locator('textarea[name="message"]').fill('Thấy bán miến dán nhãn OCOP 5 sao ở chợ phiên');
      // The form's time token refuses a report sent within 3 seconds of the page (a script, not a person).
      await page.waitForTimeout(3200);
      await page.getByRole('button', { name: /Gửi phản ánh/ }).click();
      await page.getByTestId('report-sent').waitFor();
    });
    const desk = await loggedInContext(browser, server.url, 'laichau_office', PEOPLE_PASSWORD);
    try {
      await step(desk, 'reports-queue', async (page) => {
        await page.goto(`${server.url}/public-reports`);
        await page.getByText('Thấy bán miến dán nhãn OCOP 5 sao ở chợ phiên').waitFor();
        await page.getByTestId('pr-propose').click();
        await page.getByTestId('pr-text').fill('Phản ánh của người tiêu dùng: nhãn 5 sao trên sản phẩm 4 sao');
        await page.getByRole('button', { name: 'Xác nhận' }).click();
        await page.getByText('Đã tạo đề nghị thu hồi').first().waitFor();
      });
    } finally {
      await desk.close();
    }
    const p = await server.db.pool.query(`select source, state from revocation_proposals where certificate_id = $1`, [
      certificateId,
    ]);
    expect(p.rows).toEqual([{ source: 'consumer_report', state: 'open' }]);
  });

  it('a tampered code says INVALID, and an unknown address is a 404 page', async () => {
    await step(phone, 'tampered', async (page) => {
      const url = new URL(scanned);
      const [fields, sig] = url.searchParams.get('c')!.split('.') as [string, string];
      const five = Buffer.from(Buffer.from(fields, 'base64url').toString('utf8').replace('|4|', '|5|')).toString(
        'base64url',
      );
      const r = await page.goto(`${url.origin}${url.pathname}?c=${five}.${sig}`);
      expect(r!.status()).toBe(400);
      expect(await statusOf(page)).toMatchObject({ state: 'invalid', fits: true });
      const missing = await page.goto(`${server.url}/khong-co-trang-nay`);
      expect(missing!.status()).toBe(404);
      await expect(page.getByText('Không tìm thấy trang').first().isVisible()).resolves.toBe(true);
    });
  });
});
