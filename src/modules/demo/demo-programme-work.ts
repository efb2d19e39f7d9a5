// The programme's work of the demo year, done through the real commands: activities and trade promotion of Lai Châu
// 2026 (a fair, a training, sales points, an e-commerce listing — seed 003 §3) and support funding under a provincial
// policy (its amounts are illustrative, not the resolution's), with an application paid, one approved and one under
// review. The plans of demo-plans.ts count them.
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/pool.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import {
  applyForSupport,
  createActivity,
  createSupportPolicy,
  decideSupport,
  disburseSupport,
  type ActivityInput,
} from '../programme/index.ts';

const activities = (p: Record<string, string>): ActivityInput[] => [
  {
    unitCode: '12',
    kind: 'fair',
    title: 'Hội chợ triển lãm sản phẩm OCOP khu vực Tây Bắc mở rộng 2026',
    leadUnit: 'Sở Công Thương',
    partners: ['Trung tâm Khuyến công và Xúc tiến thương mại'],
    place: 'Thành phố Điện Biên Phủ',
    year: 2026,
    quarter: 2,
    startsOn: '2026-05-12',
    endsOn: '2026-05-16',
    budget: 180_000_000,
    status: 'done',
    participants: 24,
    revenue: 410_000_000,
    outcome: 'Giới thiệu 18 sản phẩm OCOP của tỉnh; ký 3 biên bản hợp tác tiêu thụ',
    productIds: [p.miendong!, p.giakhau!].filter(Boolean),
  },
  {
    unitCode: '03390',
    kind: 'training',
    title: 'Tập huấn xây dựng phương án sản xuất kinh doanh sản phẩm OCOP',
    leadUnit: 'UBND xã Bình Lư',
    year: 2026,
    quarter: 3,
    startsOn: '2026-08-06',
    status: 'done',
    participants: 42,
  },
  {
    unitCode: '12',
    kind: 'sales_point',
    title: 'Điểm giới thiệu và bán sản phẩm OCOP tỉnh Lai Châu',
    leadUnit: 'Sở Nông nghiệp và Môi trường',
    place: 'Phường Tân Phong',
    year: 2026,
    quarter: 1,
    startsOn: '2026-03-20',
    budget: 95_000_000,
    status: 'done',
  },
  {
    unitCode: '12',
    kind: 'ecommerce',
    platform: 'postmart',
    title: 'Đưa sản phẩm OCOP lên sàn Postmart',
    leadUnit: 'Bưu điện tỉnh Lai Châu',
    year: 2026,
    quarter: 4,
    status: 'in_progress',
    productIds: [p.miendong!].filter(Boolean),
  },
  {
    unitCode: '12',
    kind: 'sales_point',
    title: 'Điểm bán sản phẩm OCOP tại Khu du lịch Sìn Hồ',
    leadUnit: 'UBND xã Sìn Hồ',
    year: 2026,
    quarter: 4,
    status: 'planned',
  },
];

async function producerOf(db: Db, productId: string): Promise<string> {
  const res = await db.execute<{ producer_id: string }>(sql`select producer_id from products where id = ${productId}`);
  return res.rows[0]!.producer_id;
}

export async function loadDemoProgrammeWork(db: Db, office: Actor, productIds: Record<string, string>): Promise<void> {
  for (const a of activities(productIds)) await createActivity(db, office, a);
  await createSupportPolicy(db, office, {
    name: 'Hỗ trợ phát triển sản phẩm OCOP (mức hỗ trợ minh hoạ)',
    legalBasis: 'Nghị quyết số 63/2023/NQ-HĐND ngày 07/12/2023 của Hội đồng nhân dân tỉnh Lai Châu',
    validFrom: '2024-01-01',
    items: [
      { code: 'packaging', maxAmount: 30_000_000, maxRate: 0.5, source: 'provincial' },
      { code: 'traceability', maxAmount: 10_000_000, source: 'central_ntp' },
      { code: 'trade_promotion', maxAmount: 20_000_000, maxRate: 0.7, source: 'provincial' },
    ],
  });
  const items = await db.execute<{ id: string; code: string }>(sql`select id, code from support_policy_items`);
  const item = (code: string) => items.rows.find((i) => i.code === code)!.id;
  const miendong = productIds.miendong!;
  const paid = await applyForSupport(db, office, {
    producerId: await producerOf(db, miendong),
    productId: miendong,
    itemId: item('packaging'),
    cost: 46_000_000,
    requested: 23_000_000,
    appliedOn: '2026-03-10',
  });
  await decideSupport(db, office, paid, {
    decision: 'approve',
    decisionNo: '112/QĐ-SNNMT',
    decidedOn: '2026-04-02',
  });
  await disburseSupport(db, office, paid, { amount: 23_000_000, paidOn: '2026-06-15', reference: 'UNC 0451' });
  const giakhau = productIds.giakhau!;
  const approved = await applyForSupport(db, office, {
    producerId: await producerOf(db, giakhau),
    productId: giakhau,
    itemId: item('traceability'),
    cost: 12_000_000,
    requested: 9_000_000,
    appliedOn: '2026-09-01',
  });
  await decideSupport(db, office, approved, {
    decision: 'approve',
    decisionNo: '301/QĐ-SNNMT',
    decidedOn: '2026-10-05',
  });
  await applyForSupport(db, office, {
    producerId: await producerOf(db, miendong),
    productId: miendong,
    itemId: item('trade_promotion'),
    cost: 15_000_000,
    requested: 10_000_000,
    appliedOn: '2026-11-10',
  });
}
