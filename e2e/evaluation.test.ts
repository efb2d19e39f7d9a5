// Browser walk of the evaluation procedure in Debian's Chromium (playwright-core) against the real server on a fresh
// database, on pinned dates of 2026 (the server's "today"). Stage set through the API where it is only data entry
// (users of every role, the producer and its product); the key steps through the UI: the producer
// opens the dossier, fills Forms 01 and 02 (criteria answered on screen, live engine result), uploads evidence and
// files it; the commune officer receives it from the queue (receipt number), writes Form 03 and forwards it; the
// province office accepts it, plans round 2/2026, assigns the dossier to the round and council, starts the review;
// the advisory team reports; members score on the council screen (one entirely with the keyboard, one with the
// mouse and autosave, and a tablet screenshot at 1024×768), a diverging card shows the banner and the chair puts it
// to discussion, the chair closes; the office records the province chair's decision and certifies: certificate
// 001/GCN-OCOP-12-2026, 4★, shown on the dossier and in Results; the producer's bell counts the notifications and a
// re-evaluation filed too early shows its window and the server's refusal. A second walk takes a 100-point dossier to
// the Ministry (proposal, receipt, central council, a central member scoring by keyboard) and 5★.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserWalk, endWalk, ensureWebBuild, launchChromium, resultsDir, setupCall } from './browser.ts';
import { createRound, fillProvinceCouncil } from './round-steps.ts';
import { type Page } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { startTestServer, type TestServer } from '../src/testing/test-server.ts';
import { createPeople, type People } from '../src/testing/people.ts';
import { pinToday } from '../src/testing/test-clock.ts';
import {
  centralCouncilBody,
  CENTRAL_MEMBERS,
  filledForm01,
  filledForm02,
  filledForm03,
  FOUR_STAR,
  LOW,
  MAX_SET1,
  MEMBERS,
  PDF_BYTES,
  PEOPLE,
  type Who,
} from '../src/modules/evaluation/evaluation-test-kit.ts';

const PRODUCT = 'Rau cải mèo Bình Lư';

let server: TestServer;
let people: People<Who>;
let walk: BrowserWalk<Who>;
let productId = '';
let dossierId = '';
let roundId = '';
let councilId = '';

/** Runs a browser step as `who`; on failure saves a screenshot to test-results/evaluation-<name>.png and rethrows. */
const as = (who: Who, name: string, fn: (page: Page) => Promise<void>, viewport?: { width: number; height: number }) =>
  walk.as(who, name, fn, viewport);

async function shot(page: Page, name: string, fullPage = false): Promise<void> {
  mkdirSync(resultsDir, { recursive: true });
  // Loaded and still: no spinner, no drawer or dialog half-way through its animation.
  await page.waitForFunction(
    () =>
      !document.querySelector('.ant-spin-spinning, .ant-drawer-panel-motion-appear, .ant-zoom-appear, .ant-zoom-enter'),
  );
  await page.waitForTimeout(350);
  await page.screenshot({ path: join(resultsDir, `evaluation-${name}.png`), fullPage });
}

/** Opens the dossier page and waits until it shows the given state. */
async function openDossier(page: Page, state?: string): Promise<void> {
  await page.goto(`${server.url}/dossiers/${dossierId}`);
  await page.getByTestId('dossier-page').waitFor();
  if (state) await page.locator(`[data-testid="dossier-page"][data-state="${state}"]`).waitFor();
}

/** Clicks a step, fills what the dialog needs, confirms, and waits for the new state. */
async function act(page: Page, action: string, to: string, fill?: () => Promise<void>): Promise<void> {
  await page.getByTestId(`action-${action}`).click();
  await page.getByTestId('action-confirm').waitFor();
  // The dialog's opening animation done, so the click is not lost.
  await page.waitForFunction(
    () => !document.querySelector('.ant-modal .ant-zoom-appear, .ant-modal.ant-zoom-appear, .ant-zoom-enter'),
  );
  if (fill) await fill();
  await page.getByTestId('action-confirm').click();
  await page.locator(`[data-testid="dossier-page"][data-state="${to}"]`).waitFor({ timeout: 15_000 });
}

