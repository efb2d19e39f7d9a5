// GET /api/dashboard against a built world (real PostgreSQL): Lai Châu (12) with products in Bình Lư and Tân Phong,
// certificates valid, in the re-evaluation window, expired and revoked, Điện Biên (11) beside it; today 23/11/2026.
// The figures today and on 1/6/2025 (asOf: certificates by their dates and revocations, products by entry date), the
// readers' scopes, bad input, and the start page GET /api/me/permissions gives the offices.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  pinToday,
  registerBinhLuProduct,
  startEvaluationTestServer,
  type EvaluationTestServer,
} from '../evaluation/evaluation-test-kit.ts';
import { certify } from '../certificates/certificates-test-kit.ts';

let s: EvaluationTestServer;
const p: Record<string, string> = {};
const stars = (rows: { star: number; count: number }[]) => Object.fromEntries(rows.map((r) => [r.star, r.count]));

async function productIn(who: 'laichau_office' | 'dienbien_office', commune: string, name: string, setNo: number) {
  const producer = await s.call(who, 'POST', '/api/producers', {
    communeCode: commune,
    legalType: 'htx',
    name: `Hợp tác xã ${name}`,
    representative: { name: 'Lò Văn Panh', sex: 'nam', ethnicity: 'Thái' },
    address: 'Bản Hô Bon',
  });
  expect(producer.status).toBe(201);
  const product = await s.call(who, 'POST', '/api/products', { producerId: producer.body.id, name, setNo });
  expect(product.status).toBe(201);
  return product.body.id as string;
}

async function dossier(product: string, state: string, facts: Record<string, unknown>) {
  const r = await s.db.pool.query(`select producer_id, commune_code, province_code from products where id = $1`, [
    product,
  ]);
  const { producer_id, commune_code, province_code } = r.rows[0];
  await s.db.pool.query(
    `insert into dossiers (province_code, commune_code, producer_id, product_id, kind, rule_set, set_no, state, facts, year, submitted_on)
     values ($1, $2, $3, $4, 'first', '26-2026', 1, $5, $6, 2026, '2026-09-01')`,
    [province_code, commune_code, producer_id, product, state, JSON.stringify(facts)],
  );
}

beforeAll(async () => {
  s = await startEvaluationTestServer();
  pinToday('2026-11-23');
  p.P1 = (await registerBinhLuProduct(s, 'Miến dong Bình Lư')).productId;
  p.P2 = (await registerBinhLuProduct(s, 'Rau cải mèo Bình Lư')).productId;
  p.P3 = await productIn('laichau_office', '03408', 'Chè Shan tuyết Tân Phong', 11);
  p.P4 = await productIn('laichau_office', '03408', 'Mật ong bạc hà Tân Phong', 11);
  p.D1 = await productIn('dienbien_office', '03127', 'Gạo Séng Cù Điện Biên', 1);
  // Entered in OCOP Hub long ago, except P4 (entered this summer).
  await s.db.pool.query(`update products set created_at = '2024-01-01T00:00:00+07' where id <> $1`, [p.P4]);
  await s.db.pool.query(`update products set created_at = '2026-07-01T00:00:00+07' where id = $1`, [p.P4]);
  const cert = (k: string, product: string, star: number, on: string, until: string, province = '12') =>
    certify(s, { product, number: `${k}/GCN-OCOP-${province}`, star, on, until, province });
  await cert('A', p.P1, 4, '2026-10-12', '2029-10-12');
  await cert('B', p.P2, 3, '2024-04-15', '2027-04-15');
  await cert('C', p.P3, 4, '2022-10-10', '2025-10-10');
  const f = await cert('F', p.P2, 3, '2025-03-01', '2028-03-01');
  await cert('E', p.D1, 5, '2026-01-05', '2029-01-05', '11');
  await s.db.pool.query(`update certificates set status = 'revoked', revoked_on = '2026-09-01' where id = $1`, [f]);
  await dossier(p.P1, 'commune_received', { communeDueOn: '2026-11-01' });
  await dossier(p.P3, 'forwarded', {});
  await dossier(p.P4, 'draft', {});
  await s.db.pool.query(
    `insert into consumer_reports (province_code, product_id, kind, message, sender_hash)
     values ('12', $1, 'quality', 'Gói miến bị mốc', 'h1')`,
    [p.P1],
  );
});
afterAll(async () => s?.close());

