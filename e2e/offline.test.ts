// Form 02 where the signal comes and goes (issue 12), in Debian's Chromium against the real server, on a phone
// (390 × 844): the producer opens Form 02, the network is cut, she picks answers and types; the page is reloaded with
// no network and opens from the service worker with what she typed; the network returns and the answers are found in
// the server's draft (read back through the API). And a conflict: the draft changed on another device while she typed
// offline is not overwritten — she is asked, keeps hers, and the server has hers; a second time she takes the server's.
// (A service worker needs a secure context: http://127.0.0.1 counts as one.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ensureWebBuild, launchChromium, loggedInContext, screenshotOnFailure } from './browser.ts';
import { startTestServer, type TestServer } from '../src/testing/test-server.ts';
import { createPeople, PEOPLE_PASSWORD, type People } from '../src/testing/people.ts';
import { pinToday } from '../src/testing/test-clock.ts';
import {
  act,
  filledForm01,
  filledForm02,
  PEOPLE,
  registerBinhLuProduct,
  type EvaluationTestServer,
  type Who,
} from '../src/modules/evaluation/evaluation-test-kit.ts';

const PHONE = { width: 390, height: 844 };
let server: TestServer;
let people: People<Who>;
let browser: Browser;

beforeAll(async () => {
  await ensureWebBuild();
  server = await startTestServer();
  people = await createPeople(server.app, server.db, PEOPLE);
  pinToday('2026-08-28');
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  pinToday(null);
  await browser?.close();
  await server?.close();
});

async function newDossier(product: string): Promise<string> {
  const { productId } = await registerBinhLuProduct(people as unknown as EvaluationTestServer, product);
  const r = await people.call('binhlu_producer', 'POST', '/api/dossiers', { productId, kind: 'first' });
  expect(r.status).toBe(201);
  return r.body.id as string;
}

const draftOf = async (id: string) =>
  (await people.call('binhlu_producer', 'GET', `/api/dossiers/${id}/forms/02/draft`)).body as {
    version: number;
    data: { answers?: Record<string, unknown>; fields?: Record<string, unknown> } | null;
  };

/** Opens Form 02 once the service worker controls the page (reloaded once, so every read went through it). */
async function openForm02(ctx: BrowserContext, id: string): Promise<Page> {
  const page = await ctx.newPage();
  await page.goto(`${server.url}/dossiers/${id}?tab=02`);
  await page.getByTestId('form-02').waitFor({ timeout: 20_000 });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 20_000 });
  await page.reload();
  await page.getByTestId('option-1.1-1').waitFor({ timeout: 20_000 });
  return page;
}

const checked = (page: Page, testId: string) => page.getByTestId(testId).isChecked();
const waiting = (page: Page) =>
  page.locator('[data-testid="offline-bar"]', { hasText: 'Đang chờ gửi' }).waitFor({ timeout: 10_000 });

