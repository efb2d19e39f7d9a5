// The demo's dashboard (issue 10: "the demo's dashboard shows Lai Châu with charts"): after `npm run ocop -- demo`,
// the provincial office (vp.ocop) opens Lai Châu on the demo's today and every chart has something to draw —
// products of several stars and sets in several communes, certificates in several lifecycle statuses, some expiring,
// dossiers in many states — and a date two years back gives other figures.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../testing/test-server.ts';
import { pinToday } from '../../testing/test-clock.ts';
import { loadDemo } from '../demo/load-demo.ts';
import { DEMO_TODAY } from '../demo/demo-dossiers.ts';

let s: TestServer;
let cookie = '';
const get = async (url: string) =>
  (await s.app.inject({ method: 'GET', url, cookies: { ocop_session: cookie } })).json();
const nonZero = (rows: { count: number }[]) => rows.filter((r) => r.count > 0).length;

beforeAll(async () => {
  s = await startTestServer({ listen: false });
  await loadDemo(s.db.db, 'demo-mat-khau');
  pinToday(DEMO_TODAY);
  const login = await s.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username: 'vp.ocop', password: 'demo-mat-khau' },
  });
  cookie = login.cookies.find((c) => c.name === 'ocop_session')!.value;
});
afterAll(async () => {
  pinToday(null);
  await s?.close();
});

describe('the Lai Châu demo on the dashboard', () => {
  it('every chart has figures to draw', async () => {
    const d = await get('/api/dashboard');
    expect(d.unit.name).toBe('Tỉnh Lai Châu');
    expect(d.products.total).toBeGreaterThanOrEqual(10);
    expect(nonZero(d.products.byStar)).toBeGreaterThanOrEqual(3);
    expect(d.products.bySet.length).toBeGreaterThanOrEqual(3);
    expect(d.products.byUnit.length).toBeGreaterThanOrEqual(3);
    expect(nonZero(d.certificates.byStatus)).toBeGreaterThanOrEqual(4);
    expect(d.certificates.inForce.total).toBeGreaterThanOrEqual(3);
    expect(d.certificates.expiring.total).toBeGreaterThanOrEqual(1);
    expect(d.dossiers.byState.length).toBeGreaterThanOrEqual(5);
    expect(d.signals.openFindings).toBeGreaterThanOrEqual(1);
    // The programme: Lai Châu's 2026 plan with its targets counted, and the support paid in 2026 (demo-plans.ts,
    // demo-programme-work.ts).
    expect(d.targets.plans.map((p: { title: string }) => p.title)).toEqual([
      'Kế hoạch thực hiện Chương trình mỗi xã một sản phẩm (OCOP) tỉnh Lai Châu năm 2026',
    ]);
    expect(d.targets.plans[0].targets.some((t: { actual: number | null }) => (t.actual ?? 0) > 0)).toBe(true);
    expect(d.funds.total).toBe(23_000_000);
  });

  it('two years back the figures differ (certificates by their dates, products by entry)', async () => {
    const now = await get('/api/dashboard');
    const then = await get('/api/dashboard?asOf=2024-11-23');
    expect(then.notReproducible.length).toBeGreaterThan(0);
    expect(then.certificates.total).toBeLessThan(now.certificates.total);
    expect(JSON.stringify(then.certificates.byStatus)).not.toBe(JSON.stringify(now.certificates.byStatus));
  });
});
