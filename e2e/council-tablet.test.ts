// Browser walk of the council on a tablet (820 × 1180, a council member's iPad Air) and on a laptop (1366 × 768), in
// Debian's Chromium against the real server: a dossier before its council (set up through the API), six members'
// cards sent through the API (one scores criterion 5.1 lower), the seventh member scores on the tablet with the
// producer's own answer (Form 02) and the evidence filed for a criterion beside it, presses Enter (the confirmation
// opens; Enter again does not submit) and confirms; the chair then sees each member's total, the mean, the spread and
// the criterion where members disagree (Art. 7.3.d), and concludes. No page scrolls sideways.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Page } from 'playwright-core';
import { BrowserWalk, endWalk, ensureWebBuild, launchChromium, resultsDir } from './browser.ts';
import { startTestServer, type TestServer } from '../src/testing/test-server.ts';
import { createPeople, type People } from '../src/testing/people.ts';
import { pinToday } from '../src/testing/test-clock.ts';
import { sessionCookies, uploader } from '../src/testing/multipart.ts';
import {
  act as apiAct,
  filledForm01,
  filledForm02,
  filledForm03,
  FOUR_STAR,
  MEMBERS,
  PDF_BYTES,
  PEOPLE,
  provinceCouncilBody,
  registerBinhLuProduct,
  score,
  type EvaluationTestServer,
  type Who,
} from '../src/modules/evaluation/evaluation-test-kit.ts';

const TABLET = { width: 820, height: 1180 };
const LAPTOP = { width: 1366, height: 768 };
/** m6 gives criterion 5.1 one option less than the others: a disagreement within the spread threshold. */
const M6 = { ...FOUR_STAR, '5.1': 3 };

let server: TestServer;
let people: People<Who>;
let kit: EvaluationTestServer;
let walk: BrowserWalk<Who>;
let dossierId = '';
let councilId = '';
let roundId = '';

const as = (who: Who, name: string, fn: (page: Page) => Promise<void>, viewport = TABLET) =>
  walk.as(who, name, fn, viewport);

/** The page does not scroll sideways: the document is no wider than the window. */
async function noSidewaysScroll(page: Page): Promise<void> {
  const { scroll, client } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  expect(scroll, 'scrollWidth <= clientWidth').toBeLessThanOrEqual(client);
}

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(resultsDir, { recursive: true });
  await page.screenshot({ path: join(resultsDir, `council-tablet-${name}.png`) });
}

beforeAll(async () => {
  await ensureWebBuild();
  server = await startTestServer();
  people = await createPeople(server.app, server.db, PEOPLE);
  kit = {
    ...people,
    app: server.app,
    db: server.db,
    upload: uploader<Who>(server.app, sessionCookies<Who>(server.app)),
  } as unknown as EvaluationTestServer;
  // Filed with Forms 01/02 and a PDF for criterion 1.1, received, forwarded, accepted (data entry, walked elsewhere).
  pinToday('2026-09-01');
  const { productId } = await registerBinhLuProduct(kit, 'Chè Shan tuyết Bình Lư');
  const created = await kit.call('binhlu_producer', 'POST', '/api/dossiers', { productId, kind: 'first' });
  dossierId = created.body.id;
  await kit.call('binhlu_producer', 'PUT', `/api/dossiers/${dossierId}/forms/01`, filledForm01());
  await kit.call('binhlu_producer', 'PUT', `/api/dossiers/${dossierId}/forms/02`, filledForm02());
  const up = await kit.upload(
    'binhlu_producer',
    `/api/dossiers/${dossierId}/evidence`,
    { criterionCode: '1.1' },
    { name: 'giay-phep-kinh-doanh.pdf', bytes: PDF_BYTES },
  );
  if (up.status !== 201) throw new Error(`upload: ${up.status}`);
  await apiAct(kit, 'binhlu_producer', dossierId, 'submit');
  pinToday('2026-09-03');
  await apiAct(kit, 'binhlu_officer', dossierId, 'receive');
  await kit.call('binhlu_officer', 'PUT', `/api/dossiers/${dossierId}/forms/03`, filledForm03());
  pinToday('2026-09-10');
  await apiAct(kit, 'binhlu_officer', dossierId, 'forward', { letterNumber: '30/UBND-KT' });
  pinToday('2026-09-17');
  await apiAct(kit, 'laichau_office', dossierId, 'accept');
  // Round 2/2026, its council, the advisory team's report: the dossier is before the council.
  pinToday('2026-09-18');
  const round = await kit.call('laichau_office', 'POST', '/api/rounds', { level: 'province', year: 2026, number: 2 });
  const council = await kit.call('laichau_office', 'POST', '/api/councils', provinceCouncilBody(kit, round.body.id));
  councilId = council.body.id;
  roundId = round.body.id;
  pinToday('2026-09-21');
  await apiAct(kit, 'laichau_office', dossierId, 'assign_round', { roundId: round.body.id });
  await apiAct(kit, 'laichau_office', dossierId, 'start_review');
  pinToday('2026-09-25');
  await apiAct(kit, 'advisory', dossierId, 'submit_advisory_report', { advisoryReport: { reference: 'BC-07/TTV' } });
  pinToday('2026-10-01');
  for (const m of MEMBERS.slice(0, 5)) await score(kit, m, councilId, dossierId, FOUR_STAR);
  await score(kit, 'm6', councilId, dossierId, M6);
  walk = new BrowserWalk(await launchChromium(), server.url, 'council-tablet');
}, 180_000);

