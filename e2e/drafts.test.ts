// Unsent edits survive a reload, in Debian's Chromium against the real server: the producer types into Form 01 and
// reloads at once — the text is back, with "Đã khôi phục bản nháp chưa lưu", and saving stores it and drops the draft;
// a council member picks an answer and ticks a knock-out, then reloads before the autosave pause — both are still
// there (sent on `pagehide` with keepalive, or restored from the local draft). Stage set through the API.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { ensureWebBuild, launchChromium, loggedInContext, screenshotOnFailure, setupCall } from './browser.ts';
import { startTestServer, type TestServer } from '../src/testing/test-server.ts';
import { createPeople, PEOPLE_PASSWORD, type People } from '../src/testing/people.ts';
import { pinToday } from '../src/testing/test-clock.ts';
import {
  act,
  fileDossier,
  filledForm03,
  PEOPLE,
  provinceCouncilBody,
  registerBinhLuProduct,
  type EvaluationTestServer,
  type Who,
} from '../src/modules/evaluation/evaluation-test-kit.ts';

let server: TestServer;
let people: People<Who>;
let browser: Browser;
let draftId = '';
let scoredId = '';
let councilId = '';

async function as(who: Who, name: string, fn: (page: Page) => Promise<void>): Promise<void> {
  const ctx = await loggedInContext(browser, server.url, who, PEOPLE_PASSWORD);
  const page = await ctx.newPage();
  try {
    await screenshotOnFailure(page, `drafts-${name}`, fn);
  } finally {
    await ctx.close();
  }
}

const ok = (who: Who, method: 'POST' | 'PUT', url: string, body: unknown) => setupCall(people, who, method, url, body);

beforeAll(async () => {
  await ensureWebBuild();
  server = await startTestServer();
  people = await createPeople(server.app, server.db, PEOPLE);
  // The evaluation test kit's helpers only need `call` and `ids`.
  const s = people as unknown as EvaluationTestServer;
  pinToday('2026-08-28');
  const { productId } = await registerBinhLuProduct(s);
  draftId = (await people.call('binhlu_producer', 'POST', '/api/dossiers', { productId, kind: 'first' })).body.id;
  // A second dossier taken to the council: filed, received, forwarded, accepted, in round 2/2026, reviewed.
  scoredId = await fileDossier(s, (await registerBinhLuProduct(s, 'Măng khô Bình Lư')).productId);
  pinToday('2026-08-31');
  await act(s, 'binhlu_officer', scoredId, 'receive');
  await ok('binhlu_officer', 'PUT', `/api/dossiers/${scoredId}/forms/03`, filledForm03());
  pinToday('2026-09-10');
  await act(s, 'binhlu_officer', scoredId, 'forward', { letterNumber: '25/UBND-KT' });
  pinToday('2026-09-17');
  await act(s, 'laichau_office', scoredId, 'accept');
  pinToday('2026-09-18');
  const round = await ok('laichau_office', 'POST', '/api/rounds', { level: 'province', year: 2026, number: 2 });
  councilId = (await ok('laichau_office', 'POST', '/api/councils', provinceCouncilBody(s, round.id))).id;
  pinToday('2026-09-21');
  await act(s, 'laichau_office', scoredId, 'assign_round', { roundId: round.id });
  await act(s, 'laichau_office', scoredId, 'start_review');
  pinToday('2026-09-25');
  await ok('advisory', 'POST', `/api/dossiers/${scoredId}/advisory-report`, {
    content: 'Hồ sơ đầy đủ.',
    reference: 'BC-05/TTV',
  });
  await act(s, 'advisory', scoredId, 'submit_advisory_report');
  pinToday('2026-10-01');
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  pinToday(null);
  await browser?.close();
  await server?.close();
});

describe('drafts survive a reload', () => {
  it(
    'Form 01: typed text comes back after a reload with the notice, and saving stores it',
    { timeout: 60_000 },
    async () => {
      const typed = 'Rau cải mèo Bình Lư — bản nháp chưa lưu';
      await as('binhlu_producer', 'form01', async (page) => {
        await page.goto(`${server.url}/dossiers/${draftId}?tab=01`);
        const field = page.getByTestId('f01-productName');
        await field.waitFor();
        await field.fill(typed);
        await page.getByTestId('f01-producer.position').fill('Giám đốc');
        await page.reload();
        await page.getByTestId('draft-restored').waitFor({ timeout: 10_000 });
        expect(await page.getByTestId('f01-productName').inputValue()).toBe(typed);
        // The server has not stored it yet: it is only the local draft.
        expect((await people.call('binhlu_producer', 'GET', `/api/dossiers/${draftId}/forms/01`)).status).toBe(404);
        await page.getByTestId('save-01').click();
        await page.locator('[data-testid="dossier-page"][data-version="2"]').waitFor({ timeout: 10_000 });
        await page.getByTestId('draft-restored').waitFor({ state: 'detached', timeout: 10_000 });
        expect(
          (await people.call('binhlu_producer', 'GET', `/api/dossiers/${draftId}/forms/01`)).body.productName,
        ).toBe(typed);
        // Stored: a reload shows the server's copy, no notice.
        await page.reload();
        await page.getByTestId('f01-productName').waitFor();
        expect(await page.getByTestId('f01-productName').inputValue()).toBe(typed);
        expect(await page.getByTestId('draft-restored').count()).toBe(0);
      });
    },
  );

  it(
    'the council scoring screen: an answer and a knock-out ticked just before a reload are still there',
    { timeout: 60_000 },
    async () => {
      await as('m1', 'scoring', async (page) => {
        await page.goto(`${server.url}/scoring/${councilId}/${scoredId}`);
        await page.getByTestId('scoring-page').waitFor({ timeout: 10_000 });
        // The council's rules are on the screen, folded.
        expect(await page.getByTestId('council-policies').textContent()).toContain('Quy định của Hội đồng');
        await page.getByTestId('score-1.1-1').click({ timeout: 10_000 });
        await page.getByTestId('knockout-forged-dossier').locator('input[type=checkbox]').check();
        await page.reload();
        await page.getByTestId('scoring-page').waitFor({ timeout: 10_000 });
        await page.locator('[data-testid="score-criterion-1.1"][data-answered="yes"]').waitFor({ timeout: 10_000 });
        expect(await page.getByTestId('score-1.1-1').isChecked()).toBe(true);
        expect(await page.getByTestId('knockout-forged-dossier').locator('input[type=checkbox]').isChecked()).toBe(
          true,
        );
        // …and the server has it: sent on leaving, or sent again from the restored draft.
        await page
          .locator('[data-testid="save-state"][data-state="saved"], [data-testid="save-state"][data-state="idle"]')
          .first()
          .waitFor({ timeout: 10_000 });
        await expect
          .poll(
            async () =>
              (await people.call('m1', 'GET', `/api/councils/${councilId}/dossiers/${scoredId}/scorecard`)).body
                .scorecard?.answers['1.1'],
          )
          .toBe(1);
        expect(
          (await people.call('m1', 'GET', `/api/councils/${councilId}/dossiers/${scoredId}/scorecard`)).body.scorecard
            ?.knockouts,
        ).toEqual({ 'forged-dossier': true });
      });
    },
  );
});
