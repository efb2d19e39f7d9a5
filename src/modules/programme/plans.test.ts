// Plans and targets over HTTP: progress computed from certificates and dossiers (never typed in), on today and on a
// past day, rolled up from communes; a district's plan of the 2024 set counted over the 2025 communes it became; who
// writes and reads which plan; bad input named by field.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  pinToday,
  registerBinhLuProduct,
  startEvaluationTestServer,
  type EvaluationTestServer,
} from '../evaluation/evaluation-test-kit.ts';
import { certify } from '../certificates/certificates-test-kit.ts';

let s: EvaluationTestServer;
let planId = '';

const LAI_CHAU_2026 = {
  unitSet: 2025,
  unitCode: '12',
  year: 2026,
  title: 'Kế hoạch thực hiện Chương trình OCOP tỉnh Lai Châu năm 2026',
  docNumber: '125/KH-UBND',
  docDate: '2026-01-20',
  legalBases: ['Quyết định số 26/2026/QĐ-TTg'],
  targets: [
    { kind: 'products_maintained', star: 3, target: 13, wording: 'Duy trì 13 sản phẩm đạt 3 sao' },
    { kind: 'products_certified', star: 4, mode: 'upgrade', target: 2 },
    { kind: 'products_certified', target: 4 },
    { kind: 'communes_with_ocop', target: 5 },
    { kind: 'producers_with_ocop', legalType: 'htx', target: 2 },
    { kind: 'sales_points', target: 2 },
  ],
};

async function tanPhongProduct(): Promise<string> {
  const p = await s.call('tanphong_producer', 'POST', '/api/producers', {
    communeCode: '03408',
    legalType: 'dnnvv',
    name: 'Công ty TNHH Chè Tân Phong',
    registrationNo: '6200999111',
    representative: { name: 'Lò Văn Minh', sex: 'nam', ethnicity: 'Thái' },
    address: 'Tân Phong',
    phone: '0912 000 111',
  });
  const product = await s.call('tanphong_producer', 'POST', '/api/products', {
    producerId: p.body.id,
    name: 'Chè Shan tuyết Tân Phong',
    setNo: 1,
  });
  return product.body.id as string;
}

beforeAll(async () => {
  s = await startEvaluationTestServer();
  pinToday('2026-12-03');
  const a = (await registerBinhLuProduct(s)).productId;
  const c = (await registerBinhLuProduct(s, 'Miến dong Bình Lư')).productId;
  const b = await tanPhongProduct();
  await certify(s, { product: a, number: 'A/2025', star: 3, on: '2025-06-10', until: '2028-06-10' });
  const d = await certify(s, { product: b, number: 'D/2023', star: 3, on: '2023-05-01', until: '2026-05-01' });
  const bId = await certify(s, { product: b, number: 'B/2026', star: 4, on: '2026-03-15', until: '2029-03-15' });
  const cId = await certify(s, { product: c, number: 'C/2024', star: 3, on: '2024-01-10', until: '2027-01-10' });
  // B upgraded D (Art. 7.5) through an upgrade dossier; C was revoked on 1/9/2026 (Art. 8).
  const p = await s.db.pool.query(`select producer_id from products where id = $1`, [b]);
  const dossier = await s.db.pool.query(
    `insert into dossiers (province_code, commune_code, producer_id, product_id, kind, rule_set, set_no, state, facts,
       year, submitted_on) values ('12', '03408', $1, $2, 'upgrade', '26-2026', 1, 'decided', '{}', 2026, '2026-01-05')
     returning id`,
    [p.rows[0].producer_id, b],
  );
  await s.db.pool.query(`update certificates set dossier_id = $1 where id = $2`, [dossier.rows[0].id, bId]);
  await s.db.pool.query(`update certificates set superseded_by = $1 where id = $2`, [bId, d]);
  await s.db.pool.query(`update certificates set revoked_on = '2026-09-01' where id = $1`, [cId]);
});
afterAll(async () => s?.close());

const actual = (body: { targets: { actual: number | null }[] }) => body.targets.map((t) => t.actual);

