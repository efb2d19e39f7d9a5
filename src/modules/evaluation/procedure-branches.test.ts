// The branches of the procedure the two walks do not take, through HTTP: the advisory team asks for more documents
// (Art. 7.3.c "đề xuất bổ sung hồ sơ … đề nghị bổ sung kết quả kiểm nghiệm") and visits the site (7.3.c "khảo sát
// thực tế", 7.6.c for a re-evaluation); a re-evaluation decided in writing (7.6.d) and the meeting the chair must
// convene when the written opinions diverge; a product below 90 at the centre taken up again by the province
// (7.4.g); a 5★ re-evaluation going straight to the Ministry (6.3.b, 7.6.e); the 45 days of a re-evaluation (7.6.g).
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { loadCalendar } from '../reference/index.ts';
import { reevaluationCompletionDeadline } from './domain/deadlines.ts';
import {
  act,
  centralCouncilBody,
  CENTRAL_MEMBERS,
  fileDossier,
  filledForm01,
  filledForm02,
  filledForm03,
  FOUR_STAR,
  LOW,
  MAX_SET1,
  MEMBERS,
  pinToday,
  PDF_BYTES,
  provinceCouncilBody,
  registerBinhLuProduct,
  score,
  startEvaluationTestServer,
  type EvaluationTestServer,
  type Who,
} from './evaluation-test-kit.ts';

let s: EvaluationTestServer;
const ids = { first: '', toMinistry: '', written: '', divergent: '', fiveStar: '' };
let councilId = '';
let round2026 = '';

const kinds = async (who: Who, dossierId?: string) =>
  (
    await s.db.pool.query(
      `select n.kind from notifications n join users u on u.id = n.user_id where u.username = $1 and ($2::text is null or n.body->>'dossierId' = $2) order by n.id`,
      [who, dossierId ?? null],
    )
  ).rows.map((r) => r.kind as string);
const steps = async (id: string) =>
  (
    await s.db.pool.query(
      `select action, from_state, to_state, reason from audit_log where entity_type = 'dossier' and entity_id = $1 order by id`,
      [id],
    )
  ).rows as { action: string; from_state: string | null; to_state: string | null; reason: string | null }[];
const get = async (id: string, who: Who = 'laichau_office') => (await s.call(who, 'GET', `/api/dossiers/${id}`)).body;
const refused = async (who: Who, id: string, action: string, body: Record<string, unknown> = {}) => {
  const before = await s.db.pool.query('select version, state from dossiers where id = $1', [id]);
  const audits = (await steps(id)).length;
  const r = await s.call(who, 'POST', `/api/dossiers/${id}/actions/${action}`, body);
  // A refused step writes nothing.
  expect((await s.db.pool.query('select version, state from dossiers where id = $1', [id])).rows).toEqual(before.rows);
  expect((await steps(id)).length).toBe(audits);
  return r;
};

/** A certificate recorded from paper (as the demo loader does). */
async function certify(product: string, number: string, star: number) {
  const dec = await s.db.pool.query(
    `insert into decisions (province_code, level, kind, number, signed_on) values ('12', 'province', 'recognition', $1, '2026-06-01') returning id`,
    [`${number.slice(0, 3)}/QĐ-UBND`],
  );
  await s.db.pool.query(
    `insert into certificates (province_code, product_id, decision_id, number, star, issued_on, expires_on) values ('12', $1, $2, $3, $4, '2026-06-01', '2029-06-01')`,
    [product, dec.rows[0].id, number, star],
  );
}

/** A re-evaluation filed inside the Art. 7.6.a window of a certificate expiring 1/6/2029, received and forwarded. */
async function fileReevaluation(productId: string): Promise<string> {
  const created = await s.call('binhlu_producer', 'POST', '/api/dossiers', { productId, kind: 'reevaluation' });
  if (created.status !== 201) throw new Error(JSON.stringify(created.body));
  const id = created.body.id as string;
  expect(
    (
      await s.call('binhlu_producer', 'PUT', `/api/dossiers/${id}/forms/01`, {
        ...filledForm01('reevaluation'),
        year: 2028,
      })
    ).status,
  ).toBe(200);
  expect(
    (
      await s.call(
        'binhlu_producer',
        'PUT',
        `/api/dossiers/${id}/forms/02`,
        filledForm02(FOUR_STAR, 'Mở rộng vùng nguyên liệu lên 30 ha'),
      )
    ).status,
  ).toBe(200);
  await act(s, 'binhlu_producer', id, 'submit');
  return id;
}

