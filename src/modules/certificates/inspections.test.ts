// Inspection after certification over HTTP (Art. 9): the plan within the planner's competence (Art. 9.4), a visit
// with a checklist generated from the certified sheet (Art. 9.3), a finding → fix required → the producer's report →
// re-check (Art. 9.1), and a serious finding escalated to a revocation proposal in the same transaction (Art. 8.1.d,
// 8.3.a); the yearly test (seed 003 §6), papers with a term (Art. 6.1.c) and the risk list.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getProductSet } from '../criteria/index.ts';
import {
  fileDossier,
  PDF_BYTES,
  pinToday,
  registerBinhLuProduct,
  startEvaluationTestServer,
  type EvaluationTestServer,
} from '../evaluation/evaluation-test-kit.ts';

let s: EvaluationTestServer;
const rec = { product: '', four: '', five: '', plan: '', visit: '' };
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Item = any;

async function certify(product: string, dossier: string | null, number: string, star: number) {
  const c = await s.db.pool.query(
    `insert into certificates (province_code, product_id, dossier_id, number, star, points, issued_on, expires_on)
     values ('12', $1, $2, $3, $4, 75, '2026-10-12', '2029-10-12') returning id`,
    [product, dossier, number, star],
  );
  return c.rows[0].id as string;
}

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);

beforeAll(async () => {
  s = await startEvaluationTestServer();
  pinToday('2026-11-23');
  rec.product = (await registerBinhLuProduct(s)).productId;
  const dossier = await fileDossier(s, rec.product);
  rec.four = await certify(rec.product, dossier, '001/GCN-OCOP-12-2026', 4);
  const other = (await registerBinhLuProduct(s, 'Miến dong Bình Lư')).productId;
  rec.five = await certify(other, null, '002/GCN-OCOP-BNNMT-2026', 5);
});
afterAll(async () => s?.close());

const planBody = (over: Record<string, unknown> = {}) => ({
  kind: 'periodic',
  year: 2026,
  documentNo: '45/KH-VPĐP',
  documentDate: '2026-11-20',
  title: 'Kiểm tra, giám sát sản phẩm OCOP sau công nhận năm 2026',
  certificateIds: [rec.four],
  memberIds: [s.ids.advisory],
  leadId: s.ids.laichau_office,
  ...over,
});