afterAll(() => endWalk(walk, server));

describe('the council on a tablet (820 × 1180)', { timeout: 120_000 }, () => {
  it('the chair, before the last card, sees who submitted and is not offered to close nor the divergence', async () => {
    await as('chair', 'chair-waiting', async (page) => {
      await page.goto(`${server.url}/scoring/${councilId}/${dossierId}`);
      await page.getByTestId('council-status').getByText('6/7').waitFor();
      expect(await page.getByTestId('council-summary').count()).toBe(0);
      expect(await page.getByTestId('action-close_scoring').count()).toBe(0);
      expect(await page.getByTestId('action-flag_divergence').count()).toBe(0);
      await noSidewaysScroll(page);
    });
  });

  it("a member scores with the producer's answer and evidence beside each criterion, and confirms the submission", async () => {
    await as('m7', 'm7-scores', async (page) => {
      await page.goto(`${server.url}/scoring`);
      await page.getByTestId(`score-link-${dossierId}`).waitFor();
      await noSidewaysScroll(page);
      await shot(page, '01-list-820');
      // The product's name is not squeezed to a word per line.
      const link = page.getByTestId(`score-link-${dossierId}`);
      expect((await link.boundingBox())!.height).toBeLessThan(30);
      await link.click();
      const crit = page.getByTestId('score-criterion-1.1');
      await crit.waitFor();
      // Beside 1.1: what the producer chose in Form 02, and the PDF filed for 1.1.
      const producer = page.getByTestId('crit-producer-1.1');
      await producer.waitFor();
      expect(await producer.textContent()).toContain('Chủ thể tự đánh giá');
      await page.getByTestId('crit-evidence-1.1').getByText('giay-phep-kinh-doanh.pdf').waitFor();
      expect(await page.getByTestId('crit-evidence-1.2').textContent()).toContain('Không có minh chứng');
      // The criteria take the page's width, not a 280 px column.
      const width = (await crit.boundingBox())!.width;
      expect(width).toBeGreaterThan(TABLET.width * 0.8);
      for (const [code, a] of Object.entries(FOUR_STAR))
        await page.getByTestId(a === true ? `score-${code}-yes` : `score-${code}-${a}`).click();
      await expect.poll(() => page.getByTestId('total').textContent(), { timeout: 10_000 }).toBe('75');
      await noSidewaysScroll(page);
      await page.getByTestId('score-criterion-1.1').scrollIntoViewIfNeeded();
      await shot(page, '02-scoring-820');
      // Enter opens the confirmation; Enter again does not submit.
      await page.keyboard.press('Enter');
      await page.getByTestId('confirm-submit').waitFor();
      await shot(page, '03-confirm-820');
      await page.keyboard.press('Enter');
      const own = await kit.call('m7', 'GET', `/api/councils/${councilId}/dossiers/${dossierId}/scorecard`);
      // Not submitted: no card yet (the draft may still be waiting for its pause) or a draft one.
      expect(own.body.scorecard?.submitted ?? false).toBe(false);
      expect(await page.getByTestId('card-submitted').count()).toBe(0);
      await page.getByTestId('confirm-submit-ok').click();
      await page.getByTestId('card-submitted').waitFor();
    });
  });

  it('the chair sees totals, mean, spread and the disagreement, then concludes', async () => {
    pinToday('2026-10-02');
    await as('chair', 'chair-concludes', async (page) => {
      await page.goto(`${server.url}/scoring/${councilId}/${dossierId}`);
      const summary = page.getByTestId('council-summary');
      await summary.waitFor();
      for (const m of MEMBERS) await summary.getByTestId(`summary-total-${m}`).waitFor();
      expect(await summary.getByTestId('summary-total-m7').textContent()).toBe('75');
      const m6 = Number(await summary.getByTestId('summary-total-m6').textContent());
      expect(m6).toBeLessThan(75);
      expect(await summary.getByTestId('summary-spread').textContent()).toContain(String(75 - m6));
      const mean = (await summary.getByTestId('summary-mean').textContent())!;
      expect(Number(mean.replace(',', '.'))).toBeCloseTo((6 * 75 + m6) / 7, 1);
      await summary.getByTestId('disagreement-5.1').waitFor();
      await noSidewaysScroll(page);
      await shot(page, '04-chair-820');
      await page.getByTestId('action-close_scoring').click();
      await page.getByTestId('action-confirm').click();
      await page.locator('[data-testid="scoring-page"][data-state="council_closed"]').waitFor();
      await noSidewaysScroll(page);
    });
  });
});

