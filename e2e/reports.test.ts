// The Lai Châu office produces a report from the web page on a 390 px phone, in Debian's Chromium against the real
// server on a fresh database: "Báo cáo" lists the four standard reports, the office sets "as of" to 1/10/2026 and
// downloads the certificates report as Excel; the file, read back with exceljs, counts the rượu ngô revoked on
// 15/10/2026 as in force then. A commune officer sees only its commune as the unit; the page fits the phone's width.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ensureWebBuild, launchChromium, loggedInContext, screenshotOnFailure } from './browser.ts';
import { startTestServer, type TestServer } from '../src/testing/test-server.ts';
import { createPeople, PEOPLE_PASSWORD } from '../src/testing/people.ts';
import { PEOPLE, type EvaluationTestServer } from '../src/modules/evaluation/evaluation-test-kit.ts';
import * as w from '../src/modules/oversight/report-test-kit.ts';
import { pinToday } from '../src/testing/test-clock.ts';

const PHONE = { width: 390, height: 844 };
let server: TestServer;
let browser: Browser;
let office: BrowserContext;
let commune: BrowserContext;

async function step(ctx: BrowserContext, name: string, fn: (page: Page) => Promise<void>): Promise<void> {
  const page = await ctx.newPage();
  try {
    await screenshotOnFailure(page, `reports-${name}`, fn);
  } finally {
    await page.close();
  }
}

beforeAll(async () => {
  await ensureWebBuild();
  pinToday('2026-12-01');
  server = await startTestServer();
  await createPeople(server.app, server.db, PEOPLE);
  const s = { db: server.db } as EvaluationTestServer;
  const htx = await w.producer(s, { commune: '03390', name: 'HTX Bình Lư' });
  const p1 = await w.product(s, {
    producer: htx,
    commune: '03390',
    name: 'Rượu ngô Bình Lư',
    registeredOn: '2023-01-01',
  });
  const p2 = await w.product(s, { producer: htx, commune: '03390', name: 'Miến dong', registeredOn: '2026-02-01' });
  const c3 = await w.certificate(s, { product: p1, number: '3/GCN', star: 4, on: '2025-01-10', until: '2028-01-10' });
  await w.certificate(s, { product: p2, number: '4/GCN', star: 3, on: '2026-07-01', until: '2029-07-01' });
  await w.revoke(s, c3, '2026-10-15', '15/QĐ-UBND');
  browser = await launchChromium();
  office = await loggedInContext(browser, server.url, 'laichau_office', PEOPLE_PASSWORD, {
    viewport: PHONE,
    acceptDownloads: true,
  });
  commune = await loggedInContext(browser, server.url, 'binhlu_officer', PEOPLE_PASSWORD, { viewport: PHONE });
}, 180_000);

afterAll(async () => {
  pinToday(null);
  await office?.close();
  await commune?.close();
  await browser?.close();
  await server?.close();
});

describe('Báo cáo: a report downloaded from the web page', () => {
  it('the office downloads the certificates report as of 1/10/2026: the rượu ngô revoked later is in force', async () => {
    await step(office, 'download', async (page) => {
      await page.goto(`${server.url}/reports`);
      await page.getByTestId('report-certificates').waitFor();
      for (const kind of ['products', 'rounds', 'year-review'])
        await expect(page.getByTestId(`report-${kind}-pdf`).isVisible()).resolves.toBe(true);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      await page.getByTestId('report-as-of').fill('2026-10-01');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('report-certificates-xlsx').click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/2026-10-01\.xlsx$/);
      const ws = await w.readReport(readFileSync((await download.path())!));
      const totals = w.table(ws, 'Tổng hợp theo hạng sao');
      // 4★: issued 0 in 2026 to 1/10, expired 0, revoked 0, in force 1 (the rượu ngô, revoked only on 15/10).
      expect(w.rowWith(totals.rows, '4 sao')?.slice(2)).toEqual([0, 0, 0, 1]);
      expect(w.rowWith(totals.rows, '3 sao')?.slice(2)).toEqual([1, 0, 0, 1]);
    });
  });

  it('a commune officer produces the reports of its commune only', async () => {
    await step(commune, 'commune', async (page) => {
      await page.goto(`${server.url}/reports`);
      const unit = page.getByTestId('report-unit');
      await unit.waitFor();
      expect(await unit.inputValue()).toBe('Xã Bình Lư, Tỉnh Lai Châu');
      expect(await unit.isDisabled()).toBe(true);
    });
  });
});
