// `npm run bench:web` (or `npm run bench -- web`): the staff app as a commune's old laptop on a mountain link sees it.
// Debian's Chromium through playwright-core, with Chromium's own throttling over CDP — Network.emulateNetworkConditions
// (1.5 Mbps down, 750 kbps up, 150 ms latency) and Emulation.setCPUThrottlingRate 4 — against the real server
// (today's web build, a throw-away embedded PostgreSQL) and a producer's dossier whose Form 02 is saved:
//   1. the log-in page, cold cache: the JavaScript it downloads (bytes on the wire and unpacked);
//   2. Form 02, cold cache, producer logged in: from navigation to the criteria on screen and free to take a click
//      (budget < 5 s);
//   3. a pick on Form 02 at 4× CPU slowdown: from the click to the next paint with the pick and its points drawn
//      (budget < 100 ms), and to the engine's new total in the result panel (informative: a debounce and a round trip).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { launchChromium, ensureWebBuild } from '../e2e/browser.ts';
import { loadConfig } from '../src/config.ts';
import { prepareDatabase } from '../src/server.ts';
import { buildApp } from '../src/app.ts';
import { systemClock } from '../src/platform/clock.ts';
import { NO_JOBS } from '../src/platform/command-context.ts';
import { DiskStorage } from '../src/platform/files.ts';
import { createPeople, PEOPLE_PASSWORD } from '../src/testing/people.ts';
import { form02 } from '../src/modules/evaluation/forms/form-fixtures.ts';

const NETWORK = { offline: false, latency: 150, downloadThroughput: 1_500_000 / 8, uploadThroughput: 750_000 / 8 };
const CPU_SLOWDOWN = 4;
const PICKS = 12;
/** The criterion picked back and forth (set 1, 5.1: four options). */
const PICKED = '5.1';

/** Network and CPU throttling on one page, through Chromium's DevTools protocol. */
async function throttle(page: Page, network: boolean): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  if (network) await cdp.send('Network.emulateNetworkConditions', NETWORK);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  return cdp;
}

/** Scripts fetched by the page so far: bytes on the wire (after compression) and unpacked. */
function scriptBytes(page: Page): Promise<{ wire: number; unpacked: number; files: number }> {
  return page.evaluate(() => {
    const js = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((r) =>
      /\.m?js(\?|$)/.test(r.name),
    );
    return {
      wire: js.reduce((n, r) => n + r.transferSize, 0),
      unpacked: js.reduce((n, r) => n + r.decodedBodySize, 0),
      files: js.length,
    };
  });
}

/**
 * In every page: the moment the first criterion's options are on screen (a MutationObserver, then the next frame),
 * and for each click the time to the next paint (a frame, then a task after it) with what the criterion shows then.
 */
const PAGE_PROBES = `
(() => {
  const w = window;
  w.__bench = { criteriaShown: null, picks: [] };
  new MutationObserver((_, obs) => {
    if (document.querySelector('[data-testid^="option-"]')) {
      obs.disconnect();
      requestAnimationFrame(() => setTimeout(() => (w.__bench.criteriaShown = performance.now())));
    }
  }).observe(document, { childList: true, subtree: true });
  let open = false;
  document.addEventListener('click', (e) => {
    if (open) return; // the label's click and the radio's own click are one pick
    open = true;
    const t0 = e.timeStamp;
    requestAnimationFrame(() =>
      setTimeout(() => {
        open = false;
        const pill = document.querySelector('[data-testid="points-${PICKED}"]');
        w.__bench.picks.push({ ms: performance.now() - t0, pill: pill ? pill.textContent : null });
      }),
    );
  }, true);
})();
`;