beforeAll(async () => {
  s = await startEvaluationTestServer();
  pinToday('2026-09-01');
  ids.first = await fileDossier(s, (await registerBinhLuProduct(s, 'Rau cải mèo Bình Lư')).productId, FOUR_STAR);
  ids.toMinistry = await fileDossier(s, (await registerBinhLuProduct(s, 'Miến dong Bình Lư')).productId, MAX_SET1);
  pinToday('2026-09-03');
  for (const id of [ids.first, ids.toMinistry]) {
    await act(s, 'binhlu_officer', id, 'receive');
    await s.call('binhlu_officer', 'PUT', `/api/dossiers/${id}/forms/03`, filledForm03());
  }
  pinToday('2026-09-10');
  for (const id of [ids.first, ids.toMinistry])
    await act(s, 'binhlu_officer', id, 'forward', { letterNumber: '30/UBND-KT' });
  pinToday('2026-09-17');
  for (const id of [ids.first, ids.toMinistry]) await act(s, 'laichau_office', id, 'accept');
  pinToday('2026-09-18');
  round2026 = (await s.call('laichau_office', 'POST', '/api/rounds', { level: 'province', year: 2026, number: 2 })).body
    .id;
  councilId = (await s.call('laichau_office', 'POST', '/api/councils', provinceCouncilBody(s, round2026))).body.id;
  pinToday('2026-09-21');
  for (const id of [ids.first, ids.toMinistry])
    await act(s, 'laichau_office', id, 'assign_round', { roundId: round2026 });
  pinToday('2026-09-22');
  for (const id of [ids.first, ids.toMinistry]) await act(s, 'laichau_office', id, 'start_review');
});
afterAll(async () => s?.close());