const api = (who: Who, method: 'GET' | 'POST' | 'PUT', url: string, body?: unknown) =>
  setupCall(people, who, method, url, body);

/** The key a member presses for an answer on the scoring screen: option n → n+1, yes → 1, none → 0. */
/** Answers in sheet order (JavaScript lists the integer-like keys "7"…"12" first). */
const inSheetOrder = (answers: Record<string, number | boolean | null>) =>
  Object.entries(answers).sort(([a], [b]) => {
    const [a1 = 0, a2 = 0] = a.split('.').map(Number);
    const [b1 = 0, b2 = 0] = b.split('.').map(Number);
    return a1 - b1 || a2 - b2;
  });
const keyOf = (a: number | boolean | null): string =>
  a === true ? '1' : a === false || a === null ? '0' : String(a + 1);

beforeAll(async () => {
  await ensureWebBuild();
  server = await startTestServer();
  people = await createPeople(server.app, server.db, PEOPLE);
  pinToday('2026-08-28');
  // Data entry: the Bình Lư cooperative registers itself and its product of set 1.
  const producer = await api('binhlu_producer', 'POST', '/api/producers', {
    communeCode: '03390',
    legalType: 'htx',
    name: 'Hợp tác xã Nông sản sạch Bình Lư',
    registrationNo: '6201000999',
    representative: { name: 'Đặng Thị Mỹ Hạnh', sex: 'nu', ethnicity: 'Thái' },
    address: 'Bản Nà Đông, xã Bình Lư, tỉnh Lai Châu',
    phone: '0912 345 678',
  });
  productId = (
    await api('binhlu_producer', 'POST', '/api/products', { producerId: producer.id, name: PRODUCT, setNo: 1 })
  ).id;
  walk = new BrowserWalk(await launchChromium(), server.url, 'evaluation');
}, 180_000);

afterAll(() => endWalk(walk, server));

