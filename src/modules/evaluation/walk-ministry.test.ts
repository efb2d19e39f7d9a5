// Two dossiers scoring 100 at the province go to the Ministry (Art. 7.3.e ¶2): the province approves the result and
// proposes them; the Ministry receives them, puts them before the central council in a national round (Art. 5.2,
// 7.4.b–d). One is recognised 5★ by the Minister (7.4.e); the other scores below 90 at the centre and goes back to
// the province, which certifies it 4★ from the central result (7.4.g).
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import {
  act,
  centralCouncilBody,
  CENTRAL_MEMBERS,
  fileDossier,
  filledForm03,
  FOUR_STAR,
  MAX_SET1,
  MEMBERS,
  pinToday,
  provinceCouncilBody,
  registerBinhLuProduct,
  score,
  startEvaluationTestServer,
  type EvaluationTestServer,
} from './evaluation-test-kit.ts';

let s: EvaluationTestServer;
const ids = { a: '', b: '' };
let councilId = '';
let centralRoundId = '';
let centralCouncilId = '';

beforeAll(async () => {
  s = await startEvaluationTestServer();
  pinToday('2026-09-01');
  ids.a = await fileDossier(s, (await registerBinhLuProduct(s, 'Miến dong Bình Lư')).productId, MAX_SET1);
  ids.b = await fileDossier(s, (await registerBinhLuProduct(s, 'Chè Shan tuyết Bình Lư')).productId, MAX_SET1);
});
afterAll(async () => s?.close());

const both = async (fn: (id: string) => Promise<unknown>) => {
  for (const id of [ids.a, ids.b]) await fn(id);
};