describe('inspection plans (Art. 9.2.a, 9.4)', () => {
  it('Art. 9.4.a: the provincial office plans the inspection of its 3★/4★ products with a team and a lead', async () => {
    const r = await s.call('laichau_office', 'POST', '/api/inspection-plans', planBody());
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ level: 'province', provinceCode: '12', kind: 'periodic', documentNo: '45/KH-VPĐP' });
    rec.plan = r.body.id;
    const audit = await s.db.pool.query(
      `select count(*)::int n from audit_log where action = 'inspection.plan.create'`,
    );
    expect(audit.rows[0].n).toBe(1);
  });

  it("Art. 9.4.b: a province may not plan a 5★ product's inspection — 400 naming the certificate", async () => {
    const r = await s.call('laichau_office', 'POST', '/api/inspection-plans', planBody({ certificateIds: [rec.five] }));
    expect(r.status).toBe(400);
    expect(r.body.error.issues[0]).toMatchObject({ field: 'body.certificateIds.0', code: 'five_star_is_ministry' });
    expect(r.body.error.issues[0].message.vi).toContain('Điều 9.4.b');
  });

  it('Art. 9.4.b: the Ministry plans 5★, and 3★/4★ only with a stated reason', async () => {
    const body = { ...planBody({ certificateIds: [rec.five, rec.four], memberIds: [], leadId: s.ids.ministry }) };
    const noReason = await s.call('ministry', 'POST', '/api/inspection-plans', body);
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.issues[0].field).toBe('body.reason');
    const ok = await s.call('ministry', 'POST', '/api/inspection-plans', { ...body, reason: 'Phản ánh về chất lượng' });
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({ level: 'ministry', provinceCode: null });
  });

  it('Art. 9.4: nobody else plans; a producer account is no team member', async () => {
    expect((await s.call('advisory', 'POST', '/api/inspection-plans', planBody())).status).toBe(403);
    expect((await s.call('binhlu_producer', 'POST', '/api/inspection-plans', planBody())).status).toBe(403);
    const r = await s.call(
      'laichau_office',
      'POST',
      '/api/inspection-plans',
      planBody({ memberIds: [s.ids.binhlu_producer] }),
    );
    expect(r.status).toBe(400);
    expect(r.body.error.issues[0]).toMatchObject({ field: 'body.memberIds.0', code: 'not_staff' });
  });

  it('is read in scope: the province and the team, not another province', async () => {
    const r = await s.call('laichau_office', 'GET', `/api/inspection-plans/${rec.plan}`);
    expect(r.status).toBe(200);
    expect(r.body.targets).toEqual([expect.objectContaining({ number: '001/GCN-OCOP-12-2026', star: 4 })]);
    expect(r.body.team.find((m: Item) => m.lead).userId).toBe(s.ids.laichau_office);
    expect(r.body.mayAddVisit).toBe(true);
    // The province's staff see its plans and the Ministry's plans that cover its products.
    const seen = (await s.call('advisory', 'GET', '/api/inspection-plans')).body.items;
    expect(seen).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: rec.plan, targets: 1, visits: 0 }),
        expect.objectContaining({ level: 'ministry', targets: 2 }),
      ]),
    );
    expect((await s.call('dienbien_office', 'GET', `/api/inspection-plans/${rec.plan}`)).status).toBe(404);
    const list = await s.call('dienbien_office', 'GET', '/api/inspection-plans');
    expect(list.body.items.map((p: Item) => p.id)).not.toContain(rec.plan);
  });
});

