// A first evaluation walked from draft to the province's 4★ certificate (Art. 6, 7.1–7.3, 4.1.a, 4.3), through HTTP
// only: filing with Forms 01/02 and evidence, receipt, Form 03 and forwarding, one completion request, the round and
// its council, the advisory review, scoring with a spread that is flagged and revised, the chair's close, the
// chair's recognition decision, the certificate. Notifications and audit rows along the way.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import {
  act,
  filledForm01,
  filledForm02,
  filledForm03,
  FOUR_STAR,
  LOW,
  MEMBERS,
  pinToday,
  provinceCouncilBody,
  registerBinhLuProduct,
  score,
  startEvaluationTestServer,
  PDF_BYTES,
  type EvaluationTestServer,
} from './evaluation-test-kit.ts';

let s: EvaluationTestServer;
let productId = '';
let id = '';
let roundId = '';
let councilId = '';

const kinds = async (who: string) =>
  (
    await s.db.pool.query(
      `select n.kind from notifications n join users u on u.id = n.user_id where u.username = $1 order by n.id`,
      [who],
    )
  ).rows.map((r) => r.kind as string);
const scorecards = (who: Parameters<EvaluationTestServer['call']>[0]) =>
  s.call(who, 'GET', `/api/councils/${councilId}/dossiers/${id}/scorecards`);

beforeAll(async () => {
  s = await startEvaluationTestServer();
  pinToday('2026-08-28');
  ({ productId } = await registerBinhLuProduct(s));
});
afterAll(async () => s?.close());