describe('plans: progress computed from the work recorded', () => {
  it('the provincial office writes the province plan; each target reads its figure from certificates and dossiers', async () => {
    const res = await s.call('laichau_office', 'POST', '/api/plans', LAI_CHAU_2026);
    expect(res.status).toBe(201);
    planId = res.body.id;
    // 3★ in force today: A only (C revoked 1/9, D replaced by B); 4★ by upgrade this year: B; any this year: B;
    // communes with a product in force: Bình Lư (A) and Tân Phong (B); cooperatives: the HTX of Bình Lư; no sales point.
    expect(actual(res.body)).toEqual([1, 1, 1, 2, 1, 0]);
    expect(res.body.targets.map((t: { state: string }) => t.state)).toEqual([
      'behind',
      'on_track',
      'behind',
      'behind',
      'behind',
      'behind',
    ]);
    expect(res.body.targets[0].label.vi).toBe('Sản phẩm OCOP còn hiệu lực (duy trì) — 3 sao');
    expect(res.body.targets[0].wording).toBe('Duy trì 13 sản phẩm đạt 3 sao');
  });

  it('Art. 8, 7.5: as of a past day a certificate revoked or replaced later still counts as in force', async () => {
    const june = await s.call('laichau_office', 'GET', `/api/plans/${planId}?asOf=2026-06-30`);
    expect(june.status).toBe(200);
    expect(june.body.targets[0].actual).toBe(2); // A and C (revoked in September)
    const march = await s.call('laichau_office', 'GET', `/api/plans/${planId}?asOf=2026-03-01`);
    expect(march.body.targets[0].actual).toBe(3); // A, C and D (replaced on 15/3)
    expect(march.body.targets[2].actual).toBe(0); // B not yet issued
    const before = await s.call('laichau_office', 'GET', `/api/plans/${planId}?asOf=2025-12-31`);
    expect(before.body.period.notStarted).toBe(true);
    expect(before.body.targets[0].actual).toBe(0);
  });

  it('the trend reads the figure at each quarter end; the figure is rolled up from communes', async () => {
    const res = await s.call('laichau_office', 'GET', `/api/plans/${planId}`);
    expect(res.body.targets[0].trend).toEqual([
      { on: '2026-03-31', actual: 2 },
      { on: '2026-06-30', actual: 2 },
      { on: '2026-09-30', actual: 1 },
      { on: '2026-12-03', actual: 1 },
    ]);
    const communes = res.body.targets[3].byCommune.map((c: { code: string; actual: number }) => [c.code, c.actual]);
    expect(communes.sort()).toEqual([
      ['03390', 1],
      ['03408', 1],
    ]);
  });

  it("a district's plan of the 2024 set (Tam Đường, 2025) counts the 2025 communes its communes went into", async () => {
    const res = await s.call('laichau_office', 'POST', '/api/plans', {
      unitSet: 2024,
      unitCode: '106',
      year: 2026,
      title: 'Kế hoạch OCOP huyện Tam Đường',
      targets: [{ kind: 'products_maintained', target: 3 }],
    });
    expect(res.status).toBe(201);
    expect(res.body.unit).toMatchObject({
      unitSet: 2024,
      level: 'district',
      name: 'Huyện Tam Đường',
      provinceCode: '12',
    });
    // Bình Lư (A) and Tân Phong (B) both hold communes of the former district Tam Đường.
    expect(res.body.targets[0].actual).toBe(2);
  });
});

