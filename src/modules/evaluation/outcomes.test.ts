// The other ways out of the procedure: a 2★ result is notified without decision or certificate (Art. 4.1.a, 7.3.g);
// the province disqualifies a dossier (with its reason); the producer withdraws; deadlines run late (the overdue
// queue); and the OpenAPI document lists the module's routes.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import {
  act,
  fileDossier,
  filledForm03,
  forwardedDossier,
  MEMBERS,
  pinToday,
  provinceCouncilBody,
  registerBinhLuProduct,
  score,
  startEvaluationTestServer,
  TWO_STAR,
  type EvaluationTestServer,
} from './evaluation-test-kit.ts';

let s: EvaluationTestServer;

beforeAll(async () => {
  s = await startEvaluationTestServer();
  pinToday('2026-09-07');
});
afterAll(async () => s?.close());

describe('a 2★ result: notice, no decision, no certificate (Art. 4.1.a)', () => {
  it('closes with a result-notice outcome that cannot be certified, and is notified', async () => {
    const id = await forwardedDossier(s, 'Rau rừng Bình Lư', TWO_STAR);
    pinToday('2026-09-18');
    await act(s, 'laichau_office', id, 'accept');
    const round = (await s.call('laichau_office', 'POST', '/api/rounds', { level: 'province', year: 2026, number: 2 }))
      .body.id;
    const council = (await s.call('laichau_office', 'POST', '/api/councils', provinceCouncilBody(s, round))).body.id;
    pinToday('2026-09-21');
    await act(s, 'laichau_office', id, 'assign_round', { roundId: round });
    await act(s, 'laichau_office', id, 'start_review');
    await act(s, 'laichau_office', id, 'submit_advisory_report', { advisoryReport: { reference: 'BC-09/TTV' } });
    for (const m of MEMBERS) await score(s, m, council, id, TWO_STAR);
    const closed = await act(s, 'chair', id, 'close_scoring');
    expect(closed.body.dossier.facts.outcome).toMatchObject({ kind: 'result_notice', star: 2 });
    const certify = await s.call('laichau_office', 'POST', `/api/dossiers/${id}/actions/certify_province`, {
      decision: { number: '9/QĐ-UBND', date: '2026-09-21' },
    });
    expect(certify.status).toBe(409);
    expect(certify.body.error.code).toBe('wrong_outcome');
    const r = await act(s, 'laichau_office', id, 'issue_result_notice');
    expect(r.body).toMatchObject({ certificate: null, dossier: { state: 'result_notice', finalStar: 2 } });
    expect((await s.db.pool.query('select count(*)::int n from certificates')).rows[0].n).toBe(0);
    const notes = await s.call('binhlu_producer', 'GET', '/api/notifications');
    expect(notes.body.items[0].kind).toBe('dossier.issue_result_notice');
  });
});

describe('disqualification and withdrawal', () => {
  it('the office disqualifies a forwarded dossier only with a reason, which reaches the producer', async () => {
    const id = await forwardedDossier(s, 'Nấm hương Bình Lư', TWO_STAR);
    const none = await s.call('laichau_office', 'POST', `/api/dossiers/${id}/actions/reject`, {});
    expect(none.status).toBe(400);
    pinToday('2026-09-11');
    const r = await act(s, 'laichau_office', id, 'reject', {
      reason: 'Hồ sơ giả mạo giấy chứng nhận an toàn thực phẩm',
    });
    expect(r.body.dossier).toMatchObject({
      state: 'rejected',
      lastReason: 'Hồ sơ giả mạo giấy chứng nhận an toàn thực phẩm',
      availableActions: [],
    });
    const notes = await s.call('binhlu_producer', 'GET', '/api/notifications');
    expect(notes.body.items[0]).toMatchObject({
      kind: 'dossier.reject',
      body: { reason: 'Hồ sơ giả mạo giấy chứng nhận an toàn thực phẩm' },
    });
    // A new dossier may be opened for the product once this one is closed.
    expect(
      (await s.call('binhlu_producer', 'POST', '/api/dossiers', { productId: r.body.dossier.productId, kind: 'first' }))
        .status,
    ).toBe(201);
  });

  it('only the producer withdraws, and not once the council has scored', async () => {
    const created = await s.call('binhlu_producer', 'POST', '/api/dossiers', {
      productId: (await registerBinhLuProduct(s, 'Bánh chưng đen')).productId,
      kind: 'first',
    });
    expect(
      (await s.call('binhlu_officer', 'POST', `/api/dossiers/${created.body.id}/actions/withdraw`, {})).status,
    ).toBe(403);
    const r = await act(s, 'binhlu_producer', created.body.id, 'withdraw', { reason: 'Chưa đủ điều kiện' });
    expect(r.body.dossier.state).toBe('withdrawn');
  });
});

describe('deadlines running late (Art. 7.2)', () => {
  it('a received dossier past its 15 working days shows as overdue and in the overdue queue', async () => {
    pinToday('2026-10-01');
    const id = await fileDossier(s, (await registerBinhLuProduct(s, 'Gạo nếp Bình Lư')).productId);
    const r = await act(s, 'binhlu_officer', id, 'receive');
    const due = r.body.dossier.communeDueOn as string;
    expect((await s.call('binhlu_officer', 'GET', '/api/dossiers?queue=overdue')).body.total).toBe(0);
    pinToday('2026-10-30');
    const d = await s.call('binhlu_officer', 'GET', `/api/dossiers/${id}`);
    expect(d.body.overdue).toBe(true);
    expect(d.body.overdueItems).toEqual([
      expect.objectContaining({ deadline: 'commune_review', dueOn: due, article: 'Art. 7.2' }),
    ]);
    const q = await s.call('binhlu_officer', 'GET', '/api/dossiers?queue=overdue');
    expect(q.body.items.map((x: { id: string }) => x.id)).toEqual([id]);
    // Forwarding late is allowed, and the missed deadline is reported.
    await s.call('binhlu_officer', 'PUT', `/api/dossiers/${id}/forms/03`, filledForm03());
    const f = await act(s, 'binhlu_officer', id, 'forward', { letterNumber: '41/UBND' });
    expect(f.body.effects).toContainEqual(
      expect.objectContaining({ type: 'deadline_missed', deadline: 'commune_review', dueOn: due }),
    );
  });
});

describe('OpenAPI', () => {
  it('documents the evaluation routes', async () => {
    const r = await s.call(null, 'GET', '/api/openapi.json');
    expect(r.status).toBe(200);
    expect(Object.keys(r.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/dossiers',
        '/api/dossiers/{id}/actions/{action}',
        '/api/dossiers/{id}/evidence',
        '/api/rounds',
        '/api/councils',
        '/api/councils/{id}/dossiers/{dossierId}/scorecards',
        '/api/decisions',
        '/api/certificates',
        '/api/notifications',
      ]),
    );
  });
});
