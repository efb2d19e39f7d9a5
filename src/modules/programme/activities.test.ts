// Activities and trade promotion over HTTP: recorded by the province and by a commune in their scope, with the
// products shown; a done fair, training or sales point counts in the plan's targets by its date (a past day too);
// bad input named by field; wrong role and wrong unit refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  pinToday,
  registerBinhLuProduct,
  startEvaluationTestServer,
  type EvaluationTestServer,
} from '../evaluation/evaluation-test-kit.ts';

let s: EvaluationTestServer;
let productId = '';
let planId = '';

const fair = (over: Record<string, unknown> = {}) => ({
  unitCode: '12',
  kind: 'fair',
  title: 'Hội chợ OCOP khu vực Tây Bắc 2026',
  leadUnit: 'Sở Công Thương',
  partners: ['Trung tâm Xúc tiến thương mại'],
  place: 'Thành phố Điện Biên Phủ',
  year: 2026,
  quarter: 2,
  startsOn: '2026-05-10',
  endsOn: '2026-05-14',
  budget: 150_000_000,
  status: 'done',
  participants: 40,
  revenue: 320_000_000,
  productIds: [productId],
  ...over,
});

beforeAll(async () => {
  s = await startEvaluationTestServer();
  pinToday('2026-11-23');
  productId = (await registerBinhLuProduct(s)).productId;
  const plan = await s.call('laichau_office', 'POST', '/api/plans', {
    unitSet: 2025,
    unitCode: '12',
    year: 2026,
    title: 'Kế hoạch OCOP năm 2026',
    targets: [
      { kind: 'fair_participations', target: 4 },
      { kind: 'trainings', target: 2 },
      { kind: 'sales_points', target: 2 },
    ],
  });
  planId = plan.body.id;
});
afterAll(async () => s?.close());

const progress = async (asOf?: string) =>
  (await s.call('laichau_office', 'GET', `/api/plans/${planId}${asOf ? `?asOf=${asOf}` : ''}`)).body.targets.map(
    (t: { actual: number }) => t.actual,
  );

describe('activities feed the plan', () => {
  it('a done fair with its products, a commune training, a sales point opened: each counts in its target', async () => {
    const f = await s.call('laichau_office', 'POST', '/api/activities', fair({ planId }));
    expect(f.status).toBe(201);
    expect(f.body.products).toEqual([{ id: productId, name: 'Rau cải mèo Bình Lư' }]);
    expect(f.body.kindLabel.vi).toBe('Hội chợ, triển lãm');
    const training = await s.call('binhlu_officer', 'POST', '/api/activities', {
      unitCode: '03390',
      kind: 'training',
      title: 'Tập huấn xây dựng phương án kinh doanh',
      leadUnit: 'UBND xã Bình Lư',
      year: 2026,
      startsOn: '2026-08-02',
      status: 'done',
      participants: 35,
    });
    expect(training.status).toBe(201);
    const point = await s.call('laichau_office', 'POST', '/api/activities', {
      unitCode: '03390',
      kind: 'sales_point',
      title: 'Điểm bán sản phẩm OCOP Bình Lư',
      leadUnit: 'HTX Nông sản sạch Bình Lư',
      place: 'Chợ trung tâm xã Bình Lư',
      year: 2026,
      startsOn: '2026-10-01',
      status: 'done',
    });
    expect(point.status).toBe(201);
    // A planned fair counts for nothing until it is done.
    const planned = fair({ status: 'planned', startsOn: '2026-11-01', endsOn: null, quarter: 4 });
    expect((await s.call('laichau_office', 'POST', '/api/activities', planned)).status).toBe(201);
    expect(await progress()).toEqual([1, 1, 1]);
    expect(await progress('2026-06-30')).toEqual([1, 0, 0]);
    const plan = await s.call('laichau_office', 'GET', `/api/plans/${planId}`);
    // The province's own fair counts under the province, the training and the sales point under Bình Lư.
    expect(plan.body.targets[0].byCommune).toEqual([{ code: '12', name: 'Tỉnh Lai Châu', actual: 1 }]);
    expect(plan.body.targets[1].byCommune).toEqual([{ code: '03390', name: 'Xã Bình Lư', actual: 1 }]);
  });

  it('the list is scoped: the commune officer sees its commune and the province, another province nothing', async () => {
    const own = await s.call('binhlu_officer', 'GET', '/api/activities?year=2026');
    expect(own.body.total).toBe(4);
    const tanphong = await s.call('tanphong_officer', 'GET', '/api/activities?year=2026');
    expect(tanphong.body.items.every((a: { communeCode: string | null }) => a.communeCode === null)).toBe(true);
    expect((await s.call('dienbien_office', 'GET', '/api/activities')).body.total).toBe(0);
    expect((await s.call('binhlu_producer', 'GET', '/api/activities')).status).toBe(403);
  });
});

describe('activities: wrong unit, wrong role, bad input', () => {
  it("a commune officer records only its commune's activities; a producer none", async () => {
    const other = await s.call(
      'binhlu_officer',
      'POST',
      '/api/activities',
      fair({ unitCode: '03408', productIds: [] }),
    );
    expect(other.status).toBe(403);
    const province = await s.call('binhlu_officer', 'POST', '/api/activities', fair({ productIds: [] }));
    expect(province.status).toBe(403);
    expect((await s.call('binhlu_producer', 'POST', '/api/activities', fair())).status).toBe(403);
    expect((await s.call('dienbien_office', 'POST', '/api/activities', fair({ productIds: [] }))).status).toBe(403);
  });

  it('a start outside the year, an end before the start, a platform missing, a product of another province: 400 by field', async () => {
    const before = await s.db.pool.query(`select count(*)::int n from programme_activities`);
    const fields = async (body: Record<string, unknown>) =>
      (await s.call('laichau_office', 'POST', '/api/activities', body)).body.error.issues.map(
        (i: { field: string }) => i.field,
      );
    expect(await fields(fair({ startsOn: '2025-05-10', endsOn: null, quarter: null }))).toEqual(['body.startsOn']);
    expect(await fields(fair({ endsOn: '2026-05-01' }))).toEqual(['body.endsOn']);
    expect(await fields(fair({ quarter: 3 }))).toEqual(['body.quarter']);
    expect(await fields(fair({ kind: 'ecommerce' }))).toEqual(['body.platform']);
    expect(await fields(fair({ productIds: ['00000000-0000-4000-8000-000000000000'] }))).toEqual(['body.productIds.0']);
    expect(await fields(fair({ budget: -1 }))).toEqual(['body.budget']);
    const after = await s.db.pool.query(`select count(*)::int n from programme_activities`);
    expect(after.rows[0].n).toBe(before.rows[0].n);
  });
});