describe('the province office sees its province (GET /api/dashboard)', () => {
  it('today: products by star, set and commune; certificates by status, in force and expiring; dossiers', async () => {
    const r = await s.call('laichau_office', 'GET', '/api/dashboard');
    expect(r.status).toBe(200);
    const d = r.body;
    expect(d.unit).toMatchObject({ code: '12', level: 'province', provinceCode: '12' });
    expect(d.asOf).toBe('2026-11-23');
    // P1 4★ (A), P2 3★ (B; F revoked on 1/9/2026), P3 none (C expired 10/10/2025), P4 none.
    expect(d.products.total).toBe(4);
    expect(stars(d.products.byStar)).toEqual({ 0: 2, 3: 1, 4: 1, 5: 0 });
    expect(d.products.bySet.map((x: { setNo: number; total: number }) => [x.setNo, x.total])).toEqual([
      [1, 2],
      [11, 2],
    ]);
    expect(d.products.unitLevel).toBe('commune');
    expect(
      Object.fromEntries(d.products.byUnit.map((u: { code: string; total: number }) => [u.code, u.total])),
    ).toEqual({ '03390': 2, '03408': 2 });
    expect(d.products.byUnit.find((u: { code: string }) => u.code === '03390').name).toMatch(/Bình Lư/);
    // Art. 4.3, 7.6.a, 8: A valid, B in its re-evaluation window, C expired, F revoked.
    const status = Object.fromEntries(
      d.certificates.byStatus.map((x: { status: string; count: number }) => [x.status, x.count]),
    );
    expect(status).toMatchObject({ valid: 1, reevaluation_window: 1, expired: 1, revoked: 1 });
    expect(d.certificates.total).toBe(4);
    expect(d.certificates.inForce.total).toBe(2);
    expect(stars(d.certificates.inForce.byStar)).toEqual({ 3: 1, 4: 1, 5: 0 });
    // Expiring by 23/5/2027: B on 15/4/2027.
    expect(d.certificates.expiring.until).toBe('2027-05-23');
    expect(d.certificates.expiring.total).toBe(1);
    expect(d.certificates.expiring.byMonth.map((m: { month: string }) => m.month)).toEqual([
      '2026-11',
      '2026-12',
      '2027-01',
      '2027-02',
      '2027-03',
      '2027-04',
      '2027-05',
    ]);
    expect(stars(d.certificates.expiring.byMonth.find((m: { month: string }) => m.month === '2027-04').byStar)[3]).toBe(
      1,
    );
    expect(d.certificates.expiring.soonest.map((c: { number: string }) => c.number)).toEqual(['B/GCN-OCOP-12']);
    // Art. 7.2: the commune's 15 working days ran out on 1/11/2026.
    expect(d.dossiers).toMatchObject({ total: 3, open: 3, overdue: 1, asOf: '2026-11-23' });
    expect(d.signals).toMatchObject({ openReports: 1, openFindings: 0, openProposals: 0 });
    // The province has no plan and no payment yet: the programme's blocks are there, empty, not invented.
    expect(d.targets).toEqual({ available: true, year: 2026, plans: [] });
    expect(d.funds).toMatchObject({ available: true, total: 0, bySource: [] });
    expect(d.notReproducible).toEqual([]);
    expect(d.units.map((u: { code: string }) => u.code)).toContain('03390');
  });

  it('asOf 1/6/2025: certificates by their dates and revocations, products by entry date; what is today’s is said', async () => {
    const r = await s.call('laichau_office', 'GET', '/api/dashboard?asOf=2025-06-01');
    expect(r.status).toBe(200);
    const d = r.body;
    // A not issued yet; B, F (revoked only in 2026) and C (in its re-evaluation window, Art. 7.6.a) in force.
    expect(d.certificates.total).toBe(3);
    expect(d.certificates.inForce.total).toBe(3);
    expect(stars(d.certificates.inForce.byStar)).toEqual({ 3: 2, 4: 1, 5: 0 });
    expect(d.certificates.expiring).toMatchObject({ until: '2025-12-01', total: 1 });
    expect(d.certificates.expiring.soonest[0].number).toBe('C/GCN-OCOP-12');
    // P4 was entered in 2026; P1 had no certificate yet; P2 3★, P3 4★.
    expect(d.products.total).toBe(3);
    expect(stars(d.products.byStar)).toEqual({ 0: 1, 3: 1, 4: 1, 5: 0 });
    expect(d.notReproducible.map((x: { block: string }) => x.block)).toEqual(
      expect.arrayContaining(['dossiers', 'signals']),
    );
    expect(d.dossiers.asOf).toBe('2026-11-23');
  });

  it('a commune of the province: its own figures only', async () => {
    const d = (await s.call('laichau_office', 'GET', '/api/dashboard?unit=03408')).body;
    expect(d.unit).toMatchObject({ code: '03408', level: 'commune' });
    expect(d.products.total).toBe(2);
    expect(d.certificates.total).toBe(1);
    expect(d.dossiers.total).toBe(2);
    expect(d.signals.openReports).toBe(0);
  });
});