describe('walk of a first evaluation to a 4★ certificate', () => {
  it('the producer files Forms 01, 02 and one evidence PDF', async () => {
    const created = await s.call('binhlu_producer', 'POST', '/api/dossiers', { productId, kind: 'first' });
    id = created.body.id;
    expect((await s.call('binhlu_producer', 'PUT', `/api/dossiers/${id}/forms/01`, filledForm01())).status).toBe(200);
    expect((await s.call('binhlu_producer', 'PUT', `/api/dossiers/${id}/forms/02`, filledForm02())).status).toBe(200);
    expect(
      (
        await s.upload(
          'binhlu_producer',
          `/api/dossiers/${id}/evidence`,
          { criterionCode: '1.2' },
          { name: 'vietgap.pdf', bytes: PDF_BYTES },
        )
      ).status,
    ).toBe(201);
    await act(s, 'binhlu_producer', id, 'submit');
  });

  it('the commune receives: receipt 01/PĐK-12-03390-2026, due 15 working days later', async () => {
    pinToday('2026-08-31');
    const r = await act(s, 'binhlu_officer', id, 'receive');
    expect(r.body.dossier).toMatchObject({ receiptNo: '01/PĐK-12-03390-2026', communeDueOn: '2026-09-23' });
  });

  it('the commune writes Form 03 and forwards; the office asks for completion once; the producer supplements; the office accepts', async () => {
    expect((await s.call('binhlu_officer', 'PUT', `/api/dossiers/${id}/forms/03`, filledForm03())).status).toBe(200);
    pinToday('2026-09-10');
    const fw = await act(s, 'binhlu_officer', id, 'forward', { letterNumber: '25/UBND-KT' });
    // Art. 5.1: forwarded on 10/9, before 30/10, the dossier is evaluated in round 2, by 29/12 — the deadline the
    // province's check runs against (Art. 7.3.a sets none of its own).
    expect(fw.body.dossier.deadlines).toEqual([
      expect.objectContaining({ kind: 'province_round', dueOn: '2026-12-29', article: 'Art. 5.1' }),
    ]);
    pinToday('2026-09-14');
    await act(s, 'laichau_office', id, 'request_supplement', { reason: 'Thiếu phiếu kiểm nghiệm chỉ tiêu vi sinh' });
    pinToday('2026-09-16');
    await act(s, 'binhlu_producer', id, 'submit_supplement');
    pinToday('2026-09-17');
    await act(s, 'laichau_office', id, 'accept');
  });

  it('the office plans round 2/2026 (Art. 5.1) and records its council; a council short of the 7 seats is refused', async () => {
    pinToday('2026-09-18');
    expect(
      (await s.call('binhlu_officer', 'POST', '/api/rounds', { level: 'province', year: 2026, number: 2 })).status,
    ).toBe(403);
    expect(
      (await s.call('laichau_office', 'POST', '/api/rounds', { level: 'central', year: 2026, number: 2 })).status,
    ).toBe(403);
    const late = await s.call('laichau_office', 'POST', '/api/rounds', {
      level: 'province',
      year: 2026,
      number: 2,
      finishBy: '2027-01-15',
    });
    expect(late.status).toBe(400);
    expect(late.body.error.issues[0]).toMatchObject({ field: 'body.finishBy', code: 'too_late' });
    const r = await s.call('laichau_office', 'POST', '/api/rounds', { level: 'province', year: 2026, number: 2 });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.body).toMatchObject({
      level: 'province',
      provinceCode: '12',
      cutoff: '2026-10-30',
      finishBy: '2026-12-29',
      extra: null,
    });
    roundId = r.body.id;
    // Art. 5.1: the round takes dossiers forwarded strictly before 30/10; from that day on its cut-off has passed.
    expect(r.body.cutoffPassed).toBe(false);
    pinToday('2026-10-30');
    expect((await s.call('laichau_office', 'GET', `/api/rounds/${roundId}`)).body.cutoffPassed).toBe(true);
    pinToday('2026-09-18');
    expect(
      (await s.call('laichau_office', 'POST', '/api/rounds', { level: 'province', year: 2026, number: 2 })).status,
    ).toBe(409);
    expect((await s.call('dienbien_office', 'GET', '/api/rounds')).body).toEqual([]);

    const small = provinceCouncilBody(s, roundId);
    const three = await s.call('laichau_office', 'POST', '/api/councils', {
      ...small,
      members: small.members.slice(0, 3),
    });
    expect(three.status).toBe(400);
    expect(three.body.error.issues.filter((i: { code: string }) => i.code === 'missing_seat')).toHaveLength(4);
    const wrongRole = await s.call('laichau_office', 'POST', '/api/councils', {
      ...small,
      chair: { ...small.chair, userId: s.ids.m1 },
    });
    expect(wrongRole.status).toBe(400);
    const c = await s.call('laichau_office', 'POST', '/api/councils', small);
    expect(c.status, JSON.stringify(c.body)).toBe(201);
    councilId = c.body.id;
    expect(c.body.members).toHaveLength(9);
    expect(await kinds('m1')).toEqual(['council.appointed']);
  });

  it('the dossier goes into the round, before its council, to the advisory team', async () => {
    pinToday('2026-09-21');
    const assigned = await act(s, 'laichau_office', id, 'assign_round', { roundId });
    expect(assigned.body.dossier).toMatchObject({ state: 'in_round', roundId, councilId });
    expect(assigned.body.dossier.facts.roundFinishBy).toBe('2026-12-29');
    pinToday('2026-09-22');
    await act(s, 'laichau_office', id, 'start_review');
    expect(await kinds('advisory')).toContain('dossier.start_review');
  });

  it('the advisory team reports to the chair and sends the dossier to the council', async () => {
    pinToday('2026-09-25');
    const none = await s.call('advisory', 'POST', `/api/dossiers/${id}/actions/submit_advisory_report`, {});
    expect(none.status).toBe(400);
    expect(none.body.error.code).toBe('missing_advisory_report');
    const rep = await s.call('advisory', 'POST', `/api/dossiers/${id}/advisory-report`, {
      content: 'Hồ sơ đầy đủ, minh chứng rõ ràng; không cần khảo sát thực tế.',
      reference: 'BC-05/TTV',
    });
    expect(rep.status, JSON.stringify(rep.body)).toBe(201);
    expect(await kinds('chair')).toContain('dossier.advisory_report');
    const r = await act(s, 'advisory', id, 'submit_advisory_report');
    expect(r.body.dossier).toMatchObject({ state: 'council_scoring' });
    expect(r.body.dossier.facts).toMatchObject({ advisoryReportOn: '2026-09-25', councilMode: 'meeting' });
    expect(await kinds('m7')).toContain('dossier.submit_advisory_report');
  });

  it('scorecards stay hidden from a member until their own is submitted; the chair and the office see only who submitted while cards are missing', async () => {
    pinToday('2026-10-01');
    // Beside each criterion a member reads the producer's own answer (Form 02, Art. 6.1) and the evidence filed for it.
    const form02 = await s.call('m1', 'GET', `/api/dossiers/${id}/forms/02`);
    expect(form02.status).toBe(200);
    expect(form02.body.selfAssessment.answers).toEqual(filledForm02().selfAssessment.answers);
    const evidence = await s.call('m1', 'GET', `/api/dossiers/${id}/evidence`);
    expect(evidence.body.map((e: { criterionCode: string; name: string }) => [e.criterionCode, e.name])).toEqual([
      ['1.2', 'vietgap.pdf'],
    ]);
    expect((await s.call('m1', 'GET', `/api/dossiers/${id}/evidence/${evidence.body[0].id}`)).status).toBe(200);
    await score(s, 'm1', councilId, id, FOUR_STAR);
    const m1 = await scorecards('m1');
    expect(m1.body.visibility).toEqual({ own: true, others: 'all' });
    await s.call('m2', 'PUT', `/api/councils/${councilId}/dossiers/${id}/scorecard`, { answers: { '1.1': 1 } });
    const m2 = await scorecards('m2');
    expect(m2.body.visibility).toEqual({ own: true, others: 'none' });
    expect(m2.body.members.map((m: { memberId: string }) => m.memberId)).toEqual([s.ids.m2]);
    expect(m2.body.members[0].scorecard.answers).toEqual({ '1.1': 1 });
    // Once m2 submits, m2 sees m1's card; m1 sees m2's only once submitted.
    expect(m1.body.members.find((m: { memberId: string }) => m.memberId === s.ids.m2).scorecard).toBeNull();
    const chair = await scorecards('chair');
    expect(chair.body.visibility).toEqual({ own: false, others: 'status' });
    expect(chair.body.members.every((m: { scorecard: unknown }) => m.scorecard === null)).toBe(true);
    expect(chair.body.members.filter((m: { submitted: boolean }) => m.submitted)).toHaveLength(1);
    expect((await scorecards('laichau_office')).body.visibility.others).toBe('status');
    expect((await scorecards('binhlu_producer')).status).toBe(403);
    expect((await scorecards('dienbien_office')).status).toBe(404);
    expect(
      (await s.call('advisory', 'PUT', `/api/councils/${councilId}/dossiers/${id}/scorecard`, { answers: {} })).status,
    ).toBe(403);
    expect(
      (await s.call('chair', 'PUT', `/api/councils/${councilId}/dossiers/${id}/scorecard`, { answers: {} })).status,
    ).toBe(403);
  });

  it('a submitted card is frozen; an incomplete card cannot be submitted', async () => {
    const again = await s.call('m1', 'PUT', `/api/councils/${councilId}/dossiers/${id}/scorecard`, {
      answers: FOUR_STAR,
    });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('scorecard_submitted');
    const partial = await s.call('m2', 'POST', `/api/councils/${councilId}/dossiers/${id}/scorecard/submit`);
    expect(partial.status, JSON.stringify(partial.body)).toBe(400);
    expect(
      partial.body.error.issues.some(
        (i: { field: string; code: string }) => i.field.startsWith('body.answers.') && i.code === 'required',
      ),
    ).toBe(true);
  });

  it('the chair cannot close before every card is in, and is offered neither closing nor the divergence (Art. 7.3.d)', async () => {
    const offered = async (who: 'chair' | 'laichau_office') =>
      ((await s.call(who, 'GET', `/api/dossiers/${id}`)).body.availableActions as { action: string }[]).map(
        (a) => a.action,
      );
    expect(await offered('chair')).not.toContain('flag_divergence');
    expect(await offered('chair')).not.toContain('close_scoring');
    expect(await offered('laichau_office')).not.toContain('flag_divergence');
    const r = await s.call('chair', 'POST', `/api/dossiers/${id}/actions/close_scoring`, {});
    expect(r.status).toBe(409);
    expect(r.body.error.code).toBe('scores_incomplete');
  });

  it('one member diverges by more than 10 points: the chair is told, closing is refused, the dossier is flagged', async () => {
    for (const m of MEMBERS.slice(1, 6)) await score(s, m, councilId, id, FOUR_STAR);
    const last = await score(s, 'm7', councilId, id, LOW);
    expect(last.body.session).toEqual({ members: 7, submitted: 7, allSubmitted: true, spreadFlag: true });
    expect(await kinds('chair')).toContain('council.scores_complete');
    const m3 = await scorecards('m3');
    expect(m3.body.aggregate).toMatchObject({ spreadFlag: true, spreadThreshold: 10 });
    expect(m3.body.members.filter((m: { scorecard: unknown }) => m.scorecard !== null)).toHaveLength(7);
    // Art. 7.3.d: every card is in, so the chair and the office see each member's total, the mean, the spread and
    // the criteria where members disagree, before the chair concludes.
    for (const who of ['chair', 'laichau_office'] as const) {
      const seen = await scorecards(who);
      expect(seen.body.visibility.others).toBe('all');
      expect(seen.body.members.map((m: { scorecard: { total: number } }) => m.scorecard.total).sort()).toEqual(
        [...seen.body.aggregate.memberTotals].sort(),
      );
      const totals: number[] = seen.body.aggregate.memberTotals;
      expect(seen.body.aggregate.spread).toBe(Math.max(...totals) - Math.min(...totals));
      expect(seen.body.aggregate.spread).toBeGreaterThan(10);
      expect(seen.body.aggregate.mean).toBeCloseTo(totals.reduce((a, b) => a + b, 0) / 7, 1);
      const gaps = seen.body.aggregate.disagreements as { code: string; min: number; max: number; points: unknown[] }[];
      expect(gaps.length).toBeGreaterThan(0);
      expect(gaps.every((g) => g.max > g.min && g.points.length === 7)).toBe(true);
      expect(gaps.map((g) => g.max - g.min)).toEqual(gaps.map((g) => g.max - g.min).sort((a, b) => b - a));
    }
    const offered = (await s.call('chair', 'GET', `/api/dossiers/${id}`)).body.availableActions.map(
      (a: { action: string }) => a.action,
    );
    expect(offered).toEqual(expect.arrayContaining(['flag_divergence', 'close_scoring']));
    const close = await s.call('chair', 'POST', `/api/dossiers/${id}/actions/close_scoring`, {});
    expect(close.status).toBe(409);
    expect(close.body.error.code).toBe('spread_unresolved');
    expect((await s.call('other_chair', 'POST', `/api/dossiers/${id}/actions/flag_divergence`, {})).status).toBe(403);
    pinToday('2026-10-02');
    const flagged = await act(s, 'chair', id, 'flag_divergence');
    expect(flagged.body.dossier.state).toBe('council_rescoring');
  });

  it("the diverging member revises and resubmits; the chair closes with the council's result", async () => {
    pinToday('2026-10-05');
    const revised = await s.call('m7', 'PUT', `/api/councils/${councilId}/dossiers/${id}/scorecard`, {
      answers: FOUR_STAR,
    });
    expect(revised.status).toBe(200);
    expect(revised.body.submitted).toBe(false);
    expect((await scorecards('m7')).body.visibility.others).toBe('none');
    const resubmitted = await s.call('m7', 'POST', `/api/councils/${councilId}/dossiers/${id}/scorecard/submit`);
    expect(resubmitted.status).toBe(200);
    expect(resubmitted.body.scorecard).toMatchObject({ total: 75, revision: 2 });
    expect(resubmitted.body.session.spreadFlag).toBe(false);
    expect((await s.call('laichau_office', 'POST', `/api/dossiers/${id}/actions/close_scoring`, {})).status).toBe(403);
    const closed = await act(s, 'chair', id, 'close_scoring');
    expect(closed.body.dossier).toMatchObject({ state: 'council_closed', finalPoints: 75, finalStar: 4 });
    expect(closed.body.dossier.facts.outcome).toMatchObject({
      kind: 'certify',
      level: 'province',
      star: 4,
      by: 'province',
    });
    const outcome = await s.db.pool.query(
      'select mean, star, spread_flag, outcome from council_outcomes where dossier_id = $1',
      [id],
    );
    expect(outcome.rows).toEqual([{ mean: 75, star: 4, spread_flag: false, outcome: 'certify' }]);
    // After close every council role sees every card.
    const chair = await scorecards('chair');
    expect(chair.body).toMatchObject({
      closed: true,
      visibility: { others: 'all' },
      outcome: { outcome: 'certify', mean: 75, star: 4 },
    });
    expect(
      (await s.call('m1', 'PUT', `/api/councils/${councilId}/dossiers/${id}/scorecard`, { answers: FOUR_STAR })).status,
    ).toBe(409);
  });
});

