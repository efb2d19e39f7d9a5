// Browser walk of the Rounds page (Đánh giá → Đợt & Hội đồng) in Debian's Chromium against the real server on a fresh
// database, on pinned dates of 2026. The province office plans round 2/2026 and records its council, amends it (a new
// chair and decision number; a composition missing a seat of Art. 7.3.b is refused in the form), puts a dossier in the
// round, is refused "Đóng đợt" while that dossier is undecided (the refusal names it), and closes the round once the
// dossier is certified (driven through the API): closed, without edit/assign actions. Under the council, its rules
// ("Quy định của Hội đồng", OCOP Hub's choices, not the law) with their source: the office sets the province's and
// the council's own. The Ministry office then
// records a central council for a central round, picking its members from the user list in the form (Art. 7.4.b).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Page } from 'playwright-core';
import { BrowserWalk, chooseOption, endWalk, ensureWebBuild, launchChromium } from './browser.ts';
import { choosePerson, createRound, fillProvinceCouncil } from './round-steps.ts';
import { startTestServer, type TestServer } from '../src/testing/test-server.ts';
import { createPeople, type People } from '../src/testing/people.ts';
import { pinToday } from '../src/testing/test-clock.ts';
import {
  act as apiAct,
  CENTRAL_MEMBERS,
  fileDossier,
  filledForm03,
  FOUR_STAR,
  MEMBERS,
  PEOPLE,
  registerBinhLuProduct,
  score,
  type EvaluationTestServer,
  type Who,
} from '../src/modules/evaluation/evaluation-test-kit.ts';

const PRODUCT = 'Rau cải mèo Bình Lư';

let server: TestServer;
let people: People<Who>;
/** The evaluation kit's API helpers need only `call` and `ids`; the browser needs a listening server, so no kit server. */
let kit: EvaluationTestServer;
let walk: BrowserWalk<Who>;
let dossierId = '';
let roundId = '';
let councilId = '';

/** Runs a browser step as `who`; a failure leaves test-results/rounds-<name>.png. */
const as = (who: Who, name: string, fn: (page: Page) => Promise<void>) => walk.as(who, name, fn);

/** Waits until no drawer or dialog is half-way through its animation, so clicks are not lost. */
const settled = (page: Page) =>
  page.waitForFunction(
    () =>
      !document.querySelector('.ant-drawer-panel-motion-appear, .ant-zoom-appear, .ant-zoom-enter, .ant-zoom-leave'),
  );

const roundRow = (page: Page) => page.locator('.ant-table-row', { has: page.getByTestId('round-2026-2') });

/** Opens a Select by its test id and picks the option labelled `label`. */
async function pickOption(page: Page, testId: string, label: string): Promise<void> {
  await chooseOption(page, page.getByTestId(testId), label);
}

beforeAll(async () => {
  await ensureWebBuild();
  server = await startTestServer();
  people = await createPeople(server.app, server.db, PEOPLE);
  kit = { ...people, app: server.app, db: server.db } as unknown as EvaluationTestServer;
  // A dossier filed, received, forwarded and accepted: data entry, shown elsewhere in the browser (evaluation.test.ts).
  pinToday('2026-09-01');
  dossierId = await fileDossier(kit, (await registerBinhLuProduct(kit, PRODUCT)).productId);
  pinToday('2026-09-03');
  await apiAct(kit, 'binhlu_officer', dossierId, 'receive');
  await kit.call('binhlu_officer', 'PUT', `/api/dossiers/${dossierId}/forms/03`, filledForm03());
  pinToday('2026-09-10');
  await apiAct(kit, 'binhlu_officer', dossierId, 'forward', { letterNumber: '30/UBND-KT' });
  pinToday('2026-09-17');
  await apiAct(kit, 'laichau_office', dossierId, 'accept');
  walk = new BrowserWalk(await launchChromium(), server.url, 'rounds');
}, 180_000);

afterAll(() => endWalk(walk, server));