describe('Form 02 offline (issue 12)', () => {
  it('typed offline, reloaded offline, sent when the connection returns', { timeout: 120_000 }, async () => {
    const id = await newDossier('Chè shan tuyết Bình Lư');
    const ctx = await loggedInContext(browser, server.url, 'binhlu_producer', PEOPLE_PASSWORD, { viewport: PHONE });
    const page = await openForm02(ctx, id);
    try {
      await screenshotOnFailure(page, 'offline-form02', async () => {
        const history = 'Thành lập năm 2019 — nhập khi mất sóng';
        await ctx.setOffline(true);
        await page.locator('[data-testid="offline-bar"][data-online="false"]').waitFor({ timeout: 10_000 });
        await page.getByTestId('option-1.1-1').click();
        await page.getByTestId('option-1.2-0').click();
        await page.getByTestId('f02-history').fill(history);
        await waiting(page);
        // Reloaded with no network: the app opens from the service worker, with what was typed.
        await page.reload();
        await page.getByTestId('option-1.1-1').waitFor({ timeout: 20_000 });
        expect(await checked(page, 'option-1.1-1')).toBe(true);
        expect(await checked(page, 'option-1.2-0')).toBe(true);
        expect(await page.getByTestId('f02-history').inputValue()).toBe(history);
        await waiting(page);
        expect((await draftOf(id)).version).toBe(0);
        // The connection returns: sent, and the indicator goes away.
        await ctx.setOffline(false);
        await expect
          .poll(async () => (await draftOf(id)).data?.answers, { timeout: 20_000 })
          .toMatchObject({
            '1.1': 1,
            '1.2': 0,
          });
        expect((await draftOf(id)).data?.fields?.history).toBe(history);
        await page.getByTestId('offline-bar').waitFor({ state: 'detached', timeout: 10_000 });
        // No horizontal scroll on the phone.
        expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
      });
    } finally {
      await ctx.close();
    }
  });

  it(
    'a draft changed elsewhere while offline is not overwritten: the producer chooses',
    { timeout: 120_000 },
    async () => {
      const id = await newDossier('Mật ong Bình Lư');
      const ctx = await loggedInContext(browser, server.url, 'binhlu_producer', PEOPLE_PASSWORD, { viewport: PHONE });
      const page = await openForm02(ctx, id);
      try {
        await screenshotOnFailure(page, 'offline-conflict', async () => {
          const elsewhere = async (answers: Record<string, number>) => {
            const { version } = await draftOf(id);
            const r = await people.call('binhlu_producer', 'PUT', `/api/dossiers/${id}/forms/02/draft`, {
              data: { fields: {}, answers, changes: '' },
              baseVersion: version,
            });
            expect(r.status).toBe(200);
          };
          // 1. Keep mine.
          await ctx.setOffline(true);
          await page.getByTestId('option-1.1-2').click();
          await waiting(page);
          await elsewhere({ '1.1': 0 });
          await ctx.setOffline(false);
          // Reopened after the connection returns (a waiting change is sent on opening).
          await page.reload();
          await page.getByTestId('draft-conflict').waitFor({ timeout: 40_000 });
          expect((await draftOf(id)).data?.answers).toEqual({ '1.1': 0 }); // nothing overwritten yet
          await page.getByTestId('draft-keep-mine').click();
          await expect.poll(async () => (await draftOf(id)).data?.answers?.['1.1'], { timeout: 20_000 }).toBe(2);
          await page.getByTestId('draft-conflict').waitFor({ state: 'detached' });

          // 2. Take the server's.
          await ctx.setOffline(true);
          await page.getByTestId('option-1.2-1').click();
          await waiting(page);
          await elsewhere({ '1.1': 0, '1.2': 2 });
          await ctx.setOffline(false);
          // Reopened after the connection returns (a waiting change is sent on opening).
          await page.reload();
          await page.getByTestId('draft-conflict').waitFor({ timeout: 40_000 });
          await page.getByTestId('draft-take-server').click();
          await page.getByTestId('draft-conflict').waitFor({ state: 'detached' });
          await page.getByTestId('option-1.1-0').waitFor();
          expect(await checked(page, 'option-1.1-0')).toBe(true);
          expect(await checked(page, 'option-1.2-2')).toBe(true);
          expect((await draftOf(id)).data?.answers).toEqual({ '1.1': 0, '1.2': 2 });
          await page.getByTestId('offline-bar').waitFor({ state: 'detached', timeout: 10_000 });
        });
      } finally {
        await ctx.close();
      }
    },
  );

  it(
    'filing lists what is missing, 2.4 is unanswered until picked; a wrong file type says which are accepted; a file can be deleted; after filing, what comes next',
    { timeout: 120_000 },
    async () => {
      const id = await newDossier('Gạo nếp Bình Lư');
      const ctx = await loggedInContext(browser, server.url, 'binhlu_producer', PEOPLE_PASSWORD, { viewport: PHONE });
      const page = await ctx.newPage();
      try {
        await screenshotOnFailure(page, 'offline-filing', async () => {
          await page.goto(`${server.url}/dossiers/${id}?tab=02`);
          await page.getByTestId('option-1.1-1').waitFor({ timeout: 20_000 });
          // 2.4 (yes/no) is not answered until picked.
          await page.locator('[data-testid="criterion-2.4"][data-answered="no"]').waitFor();
          await page.getByTestId('save-02').click();
          const missing = page.getByTestId('form-02-missing');
          await missing.waitFor({ timeout: 10_000 });
          expect(await missing.textContent()).toContain('Tiêu chí 2.4');
          await page.getByTestId('yesno-2.4-no').click();
          await page.locator('[data-testid="criterion-2.4"][data-answered="yes"]').waitFor();

          // Evidence: a text file is refused with the accepted types; a PDF can be deleted before filing.
          await page.goto(`${server.url}/dossiers/${id}?tab=evidence`);
          const input = page.getByTestId('evidence-panel').locator('input[type=file]');
          await input.setInputFiles({
            name: 'ghi-chu.txt',
            mimeType: 'text/plain',
            buffer: Buffer.from('không phải PDF'),
          });
          expect(await page.getByTestId('evidence-error').textContent({ timeout: 10_000 })).toContain('PDF');
          await input.setInputFiles({
            name: 'sai.pdf',
            mimeType: 'application/pdf',
            buffer: Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n'),
          });
          await page.getByTestId('evidence-delete-sai.pdf').click({ timeout: 10_000 });
          await page.getByTestId('evidence-delete-ok').click();
          await page.getByTestId('evidence-delete-sai.pdf').waitFor({ state: 'detached', timeout: 10_000 });
          expect((await people.call('binhlu_producer', 'GET', `/api/dossiers/${id}/evidence`)).body).toEqual([]);

          // Filed (through the API): the producer is told what comes next, with the commune's working days.
          for (const [form, body] of [
            ['01', filledForm01()],
            ['02', filledForm02()],
          ] as const)
            expect(
              (await people.call('binhlu_producer', 'PUT', `/api/dossiers/${id}/forms/${form}`, body)).status,
            ).toBe(200);
          await act(people as unknown as EvaluationTestServer, 'binhlu_producer', id, 'submit');
          await page.reload();
          const next = page.getByTestId('filed-next');
          await next.waitFor({ timeout: 20_000 });
          expect(await next.textContent()).toMatch(/Mẫu số 01.*mẫu sản phẩm.*15 ngày làm việc/s);
        });
      } finally {
        await ctx.close();
      }
    },
  );
});