describe('to the Ministry and 5★ (Art. 7.3.e, 7.4)', () => {
  it('the province evaluates both to 100 points: the result is a proposal to the Ministry', async () => {
    pinToday('2026-09-03');
    await both((id) => act(s, 'binhlu_officer', id, 'receive'));
    await both((id) => s.call('binhlu_officer', 'PUT', `/api/dossiers/${id}/forms/03`, filledForm03()));
    pinToday('2026-09-10');
    await both((id) => act(s, 'binhlu_officer', id, 'forward', { letterNumber: '30/UBND-KT' }));
    pinToday('2026-09-18');
    await both((id) => act(s, 'laichau_office', id, 'accept'));
    const round = await s.call('laichau_office', 'POST', '/api/rounds', { level: 'province', year: 2026, number: 2 });
    pinToday('2026-09-21');
    // Assigned before the council exists: the council takes the round's dossiers when it is recorded.
    await both((id) => act(s, 'laichau_office', id, 'assign_round', { roundId: round.body.id }));
    const council = await s.call('laichau_office', 'POST', '/api/councils', provinceCouncilBody(s, round.body.id));
    councilId = council.body.id;
    expect((await s.call('laichau_office', 'GET', `/api/dossiers/${ids.a}`)).body.councilId).toBe(councilId);
    pinToday('2026-09-22');
    await both((id) => act(s, 'laichau_office', id, 'start_review'));
    pinToday('2026-09-25');
    await both(async (id) => {
      await s.call('advisory', 'POST', `/api/dossiers/${id}/advisory-report`, { content: 'Đạt yêu cầu.' });
      await act(s, 'advisory', id, 'submit_advisory_report');
    });
    pinToday('2026-10-01');
    for (const m of MEMBERS) await both((id) => score(s, m, councilId, id, MAX_SET1));
    pinToday('2026-10-02');
    await both(async (id) => {
      const r = await act(s, 'chair', id, 'close_scoring');
      expect(r.body.dossier.facts.outcome).toMatchObject({
        kind: 'forward',
        level: 'province',
        star: 5,
        to: 'central',
      });
      expect(r.body.dossier.finalPoints).toBe(100);
    });
  });

  it("the office proposes them with the chair's approval decision; from then on the Ministry sees them", async () => {
    expect((await s.call('ministry', 'GET', '/api/dossiers')).body.total).toBe(0);
    pinToday('2026-10-05');
    const approval = await s.call('laichau_office', 'POST', '/api/decisions', {
      kind: 'approval',
      number: '1600/QĐ-UBND',
      date: '2026-10-05',
    });
    const recognition = (
      await s.call('laichau_office', 'POST', '/api/decisions', {
        kind: 'recognition',
        number: '1601/QĐ-UBND',
        date: '2026-10-05',
      })
    ).body.id;
    // A 5★ result is not the province's to certify.
    const certify = await s.call('laichau_office', 'POST', `/api/dossiers/${ids.a}/actions/certify_province`, {
      decisionId: recognition,
    });
    expect(certify.status).toBe(409);
    pinToday('2026-10-06');
    await both(async (id) => {
      const r = await act(s, 'laichau_office', id, 'send_to_ministry', { decisionId: approval.body.id });
      expect(r.body.dossier).toMatchObject({ state: 'sent_to_ministry', proposedOn: '2026-10-06' });
    });
    const queue = await s.call('ministry', 'GET', '/api/dossiers?queue=to_receive');
    expect(queue.body.items.map((d: { id: string }) => d.id).sort()).toEqual([ids.a, ids.b].sort());
    expect((await s.call('c1', 'GET', `/api/dossiers/${ids.a}`)).status).toBe(200);
    const notes = await s.db.pool.query(
      `select count(*)::int n from notifications n join users u on u.id = n.user_id where u.username = 'ministry' and n.kind = 'dossier.send_to_ministry'`,
    );
    expect(notes.rows[0].n).toBe(2);
  });

  it('the Ministry receives them, plans national round 2/2026 (Art. 5.2) and records the central council', async () => {
    pinToday('2026-10-08');
    expect(
      (await s.call('laichau_office', 'POST', `/api/dossiers/${ids.a}/actions/receive_at_ministry`, {})).status,
    ).toBe(403);
    await both((id) => act(s, 'ministry', id, 'receive_at_ministry'));
    const round = await s.call('ministry', 'POST', '/api/rounds', { level: 'central', year: 2026, number: 2 });
    expect(round.status, JSON.stringify(round.body)).toBe(201);
    expect(round.body).toMatchObject({ provinceCode: null, cutoff: '2027-01-30', finishBy: '2027-03-29' });
    centralRoundId = round.body.id;
    expect((await s.call('laichau_office', 'GET', `/api/rounds/${centralRoundId}`)).status).toBe(404);
    pinToday('2026-11-02');
    const council = await s.call('ministry', 'POST', '/api/councils', centralCouncilBody(s, centralRoundId));
    expect(council.status, JSON.stringify(council.body)).toBe(201);
    centralCouncilId = council.body.id;
    pinToday('2026-11-03');
    const none = await s.call('ministry', 'POST', `/api/dossiers/${ids.a}/actions/open_central_council`, {});
    expect(none.status).toBe(400);
    expect(none.body.error.code).toBe('missing_round');
    await both(async (id) => {
      const r = await act(s, 'ministry', id, 'open_central_council', { roundId: centralRoundId });
      expect(r.body.dossier).toMatchObject({ state: 'ministry_council', centralCouncilId });
    });
  });

  it("the central council scores; the Minister's decision makes A 5★: 001/GCN-OCOP-BNNMT-2026", async () => {
    pinToday('2026-11-10');
    expect(
      (await s.call('m1', 'PUT', `/api/councils/${centralCouncilId}/dossiers/${ids.a}/scorecard`, { answers: {} }))
        .status,
    ).toBe(404);
    for (const m of CENTRAL_MEMBERS) {
      await score(s, m, centralCouncilId, ids.a, MAX_SET1);
      await score(s, m, centralCouncilId, ids.b, FOUR_STAR);
    }
    pinToday('2026-11-20');
    const r = await act(s, 'ministry', ids.a, 'certify_ministry', {
      decision: { number: '2345/QĐ-BNNMT', date: '2026-11-18', signer: 'Bộ trưởng' },
    });
    expect(r.body.certificate).toMatchObject({
      number: '001/GCN-OCOP-BNNMT-2026',
      star: 5,
      issuedOn: '2026-11-18',
      expiresOn: '2029-11-18',
    });
    expect(r.body.dossier).toMatchObject({ state: 'ministry_certified', finalStar: 5, finalPoints: 100 });
    expect(r.body.dossier.facts.outcome).toMatchObject({ kind: 'certify', level: 'central', star: 5, by: 'central' });
    const dec = await s.db.pool.query(
      `select level, province_code, kind from decisions where number = '2345/QĐ-BNNMT'`,
    );
    expect(dec.rows).toEqual([{ level: 'central', province_code: null, kind: 'recognition' }]);
    const producer = await s.call('binhlu_producer', 'GET', '/api/certificates');
    expect(producer.body.items.map((c: { number: string }) => c.number)).toEqual(['001/GCN-OCOP-BNNMT-2026']);
    expect((await s.call('ministry', 'GET', `/api/certificates/${r.body.certificate.id}`)).status).toBe(200);
  });

  it('B scores 75 at the centre: not 5★, back to the province (Art. 7.4.g), which certifies it 4★', async () => {
    const wrong = await s.call('ministry', 'POST', `/api/dossiers/${ids.b}/actions/certify_ministry`, {
      decision: { number: '2346/QĐ-BNNMT', date: '2026-11-18' },
    });
    expect(wrong.status).toBe(409);
    expect(wrong.body.error.code).toBe('wrong_outcome');
    const r = await act(s, 'ministry', ids.b, 'record_central_result');
    expect(r.body.dossier).toMatchObject({ state: 'ministry_not_5_star', finalPoints: 75, finalStar: 4 });
    expect(r.body.dossier.facts.outcome).toMatchObject({ kind: 'return', level: 'central', star: 4, to: 'province' });
    expect(
      (await s.call('laichau_office', 'GET', '/api/dossiers?queue=to_decide')).body.items.map(
        (d: { id: string }) => d.id,
      ),
    ).toEqual([ids.b]);
    pinToday('2026-11-25');
    const c = await act(s, 'laichau_office', ids.b, 'certify_province', {
      decision: { number: '1700/QĐ-UBND', date: '2026-11-25' },
    });
    expect(c.body.certificate).toMatchObject({ number: '001/GCN-OCOP-12-2026', star: 4, expiresOn: '2029-11-25' });
    expect(c.body.dossier.state).toBe('province_certified');
    const outcomes = await s.db.pool.query(
      `select c.level, o.outcome, o.mean from council_outcomes o join councils c on c.id = o.council_id where o.dossier_id = $1 order by c.level desc`,
      [ids.b],
    );
    expect(outcomes.rows).toEqual([
      { level: 'province', outcome: 'forward', mean: 100 },
      { level: 'central', outcome: 'return', mean: 75 },
    ]);
  });
});
