// Help where the work is, in Debian's Chromium: the header's "Hướng dẫn" button opens the guide of the page open now
// (what it is for, what comes next, the article behind its deadline) and of the user's role, in Vietnamese and in
// English; an empty list says what to do first and offers the button that does it; Form 01's year reads 2026, not
// "2.026". The world is set up through the API.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { ensureWebBuild, launchChromium, loggedInContext, onPage, setupCall } from './browser.ts';
import { startTestServer, type TestServer } from '../src/testing/test-server.ts';
import { createPeople, PEOPLE_PASSWORD, type People } from '../src/testing/people.ts';
import {
  PEOPLE,
  pinToday,
  registerBinhLuProduct,
  type EvaluationTestServer,
  type Who,
} from '../src/modules/evaluation/evaluation-test-kit.ts';

const on = onPage('help');
let server: TestServer;
let people: People<Who>;
let browser: Browser;
let office: BrowserContext;
let producer: BrowserContext;
let dossierId = '';

beforeAll(async () => {
  await ensureWebBuild();
  server = await startTestServer();
  people = await createPeople(server.app, server.db, PEOPLE);
  pinToday('2026-11-23');
  // The Bình Lư producer has a product and a draft dossier; Điện Biên's office has no product at all.
  const s = { ...people, db: server.db } as unknown as EvaluationTestServer;
  const { productId } = await registerBinhLuProduct(s, 'Miến dong Bình Lư');
  dossierId = (await setupCall(people, 'binhlu_producer', 'POST', '/api/dossiers', { productId, kind: 'first' })).id;
  browser = await launchChromium();
  office = await loggedInContext(browser, server.url, 'dienbien_office', PEOPLE_PASSWORD);
  producer = await loggedInContext(browser, server.url, 'binhlu_producer', PEOPLE_PASSWORD);
}, 180_000);

afterAll(async () => {
  await office?.close();
  await producer?.close();
  await browser?.close();
  pinToday(null);
  await server?.close();
});

describe('help and empty states in Chromium', { timeout: 90_000 }, () => {
  it('the "Hướng dẫn" button opens the guide of the page open now, with the article behind its deadline', async () => {
    await on(office, 'queues', async (page) => {
      await page.goto(`${server.url}/queues`);
      await page.getByTestId('queues-page').waitFor();
      await page.getByTestId('help-button').click();
      await page.getByTestId('help-content').waitFor();
      await expect
        .poll(() => page.locator('.ant-drawer-title').last().textContent())
        .toBe('Hướng dẫn: Hàng đợi công việc');
      // Art. 7.2: the commune forwards within 15 working days — cited the Vietnamese way.
      expect(await page.getByTestId('help-law').textContent()).toContain(
        '15 ngày làm việc kể từ ngày tiếp nhận (khoản 2 Điều 7)',
      );
      expect(await page.getByTestId('help-content').textContent()).toContain('Cơ quan tham mưu OCOP cấp tỉnh');
      await page.keyboard.press('Escape');
      // Another page, another guide.
      await page.goto(`${server.url}/products`);
      await page.getByTestId('products-page').waitFor();
      await page.getByTestId('help-button').click();
      await expect.poll(() => page.locator('.ant-drawer-title').last().textContent()).toBe('Hướng dẫn: Sản phẩm');
    });
  });

  it('an empty list says what to do first and offers the button that does it', async () => {
    await on(office, 'empty-products', async (page) => {
      await page.goto(`${server.url}/products`);
      const hint = page.getByTestId('empty-hint');
      await hint.waitFor();
      expect(await hint.textContent()).toContain('Đăng ký sản phẩm đầu tiên');
      await page.getByTestId('empty-product-add').click();
      await page.locator('.ant-drawer-open').waitFor();
    });
  });

  it('Form 01 shows the year as 2026, not 2.026', async () => {
    await on(producer, 'form01-year', async (page) => {
      await page.goto(`${server.url}/dossiers/${dossierId}?tab=01`);
      const year = page.getByTestId('f01-year');
      await year.waitFor();
      await expect.poll(() => year.inputValue()).toMatch(/^\d{4}$/);
      expect(await year.inputValue()).not.toContain('.');
    });
  });
});
