import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { startTestServer, type TestServer } from '../../testing/test-server.ts';
import { loadDemo } from './load-demo.ts';
import { DEMO_PRODUCERS } from './lai-chau.ts';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer({ listen: false });
});
afterAll(async () => s?.close());

const login = async (username: string, password: string) => {
  const res = await s.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
  return { status: res.statusCode, cookie: res.cookies.find((c) => c.name === 'ocop_session')?.value };
};

describe('Lai Châu demo', () => {
  it('loads once through the real commands, and a second run changes nothing', async () => {
    const first = await loadDemo(s.db.db, 'demo-mat-khau');
    expect(first.loaded).toBe(true);
    expect(first.producers).toBe(DEMO_PRODUCERS.length);
    const second = await loadDemo(s.db.db, 'demo-mat-khau');
    expect(second.loaded).toBe(false);
    const n = await s.db.pool.query(`select (select count(*)::int from producers) p, (select count(*)::int from products) pr, (select count(*)::int from certificates) c`);
    expect(n.rows[0]).toEqual({ p: DEMO_PRODUCERS.length, pr: first.products, c: 4 });
  });

  it('gives every role a working account scoped to its unit', async () => {
    const officer = await login('xa.binhlu', 'demo-mat-khau');
    expect(officer.status).toBe(200);
    const res = await s.app.inject({ method: 'GET', url: '/api/producers?limit=100', cookies: { ocop_session: officer.cookie! } });
    const names = res.json().items.map((p: { name: string }) => p.name);
    // Bình Lư (03390) has the miến dong HTX, the thổ cẩm group and the mắc ca company — and nothing else.
    expect(names.sort()).toEqual(['Công ty TNHH Mắc ca Tam Đường', 'HTX Miến dong Bình Lư', 'Tổ hợp tác dệt thổ cẩm Lự Bản Hon'].sort());
    const producer = await login('htx.miendong', 'demo-mat-khau');
    const own = await s.app.inject({ method: 'GET', url: '/api/products', cookies: { ocop_session: producer.cookie! } });
    expect(own.json().items.map((p: { name: string }) => p.name)).toEqual(['Miến dong Bình Lư']);
  });

  it('keeps the expired 2020 certificate of miến dong Bình Lư as history (Decision 921/QĐ-UBND)', async () => {
    const r = await s.db.pool.query(`select c.status, c.expires_on::text e from certificates c join products p on p.id = c.product_id where p.name = 'Miến dong Bình Lư'`);
    expect(r.rows).toEqual([{ status: 'expired', e: '2023-07-20' }]);
  });
});