describe('the province office plans a round, amends its council and closes it', { timeout: 60_000 }, () => {
  it('creates round 2/2026 and its council, amends it (new chair, new decision), and sees Art. 7.3.b refuse a missing seat', async () => {
    pinToday('2026-09-18');
    await as('laichau_office', 'council', async (page) => {
      await createRound(page, server.url, 2026, 2);
      await page.getByTestId('council-create-2026-2').click();
      await page.getByTestId('council-member-6').waitFor();
      await settled(page);
      await fillProvinceCouncil(page, '1234/QĐ-UBND', '18/09/2026');
      await roundRow(page).getByText('1234/QĐ-UBND').waitFor();
    });
    roundId = (await people.call('laichau_office', 'GET', '/api/rounds')).body[0].id;
    councilId = (await people.call('laichau_office', 'GET', `/api/councils?roundId=${roundId}`)).body[0].id;

    pinToday('2026-09-21');
    await as('laichau_office', 'council-edit', async (page) => {
      await page.goto(server.url + '/rounds');
      await page.getByTestId('council-edit-2026-2').click();
      // The form starts from the composition on record.
      await expect.poll(() => page.getByTestId('council-decision-no').inputValue()).toBe('1234/QĐ-UBND');
      await settled(page);
      await page.getByTestId('council-decision-no').fill('1250/QĐ-UBND');
      await page.getByTestId('council-decision-date').fill('20/09/2026');
      await choosePerson(page, 'council-chair', 'other_chair');
      await page.getByTestId('council-ok').click();
      await roundRow(page).getByText('1250/QĐ-UBND').waitFor();
      expect(await roundRow(page).textContent()).not.toContain('1234/QĐ-UBND');
      // The composition under the row: the new chair chairs, the old one is gone.
      await roundRow(page).locator('.ant-table-row-expand-icon').click();
      const members = page.getByTestId('council-1250/QĐ-UBND');
      await members.waitFor();
      expect(await members.locator('li', { hasText: 'Chủ tịch Hội đồng' }).textContent()).toContain('other_chair');
      expect(await members.locator('li', { hasText: /^chair / }).count()).toBe(0);

      // Removing the Sở Y tế seat (the third required row): the server's Art. 7.3.b refusal shows in the form.
      await page.getByTestId('council-edit-2026-2').click();
      await page.getByTestId('council-member-2').waitFor();
      await settled(page);
      await page.getByTestId('council-member-2').getByRole('button', { name: 'Xoá' }).click();
      await page.getByTestId('council-ok').click();
      const error = page.getByTestId('council-error');
      await error.waitFor();
      expect(await error.textContent()).toMatch(/Sở Y tế.*điểm b khoản 3 Điều 7/);
      // Shown where the office looks, not below the long form.
      await expect
        .poll(() => error.evaluate((el) => el.getBoundingClientRect().bottom <= window.innerHeight))
        .toBe(true);
    });
    const council = (await people.call('laichau_office', 'GET', `/api/councils/${councilId}`)).body;
    expect(council.decisionNo).toBe('1250/QĐ-UBND');
    expect(council.members.filter((m: { position: string }) => m.position !== 'advisory')).toHaveLength(8);
  });

  it('lists the council\'s rules ("Quy định của Hội đồng"), not the law: set by the province, then by the council itself', async () => {
    await as('laichau_office', 'council-policies', async (page) => {
      await page.goto(server.url + '/rounds');
      await roundRow(page).locator('.ant-table-row-expand-icon').click();
      const council = page.getByTestId('council-1250/QĐ-UBND');
      await council.waitFor();
      expect(await council.textContent()).toContain('Quy định của Hội đồng');
      expect(await council.textContent()).toContain('không phải quy định của pháp luật');
      expect(await council.getByTestId('policy-outOfScopeMarks').textContent()).toMatch(
        /Áp dụng đúng câu chữ của phiếu.*mặc định/,
      );
      // What the law says, on demand.
      await council.getByTestId('policy-fiveStarForwarding').getByText('Văn bản nói gì').click();
      await council
        .getByTestId('policy-fiveStarForwarding')
        .getByText('văn bản chỉ nói đến điểm', { exact: false })
        .waitFor();

      // The province's rules: out-of-scope star marks do not bind its councils.
      const province = page.getByTestId('province-policies');
      await province.getByTestId('province-policies-edit').click();
      await settled(page);
      await pickOption(page, 'policy-field-outOfScopeMarks', 'Tính điểm, không bắt buộc dấu sao');
      await page.getByTestId('province-policies-ok').click();
      await expect
        .poll(() => province.getByTestId('policy-outOfScopeMarks').textContent(), { timeout: 15_000 })
        .toMatch(/Tính điểm, không bắt buộc dấu sao.*của tỉnh/);

      // The council sets its own rule on members' star marks; the province's rule still shows as the province's.
      await page.reload();
      await page.getByTestId('council-edit-2026-2').click();
      await expect.poll(() => page.getByTestId('council-decision-no').inputValue()).toBe('1250/QĐ-UBND');
      await settled(page);
      await pickOption(page, 'policy-field-marksAcrossMembers', 'Mọi thành viên đạt phương án có dấu sao');
      await page.getByTestId('council-ok').click();
      await page.getByTestId('council-ok').waitFor({ state: 'detached' });
      await roundRow(page).locator('.ant-table-row-expand-icon').click();
      await expect
        // Read again after the save; under load that takes longer than expect.poll's one second.
        .poll(() => page.getByTestId('council-1250/QĐ-UBND').getByTestId('policy-marksAcrossMembers').textContent(), {
          timeout: 15_000,
        })
        .toMatch(/Mọi thành viên.*của Hội đồng/);
      expect(
        await page.getByTestId('council-1250/QĐ-UBND').getByTestId('policy-outOfScopeMarks').textContent(),
      ).toContain('của tỉnh');
    });
    const council = (await people.call('laichau_office', 'GET', `/api/councils/${councilId}`)).body as {
      policies: { key: string; value: string; source: string }[];
    };
    expect(council.policies.find((p) => p.key === 'marksAcrossMembers')).toMatchObject({
      value: 'all-members',
      source: 'council',
    });
    expect(council.policies.find((p) => p.key === 'outOfScopeMarks')).toMatchObject({
      value: 'not-binding',
      source: 'province',
    });
  });

  it('"Đóng đợt" with an undecided dossier is refused, naming it; once certified, the round closes and its actions go', async () => {
    await as('laichau_office', 'close-refused', async (page) => {
      await page.goto(server.url + '/rounds');
      // The dossier is put in the round from the Rounds page itself.
      await page.getByTestId(`assign-pick-${dossierId}`).check();
      await page.getByTestId('assign-ok').click();
      await page.getByTestId('assign-card').getByText(PRODUCT).waitFor({ state: 'detached' });

      await page.getByTestId('round-close-2026-2').click();
      await page.getByTestId('round-close-ok').click();
      const open = page.getByTestId('round-close-open');
      await open.waitFor();
      expect(await open.textContent()).toContain(PRODUCT);
      expect(await page.getByTestId('round-status-2026-2').textContent()).toBe('Đang mở');
    });
    expect((await people.call('laichau_office', 'GET', `/api/dossiers/${dossierId}`)).body.state).toBe('in_round');

    // The dossier's evaluation to its decision: council work shown in evaluation.test.ts.
    pinToday('2026-09-22');
    await apiAct(kit, 'laichau_office', dossierId, 'start_review');
    await apiAct(kit, 'advisory', dossierId, 'submit_advisory_report', { advisoryReport: { reference: '10/BC-TTV' } });
    pinToday('2026-09-25');
    for (const m of MEMBERS) await score(kit, m, councilId, dossierId, FOUR_STAR);
    pinToday('2026-10-01');
    await apiAct(kit, 'other_chair', dossierId, 'close_scoring');
    pinToday('2026-10-05');
    await apiAct(kit, 'laichau_office', dossierId, 'certify_province', {
      decision: { number: '1500/QĐ-UBND', date: '2026-10-05' },
    });

    await as('laichau_office', 'close', async (page) => {
      await page.goto(server.url + '/rounds');
      await page.getByTestId('round-close-2026-2').click();
      await page.getByTestId('round-close-ok').click();
      await expect
        .poll(() => page.getByTestId('round-status-2026-2').textContent(), { timeout: 15_000 })
        .toBe('Đã đóng');
      // Each of these is read again until it shows the closed round: the lists refetch after the close, not at once.
      await expect.poll(() => page.getByTestId('round-close-2026-2').count(), { timeout: 15_000 }).toBe(0);
      await expect.poll(() => page.getByTestId('council-edit-2026-2').count(), { timeout: 15_000 }).toBe(0);
      // No open round left to put dossiers in.
      await expect
        .poll(() => page.getByTestId('assign-card').textContent(), { timeout: 15_000 })
        .not.toContain('2/2026');
      await page.reload();
      await page.getByTestId('round-2026-2').waitFor();
      await expect
        .poll(() => page.getByTestId('round-status-2026-2').textContent(), { timeout: 15_000 })
        .toBe('Đã đóng');
      expect(await page.getByTestId('council-edit-2026-2').count()).toBe(0);
    });
    expect((await people.call('laichau_office', 'GET', `/api/rounds/${roundId}`)).body.status).toBe('closed');
  });
});

