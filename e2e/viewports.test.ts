// The app on the devices its users have (issue 12), in Debian's Chromium against the real server on a fresh database:
// a phone (390 × 844, a producer), a tablet (820 × 1180, a council member) and a laptop (1366 × 768, the office). At
// each size, each main page of a producer (products, results, the self-assessment sheet, Forms 01/02 of a draft
// dossier, a certificate), of a council member (the scoring list and a scoring sheet) and of the office and the chair
// (rounds, a dossier in scoring) has no sideways scroll, no serious or critical axe-core fault, and its menu reaches
// another page (on a phone through the drawer the header's menu button opens). Screenshots go to /tmp/shots-phone/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { BrowserWalk, endWalk, ensureWebBuild, expectNoSeriousAxe, launchChromium } from './browser.ts';
import { startTestServer, type TestServer } from '../src/testing/test-server.ts';
import { createPeople, type People } from '../src/testing/people.ts';
import { pinToday } from '../src/testing/test-clock.ts';
import {
  act,
  forwardedDossier,
  PEOPLE,
  provinceCouncilBody,
  registerBinhLuProduct,
  type EvaluationTestServer,
  type Who,
} from '../src/modules/evaluation/evaluation-test-kit.ts';
import { certify } from '../src/modules/certificates/certificates-test-kit.ts';

const SHOTS = process.env.OCOP_SHOTS_DIR ?? '/tmp/shots-phone';
const SIZES = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'tablet', width: 820, height: 1180 },
  { name: 'laptop', width: 1366, height: 768 },
] as const;
type Size = (typeof SIZES)[number];

let server: TestServer;
let walk: BrowserWalk<Who>;
let scoredId = '';
let draftId = '';
let councilId = '';
let certificateId = '';

beforeAll(async () => {
  await ensureWebBuild();
  server = await startTestServer();
  const people: People<Who> = await createPeople(server.app, server.db, PEOPLE);
  const s = { ...people, app: server.app, db: server.db } as unknown as EvaluationTestServer;
  // A dossier in the council's scoring: filed, received, forwarded, accepted, in round 2/2026, reviewed.
  scoredId = await forwardedDossier(s, 'Chè Shan tuyết Bình Lư');
  pinToday('2026-09-17');
  await act(s, 'laichau_office', scoredId, 'accept');
  pinToday('2026-09-18');
  const round = await s.call('laichau_office', 'POST', '/api/rounds', { level: 'province', year: 2026, number: 2 });
  if (round.status !== 201) throw new Error(`round: ${JSON.stringify(round.body)}`);
  const council = await s.call('laichau_office', 'POST', '/api/councils', provinceCouncilBody(s, round.body.id));
  if (council.status !== 201) throw new Error(`council: ${JSON.stringify(council.body)}`);
  councilId = council.body.id;
  pinToday('2026-09-21');
  await act(s, 'laichau_office', scoredId, 'assign_round', { roundId: round.body.id });
  await act(s, 'laichau_office', scoredId, 'start_review');
  pinToday('2026-09-25');
  await s.call('advisory', 'POST', `/api/dossiers/${scoredId}/advisory-report`, { content: 'Hồ sơ đầy đủ.' });
  await act(s, 'advisory', scoredId, 'submit_advisory_report');
  // A draft the producer is filling, and a certificate in force on another product.
  const draftProduct = (await registerBinhLuProduct(s, 'Gạo tẻ râu Bình Lư')).productId;
  const draft = await s.call('binhlu_producer', 'POST', '/api/dossiers', { productId: draftProduct, kind: 'first' });
  draftId = draft.body.id;
  const honey = (await registerBinhLuProduct(s, 'Mật ong bạc hà Bình Lư')).productId;
  certificateId = await certify(s, {
    product: honey,
    number: '031/GCN-OCOP-12-2025',
    star: 4,
    on: '2025-06-10',
    until: '2028-06-10',
  });
  pinToday('2026-10-01');
  mkdirSync(SHOTS, { recursive: true });
  walk = new BrowserWalk(await launchChromium(), server.url, 'viewports');
}, 240_000);

afterAll(async () => endWalk(walk, server));

/** No sideways scroll: the document is no wider than the window. */
async function expectNoOverflow(page: Page, where: string): Promise<void> {
  const { scroll, client, widest } = await page.evaluate(() => {
    const root = document.documentElement;
    // The widest element past the right edge, to name the culprit when the check fails.
    let widest = '';
    let right = root.clientWidth;
    for (const el of Array.from(document.body.querySelectorAll('*'))) {
      const r = el.getBoundingClientRect();
      if (r.right > right + 0.5 && r.width > 0) {
        right = r.right;
        widest = `${el.tagName.toLowerCase()}.${String(el.className).split(' ').slice(0, 3).join('.')}`;
      }
    }
    return { scroll: root.scrollWidth, client: root.clientWidth, widest };
  });
  expect(scroll, `${where}: sideways scroll (widest: ${widest})`).toBeLessThanOrEqual(client);
}

/** Loaded and still: no spinner, nothing (drawer, dialog, menu) half-way through an opening or closing animation. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      !document.querySelector('.ant-spin-spinning') &&
      !Array.from(document.querySelectorAll('[class*="-appear"], [class*="-enter"], [class*="-leave"]')).some((el) =>
        /(^|\s)ant-[\w-]*-(appear|enter|leave)(\s|$|-)/.test(String(el.className)),
      ),
  );
  await page.evaluate(() => document.fonts.ready);
}

/** Opens `path`, waits for `ready`, then checks overflow and axe-core and takes a screenshot named after the size. */
async function check(page: Page, size: Size, name: string, path: string, ready: string): Promise<void> {
  await page.goto(server.url + path);
  await page.locator(ready).first().waitFor();
  await settled(page);
  await page.screenshot({ path: join(SHOTS, `${size.name}-${name}.png`), fullPage: true });
  await expectNoOverflow(page, `${size.name} ${name}`);
  await expectNoSeriousAxe(page, `${size.name} ${name}`);
}