describe('Art. 7.3.c: the advisory team asks for more documents and an extra test; the producer supplements', () => {
  const ask = 'Đề nghị bổ sung phiếu kết quả kiểm nghiệm chỉ tiêu vi sinh và giấy chứng nhận VietGAP còn hiệu lực';

  it('only the reviewers of the dossier\'s province ask, with a reason (Art. 7.3.c "đề xuất bổ sung hồ sơ")', async () => {
    pinToday('2026-09-23');
    expect((await refused('binhlu_producer', ids.first, 'request_advisory_supplement', { reason: ask })).status).toBe(
      403,
    );
    expect((await refused('chair', ids.first, 'request_advisory_supplement', { reason: ask })).status).toBe(403);
    expect((await refused('dienbien_office', ids.first, 'request_advisory_supplement', { reason: ask })).status).toBe(
      404,
    );
    const none = await refused('advisory', ids.first, 'request_advisory_supplement', {});
    expect(none.status).toBe(400);
    expect(none.body.error).toMatchObject({ code: 'missing_reason', issues: [{ field: 'body.reason' }] });
  });

  it('the advisory member asks: the dossier waits for the producer, who and the commune are told why', async () => {
    const r = await act(s, 'advisory', ids.first, 'request_advisory_supplement', { reason: ask });
    expect(r.body.dossier.state).toBe('advisory_supplement');
    expect(r.body.effects).toContainEqual(
      expect.objectContaining({
        type: 'notify',
        about: 'request_advisory_supplement',
        to: ['producer', 'commune'],
        recipients: 2,
      }),
    );
    expect(await kinds('binhlu_producer', ids.first)).toContain('dossier.request_advisory_supplement');
    expect(await kinds('binhlu_officer', ids.first)).toContain('dossier.request_advisory_supplement');
    const note = await s.db.pool.query(
      `select n.body->>'reason' as reason from notifications n join users u on u.id = n.user_id where u.username = 'binhlu_producer' and n.kind = 'dossier.request_advisory_supplement'`,
    );
    expect(note.rows).toEqual([{ reason: ask }]);
    // The report cannot go to the council while documents are awaited.
    expect(
      (await refused('advisory', ids.first, 'submit_advisory_report', { advisoryReport: { reference: '01/BC-TTV' } }))
        .body.error.code,
    ).toBe('wrong_state');
    const producerView = await get(ids.first, 'binhlu_producer');
    expect(producerView.availableActions.map((a: { action: string }) => a.action)).toEqual(
      expect.arrayContaining(['submit_supplement', 'withdraw']),
    );
  });

  it('the producer adds the test result and sends the supplement back to the review; a copy of what was filed is kept', async () => {
    expect(
      (
        await s.upload(
          'binhlu_producer',
          `/api/dossiers/${ids.first}/evidence`,
          { criterionCode: '1.2' },
          { name: 'kiem-nghiem-vi-sinh.pdf', bytes: PDF_BYTES },
        )
      ).status,
    ).toBe(201);
    pinToday('2026-09-25');
    const r = await act(s, 'binhlu_producer', ids.first, 'submit_supplement');
    expect(r.body.dossier.state).toBe('advisory_review');
    expect(await kinds('advisory', ids.first)).toEqual(['dossier.start_review', 'dossier.submit_supplement']);
    expect(await kinds('laichau_office', ids.first)).toContain('dossier.submit_supplement');
    const timeline = (await s.call('binhlu_producer', 'GET', `/api/dossiers/${ids.first}/timeline`)).body;
    const last = timeline.entries.filter((e: { action: string }) => e.action.includes('supplement')).slice(-2);
    expect(last).toMatchObject([
      {
        action: 'request_advisory_supplement',
        fromState: 'advisory_review',
        toState: 'advisory_supplement',
        reason: ask,
      },
      {
        action: 'submit_supplement',
        fromState: 'advisory_supplement',
        toState: 'advisory_review',
        snapshotSeq: expect.any(Number),
      },
    ]);
    expect(timeline.snapshots.map((x: { state: string }) => x.state)).toEqual(['submitted', 'advisory_review']);
    // Once back under review, the producer can no longer change the files.
    expect(
      (
        await s.upload(
          'binhlu_producer',
          `/api/dossiers/${ids.first}/evidence`,
          { criterionCode: '1.2' },
          { name: 'muon.pdf', bytes: PDF_BYTES },
        )
      ).status,
    ).toBe(409);
  });
});

describe('Art. 7.3.c: the advisory team visits the site and reports', () => {
  it('the visit is recorded on the dossier, which stays under review; the producer is told; nobody else may record it', async () => {
    pinToday('2026-09-28');
    const note = 'Khảo sát thực tế tại cơ sở sản xuất Bản Nà Đông; lấy mẫu kiểm nghiệm bổ sung';
    expect((await refused('binhlu_producer', ids.first, 'record_field_visit', { reason: note })).status).toBe(403);
    expect((await refused('m1', ids.first, 'record_field_visit', { reason: note })).status).toBe(403);
    const r = await act(s, 'advisory', ids.first, 'record_field_visit', { reason: note });
    expect(r.body.dossier).toMatchObject({ state: 'advisory_review' });
    expect(r.body.dossier.facts.fieldVisitOn).toBe('2026-09-28');
    expect(await kinds('binhlu_producer', ids.first)).toContain('dossier.record_field_visit');
    expect((await steps(ids.first)).at(-1)).toEqual({
      action: 'dossier.record_field_visit',
      from_state: 'advisory_review',
      to_state: 'advisory_review',
      reason: note,
    });
  });

  it('the report names the visit and the extra test; submitted, the first evaluation goes to a meeting of the council (Art. 7.3.d)', async () => {
    pinToday('2026-09-30');
    const report = await s.call('advisory', 'POST', `/api/dossiers/${ids.first}/advisory-report`, {
      content: 'Hồ sơ đầy đủ sau bổ sung.',
      reference: '12/BC-TTV',
      fieldVisit: true,
      extraTests: 'Kiểm nghiệm vi sinh: đạt',
    });
    expect(report.status).toBe(201);
    expect(report.body).toMatchObject({ fieldVisit: true, extraTests: 'Kiểm nghiệm vi sinh: đạt' });
    const r = await act(s, 'advisory', ids.first, 'submit_advisory_report');
    expect(r.body.dossier).toMatchObject({ state: 'council_scoring' });
    expect(r.body.dossier.facts).toMatchObject({
      councilMode: 'meeting',
      advisoryReportOn: '2026-09-30',
      fieldVisitOn: '2026-09-28',
    });
    // Art. 7.6.d is for re-evaluations: a first evaluation already meets.
    expect((await refused('chair', ids.first, 'convene_meeting', { reason: 'Họp' })).body.error.code).toBe(
      'wrong_kind',
    );
  });
});