describe('the same screens on a laptop (1366 × 768)', { timeout: 60_000 }, () => {
  it('the member and the chair read the closed council without sideways scroll', async () => {
    for (const who of ['m7', 'chair'] as const) {
      await as(
        who,
        `${who}-laptop`,
        async (page) => {
          await page.goto(`${server.url}/scoring/${councilId}/${dossierId}`);
          await page.getByTestId('council-summary').waitFor();
          await noSidewaysScroll(page);
          await shot(page, `05-${who}-1366`);
        },
        LAPTOP,
      );
    }
  });
});

describe('the office plans the next council on a tablet', { timeout: 90_000 }, () => {
  it('a seat offers the people of its agency; a round past its cut-off says so and offers a supplementary round', async () => {
    pinToday('2026-11-02');
    // m1 works for the Department of Agriculture and Environment: the first seat of Art. 7.3.b offers m1 alone.
    await kit.call('laichau_office', 'PATCH', `/api/users/${kit.ids.m1}`, { agency: 'Sở Nông nghiệp và Môi trường' });
    const next = await kit.call('laichau_office', 'POST', '/api/rounds', { level: 'province', year: 2027, number: 1 });
    expect(next.status).toBe(201);
    await as('laichau_office', 'office-rounds', async (page) => {
      // Round 2/2026 took dossiers forwarded before 30/10: on 2/11 its cut-off has passed.
      await page.goto(`${server.url}/rounds?round=${roundId}`);
      await page.getByTestId('cutoff-passed-2026-2').waitFor();
      await page.getByTestId('cutoff-passed').waitFor();
      await noSidewaysScroll(page);
      await shot(page, '06-rounds-820');
      await page.getByTestId('create-extra-round').click();
      await expect.poll(() => page.getByTestId('round-extra').getAttribute('aria-checked')).toBe('true');
      await page.keyboard.press('Escape');
      await page.getByTestId('round-extra').waitFor({ state: 'hidden' });
      await page.getByTestId('council-create-2027-1').click();
      const seat = page.getByTestId('council-member-0-user');
      await seat.waitFor();
      await expect.poll(() => seat.getAttribute('data-filtered')).toBe('agency');
      await seat.click();
      const list = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').last();
      await list.getByTitle('m1 (m1)', { exact: true }).waitFor();
      expect(await list.getByTitle('m2 (m2)', { exact: true }).count()).toBe(0);
      // A seat whose agency no account names offers everyone.
      expect(await page.getByTestId('council-member-1-user').getAttribute('data-filtered')).toBe('all');
    });
  });
});