describe("the province chair's decision and the certificate (Art. 7.3.e, 4.3)", () => {
  const dossierState = async () => {
    const d = await s.db.pool.query('select state, version, facts, updated_at from dossiers where id = $1', [id]);
    const a = await s.db.pool.query(`select count(*)::int n from audit_log where entity_id = $1`, [id]);
    const c = await s.db.pool.query('select count(*)::int n from certificates');
    const dec = await s.db.pool.query(`select count(*)::int n from decisions where kind = 'recognition'`);
    const n = await s.db.pool.query('select count(*)::int n from notifications');
    return {
      dossier: d.rows[0],
      audits: a.rows[0].n,
      certificates: c.rows[0].n,
      decisions: dec.rows[0].n,
      notifications: n.rows[0].n,
    };
  };

  it('a decision dated after the act is refused (400) and writes nothing: dossier, decisions, certificates, audit, notifications unchanged', async () => {
    pinToday('2026-10-12');
    const before = await dossierState();
    const r = await s.call('laichau_office', 'POST', `/api/dossiers/${id}/actions/certify_province`, {
      decision: { number: '1500/QĐ-UBND', date: '2026-10-20' },
    });
    expect(r.status).toBe(400);
    expect(r.body.error).toMatchObject({ code: 'decision_after_act', issues: [{ field: 'body.decision.date' }] });
    const bad = await s.call('laichau_office', 'POST', `/api/dossiers/${id}/actions/certify_province`, {
      decision: { number: 'không số', date: '2026-10-12' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('invalid_decision');
    const none = await s.call('laichau_office', 'POST', `/api/dossiers/${id}/actions/certify_province`, {});
    expect(none.status).toBe(400);
    expect(none.body.error.code).toBe('missing_decision');
    expect(await dossierState()).toEqual(before);
  });

  it('the wrong outcome is refused: a 4★ result does not go to the Ministry, nor is it a mere notice', async () => {
    // Art. 7.3.e: under 90 points the office is offered the province's certificate only, never the Ministry.
    const offered = (await s.call('laichau_office', 'GET', `/api/dossiers/${id}`)).body.availableActions.map(
      (a: { action: string }) => a.action,
    );
    expect(offered).toEqual(['certify_province']);
    const notice = await s.call('laichau_office', 'POST', `/api/dossiers/${id}/actions/issue_result_notice`, {});
    expect(notice.status).toBe(409);
    expect(notice.body.error.code).toBe('wrong_outcome');
    const send = await s.call('laichau_office', 'POST', `/api/dossiers/${id}/actions/send_to_ministry`, {
      decision: { number: '1499/QĐ-UBND', date: '2026-10-12' },
    });
    expect(send.status).toBe(409);
    expect(await s.db.pool.query(`select 1 from decisions where number = '1499/QĐ-UBND'`).then((x) => x.rowCount)).toBe(
      0,
    );
  });

  it("the office records the chair's decision, then certifies: 001/GCN-OCOP-12-2026, 4★, valid through 12/10/2029", async () => {
    expect(
      (
        await s.call('binhlu_officer', 'POST', '/api/decisions', {
          kind: 'recognition',
          number: '1500/QĐ-UBND',
          date: '2026-10-12',
        })
      ).status,
    ).toBe(403);
    const future = await s.call('laichau_office', 'POST', '/api/decisions', {
      kind: 'recognition',
      number: '1500/QĐ-UBND',
      date: '2026-10-13',
    });
    expect(future.status).toBe(400);
    const dec = await s.call('laichau_office', 'POST', '/api/decisions', {
      kind: 'recognition',
      number: '1500/QĐ-UBND',
      date: '2026-10-12',
      signer: 'Chủ tịch UBND tỉnh',
    });
    expect(dec.status, JSON.stringify(dec.body)).toBe(201);
    expect(dec.body).toMatchObject({
      level: 'province',
      provinceCode: '12',
      kind: 'recognition',
      number: '1500/QĐ-UBND',
      signedOn: '2026-10-12',
      warning: null,
    });
    expect(
      (
        await s.call('laichau_office', 'POST', '/api/decisions', {
          kind: 'recognition',
          number: '1500/QĐ-UBND',
          date: '2026-10-12',
        })
      ).status,
    ).toBe(409);
    const approval = (
      await s.call('laichau_office', 'POST', '/api/decisions', {
        kind: 'approval',
        number: '1501/QĐ-UBND',
        date: '2026-10-12',
      })
    ).body.id;
    const wrongKind = await s.call('laichau_office', 'POST', `/api/dossiers/${id}/actions/certify_province`, {
      decisionId: approval,
    });
    expect(wrongKind.status).toBe(400);
    expect(wrongKind.body.error.issues[0]).toMatchObject({ field: 'body.decisionId', code: 'wrong_kind' });
    expect(
      (
        await s.call('dienbien_office', 'POST', `/api/dossiers/${id}/actions/certify_province`, {
          decisionId: dec.body.id,
        })
      ).status,
    ).toBe(404);
    expect(
      (await s.call('chair', 'POST', `/api/dossiers/${id}/actions/certify_province`, { decisionId: dec.body.id }))
        .status,
    ).toBe(403);

    pinToday('2026-10-13');
    const r = await act(s, 'laichau_office', id, 'certify_province', { decisionId: dec.body.id });
    expect(r.body.certificate).toEqual({
      id: expect.any(String),
      number: '001/GCN-OCOP-12-2026',
      star: 4,
      issuedOn: '2026-10-12',
      expiresOn: '2029-10-12',
    });
    expect(r.body.dossier).toMatchObject({ state: 'province_certified', finalStar: 4, finalPoints: 75 });
    expect(r.body.dossier.facts.decision).toEqual({ number: '1500/QĐ-UBND', date: '2026-10-12' });
    expect(r.body.dossier.availableActions).toEqual([]);

    const cert = await s.call('binhlu_producer', 'GET', `/api/certificates/${r.body.certificate.id}`);
    expect(cert.status).toBe(200);
    expect(cert.body).toMatchObject({
      number: '001/GCN-OCOP-12-2026',
      star: 4,
      points: 75,
      productId,
      productName: 'Rau cải mèo Bình Lư',
      dossierId: id,
      decisionId: dec.body.id,
      issuedOn: '2026-10-12',
      expiresOn: '2029-10-12',
      status: 'valid',
      state: 'valid',
      reevaluationWindow: { opensOn: '2029-04-15', closesOn: '2029-06-14' },
    });
    expect(cert.body.productCode).toMatch(/^12-03390-001-2026$/);
    expect((await s.call('tanphong_producer', 'GET', `/api/certificates/${r.body.certificate.id}`)).status).toBe(404);
    expect((await s.call('dienbien_office', 'GET', `/api/certificates/${r.body.certificate.id}`)).status).toBe(404);
    expect((await s.call('binhlu_officer', 'GET', '/api/certificates')).body.total).toBe(1);
    expect((await s.call('tanphong_officer', 'GET', '/api/certificates')).body.total).toBe(0);
    expect((await s.call('laichau_office', 'GET', '/api/certificates?star=4')).body.items[0].number).toBe(
      '001/GCN-OCOP-12-2026',
    );
    expect((await s.call('dienbien_office', 'GET', '/api/certificates')).body.total).toBe(0);
  });

  it('notifications reached the right people; a user reads and marks them', async () => {
    expect(await kinds('binhlu_producer')).toEqual([
      'dossier.receive',
      'dossier.forward',
      'dossier.request_supplement',
      'dossier.accept',
      'dossier.assign_round',
      'dossier.certify_province',
    ]);
    expect(await kinds('binhlu_officer')).toEqual([
      'dossier.submit',
      'dossier.request_supplement',
      'dossier.accept',
      'dossier.certify_province',
    ]);
    expect(await kinds('laichau_office')).toEqual([
      'dossier.forward',
      'dossier.submit_supplement',
      'council.scores_complete',
      'council.scores_complete',
      'dossier.close_scoring',
    ]);
    expect(await kinds('tanphong_officer')).toEqual([]);
    expect(await kinds('dienbien_office')).toEqual([]);
    const mine = await s.call('binhlu_producer', 'GET', '/api/notifications');
    expect(mine.body).toMatchObject({ total: 6, unread: 6 });
    expect(mine.body.items[0]).toMatchObject({
      kind: 'dossier.certify_province',
      link: `/dossiers/${id}`,
      readAt: null,
    });
    expect(mine.body.items[0].title.vi).toContain('Rau cải mèo Bình Lư');
    const read = await s.call('binhlu_producer', 'POST', `/api/notifications/${mine.body.items[0].id}/read`);
    expect(read.status).toBe(200);
    expect(read.body.readAt).not.toBeNull();
    expect((await s.call('binhlu_producer', 'GET', '/api/notifications?unread=true')).body).toMatchObject({
      total: 5,
      unread: 5,
    });
    expect((await s.call('binhlu_officer', 'POST', `/api/notifications/${mine.body.items[0].id}/read`)).status).toBe(
      404,
    );
  });

  it("the audit log holds every step with from/to state, and the certificate's issue", async () => {
    const rows = (
      await s.db.pool.query(
        `select action, from_state, to_state from audit_log where entity_type = 'dossier' and entity_id = $1 and (from_state is distinct from to_state) order by id`,
        [id],
      )
    ).rows.map((r) => `${r.action}:${r.from_state ?? '-'}>${r.to_state}`);
    expect(rows).toEqual([
      'dossier.create:->draft',
      'dossier.submit:draft>submitted',
      'dossier.receive:submitted>commune_received',
      'dossier.forward:commune_received>forwarded',
      'dossier.request_supplement:forwarded>province_incomplete',
      'dossier.submit_supplement:province_incomplete>forwarded',
      'dossier.accept:forwarded>province_accepted',
      'dossier.assign_round:province_accepted>in_round',
      'dossier.start_review:in_round>advisory_review',
      'dossier.submit_advisory_report:advisory_review>council_scoring',
      'dossier.flag_divergence:council_scoring>council_rescoring',
      'dossier.close_scoring:council_rescoring>council_closed',
      'dossier.certify_province:council_closed>province_certified',
    ]);
    const cert = await s.db.pool.query(
      `select actor_name, to_state, after->>'number' as number from audit_log where action = 'certificate.issue'`,
    );
    expect(cert.rows).toEqual([{ actor_name: 'laichau_office', to_state: 'valid', number: '001/GCN-OCOP-12-2026' }]);
    const timeline = await s.call('binhlu_producer', 'GET', `/api/dossiers/${id}/timeline`);
    expect(timeline.body.entries.at(-1)).toMatchObject({ action: 'certify_province', toState: 'province_certified' });
  });
});