describe('the Ministry office records a central council from the user list (Art. 7.4.b)', { timeout: 60_000 }, () => {
  it('opens the Rounds page for central round 2/2026 and seats c0 as chair and c1–c6 in the required seats', async () => {
    pinToday('2026-11-02');
    const central = await people.call('ministry', 'POST', '/api/rounds', { level: 'central', year: 2026, number: 2 });
    expect(central.status, JSON.stringify(central.body)).toBe(201);
    await as('ministry', 'central-council', async (page) => {
      await page.goto(server.url + '/rounds');
      await page.getByTestId('round-2026-2').waitFor();
      // The provincial round is not the Ministry's.
      expect(await page.getByTestId('round-2026-2').count()).toBe(1);
      await page.getByTestId('council-create-2026-2').click();
      await page.getByTestId(`council-member-${CENTRAL_MEMBERS.length - 1}`).waitFor();
      await settled(page);
      await page.getByTestId('council-decision-no').fill('56/QĐ-BNNMT');
      await page.getByTestId('council-decision-date').fill('02/11/2026');
      await choosePerson(page, 'council-chair', 'c0');
      for (const [i, m] of CENTRAL_MEMBERS.entries()) await choosePerson(page, `council-member-${i}-user`, m);
      await page.getByTestId('council-ok').click();
      await roundRow(page).getByText('56/QĐ-BNNMT').waitFor();
    });
    const councils = (await people.call('ministry', 'GET', `/api/councils?roundId=${central.body.id}`)).body as {
      members: { userId: string; position: string }[];
    }[];
    expect(councils).toHaveLength(1);
    expect(councils[0]!.members.find((m) => m.position === 'chair')?.userId).toBe(people.ids.c0);
    expect(
      councils[0]!.members
        .filter((m) => m.position === 'member')
        .map((m) => m.userId)
        .sort(),
    ).toEqual(CENTRAL_MEMBERS.map((m) => people.ids[m]).sort());
  });
});