describe('a visit: plan → visit → finding → fix required → producer report → re-check (Art. 9.1, 9.3)', () => {
  let visit: Item;
  const item = (code: string) => visit.items.find((i: Item) => i.code === code);
  const step = (who: Parameters<typeof s.call>[0], id: string, action: string, body: Record<string, unknown> = {}) =>
    s.call(who, 'POST', `/api/inspections/items/${id}/actions/${action}`, body);

  it('Art. 9.3: the checklist is generated from the certified sheet (set 1 of 26/2026) and the OCOP mark items', async () => {
    const r = await s.call('advisory', 'POST', `/api/inspection-plans/${rec.plan}/visits`, {
      certificateId: rec.four,
      visitOn: '2026-11-23',
      place: 'HTX Nông sản sạch Bình Lư, bản Nà Đông',
      participantIds: [s.ids.advisory],
      othersPresent: 'Bà Đặng Thị Mỹ Hạnh, Giám đốc HTX',
    });
    expect(r.status).toBe(201);
    rec.visit = r.body.id;
    visit = (await s.call('advisory', 'GET', `/api/inspections/visits/${rec.visit}`)).body;
    const set1 = getProductSet('26-2026', 1)!;
    const criteria = set1.parts.flatMap((p) => p.sections.flatMap((x) => x.criteria));
    expect(visit.items).toHaveLength(criteria.length + 3);
    expect(visit).toMatchObject({ ruleSet: '26-2026', setNo: 1, roles: ['team'] });
    expect(item('1.5')).toMatchObject({ starMark: 4, state: 'unchecked', availableActions: ['record'] });
    expect(visit.items.slice(-3).map((i: Item) => i.kind)).toEqual(['mark', 'label', 'advertising']);
  });

  it('Art. 9: a visit dated before the certificate was issued is refused, 400 naming body.visitOn (vi, en)', async () => {
    const r = await s.call('advisory', 'POST', `/api/inspection-plans/${rec.plan}/visits`, {
      certificateId: rec.four,
      visitOn: '2026-10-11',
      place: 'HTX',
      participantIds: [s.ids.advisory],
    });
    expect(r.status).toBe(400);
    expect(r.body.error.issues).toEqual([
      {
        field: 'body.visitOn',
        code: 'before_certificate',
        message: {
          vi: expect.stringMatching(/^Ngày kiểm tra không thể trước ngày cấp giấy chứng nhận \(12\/10\/2026\).*Điều 9/),
          en: expect.stringMatching(
            /^The visit cannot be dated before the certificate was issued \(12\/10\/2026\).*Art\. 9/,
          ),
        },
      },
    ]);
    // Nothing was written.
    const visits = await s.db.pool.query('select count(*)::int as n from inspection_visits where visit_on < $1', [
      '2026-10-12',
    ]);
    expect(visits.rows[0].n).toBe(0);
  });

  it('a participant must be on the team; a certificate outside the plan is refused', async () => {
    const r = await s.call('advisory', 'POST', `/api/inspection-plans/${rec.plan}/visits`, {
      certificateId: rec.five,
      visitOn: '2026-11-23',
      place: 'x',
      participantIds: [],
    });
    expect(r.status).toBe(400);
    expect(r.body.error.issues[0].field).toBe('body.certificateId');
  });

  it('Art. 9.3: a finding needs its note (400 naming it); the team records it with a photo', async () => {
    const id = item('2.3').id;
    const noNote = await step('advisory', id, 'record', { result: 'minor' });
    expect(noNote.status).toBe(400);
    expect(noNote.body.error.issues[0].field).toBe('body.note');
    const r = await step('advisory', id, 'record', { result: 'minor', note: 'Nhãn thiếu hạn sử dụng trên lô mới' });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({
      state: 'finding',
      result: 'minor',
      availableActions: ['record', 'require_fix', 'escalate'],
    });
    const photo = await s.upload(
      'advisory',
      `/api/inspections/items/${id}/photos`,
      {},
      { name: 'nhan.png', bytes: PNG },
    );
    expect(photo.status).toBe(201);
    expect(photo.body).toMatchObject({ mime: 'image/png', name: 'nhan.png' });
    expect(
      (await s.upload('binhlu_producer', `/api/inspections/items/${id}/photos`, {}, { name: 'x.png', bytes: PNG }))
        .status,
    ).toBe(403);
    expect((await s.raw('binhlu_producer', `/api/inspections/photos/${photo.body.id}`)).status).toBe(200);
  });

  it('Art. 9.1: the team requires a fix by a deadline; the producer reports it; the re-check closes it', async () => {
    const id = item('2.3').id;
    const early = await step('advisory', id, 'require_fix', {
      fixRequired: 'Bổ sung hạn sử dụng',
      fixDueOn: '2026-11-01',
    });
    expect(early.status).toBe(400);
    expect(early.body.error.issues[0].field).toBe('body.fixDueOn');
    const fix = await step('advisory', id, 'require_fix', {
      fixRequired: 'Bổ sung hạn sử dụng',
      fixDueOn: '2026-12-31',
    });
    expect(fix.body).toMatchObject({ state: 'fix_required', fixDueOn: '2026-12-31' });
    // The producer sees the open finding and reports on it; nobody else reports, another producer does not see it.
    const mine = await s.call('binhlu_producer', 'GET', '/api/inspections/findings');
    expect(mine.body.map((f: Item) => f.id)).toContain(id);
    expect((await s.call('tanphong_producer', 'GET', '/api/inspections/findings')).body).toEqual([]);
    expect((await step('advisory', id, 'report_fix', { report: 'x' })).status).toBe(403);
    expect((await step('tanphong_producer', id, 'report_fix', { report: 'x' })).status).toBe(404);
    const producerView = await s.call('binhlu_producer', 'GET', `/api/inspections/visits/${rec.visit}`);
    expect(producerView.body.items.find((i: Item) => i.id === id).availableActions).toEqual(['report_fix']);
    const report = await step('binhlu_producer', id, 'report_fix', { report: 'Đã in lại nhãn có hạn sử dụng' });
    expect(report.body).toMatchObject({
      state: 'fix_reported',
      producerReport: 'Đã in lại nhãn có hạn sử dụng',
      reportedOn: '2026-11-23',
    });
    const again = await step('binhlu_producer', id, 'report_fix', { report: 'x' });
    expect(again.status).toBe(409);
    const recheck = await step('advisory', id, 'recheck_pass', { note: 'Nhãn mới đạt' });
    expect(recheck.body).toMatchObject({ state: 'resolved', availableActions: [] });
    const trail = await s.db.pool.query(
      `select action, from_state, to_state from audit_log where entity_id = $1 order by id`,
      [id],
    );
    expect(trail.rows.map((r) => r.to_state).filter(Boolean)).toEqual([
      'finding',
      'fix_required',
      'fix_reported',
      'resolved',
    ]);
  });

  it('Art. 8.1.d, 8.3.a: a serious finding on the OCOP mark escalates to a revocation proposal in the same step', async () => {
    const id = item('mark.use').id;
    await step('advisory', id, 'record', { result: 'serious', note: 'Dùng tem 5 sao cho sản phẩm 4 sao' });
    // Without a summary nothing is written: neither the proposal nor the item's new state.
    const bad = await step('advisory', id, 'escalate', {});
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues[0].field).toBe('body.summary');
    const none = await s.db.pool.query(`select count(*)::int n from revocation_proposals`);
    expect(none.rows[0].n).toBe(0);
    const r = await step('advisory', id, 'escalate', { summary: 'Sử dụng nhãn hiệu OCOP không đúng hạng sao' });
    expect(r.status).toBe(200);
    expect(r.body.state).toBe('escalated');
    const p = await s.db.pool.query(`select * from revocation_proposals where id = $1`, [r.body.proposalId]);
    expect(p.rows[0]).toMatchObject({
      certificate_id: rec.four,
      source: 'inspection',
      source_ref: id,
      ground_code: 'mark_misuse',
      state: 'open',
      province_code: '12',
    });
    expect((await step('advisory', id, 'escalate', { summary: 'lần nữa' })).status).toBe(409);
    const plan = await s.call('laichau_office', 'GET', `/api/inspection-plans/${rec.plan}`);
    expect(plan.body.visits).toEqual([expect.objectContaining({ id: rec.visit, checked: 2, openFindings: 0 })]);
  });
});