describe('plans: who writes and reads which plan', () => {
  it("a commune officer writes its commune's plan, not the province's nor another commune's", async () => {
    const own = { unitSet: 2025, unitCode: '03390', year: 2026, title: 'Kế hoạch OCOP xã Bình Lư', targets: [] };
    expect((await s.call('binhlu_officer', 'POST', '/api/plans', own)).status).toBe(201);
    expect((await s.call('binhlu_officer', 'POST', '/api/plans', { ...own, unitCode: '03408' })).status).toBe(403);
    expect((await s.call('binhlu_officer', 'POST', '/api/plans', { ...own, unitCode: '12' })).status).toBe(403);
    // It reads its province's plan (the targets its commune works towards) but may not edit it.
    const plan = await s.call('binhlu_officer', 'GET', `/api/plans/${planId}`);
    expect(plan.status).toBe(200);
    expect(plan.body.may).toEqual({ edit: false, delete: false });
    const list = await s.call('binhlu_officer', 'GET', '/api/plans?year=2026');
    expect(list.body.items.map((p: { unit: { code: string } }) => p.unit.code).sort()).toEqual(['03390', '12']);
  });

  it('another province and a producer read nothing of it', async () => {
    expect((await s.call('dienbien_office', 'GET', `/api/plans/${planId}`)).status).toBe(403);
    expect(
      (await s.call('dienbien_office', 'PUT', `/api/plans/${planId}`, { ...LAI_CHAU_2026, version: 1 })).status,
    ).toBe(403);
    expect((await s.call('binhlu_producer', 'GET', `/api/plans/${planId}`)).status).toBe(403);
    expect((await s.call('dienbien_office', 'GET', '/api/plans')).body.items).toEqual([]);
  });

  it('saving checks the version it started from; a stale save is refused with 409', async () => {
    const first = await s.call('laichau_office', 'PUT', `/api/plans/${planId}`, {
      ...LAI_CHAU_2026,
      version: 1,
      targets: LAI_CHAU_2026.targets.slice(0, 2),
    });
    expect(first.status).toBe(200);
    expect(first.body.version).toBe(2);
    expect(first.body.targets).toHaveLength(2);
    const stale = await s.call('laichau_office', 'PUT', `/api/plans/${planId}`, { ...LAI_CHAU_2026, version: 1 });
    expect(stale.status).toBe(409);
  });
});

describe('plans: bad input is a 400 naming the field, and nothing is written', () => {
  const bad = async (body: Record<string, unknown>) => s.call('laichau_office', 'POST', '/api/plans', body);
  it('an unknown unit, a parameter the kind does not take, an unknown kind, a star outside 3–5', async () => {
    const before = await s.db.pool.query(`select count(*)::int as n from programme_plans`);
    const unit = await bad({ ...LAI_CHAU_2026, unitCode: '99999' });
    expect(unit.status).toBe(400);
    expect(unit.body.error.issues[0].field).toBe('body.unitCode');
    const param = await bad({ ...LAI_CHAU_2026, targets: [{ kind: 'communes_with_ocop', star: 3, target: 1 }] });
    expect(param.status).toBe(400);
    expect(param.body.error.issues[0].field).toBe('body.targets.0.star');
    expect(param.body.error.issues[0].message.vi).toMatch(/tham số/);
    const kind = await bad({ ...LAI_CHAU_2026, targets: [{ kind: 'nope', target: 1 }] });
    expect(kind.status).toBe(400);
    expect(kind.body.error.issues[0].field).toBe('body.targets.0.kind');
    const star = await bad({ ...LAI_CHAU_2026, targets: [{ kind: 'products_certified', star: 2, target: 1 }] });
    expect(star.body.error.issues[0].field).toBe('body.targets.0.star');
    expect((await bad({ ...LAI_CHAU_2026, docDate: '2026-02-30' })).body.error.issues[0].field).toBe('body.docDate');
    const after = await s.db.pool.query(`select count(*)::int as n from programme_plans`);
    expect(after.rows[0].n).toBe(before.rows[0].n);
  });

  it('deleting writes an audit row; the plan is gone', async () => {
    const res = await s.call('laichau_office', 'DELETE', `/api/plans/${planId}`);
    expect(res.status).toBe(204);
    expect((await s.call('laichau_office', 'GET', `/api/plans/${planId}`)).status).toBe(404);
    const audit = await s.db.pool.query(`select action from audit_log where entity_id = $1 order by id`, [planId]);
    expect(audit.rows.map((r) => r.action)).toEqual(['plan.create', 'plan.update', 'plan.delete']);
  });
});