const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
const kb = (b: number) => `${(b / 1024).toFixed(0)} kB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function loginPage(ctx: BrowserContext, url: string): Promise<void> {
  const page = await ctx.newPage();
  await throttle(page, true);
  const t0 = Date.now();
  await page.goto(url + '/');
  await page.getByTestId('login-username').waitFor({ timeout: 120_000 });
  const ms = Date.now() - t0;
  const js = await scriptBytes(page);
  console.log(
    `web: log-in page, cold cache, 1.5 Mbps / 150 ms / CPU ×${CPU_SLOWDOWN}: ${fmt(ms)} to the form; ` +
      `JavaScript ${kb(js.wire)} on the wire (${kb(js.unpacked)} unpacked, ${js.files} files)`,
  );
  await page.close();
}

async function form02Load(ctx: BrowserContext, url: string, dossierId: string): Promise<Page> {
  const page = await ctx.newPage();
  const cdp = await throttle(page, true);
  await page.goto(`${url}/dossiers/${dossierId}?tab=02`, { waitUntil: 'commit' });
  const shown = await page.waitForFunction(
    () => (window as never as { __bench: { criteriaShown: number | null } }).__bench.criteriaShown,
    null,
    {
      timeout: 120_000,
      polling: 100,
    },
  );
  const ms = (await shown.jsonValue()) as number;
  if (process.env.BENCH_TIMELINE) {
    const rows = await page.evaluate(() =>
      (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map(
        (r) =>
          `${r.startTime.toFixed(0).padStart(6)} → ${r.responseEnd.toFixed(0).padStart(6)} ${String(r.transferSize).padStart(7)} ${r.name.replace(location.origin, '')}`,
      ),
    );
    console.log(rows.join('\n'));
  }
  const js = await scriptBytes(page);
  console.log(
    `web: Form 02, cold cache, producer logged in, 1.5 Mbps / 150 ms / CPU ×${CPU_SLOWDOWN}: criteria interactive ` +
      `after ${fmt(ms)} (budget < 5 s); JavaScript ${kb(js.wire)} on the wire (${kb(js.unpacked)} unpacked, ${js.files} files)`,
  );
  await cdp.send('Network.emulateNetworkConditions', {
    ...NETWORK,
    latency: 0,
    downloadThroughput: -1,
    uploadThroughput: -1,
  });
  return page;
}

/** Debugging aid (BENCH_PROFILE=1): where a pick's main-thread time goes, by trace event, from Chromium's tracing. */
async function profilePick(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const events: { name: string; ph: string; dur?: number; tid: number }[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as typeof events)));
  const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,blink', transferMode: 'ReportEvents' });
  await page.getByTestId(`option-${PICKED}-1`).click();
  await page.waitForTimeout(1500);
  await cdp.send('Tracing.end');
  await done;
  const total = new Map<string, number>();
  for (const e of events) if (e.ph === 'X' && e.dur) total.set(e.name, (total.get(e.name) ?? 0) + e.dur / 1000);
  console.log(
    [...total.entries()]
      .sort((x, y) => y[1] - x[1])
      .slice(0, 25)
      .map(([k, ms]) => `${ms.toFixed(1).padStart(8)} ms ${k}`)
      .join('\n'),
  );
}

/** Picks two options of one criterion in turn; each time waits for the engine's result before the next pick. */
async function picks(page: Page): Promise<void> {
  await page.getByTestId('result').and(page.locator('[data-state="ready"]')).waitFor({ timeout: 60_000 });
  const paints: number[] = [];
  const results: number[] = [];
  for (let i = 0; i < PICKS; i++) {
    const option = i % 2 === 0 ? 0 : 2;
    const before = await page.getByTestId('total').textContent();
    const t0 = Date.now();
    await page.getByTestId(`option-${PICKED}-${option}`).click();
    await page.waitForFunction(
      (n) => (window as never as { __bench: { picks: unknown[] } }).__bench.picks.length > n,
      i,
    );
    await page.waitForFunction(
      (prev) =>
        document.querySelector('[data-testid="result"]')?.getAttribute('data-state') === 'ready' &&
        document.querySelector('[data-testid="total"]')?.textContent !== prev,
      before,
      { timeout: 30_000, polling: 20 },
    );
    results.push(Date.now() - t0);
    const pick = await page.evaluate(
      (n) => (window as never as { __bench: { picks: { ms: number }[] } }).__bench.picks[n]!,
      i,
    );
    paints.push(pick.ms);
  }
  if (process.env.BENCH_PROFILE) await profilePick(page);
  console.log(
    `web: a pick on Form 02, CPU ×${CPU_SLOWDOWN}, ${PICKS} picks: click → next paint median ${fmt(median(paints))}, ` +
      `max ${fmt(Math.max(...paints))} (budget < 100 ms); click → the engine's new total median ${fmt(median(results))}`,
  );
}

export async function benchWebLoad(): Promise<void> {
  await ensureWebBuild();
  const dir = mkdtempSync(join(tmpdir(), 'ocop-bench-web-'));
  const config = { ...loadConfig({}), dataDir: dir, port: 0, host: '127.0.0.1' };
  const prepared = await prepareDatabase(config);
  const app = await buildApp({
    config,
    db: prepared.db,
    files: new DiskStorage(join(dir, 'files')),
    clock: systemClock,
    jobs: NO_JOBS,
  });
  const browser = await launchChromium();
  try {
    const people = await createPeople(app, prepared.db, {
      bench_producer: { role: 'producer', unit: '03390', province: '12' },
    });
    const ok = async (method: 'POST' | 'PUT', url: string, body: unknown) => {
      const r = await people.call('bench_producer', method, url, body);
      if (r.status >= 300) throw new Error(`${method} ${url}: ${r.status} ${JSON.stringify(r.body)}`);
      return r.body as { id: string };
    };
    const producer = await ok('POST', '/api/producers', {
      communeCode: '03390',
      legalType: 'htx',
      name: 'Hợp tác xã Nông sản sạch Bình Lư',
      registrationNo: '6201000999',
      representative: { name: 'Đặng Thị Mỹ Hạnh', sex: 'nu', ethnicity: 'Thái' },
      address: 'Bản Nà Đông, xã Bình Lư',
    });
    const product = await ok('POST', '/api/products', { producerId: producer.id, name: 'Rau cải mèo', setNo: 1 });
    const dossier = await ok('POST', '/api/dossiers', { productId: product.id, kind: 'first' });
    const f = form02();
    await ok('PUT', `/api/dossiers/${dossier.id}/forms/02`, {
      ...f,
      selfAssessment: { ...f.selfAssessment, evidence: {} },
    });

    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    const login = await fetch(`${url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'bench_producer', password: PEOPLE_PASSWORD }),
    });
    const session = /ocop_session=([^;]+)/.exec(login.headers.get('set-cookie') ?? '')?.[1];
    if (!session) throw new Error(`log-in: ${login.status}`);

    // A new context each time: an empty HTTP cache, as on a first visit.
    const anonymous = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1366, height: 768 } });
    await loginPage(anonymous, url);
    await anonymous.close();

    const producerCtx = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1366, height: 768 } });
    await producerCtx.addCookies([{ name: 'ocop_session', value: session, url }]);
    await producerCtx.addInitScript(PAGE_PROBES);
    const page = await form02Load(producerCtx, url, dossier.id);
    await picks(page);
    await producerCtx.close();
  } finally {
    await browser.close();
    await app.close();
    await prepared.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