describe('Art. 7.4.g: below 90 at the centre, the province takes the product up again', () => {
  let centralRound = '';

  it('the province scores 100 and proposes it; the central council scores it 75: back to the province', async () => {
    pinToday('2026-09-25');
    await act(s, 'advisory', ids.toMinistry, 'submit_advisory_report', { advisoryReport: { reference: '13/BC-TTV' } });
    pinToday('2026-10-01');
    for (const m of MEMBERS) await score(s, m, councilId, ids.toMinistry, MAX_SET1);
    pinToday('2026-10-02');
    await act(s, 'chair', ids.toMinistry, 'close_scoring');
    pinToday('2026-10-06');
    await act(s, 'laichau_office', ids.toMinistry, 'send_to_ministry', {
      decision: { number: '1600/QĐ-UBND', date: '2026-10-06' },
    });
    pinToday('2026-10-08');
    await act(s, 'ministry', ids.toMinistry, 'receive_at_ministry');
    centralRound = (await s.call('ministry', 'POST', '/api/rounds', { level: 'central', year: 2026, number: 2 })).body
      .id;
    pinToday('2026-11-02');
    const central = (await s.call('ministry', 'POST', '/api/councils', centralCouncilBody(s, centralRound))).body.id;
    pinToday('2026-11-03');
    await act(s, 'ministry', ids.toMinistry, 'open_central_council', { roundId: centralRound });
    pinToday('2026-11-10');
    for (const m of CENTRAL_MEMBERS) await score(s, m, central, ids.toMinistry, FOUR_STAR);
    pinToday('2026-11-20');
    const r = await act(s, 'ministry', ids.toMinistry, 'record_central_result');
    expect(r.body.dossier).toMatchObject({ state: 'ministry_not_5_star', finalPoints: 75 });
    // Art. 7.4.g: the province may certify the 4★ of the central result or take it up again; a mere result notice
    // (Art. 4.1.a, for 1–2★) does not apply to a 4★ first evaluation, so it is not offered.
    const offered = (await get(ids.toMinistry)).availableActions.map((a: { action: string }) => a.action);
    expect(offered).toEqual(expect.arrayContaining(['certify_province', 'reassess_at_province']));
    expect(offered).not.toContain('issue_result_notice');
  });

  it("only the office of the dossier's province decides to evaluate again, with its reason", async () => {
    pinToday('2026-11-25');
    const why = 'Tổ chức đánh giá, phân hạng lại theo thẩm quyền (điểm g khoản 4 Điều 7)';
    expect((await refused('chair', ids.toMinistry, 'reassess_at_province', { reason: why })).status).toBe(403);
    expect((await refused('ministry', ids.toMinistry, 'reassess_at_province', { reason: why })).status).toBe(403);
    expect((await refused('dienbien_office', ids.toMinistry, 'reassess_at_province', { reason: why })).status).toBe(
      404,
    );
    expect((await refused('laichau_office', ids.toMinistry, 'reassess_at_province', {})).body.error.code).toBe(
      'missing_reason',
    );
  });

  it('the dossier is back with the province, complete, without round, council or result; producer and commune are told', async () => {
    const why = 'Tổ chức đánh giá, phân hạng lại theo thẩm quyền (điểm g khoản 4 Điều 7)';
    const r = await act(s, 'laichau_office', ids.toMinistry, 'reassess_at_province', { reason: why });
    expect(r.body.dossier).toMatchObject({
      state: 'province_accepted',
      roundId: null,
      councilId: null,
      centralCouncilId: null,
    });
    expect(r.body.dossier.facts).toMatchObject({
      outcome: null,
      roundId: null,
      advisoryReportOn: null,
      councilMode: null,
      completeOn: '2026-11-25',
    });
    expect(await kinds('binhlu_producer', ids.toMinistry)).toContain('dossier.reassess_at_province');
    expect(await kinds('binhlu_officer', ids.toMinistry)).toContain('dossier.reassess_at_province');
    expect((await steps(ids.toMinistry)).at(-1)).toMatchObject({
      action: 'dossier.reassess_at_province',
      from_state: 'ministry_not_5_star',
      to_state: 'province_accepted',
      reason: why,
    });
    // The central council's result stays on record.
    const outcomes = await s.db.pool.query(
      `select c.level, o.mean from council_outcomes o join councils c on c.id = o.council_id where o.dossier_id = $1 order by c.level desc`,
      [ids.toMinistry],
    );
    expect(outcomes.rows).toEqual([
      { level: 'province', mean: 100 },
      { level: 'central', mean: 75 },
    ]);
  });

  it('the council that already scored it cannot take it again (its old cards would stand); a later round can', async () => {
    const same = await refused('laichau_office', ids.toMinistry, 'assign_round', { roundId: round2026 });
    expect(same.status).toBe(409);
    expect(same.body.error.code).toBe('already_evaluated');
    const later = await s.call('laichau_office', 'POST', '/api/rounds', { level: 'province', year: 2027, number: 1 });
    expect(later.status).toBe(201);
    const r = await act(s, 'laichau_office', ids.toMinistry, 'assign_round', { roundId: later.body.id });
    expect(r.body.dossier).toMatchObject({ state: 'in_round', roundId: later.body.id, councilId: null });
    // Entitled to round 2/2026 (Art. 5.1): the later round is allowed with a warning.
    expect(r.body.effects.some((e: { type: string }) => e.type === 'warning')).toBe(true);
  });
});

