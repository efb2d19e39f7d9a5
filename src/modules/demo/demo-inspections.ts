// The demo's inspection after certification (Art. 9): the provincial OCOP office's 2026 plan covering miến dong Bình
// Lư's new 4★ certificate and Gia Khâu's 3★, a visit on 20/11/2026 with its generated checklist, a label finding with
// a fix required and the producer's report, and a serious finding on advertising escalated to a revocation proposal
// (Art. 8.1.d, 8.3.a) — all through the real commands. Beside it: miến dong's yearly test overdue (seed 003 §6: its
// last was 10/9/2025) and the cooperative's food-safety establishment certificate lapsed on 31/10/2026 (Art. 6.1.c).
import type { Db } from '../../db/pool.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import {
  actOnInspectionItem,
  createInspectionPlan,
  createInspectionVisit,
  getInspectionVisit,
  listCertificates,
  recordPaper,
  recordProductTest,
} from '../certificates/index.ts';
import { fixedClock } from '../../platform/clock.ts';
import { DEMO_TODAY } from './demo-dossiers.ts';

async function certificateOf(db: Db, office: Actor, productId: string): Promise<string | undefined> {
  // The certificate in force on the demo's day, whatever its lifecycle status (valid, in its window, extended…).
  const { items } = await listCertificates(db, office, { productId }, { limit: 10, offset: 0 }, DEMO_TODAY);
  return items.find((c) => !['expired', 'revoked', 'superseded'].includes(c.status))?.id;
}

export async function loadDemoInspections(
  db: Db,
  actors: Map<string, Actor>,
  productIds: Record<string, string>,
): Promise<void> {
  const office = actors.get('vp.ocop')!;
  const team = [actors.get('ttv.1')!, actors.get('xa.binhlu')!];
  const producer = actors.get('htx.miendong')!;
  const miendong = await certificateOf(db, office, productIds.miendong!);
  const giakhau = await certificateOf(db, office, productIds.giakhau!);
  if (!miendong) return;
  // The inspection commands take the day they happen on: the demo's own clock, moved on day by day.
  const clock = fixedClock(DEMO_TODAY);
  clock.set('2026-11-10');
  // Seed 003 §6: "kiểm nghiệm bắt buộc định kỳ 01 năm/lần" — the last one is more than a year old.
  await recordProductTest(
    db,
    producer,
    {
      productId: productIds.miendong!,
      testedOn: '2025-09-10',
      lab: 'Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng Lai Châu',
      reportNo: '215/KN-TTKT',
      result: 'pass',
    },
    clock.today(),
  );
  await recordPaper(
    db,
    producer,
    {
      productId: productIds.miendong!,
      wholeProducer: true,
      kind: 'food_safety',
      number: '08/2023/NNPTNT-LC',
      issuer: 'Chi cục Quản lý chất lượng nông lâm thủy sản Lai Châu',
      issuedOn: '2023-10-31',
      expiresOn: '2026-10-31',
    },
    clock.today(),
  );
  await recordPaper(
    db,
    producer,
    {
      productId: productIds.miendong!,
      kind: 'quality_declaration',
      number: '01/HTXMD/2026',
      issuer: 'HTX Miến dong Bình Lư',
      issuedOn: '2026-03-02',
    },
    clock.today(),
  );
  clock.set('2026-11-18');
  const plan = await createInspectionPlan(
    db,
    office,
    {
      kind: 'periodic',
      year: 2026,
      documentNo: '45/KH-VPĐP',
      documentDate: '2026-11-18',
      title: 'Kiểm tra, giám sát sản phẩm OCOP sau công nhận trên địa bàn tỉnh Lai Châu năm 2026',
      certificateIds: giakhau ? [miendong, giakhau] : [miendong],
      memberIds: team.map((a) => a.id),
      leadId: office.id,
    },
    clock.today(),
  );
  clock.set('2026-11-20');
  const visit = await createInspectionVisit(db, team[0]!, plan.id, {
    certificateId: miendong,
    visitOn: '2026-11-20',
    place: 'Cơ sở sản xuất HTX Miến dong Bình Lư, xã Bình Lư',
    participantIds: [office.id, ...team.map((a) => a.id)],
    othersPresent: 'Bà Lò Thị Hoa, Giám đốc HTX',
  });
  const { items } = await getInspectionVisit(db, office, visit.id);
  const item = (code: string) => items.find((i) => i.code === code)!.id;
  for (const i of items.filter((x) => x.kind === 'criterion').slice(0, 6)) {
    await actOnInspectionItem(db, team[0]!, i.id, 'record', { result: 'ok' }, clock.today());
  }
  await actOnInspectionItem(db, team[0]!, item('mark.use'), 'record', { result: 'ok' }, clock.today());
  await actOnInspectionItem(
    db,
    team[0]!,
    item('label.info'),
    'record',
    {
      result: 'minor',
      note: 'Lô sản xuất tháng 10/2026 thiếu ngày sản xuất và hạn sử dụng trên nhãn phụ.',
    },
    clock.today(),
  );
  await actOnInspectionItem(
    db,
    team[0]!,
    item('label.info'),
    'require_fix',
    {
      fixRequired: 'In lại nhãn phụ có đủ ngày sản xuất, hạn sử dụng (Nghị định 43/2017/NĐ-CP); thu hồi lô thiếu nhãn.',
      fixDueOn: '2026-12-20',
    },
    clock.today(),
  );
  await actOnInspectionItem(
    db,
    team[0]!,
    item('advertising.claims'),
    'record',
    {
      result: 'serious',
      note: 'Trang bán hàng trực tuyến của HTX giới thiệu sản phẩm là "OCOP 5 sao" trong khi sản phẩm được công nhận 4 sao.',
    },
    clock.today(),
  );
  await actOnInspectionItem(
    db,
    office,
    item('advertising.claims'),
    'escalate',
    {
      ground: 'mark_misuse',
      summary:
        'Quảng bá sản phẩm miến dong Bình Lư là OCOP 5 sao, không đúng hạng sao được công nhận (Điều 8.1.d); đề nghị xem xét thu hồi.',
    },
    clock.today(),
  );
  clock.set('2026-11-22');
  await actOnInspectionItem(
    db,
    producer,
    item('label.info'),
    'report_fix',
    {
      report: 'HTX đã in lại nhãn phụ cho toàn bộ lô tháng 10/2026 và thu hồi 120 gói thiếu nhãn tại 3 điểm bán.',
    },
    clock.today(),
  );
}