/**
 * Opens a select and checks that screen readers hear each option by its text, not by its raw value (an id, a bare
 * number): antd gives the options it lists for them the label as name only when the label is plain text.
 */
async function expectNamedOptions(page: Page, select: Locator): Promise<void> {
  await select.click();
  await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) [role="option"]').first().waitFor({
    state: 'attached',
  });
  const names = await page.$$eval('.ant-select-dropdown:not(.ant-select-dropdown-hidden) [role="option"]', (els) =>
    els.map((el) => el.getAttribute('aria-label') ?? el.textContent ?? ''),
  );
  expect(names.length).toBeGreaterThan(0);
  for (const name of names) expect(name, 'an option named by its raw value').not.toMatch(/^(\d+|[0-9a-f-]{36})$/);
  await page.keyboard.press('Escape');
}

/**
 * Reaches a page through the menu (on a phone or tablet through the drawer, checked with axe-core while open); each
 * entry is a real link, which can be opened in a new tab.
 */
async function throughMenu(page: Page, item: string, parent?: string): Promise<void> {
  const narrow = await page.getByTestId('nav-toggle').isVisible();
  if (narrow) {
    await page.getByTestId('nav-toggle').click();
    await page.getByTestId('nav-drawer').waitFor();
    await settled(page);
    await page.screenshot({ path: join(SHOTS, `menu-${page.viewportSize()?.width}-${item}.png`) });
    await expectNoSeriousAxe(page, `the menu drawer at ${page.viewportSize()?.width} px`);
  } else if (parent && !(await page.getByTestId(item).isVisible())) {
    await page.getByTestId(parent).hover();
  }
  const entry = page.getByTestId(item);
  expect(await entry.evaluate((el) => el.closest('a')?.getAttribute('href'))).toMatch(/^\//);
  await entry.click();
  if (narrow) await page.getByTestId('nav-drawer').waitFor({ state: 'hidden' });
}

describe.each(SIZES)('at $width × $height', { timeout: 180_000 }, (size) => {
  const viewport = { width: size.width, height: size.height };

  it('a producer: products, results, self-assessment, Forms 01/02, a certificate; the menu reaches Products', async () => {
    await walk.as(
      'binhlu_producer',
      `producer-${size.name}`,
      async (page) => {
        await check(page, size, 'producer-my-dossiers', '/my-dossiers', '[data-testid="queues-page"]');
        await throughMenu(page, 'nav-products');
        await page.getByTestId('products-page').waitFor();
        await check(page, size, 'producer-products', '/products', '[data-testid="products-page"] .ant-card');
        await check(page, size, 'producer-results', '/results', '[data-testid="results-page"]');
        await check(page, size, 'producer-self-assessment', '/self-assessment', '[data-testid^="sa-part-"]');
        await expectNamedOptions(page, page.locator('.set-select'));
        await check(page, size, 'producer-form01', `/dossiers/${draftId}?tab=01`, '[data-testid="dossier-page"]');
        // Forms 01 and 02 both in the page now (a tab once opened stays): their fields' ids must not clash.
        await page.getByTestId('tab-02').click();
        await page.locator('[data-testid="dossier-page"] [data-testid^="criterion-"]').first().waitFor();
        await settled(page);
        await page.screenshot({ path: join(SHOTS, `${size.name}-producer-form02.png`), fullPage: true });
        const ids = await page.$$eval('[id]', (els) => els.map((el) => el.id));
        expect(
          ids.filter((id, i) => ids.indexOf(id) !== i),
          'ids used twice in the page',
        ).toEqual([]);
        await expectNoOverflow(page, `${size.name} form 02`);
        await expectNoSeriousAxe(page, `${size.name} form 02`);
        await check(
          page,
          size,
          'producer-certificate',
          `/certificates/${certificateId}`,
          '[data-testid="certificate-state"]',
        );
      },
      viewport,
    );
  });

  it('a council member: the scoring list and a scoring sheet; the menu reaches Results', async () => {
    await walk.as(
      'm1',
      `member-${size.name}`,
      async (page) => {
        await check(page, size, 'member-scoring-list', '/scoring', `[data-testid="score-link-${scoredId}"]`);
        await check(page, size, 'member-scoring', `/scoring/${councilId}/${scoredId}`, '[data-testid="scoring-page"]');
        await page.goto(server.url + '/scoring');
        await page.getByTestId('scoring-list').waitFor();
        await throughMenu(page, 'nav-results', 'nav-evaluation');
        await page.getByTestId('results-page').waitFor();
      },
      viewport,
    );
  });

  it('the chair and the office: a dossier in scoring, the rounds; the menu reaches Rounds', async () => {
    await walk.as(
      'chair',
      `chair-${size.name}`,
      async (page) => {
        await check(page, size, 'chair-dossier', `/dossiers/${scoredId}`, '[data-testid="dossier-page"]');
      },
      viewport,
    );
    await walk.as(
      'laichau_office',
      `office-${size.name}`,
      async (page) => {
        await check(page, size, 'office-rounds', '/rounds', '[data-testid="rounds-page"]');
        await check(page, size, 'office-queues', '/queues', '[data-testid="queues-page"]');
        await throughMenu(page, 'nav-rounds', 'nav-evaluation');
        await page.getByTestId('rounds-page').waitFor();
      },
      viewport,
    );
  });
});