describe('scope: who reads which unit', () => {
  it('a commune officer reads its commune by default, and no other unit (403)', async () => {
    const d = (await s.call('binhlu_officer', 'GET', '/api/dashboard')).body;
    expect(d.unit.code).toBe('03390');
    expect(d.products.total).toBe(2);
    expect(d.units.map((u: { code: string }) => u.code)).toEqual(['03390']);
    expect((await s.call('binhlu_officer', 'GET', '/api/dashboard?unit=12')).status).toBe(403);
    expect((await s.call('binhlu_officer', 'GET', '/api/dashboard?unit=03408')).status).toBe(403);
  });

  it('another province’s office is refused (403), the Ministry reads the nation by province', async () => {
    const other = await s.call('dienbien_office', 'GET', '/api/dashboard?unit=12');
    expect(other.status).toBe(403);
    expect(other.body.error.message.vi).toMatch(/ngoài địa bàn/);
    expect((await s.call('dienbien_office', 'GET', '/api/dashboard?unit=national')).status).toBe(403);
    const d = (await s.call('ministry', 'GET', '/api/dashboard')).body;
    expect(d.unit.level).toBe('national');
    expect(d.products.unitLevel).toBe('province');
    expect(
      Object.fromEntries(d.products.byUnit.map((u: { code: string; total: number }) => [u.code, u.total])),
    ).toEqual({ '11': 1, '12': 4 });
    expect(stars(d.certificates.inForce.byStar)).toEqual({ 3: 1, 4: 1, 5: 1 });
    expect((await s.call('ministry', 'GET', '/api/dashboard?unit=12')).body.products.total).toBe(4);
  });

  it('roles that do not steer the programme are refused (403)', async () => {
    expect((await s.call('m1', 'GET', '/api/dashboard')).status).toBe(403);
    expect((await s.call('binhlu_producer', 'GET', '/api/dashboard')).status).toBe(403);
    expect((await s.call(null, 'GET', '/api/dashboard')).status).toBe(401);
  });
});

describe('bad input: 400 naming the field, in Vietnamese and English', () => {
  it.each([
    ['unit=abc', 'querystring.unit'],
    ['unit=99999', 'querystring.unit'],
    ['asOf=2026-02-30', 'querystring.asOf'],
    ['asOf=2027-01-01', 'querystring.asOf'],
  ])('%s', async (q, field) => {
    const r = await s.call('laichau_office', 'GET', `/api/dashboard?${q}`);
    expect(r.status).toBe(400);
    const issue = r.body.error.issues[0];
    expect(issue.field).toBe(field);
    expect(issue.message.vi).toBeTruthy();
    expect(issue.message.en).toBeTruthy();
  });
});

describe('the first screen (GET /api/me/permissions home)', () => {
  it('is the dashboard for the province office and commune officers, unchanged for the others', async () => {
    const home = async (who: 'laichau_office' | 'binhlu_officer' | 'ministry' | 'm1' | 'binhlu_producer') =>
      (await s.call(who, 'GET', '/api/me/permissions')).body;
    expect(await home('laichau_office')).toMatchObject({ home: 'dashboard' });
    expect((await home('laichau_office')).permissions).toContain('dashboard.read');
    expect((await home('binhlu_officer')).home).toBe('dashboard');
    expect((await home('ministry')).home).toBe('queues');
    expect((await home('ministry')).permissions).toContain('dashboard.read');
    expect((await home('m1')).home).toBe('scoring');
    expect((await home('binhlu_producer')).permissions).not.toContain('dashboard.read');
  });
});