describe('Art. 7.6: re-evaluations — in writing, a meeting when opinions diverge, a 5★ product to the Ministry, 45 days', () => {
  let council2028 = '';
  const due = (from: string) => reevaluationCompletionDeadline(from, loadCalendar()).dueOn;

  it('three 4★/5★ products are filed in the window, received, forwarded and accepted: the 45 days start (Art. 7.6.g)', async () => {
    pinToday('2028-12-01');
    const products = await Promise.all(
      ['Chè Shan tuyết Bình Lư', 'Mật ong bạc hà Bình Lư', 'Gạo Séng Cù Bình Lư'].map(
        async (n) => (await registerBinhLuProduct(s, n)).productId,
      ),
    );
    await certify(products[0]!, '011/GCN-OCOP-12-2026', 4);
    await certify(products[1]!, '012/GCN-OCOP-12-2026', 4);
    await certify(products[2]!, '003/GCN-OCOP-BNNMT-2026', 5);
    pinToday('2028-12-04');
    ids.divergent = await fileReevaluation(products[0]!);
    ids.written = await fileReevaluation(products[1]!);
    ids.fiveStar = await fileReevaluation(products[2]!);
    const all = [ids.divergent, ids.written, ids.fiveStar];
    pinToday('2028-12-05');
    for (const id of all) {
      await act(s, 'binhlu_officer', id, 'receive');
      await s.call('binhlu_officer', 'PUT', `/api/dossiers/${id}/forms/03`, filledForm03());
    }
    pinToday('2028-12-08');
    for (const id of all) await act(s, 'binhlu_officer', id, 'forward', { letterNumber: '41/UBND-KT' });
    pinToday('2028-12-11');
    for (const id of all) {
      const r = await act(s, 'laichau_office', id, 'accept');
      expect(r.body.effects).toContainEqual(
        expect.objectContaining({
          type: 'deadline_started',
          deadline: 'reevaluation_completion',
          dueOn: due('2028-12-11'),
          article: 'Art. 7.6.g',
        }),
      );
    }
    expect(due('2028-12-11') >= '2029-01-25').toBe(true);
  });

  it('the dossier shows the 45-day deadline with its article, and it is overdue once passed (Art. 7.6.g)', async () => {
    const d = await get(ids.written, 'binhlu_producer');
    expect(d.facts).toMatchObject({ completeOn: '2028-12-11', reevaluationDueOn: due('2028-12-11') });
    expect(d.deadlines).toContainEqual(
      expect.objectContaining({ kind: 'reevaluation_completion', dueOn: due('2028-12-11'), article: 'Art. 7.6.g' }),
    );
    expect(d.overdueItems).toEqual([]);
  });

  it("a 5★ re-evaluation goes on the office's report straight to the Ministry (Art. 6.3.b, 7.6.e); a 4★ one does not", async () => {
    pinToday('2028-12-12');
    // The 4★ ones are reviewed for the council of the provincial round; the 5★ one needs none at the province.
    const round = await s.call('laichau_office', 'POST', '/api/rounds', { level: 'province', year: 2028, number: 2 });
    const council = await s.call(
      'laichau_office',
      'POST',
      '/api/councils',
      provinceCouncilBody(s, round.body.id, { decisionNo: '2210/QĐ-UBND', decisionDate: '2028-12-11' }),
    );
    expect(council.status, JSON.stringify(council.body)).toBe(201);
    council2028 = council.body.id;
    for (const id of [ids.divergent, ids.written]) {
      expect(
        (await act(s, 'laichau_office', id, 'start_review', { councilId: council2028 })).body.dossier.councilId,
      ).toBe(council2028);
    }
    await act(s, 'laichau_office', ids.fiveStar, 'start_review');
    expect(
      (
        await refused('laichau_office', ids.divergent, 'send_to_ministry', {
          advisoryReport: { reference: '50/BC-VPĐP' },
        })
      ).body.error.code,
    ).toBe('not_five_star');
    expect(
      (await refused('advisory', ids.fiveStar, 'send_to_ministry', { advisoryReport: { reference: '50/BC-VPĐP' } }))
        .status,
    ).toBe(403);
    expect((await refused('laichau_office', ids.fiveStar, 'send_to_ministry', {})).body.error.code).toBe(
      'missing_advisory_report',
    );
    expect((await s.call('ministry', 'GET', `/api/dossiers/${ids.fiveStar}`)).status).toBe(404);
    const r = await act(s, 'laichau_office', ids.fiveStar, 'send_to_ministry', {
      advisoryReport: { reference: '50/BC-VPĐP' },
    });
    expect(r.body.dossier).toMatchObject({ state: 'sent_to_ministry', proposedOn: '2028-12-12' });
    expect(r.body.dossier.facts).toMatchObject({ advisoryReportOn: '2028-12-12', outcome: null });
    expect(await kinds('ministry', ids.fiveStar)).toEqual(['dossier.send_to_ministry']);
    expect((await s.call('ministry', 'GET', `/api/dossiers/${ids.fiveStar}`)).status).toBe(200);
  });

  it('the Ministry receives it: its 45 days run from the complete dossier it received (Art. 7.6.g)', async () => {
    pinToday('2028-12-14');
    const r = await act(s, 'ministry', ids.fiveStar, 'receive_at_ministry');
    expect(r.body.effects).toContainEqual(
      expect.objectContaining({
        type: 'deadline_started',
        deadline: 'reevaluation_completion',
        dueOn: due('2028-12-14'),
      }),
    );
    const d = await get(ids.fiveStar, 'ministry');
    expect(d.state).toBe('ministry_received');
    expect(d.facts).toMatchObject({ completeOn: '2028-12-14', reevaluationDueOn: due('2028-12-14') });
    expect(d.deadlines).toContainEqual(
      expect.objectContaining({ kind: 'reevaluation_completion', dueOn: due('2028-12-14'), article: 'Art. 7.6.g' }),
    );
  });

  it('the office reviews the 4★ re-evaluations for the province council; a visit needs its ground (Art. 7.6.c)', async () => {
    pinToday('2028-12-13');
    expect((await refused('laichau_office', ids.divergent, 'record_field_visit', {})).body.error.code).toBe(
      'missing_field_visit_ground',
    );
    const visit = await act(s, 'laichau_office', ids.divergent, 'record_field_visit', {
      fieldVisit: { ground: 'scale_changed' },
    });
    expect(visit.body.dossier.facts.fieldVisitOn).toBe('2028-12-13');
    for (const id of [ids.divergent, ids.written]) {
      const r = await act(s, 'laichau_office', id, 'submit_advisory_report', {
        advisoryReport: { reference: '51/BC-VPĐP' },
      });
      expect(r.body.dossier).toMatchObject({ state: 'council_scoring' });
      expect(r.body.dossier.facts.councilMode).toBe('written');
    }
  });

  it('members agree in writing: the chair closes without a meeting (Art. 7.6.d) and the province certifies within the 45 days', async () => {
    pinToday('2028-12-15');
    for (const m of MEMBERS) await score(s, m, council2028, ids.written, FOUR_STAR);
    pinToday('2028-12-16');
    const closed = await act(s, 'chair', ids.written, 'close_scoring');
    expect(closed.body.dossier).toMatchObject({ state: 'council_closed', finalStar: 4 });
    expect(closed.body.dossier.facts.councilMode).toBe('written');
    expect(await kinds('m1', ids.written)).not.toContain('dossier.convene_meeting');
    const cert = await act(s, 'laichau_office', ids.written, 'certify_province', {
      decision: { number: '2300/QĐ-UBND', date: '2028-12-16' },
    });
    expect(cert.body.certificate).toMatchObject({ star: 4, issuedOn: '2028-12-16' });
    expect(cert.body.dossier.deadlines).toEqual([]);
    const old = await s.db.pool.query(`select status from certificates where number = '012/GCN-OCOP-12-2026'`);
    expect(old.rows).toEqual([{ status: 'superseded' }]);
  });

  it('written opinions diverge: closing with a note is refused — the chair must convene a meeting (Art. 7.6.d)', async () => {
    for (const m of MEMBERS.slice(0, 6)) await score(s, m, council2028, ids.divergent, FOUR_STAR);
    await score(s, 'm7', council2028, ids.divergent, LOW);
    const close = await refused('chair', ids.divergent, 'close_scoring', { flagAcceptedReason: 'Giữ kết quả đa số' });
    expect(close.status).toBe(409);
    expect(close.body.error.code).toBe('meeting_required');
    expect(close.body.error.message.vi).toContain('điểm d khoản 6 Điều 7');
  });

  it("only the council's chair convenes, with the reason; then the council meets and concludes", async () => {
    const why = 'Các thành viên có ý kiến khác nhau về tiêu chí 4.3 và 6.4';
    expect((await refused('other_chair', ids.divergent, 'convene_meeting', { reason: why })).status).toBe(403);
    expect((await refused('laichau_office', ids.divergent, 'convene_meeting', { reason: why })).status).toBe(403);
    expect((await refused('m1', ids.divergent, 'convene_meeting', { reason: why })).status).toBe(403);
    expect((await refused('chair', ids.divergent, 'convene_meeting', {})).body.error.code).toBe('missing_reason');
    pinToday('2028-12-18');
    const r = await act(s, 'chair', ids.divergent, 'convene_meeting', { reason: why });
    expect(r.body.dossier).toMatchObject({ state: 'council_scoring' });
    expect(r.body.dossier.facts.councilMode).toBe('meeting');
    for (const m of MEMBERS) expect(await kinds(m, ids.divergent)).toContain('dossier.convene_meeting');
    expect((await steps(ids.divergent)).at(-1)).toMatchObject({
      action: 'dossier.convene_meeting',
      from_state: 'council_scoring',
      to_state: 'council_scoring',
      reason: why,
    });
    expect((await refused('chair', ids.divergent, 'convene_meeting', { reason: why })).body.error.code).toBe(
      'not_written_mode',
    );
    pinToday('2028-12-19');
    const closed = await act(s, 'chair', ids.divergent, 'close_scoring', {
      flagAcceptedReason: 'Đã họp, thống nhất giữ kết quả',
    });
    expect(closed.body.dossier.state).toBe('council_closed');
  });

  it('left undecided past its 45 days, the re-evaluation shows as overdue (Art. 7.6.g)', async () => {
    pinToday('2029-02-10');
    const d = await get(ids.divergent);
    expect(d.overdueItems).toContainEqual(
      expect.objectContaining({ deadline: 'reevaluation_completion', dueOn: due('2028-12-11') }),
    );
  });
});
