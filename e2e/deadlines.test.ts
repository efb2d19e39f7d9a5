// A commune deadline counted over holidays nobody has announced yet (Tết 2027, the Labour Code default) says so in
// the browser: a ⚠ beside the due date on the dossier page and in the commune's work queue, with the server's note.
// A deadline over announced holidays (2026) carries none. Stage set through the API, in Debian's Chromium.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { ensureWebBuild, launchChromium, loggedInContext, screenshotOnFailure } from './browser.ts';
import { startTestServer, type TestServer } from '../src/testing/test-server.ts';
import { createPeople, PEOPLE_PASSWORD, type People } from '../src/testing/people.ts';
import { pinToday } from '../src/testing/test-clock.ts';
import {
  act,
  fileDossier,
  PEOPLE,
  registerBinhLuProduct,
  type EvaluationTestServer,
  type Who,
} from '../src/modules/evaluation/evaluation-test-kit.ts';

let server: TestServer;
let people: People<Who>;
let browser: Browser;
let defaulted = '';
let announced = '';

beforeAll(async () => {
  await ensureWebBuild();
  server = await startTestServer();
  people = await createPeople(server.app, server.db, PEOPLE);
  const s = people as unknown as EvaluationTestServer;
  pinToday('2026-08-25');
  announced = await fileDossier(s, (await registerBinhLuProduct(s, 'Mật ong Bình Lư')).productId);
  pinToday('2026-08-31');
  await act(s, 'binhlu_officer', announced, 'receive');
  pinToday('2027-01-25');
  defaulted = await fileDossier(s, (await registerBinhLuProduct(s, 'Chè Shan tuyết Bình Lư')).productId);
  pinToday('2027-02-01');
  await act(s, 'binhlu_officer', defaulted, 'receive');
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  pinToday(null);
  await browser?.close();
  await server?.close();
});

describe('Art. 7.2 deadlines over defaulted holidays', () => {
  it(
    'the dossier page and the work queue show ⚠ with the note on a deadline over Tết 2027, none over 2026',
    { timeout: 60_000 },
    async () => {
      const ctx = await loggedInContext(browser, server.url, 'binhlu_officer', PEOPLE_PASSWORD);
      const page = await ctx.newPage();
      try {
        await screenshotOnFailure(page, 'deadlines-holiday-note', async () => {
          await page.goto(`${server.url}/dossiers/${defaulted}`);
          const note = page.getByTestId('deadlines').getByTestId('holiday-note');
          await note.waitFor();
          expect(await note.getAttribute('aria-label')).toContain('Tết Âm lịch năm 2027');
          expect(await note.getAttribute('aria-label')).toContain('mặc định theo Bộ luật Lao động');
          await page.goto(`${server.url}/dossiers/${announced}`);
          await page.getByTestId('deadlines').waitFor();
          expect(await page.getByTestId('deadlines').getByTestId('holiday-note').count()).toBe(0);
          // A commune officer starts on the dashboard (issue 10); the work queues are one click away.
          await page.goto(`${server.url}/`);
          await page.getByTestId('dashboard-page').waitFor();
          await page.getByTestId('nav-queues').click();
          await page.getByRole('tab', { name: /Hồ sơ chờ xã xác nhận/ }).click();
          await page.getByTestId('deadline').first().waitFor();
          expect(await page.getByTestId('holiday-note').count()).toBe(1);
        });
      } finally {
        await ctx.close();
      }
    },
  );
});