describe('a first evaluation walked in Chromium to a 4★ certificate', { timeout: 120_000 }, () => {
  it('the producer opens a dossier, fills Forms 01 and 02, uploads evidence and files it', async () => {
    await as('binhlu_producer', 'producer-files', async (page) => {
      await page.goto(server.url + '/');
      // A producer lands on "Hồ sơ của tôi".
      await page.getByTestId('queues-page').waitFor();
      await page.getByTestId('dossier-create').click();
      await page.getByTestId('create-product').click();
      await page.getByTestId(`create-product-${productId}`).click();
      await page.locator('label:has([data-testid="create-kind-first"])').click();
      await shot(page, '00-create');
      await page.getByTestId('create-ok').click();
      await page.getByTestId('dossier-page').waitFor();
      dossierId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);
      await page.locator('[data-testid="dossier-page"][data-state="draft"]').waitFor();

      // Form 01: prefilled from the registry; the position is the producer's to type.
      await page.getByTestId('tab-01').click();
      await expect
        .poll(() => page.getByTestId('f01-producer.name').inputValue())
        .toBe('Hợp tác xã Nông sản sạch Bình Lư');
      expect(await page.getByTestId('f01-province').inputValue()).toBe('Lai Châu');
      await page.getByTestId('save-01').click();
      // The missing position is refused on the client first.
      await page.getByText('Bắt buộc').first().waitFor();
      await page.getByTestId('f01-producer.position').fill('Giám đốc');
      await page.getByTestId('save-01').click();
      await page.locator('[data-testid="form-01"] .ant-tag', { hasText: 'Đã lưu' }).waitFor();

      // Form 02: parts I, II, IV typed; part III answered criterion by criterion with the live result.
      await page.getByTestId('tab-02').click();
      await page.getByTestId('criterion-1.1').waitFor();
      await page.getByTestId('f02-producer.establishedOn').fill('15/03/2018');
      await page
        .getByTestId('f02-product.description')
        .fill('Cải mèo tươi trồng trên nương cao, đóng túi 500 g, có tem truy xuất nguồn gốc.');
      await page.getByTestId('f02-history').fill('Thành lập năm 2018 từ tổ hợp tác trồng rau của 12 hộ.');
      await page.getByTestId('f02-structure').fill('Hội đồng quản trị 3 người; Giám đốc; 35 thành viên.');
      await page
        .getByTestId('f02-business.rawMaterialAndProduction')
        .fill('Vùng trồng 15 ha của 35 hộ thành viên; nhà sơ chế của hợp tác xã.');
      await page.getByTestId('f02-business.qualityChanges').fill('Chuyển sang túi 500 g có nhãn và mã QR.');
      await page.getByTestId('f02-business.markets').fill('Siêu thị ở Lai Châu, Hà Nội; sàn thương mại điện tử.');
      await page.getByTestId('f02-year-0-revenue').fill('2400000000');
      await page.getByTestId('f02-year-0-profit').fill('195000000');
      await page.getByTestId('f02-plan').fill('Mở rộng vùng trồng lên 25 ha, đạt chứng nhận hữu cơ năm 2027.');
      for (const [code, a] of Object.entries(FOUR_STAR)) {
        if (a === true) await page.getByTestId(`yesno-${code}`).click();
        else await page.getByTestId(`option-${code}-${a}`).click();
      }
      await expect.poll(() => page.getByTestId('total').textContent(), { timeout: 10_000 }).toBe('75');
      expect(await page.getByTestId('final-star').getAttribute('data-star')).toBe('4');
      await page.getByTestId('save-02').click();
      await page.locator('[data-testid="form-02"] .ant-tag', { hasText: 'Đã lưu' }).waitFor();
      await shot(page, '01-form02');

      // Evidence: a PDF for criterion 1.2, then the viewer.
      await page.getByTestId('tab-evidence').click();
      await page.getByTestId('evidence-criterion').click();
      await page.keyboard.type('1.2');
      await page.keyboard.press('Enter');
      await page.getByTestId('evidence-note').fill('Giấy chứng nhận VietGAP');
      await page
        .locator('[data-testid="evidence-panel"] input[type=file]')
        .setInputFiles({ name: 'vietgap.pdf', mimeType: 'application/pdf', buffer: PDF_BYTES });
      await page.getByTestId('evidence-vietgap.pdf').click();
      await page.getByTestId('evidence-viewer').waitFor();
      await page.keyboard.press('Escape');

      await act(page, 'submit', 'submitted');
      // Filed: the forms are read-only now; the timeline shows the step.
      await page.getByTestId('tab-timeline').click();
      await page.getByTestId('timeline-submit').waitFor();
    });
  });

  it('the commune officer receives it from the queue, writes Form 03 and forwards it', async () => {
    pinToday('2026-08-31');
    await as('binhlu_officer', 'commune', async (page) => {
      // The commune officer starts on the dashboard (issue 10); the work queues are one click away.
      await page.goto(server.url + '/');
      await page.getByTestId('dashboard-page').waitFor();
      await page.getByTestId('nav-queues').click();
      await page.getByTestId('queues-page').waitFor();
      await page.getByTestId('queue-to_receive').click();
      await page.getByTestId(`dossier-link-${dossierId}`).click();
      await act(page, 'receive', 'commune_received');
      await expect.poll(() => page.getByTestId('receipt-no').textContent()).toBe('01/PĐK-12-03390-2026');
      await page.getByTestId('deadlines').waitFor();

      await page.getByTestId('tab-03').click();
      await expect
        .poll(() => page.getByTestId('f03-producer.name').inputValue())
        .toBe('Hợp tác xã Nông sản sạch Bình Lư');
      await page.getByTestId('f03-reportNo').fill('15/BC-UBND');
      await page
        .getByTestId('f03-assessment.localRawMaterial.communeAssessment')
        .fill('Đã kiểm tra thực tế vùng trồng 15 ha: đúng như mô tả.');
      await page
        .getByTestId('f03-assessment.localLabour.producerDescription')
        .fill('40 lao động, 36 người thường trú tại xã.');
      await page
        .getByTestId('f03-assessment.localLabour.communeAssessment')
        .fill('Đối chiếu danh sách lao động: 90% là người trên địa bàn xã.');
      await page.getByTestId('f03-assessment.ideaOrigin.origin').click();
      await page.getByTitle('Sản phẩm truyền thống').click();
      await page
        .getByTestId('f03-assessment.ideaOrigin.assessment')
        .fill('Giống rau bản địa được đồng bào trồng lâu đời.');
      await page
        .getByTestId('f03-assessment.localIdentity.assessment')
        .fill('Kinh nghiệm canh tác trên nương cao tạo vị đặc trưng.');
      await page.getByTestId('save-03').click();
      await page.locator('[data-testid="form-03"] .ant-tag', { hasText: 'Đã lưu' }).waitFor();
    });
    pinToday('2026-09-10');
    await as('binhlu_officer', 'commune-forward', async (page) => {
      await openDossier(page, 'commune_received');
      await act(page, 'forward', 'forwarded', async () => {
        await page.getByTestId('input-letterNumber').fill('25/UBND-KT');
      });
    });
  });

  it('the province office accepts it, plans round 2/2026 and records its council, assigns the dossier and starts the review', async () => {
    pinToday('2026-09-17');
    await as('laichau_office', 'office-accept', async (page) => {
      // The province office starts on the dashboard (issue 10); the work queues are one click away.
      await page.goto(server.url + '/');
      await page.getByTestId('dashboard-page').waitFor();
      await page.getByTestId('nav-queues').click();
      await page.getByTestId('queue-to_check').click();
      await page.getByTestId(`dossier-link-${dossierId}`).waitFor();
      await shot(page, '06-office-queue');
      await page.getByTestId(`dossier-link-${dossierId}`).click();
      // A refusal needs a reason: the dialog says so before anything is sent.
      await page.getByTestId('action-request_supplement').click();
      await page.getByTestId('action-confirm').click();
      await page.getByText('Vui lòng nêu lý do').waitFor();
      await page.getByRole('button', { name: 'Huỷ' }).click();
      await act(page, 'accept', 'province_accepted');
    });
    pinToday('2026-09-18');
    await as('laichau_office', 'office-round', async (page) => {
      await createRound(page, server.url, 2026, 2);
      // The council drawer prefills the 7 required seats of Art. 7.3.b; the office picks the people.
      await page.getByTestId('council-create-2026-2').click();
      await page.getByTestId('council-member-6').waitFor();
      await shot(page, '07-council-drawer');
      await fillProvinceCouncil(page, '1234/QĐ-UBND', '18/09/2026');
      await page.locator('.ant-table-row', { hasText: '1234/QĐ-UBND' }).waitFor();
    });
    roundId = (await api('laichau_office', 'GET', '/api/rounds'))[0].id;
    const council = (await api('laichau_office', 'GET', `/api/councils?roundId=${roundId}`))[0];
    expect(council.members.map((m: { userId: string }) => m.userId).sort()).toEqual(
      [people.ids.chair, ...MEMBERS.map((m) => people.ids[m]), people.ids.advisory].sort(),
    );
    councilId = council.id;
    pinToday('2026-09-21');
    await as('laichau_office', 'office-assign', async (page) => {
      await openDossier(page, 'province_accepted');
      await act(page, 'assign_round', 'in_round', async () => {
        await page.getByTestId('input-round').click();
        await page.getByTestId(`round-option-${roundId}`).click();
      });
    });
    pinToday('2026-09-22');
    await as('laichau_office', 'office-review', async (page) => {
      await openDossier(page, 'in_round');
      await act(page, 'start_review', 'advisory_review');
    });
  });

  it('the advisory team reports to the chair and sends the dossier to the council', async () => {
    pinToday('2026-09-25');
    await as('advisory', 'advisory', async (page) => {
      await page.goto(server.url + '/');
      await page.getByTestId('queue-to_review').click();
      await page.getByTestId(`dossier-link-${dossierId}`).click();
      await act(page, 'submit_advisory_report', 'council_scoring', async () => {
        await page
          .getByTestId('input-advisory-content')
          .fill('Hồ sơ đầy đủ, minh chứng rõ ràng; không cần khảo sát thực tế.');
        await page.getByTestId('input-advisory-reference').fill('BC-05/TTV');
      });
    });
  });

  it('member 1 scores entirely with the keyboard: ↑/↓, digits, Enter', async () => {
    pinToday('2026-10-01');
    await as('m1', 'm1-keyboard', async (page) => {
      await page.goto(server.url + '/');
      // Council members land on their scoring list, with their own status.
      await page.getByTestId('scoring-list').waitFor();
      await expect.poll(() => page.getByTestId(`my-status-${dossierId}`).getAttribute('data-status')).toBe('none');
      await page.getByTestId(`score-link-${dossierId}`).click();
      await page.getByTestId('score-criterion-1.1').waitFor();
      // Each key press re-renders the card: wait for the active criterion rather than reading it once.
      const active = (code: string) => page.getByTestId(`score-criterion-${code}`).getAttribute('data-active');
      await expect.poll(() => active('1.1')).toBe('yes');
      // ↓ then ↑ moves away and back.
      await page.keyboard.press('ArrowDown');
      await expect.poll(() => active('1.2')).toBe('yes');
      await page.keyboard.press('ArrowUp');
      await expect.poll(() => active('1.1')).toBe('yes');
      // Enter on an incomplete card does not submit; it jumps to the first missing criterion.
      await page.keyboard.press('Enter');
      await expect.poll(() => active('1.1')).toBe('yes');
      for (const [code, a] of inSheetOrder(FOUR_STAR)) {
        await expect
          .poll(() => page.getByTestId(`score-criterion-${code}`).getAttribute('data-active'), { message: code })
          .toBe('yes');
        await page.keyboard.press(keyOf(a));
      }
      await expect.poll(() => page.getByTestId('total').textContent(), { timeout: 10_000 }).toBe('75');
      expect(await page.getByTestId('final-star').getAttribute('data-star')).toBe('4');
      // Enter asks to confirm; a second Enter does not submit; the dialog's button does.
      await page.keyboard.press('Enter');
      await page.getByTestId('confirm-submit').waitFor();
      await page.keyboard.press('Enter');
      await page.getByTestId('confirm-submit-ok').click();
      await page.getByTestId('card-submitted').waitFor();
      // Only m1 has submitted: the others' cards show as not yet submitted.
      await page.getByTestId('council-status').getByText('1/7 phiếu đã nộp').waitFor();
    });
  });

  it('member 2 scores with the mouse on a tablet (1024×768); the draft is autosaved and survives a reload', async () => {
    await as(
      'm2',
      'm2-tablet',
      async (page) => {
        await page.goto(`${server.url}/scoring/${councilId}/${dossierId}`);
        await page.getByTestId('score-criterion-1.1').waitFor();
        const half = Object.entries(FOUR_STAR).slice(0, 10);
        for (const [code, a] of half)
          await page.getByTestId(a === true ? `score-${code}-yes` : `score-${code}-${a}`).click();
        await page.locator('[data-testid="save-state"][data-state="saved"]').waitFor({ timeout: 10_000 });
        await shot(page, '02-scoring-tablet');
        await page.reload();
        await page.getByTestId('score-criterion-1.1').waitFor();
        for (const [code] of half)
          expect(await page.getByTestId(`score-criterion-${code}`).getAttribute('data-answered')).toBe('yes');
        for (const [code, a] of Object.entries(FOUR_STAR).slice(10))
          await page.getByTestId(a === true ? `score-${code}-yes` : `score-${code}-${a}`).click();
        await expect.poll(() => page.getByTestId('total').textContent(), { timeout: 10_000 }).toBe('75');
        await page.getByTestId('submit-card').click();
        await page.getByTestId('confirm-submit-ok').click();
        await page.getByTestId('card-submitted').waitFor();
        // Submitted: m2 now sees m1's submitted card with its total.
        await page.getByTestId('member-card-m1').getByTestId('member-total').waitFor();
        expect(await page.getByTestId('member-card-m1').textContent()).toContain('75');
      },
      { width: 1024, height: 768 },
    );
  });

  it('one member diverges: the banner shows, the chair puts it to discussion, the member revises, the chair closes', async () => {
    for (const m of MEMBERS.slice(2, 6))
      await api(m, 'POST', `/api/councils/${councilId}/dossiers/${dossierId}/scorecard/submit`, { answers: FOUR_STAR });
    await api('m7', 'POST', `/api/councils/${councilId}/dossiers/${dossierId}/scorecard/submit`, { answers: LOW });
    await as('m1', 'm1-divergence', async (page) => {
      await page.goto(`${server.url}/scoring/${councilId}/${dossierId}`);
      await page.getByTestId('divergence-banner').waitFor();
      expect(await page.getByTestId('divergence-banner').textContent()).toContain('12');
      await shot(page, '03-divergence', true);
    });
    pinToday('2026-10-02');
    await as('chair', 'chair-flag', async (page) => {
      await page.goto(`${server.url}/scoring/${councilId}/${dossierId}`);
      await page.getByTestId('divergence-banner').waitFor();
      await page.getByTestId('action-flag_divergence').click();
      await page.getByTestId('action-confirm').click();
      await page.locator('[data-testid="scoring-page"][data-state="council_rescoring"]').waitFor();
    });
    pinToday('2026-10-05');
    await api('m7', 'PUT', `/api/councils/${councilId}/dossiers/${dossierId}/scorecard`, { answers: FOUR_STAR });
    await api('m7', 'POST', `/api/councils/${councilId}/dossiers/${dossierId}/scorecard/submit`);
    await as('chair', 'chair-close', async (page) => {
      await openDossier(page, 'council_rescoring');
      await act(page, 'close_scoring', 'council_closed');
      await page.locator('[data-testid="final-result"][data-star="4"]').waitFor();
    });
  });

  it("the office records the province chair's decision and certifies: 001/GCN-OCOP-12-2026, 4★", async () => {
    pinToday('2026-10-12');
    await as('laichau_office', 'office-certify', async (page) => {
      await openDossier(page, 'council_closed');
      // A decision dated after the act is refused with the server's message, nothing recorded.
      await page.getByTestId('action-certify_province').click();
      await page.getByTestId('input-decision-number').fill('1500/QĐ-UBND');
      await page.getByTestId('input-decision-date').fill('20/10/2026');
      await page.getByTestId('action-confirm').click();
      await page.getByTestId('action-error').waitFor();
      await page.getByTestId('input-decision-date').fill('12/10/2026');
      await page.getByTestId('input-decision-signer').fill('Chủ tịch UBND tỉnh');
      await shot(page, '09-certify-dialog');
      await page.getByTestId('action-confirm').click();
      const issued = page.getByTestId('certificate-issued');
      await issued.waitFor();
      expect(await issued.getAttribute('data-number')).toBe('001/GCN-OCOP-12-2026');
      expect(await issued.getAttribute('data-star')).toBe('4');
      await page.locator('[data-testid="dossier-page"][data-state="province_certified"]').waitFor();
      await page.getByRole('button', { name: /OK|Đồng ý/ }).click();
      const shown = page.getByTestId('dossier-certificate');
      await shown.waitFor();
      expect(await shown.getAttribute('data-number')).toBe('001/GCN-OCOP-12-2026');
      expect(await shown.getAttribute('data-star')).toBe('4');
      await shot(page, '04-certified', true);
    });
  });

  it('the producer sees the certificate in Results and the notifications in the bell', async () => {
    await as('binhlu_producer', 'producer-results', async (page) => {
      await page.goto(server.url + '/results');
      await page.getByTestId('cert-001/GCN-OCOP-12-2026').waitFor();
      expect(await page.locator('[data-testid="cert-star"]').first().getAttribute('data-star')).toBe('4');
      // The certificate's page: its state and re-evaluation window, and the PDF to print.
      await page.getByTestId('cert-001/GCN-OCOP-12-2026').click();
      const cert = page.getByTestId('certificate-page');
      await cert.waitFor();
      expect(await cert.getAttribute('data-number')).toBe('001/GCN-OCOP-12-2026');
      expect(await page.getByTestId('certificate-window').textContent()).toContain('15/04/2029');
      const pdf = await page.request.get(
        server.url + (await page.getByTestId('print-certificate').getAttribute('href'))!,
      );
      expect(pdf.headers()['content-type']).toBe('application/pdf');
      expect((await pdf.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
      await shot(page, '05-certificate');
      await page.goto(server.url + '/results');
      await expect
        .poll(async () => Number(await page.getByTestId('notif-bell').getAttribute('data-unread')))
        .toBeGreaterThan(0);
      await page.getByTestId('notif-bell').click();
      await page.getByTestId('notification-dossier.certify_province').click();
      await page.getByTestId('dossier-page').waitFor();
      await shot(page, '05-producer-dossier');

      // A re-evaluation shows the certificate's filing window (180 to 120 days before 12/10/2029) and the server's
      // refusal outside it, as the server words it.
      await page.goto(server.url + '/my-dossiers');
      await page.getByTestId('dossier-create').click();
      await page.getByTestId('create-product').click();
      await page.getByTestId(`create-product-${productId}`).click();
      await page.locator('label:has([data-testid="create-kind-reevaluation"])').click();
      const window = page.getByTestId('reevaluation-window');
      await window.waitFor();
      expect(await window.textContent()).toContain('15/04/2029');
      expect(await window.textContent()).toContain('14/06/2029');
      await page.getByTestId('create-ok').click();
      await page.getByTestId('create-error').waitFor();
      expect(await page.getByTestId('create-error').textContent()).toMatch(/quá sớm.*15\/04\/2029/);
      await shot(page, '10-reevaluation-window');
    });
  });
});

describe('a second walk: 100 points at the province, the Ministry recognises 5★', { timeout: 120_000 }, () => {
  let id = '';
  let centralRoundId = '';
  let centralCouncilId = '';
  const base = () => `/api/dossiers/${id}`;

  it('the province evaluates a second product to 100 points (through the API); the office proposes it to the Ministry in the UI', async () => {
    pinToday('2026-10-13');
    const producerId = (await api('binhlu_producer', 'GET', '/api/producers')).items[0].id;
    const product = await api('binhlu_producer', 'POST', '/api/products', {
      producerId,
      name: 'Chè Shan tuyết Bình Lư',
      setNo: 1,
    });
    id = (await api('binhlu_producer', 'POST', '/api/dossiers', { productId: product.id, kind: 'first' })).id;
    await api('binhlu_producer', 'PUT', `${base()}/forms/01`, filledForm01());
    await api('binhlu_producer', 'PUT', `${base()}/forms/02`, filledForm02(MAX_SET1));
    await api('binhlu_producer', 'POST', `${base()}/actions/submit`, {});
    pinToday('2026-10-14');
    await api('binhlu_officer', 'POST', `${base()}/actions/receive`, {});
    await api('binhlu_officer', 'PUT', `${base()}/forms/03`, filledForm03());
    await api('binhlu_officer', 'POST', `${base()}/actions/forward`, { letterNumber: '31/UBND-KT' });
    pinToday('2026-10-15');
    await api('laichau_office', 'POST', `${base()}/actions/accept`, {});
    await api('laichau_office', 'POST', `${base()}/actions/assign_round`, { roundId });
    await api('laichau_office', 'POST', `${base()}/actions/start_review`, {});
    pinToday('2026-10-16');
    await api('advisory', 'POST', `${base()}/advisory-report`, { content: 'Đạt yêu cầu.' });
    await api('advisory', 'POST', `${base()}/actions/submit_advisory_report`, {});
    pinToday('2026-10-19');
    for (const m of MEMBERS)
      await api(m, 'POST', `/api/councils/${councilId}/dossiers/${id}/scorecard/submit`, { answers: MAX_SET1 });
    pinToday('2026-10-20');
    const closed = await api('chair', 'POST', `${base()}/actions/close_scoring`, {});
    expect(closed.dossier.facts.outcome).toMatchObject({ kind: 'forward', star: 5 });
    pinToday('2026-10-21');
    await as('laichau_office', 'office-send', async (page) => {
      await page.goto(`${server.url}/dossiers/${id}`);
      await page.locator('[data-testid="dossier-page"][data-state="council_closed"]').waitFor();
      await act(page, 'send_to_ministry', 'sent_to_ministry', async () => {
        await page.getByTestId('input-decision-number').fill('1600/QĐ-UBND');
        await page.getByTestId('input-decision-date').fill('21/10/2026');
      });
    });
  });

  it('the Ministry receives it from its queue and puts it before the central council', async () => {
    pinToday('2026-10-22');
    await as('ministry', 'ministry-receive', async (page) => {
      await page.goto(server.url + '/');
      await page.getByTestId('queue-to_receive').click();
      await page.getByTestId(`dossier-link-${id}`).click();
      await page.locator('[data-testid="dossier-page"][data-state="sent_to_ministry"]').waitFor();
      await act(page, 'receive_at_ministry', 'ministry_received');
    });
    centralRoundId = (await api('ministry', 'POST', '/api/rounds', { level: 'central', year: 2026, number: 2 })).id;
    pinToday('2026-11-02');
    const s = { ids: people.ids } as Parameters<typeof centralCouncilBody>[0];
    centralCouncilId = (await api('ministry', 'POST', '/api/councils', centralCouncilBody(s, centralRoundId))).id;
    pinToday('2026-11-03');
    await as('ministry', 'ministry-council', async (page) => {
      await page.goto(`${server.url}/dossiers/${id}`);
      await page.locator('[data-testid="dossier-page"][data-state="ministry_received"]').waitFor();
      await act(page, 'open_central_council', 'ministry_council', async () => {
        await page.getByTestId('input-round').click();
        await page.getByTestId(`round-option-${centralRoundId}`).click();
      });
    });
  });

  it("a central member scores with the keyboard; the Minister's decision makes it 5★: 001/GCN-OCOP-BNNMT-2026", async () => {
    pinToday('2026-11-10');
    await as('c1', 'c1-keyboard', async (page) => {
      await page.goto(server.url + '/');
      await page.getByTestId(`score-link-${id}`).click();
      await page.getByTestId('score-criterion-1.1').waitFor();
      for (const [code, a] of inSheetOrder(MAX_SET1)) {
        await expect
          .poll(() => page.getByTestId(`score-criterion-${code}`).getAttribute('data-active'), { message: code })
          .toBe('yes');
        await page.keyboard.press(keyOf(a));
      }
      await expect.poll(() => page.getByTestId('total').textContent(), { timeout: 10_000 }).toBe('100');
      await page.keyboard.press('Enter');
      await page.getByTestId('confirm-submit-ok').click();
      await page.getByTestId('card-submitted').waitFor();
    });
    for (const m of CENTRAL_MEMBERS.slice(1))
      await api(m, 'POST', `/api/councils/${centralCouncilId}/dossiers/${id}/scorecard/submit`, { answers: MAX_SET1 });
    pinToday('2026-11-20');
    await as('ministry', 'ministry-certify', async (page) => {
      await page.goto(`${server.url}/dossiers/${id}`);
      await page.locator('[data-testid="dossier-page"][data-state="ministry_council"]').waitFor();
      await page.getByTestId('action-certify_ministry').click();
      await page.getByTestId('action-confirm').waitFor();
      await page.getByTestId('input-decision-number').fill('2345/QĐ-BNNMT');
      await page.getByTestId('input-decision-date').fill('18/11/2026');
      await page.getByTestId('input-decision-signer').fill('Bộ trưởng');
      await page.getByTestId('action-confirm').click();
      const issued = page.getByTestId('certificate-issued');
      await issued.waitFor();
      expect(await issued.getAttribute('data-number')).toBe('001/GCN-OCOP-BNNMT-2026');
      expect(await issued.getAttribute('data-star')).toBe('5');
      await page.locator('[data-testid="dossier-page"][data-state="ministry_certified"]').waitFor();
    });
    await as('binhlu_producer', 'producer-5star', async (page) => {
      await page.goto(server.url + '/results');
      await page.getByTestId('cert-001/GCN-OCOP-BNNMT-2026').waitFor();
      await page.getByTestId('cert-001/GCN-OCOP-12-2026').waitFor();
      await shot(page, '08-results');
    });
  });
});