describe('yearly tests (seed 003 §6), papers with a term (Art. 6.1.c) and the risk list', () => {
  it('seed 003 §6: a test of 1/10/2025 is due 1/10/2026 and flagged overdue on 23/11/2026', async () => {
    const r = await s.call('binhlu_producer', 'POST', '/api/product-tests', {
      productId: rec.product,
      testedOn: '2025-10-01',
      lab: 'Trung tâm Kiểm nghiệm Lai Châu',
      result: 'pass',
    });
    expect(r.status).toBe(201);
    expect(r.body.nextDueOn).toBe('2026-10-01');
    const file = await s.upload(
      'binhlu_producer',
      `/api/product-tests/${r.body.id}/file`,
      {},
      { name: 'phieu.pdf', bytes: PDF_BYTES },
    );
    expect(file.body.file).toEqual({ name: 'phieu.pdf', mime: 'application/pdf' });
    const due = await s.call('laichau_office', 'GET', '/api/product-tests/due?overdue=true');
    expect(due.body.find((d: Item) => d.productId === rec.product)).toMatchObject({
      status: 'overdue',
      dueOn: '2026-10-01',
    });
    const future = await s.call('binhlu_producer', 'POST', '/api/product-tests', {
      productId: rec.product,
      testedOn: '2027-01-01',
      lab: 'x',
      result: 'pass',
    });
    expect(future.body.error.issues[0].field).toBe('body.testedOn');
  });

  it("Art. 6.1.c: a lapsed establishment certificate shows in the province's and the producer's lists", async () => {
    const r = await s.call('binhlu_producer', 'POST', '/api/papers', {
      productId: rec.product,
      wholeProducer: true,
      kind: 'food_safety',
      number: '12/2023/ATTP-CNĐK',
      issuedOn: '2023-11-01',
      expiresOn: '2026-11-01',
    });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ productId: null, status: 'lapsed' });
    const bad = await s.call('binhlu_producer', 'POST', '/api/papers', {
      productId: rec.product,
      kind: 'vietgap',
      issuedOn: '2026-01-01',
      expiresOn: '2025-01-01',
    });
    expect(bad.body.error.issues[0].field).toBe('body.expiresOn');
    for (const who of ['laichau_office', 'binhlu_producer', 'binhlu_officer'] as const) {
      const list = await s.call(who, 'GET', '/api/papers?lapsing=true');
      expect(list.body.map((p: Item) => [p.id, p.status])).toContainEqual([r.body.id, 'lapsed']);
    }
    expect((await s.call('dienbien_office', 'GET', '/api/papers?lapsing=true')).body).toEqual([]);
  });

  it('ranks the product first for its overdue test, lapsed paper and open proposal; producers have no risk list', async () => {
    const r = await s.call('laichau_office', 'GET', '/api/inspections/risk');
    expect(r.status).toBe(200);
    const top = r.body.items[0];
    expect(top.productId).toBe(rec.product);
    expect(top.reasons.map((x: Item) => x.code)).toEqual(
      expect.arrayContaining(['open_proposals', 'test_overdue', 'lapsed_papers']),
    );
    expect((await s.call('binhlu_producer', 'GET', '/api/inspections/risk')).status).toBe(403);
  });

  it("counts the product's open consumer reports (the public register's, through the ConsumerReportCounts port)", async () => {
    const before = (await s.call('laichau_office', 'GET', '/api/inspections/risk')).body.items;
    const score = (items: Item[]) => items.find((i) => i.productId === rec.product)!.score as number;
    await s.db.pool.query(
      `insert into consumer_reports (province_code, product_id, kind, message, sender_hash)
       values ('12', $1, 'quality', 'Gói miến bị mốc', 'h1'), ('12', $1, 'fake_label', 'Nhãn khác', 'h2')`,
      [rec.product],
    );
    const after = (await s.call('laichau_office', 'GET', '/api/inspections/risk')).body.items;
    const reason = after
      .find((i: Item) => i.productId === rec.product)
      .reasons.find((x: Item) => x.code === 'consumer_reports');
    expect(reason.label.vi).toBe('2 phản ánh của người tiêu dùng');
    expect(score(after)).toBeGreaterThan(score(before));
  });

  it('Art. 6.1.c: a renewed establishment certificate replaces the lapsed one in the lists', async () => {
    const renewed = await s.call('binhlu_producer', 'POST', '/api/papers', {
      productId: rec.product,
      wholeProducer: true,
      kind: 'food_safety',
      issuedOn: '2026-11-20',
      expiresOn: '2029-11-20',
    });
    expect(renewed.body.status).toBe('valid');
    const list = await s.call('laichau_office', 'GET', '/api/papers?lapsing=true');
    expect(list.body.filter((p: Item) => p.kind === 'food_safety')).toEqual([]);
  });

  it('GET /api/me/permissions lists the inspection permissions of each role', async () => {
    const producer = (await s.call('binhlu_producer', 'GET', '/api/me/permissions')).body.permissions;
    expect(producer).toEqual(
      expect.arrayContaining(['inspections.fix.report', 'product-tests.record', 'papers.record']),
    );
    expect(producer).not.toContain('inspections.plan');
    const office = (await s.call('laichau_office', 'GET', '/api/me/permissions')).body.permissions;
    expect(office).toEqual(expect.arrayContaining(['inspections.plan', 'inspections.risk', 'inspections.visit']));
  });
});
