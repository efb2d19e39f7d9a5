// Amending a council before it scores (Art. 7.3.b: the composition the amending decision sets out, checked again) and
// closing a round once every dossier in it is decided (Art. 5.1), through HTTP.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { createPeople, type People } from '../../testing/people.ts';
import {
  act,
  fileDossier,
  filledForm03,
  FOUR_STAR,
  MEMBERS,
  pinToday,
  provinceCouncilBody,
  registerBinhLuProduct,
  score,
  startEvaluationTestServer,
  type EvaluationTestServer,
  type Who,
} from './evaluation-test-kit.ts';

let s: EvaluationTestServer;
const ids = { kept: '', withdrawn: '', later: '' };
let roundId = '';
let councilId = '';
let m8 = '';
/** One more provincial council member, outside the kit's people, to take a seat. */
let extra: People<'m8'>;

const kinds = async (who: string) =>
  (
    await s.db.pool.query(
      `select n.kind from notifications n join users u on u.id = n.user_id where u.username = $1 and n.kind like 'council.%' order by n.id`,
      [who],
    )
  ).rows.map((r) => r.kind as string);
const councilAudits = async () =>
  (
    await s.db.pool.query(
      `select action, before, after from audit_log where entity_type = 'council' and entity_id = $1 order by id`,
      [councilId],
    )
  ).rows;
const council = async () => (await s.call('laichau_office', 'GET', `/api/councils/${councilId}`)).body;
/** The amended composition: other_chair chairs, m8 takes m7's seat. */
const amended = (over: Record<string, unknown> = {}) => {
  const { roundId: _r, ...body } = provinceCouncilBody(s, roundId, {
    decisionNo: '1250/QĐ-UBND',
    decisionDate: '2026-09-20',
  });
  return {
    ...body,
    chair: { ...body.chair, userId: s.ids.other_chair },
    members: body.members.map((m) => (m.userId === s.ids.m7 ? { ...m, userId: m8 } : m)),
    ...over,
  };
};

beforeAll(async () => {
  s = await startEvaluationTestServer();
  extra = await createPeople(s.app, s.db, { m8: { role: 'province_council_member', unit: '12', province: '12' } });
  m8 = extra.ids.m8;
  pinToday('2026-09-01');
  ids.kept = await fileDossier(s, (await registerBinhLuProduct(s, 'Rau cải mèo Bình Lư')).productId);
  ids.withdrawn = await fileDossier(s, (await registerBinhLuProduct(s, 'Măng khô Bình Lư')).productId);
  ids.later = await fileDossier(s, (await registerBinhLuProduct(s, 'Chè Shan tuyết Bình Lư')).productId);
  const all = Object.values(ids);
  pinToday('2026-09-03');
  for (const id of all) {
    await act(s, 'binhlu_officer', id, 'receive');
    await s.call('binhlu_officer', 'PUT', `/api/dossiers/${id}/forms/03`, filledForm03());
  }
  pinToday('2026-09-10');
  for (const id of all) await act(s, 'binhlu_officer', id, 'forward', { letterNumber: '30/UBND-KT' });
  pinToday('2026-09-17');
  for (const id of all) await act(s, 'laichau_office', id, 'accept');
  pinToday('2026-09-18');
  roundId = (await s.call('laichau_office', 'POST', '/api/rounds', { level: 'province', year: 2026, number: 2 })).body
    .id;
  councilId = (await s.call('laichau_office', 'POST', '/api/councils', provinceCouncilBody(s, roundId))).body.id;
  pinToday('2026-09-21');
  for (const id of [ids.kept, ids.withdrawn]) await act(s, 'laichau_office', id, 'assign_round', { roundId });
});
afterAll(async () => s?.close());

describe('amending a council before any scorecard (Art. 7.3.b)', () => {
  it("only the office of the council's province amends it", async () => {
    const expected: [Who, number][] = [
      ['binhlu_officer', 403],
      ['chair', 403],
      ['m1', 403],
      ['advisory', 403],
      ['binhlu_producer', 403],
      ['dienbien_office', 404],
      ['ministry', 404],
    ];
    for (const [who, status] of expected) {
      const r = await s.call(who, 'PUT', `/api/councils/${councilId}`, amended());
      expect(r.status, `${who}: ${JSON.stringify(r.body)}`).toBe(status);
    }
    expect((await s.call(null, 'PUT', `/api/councils/${councilId}`, amended())).status).toBe(401);
    expect(await councilAudits()).toHaveLength(1);
  });

  it('the new composition is checked against Art. 7.3.b again: a missing seat, a bad number, a future date are refused, nothing changes', async () => {
    const short = await s.call(
      'laichau_office',
      'PUT',
      `/api/councils/${councilId}`,
      amended({ members: amended().members.filter((m) => m.seat !== 'dept_health') }),
    );
    expect(short.status).toBe(400);
    expect(
      short.body.error.issues.some(
        (i: { field: string; message: { vi: string } }) => i.field === 'body.members' && i.message.vi.length > 0,
      ),
    ).toBe(true);
    const number = await s.call(
      'laichau_office',
      'PUT',
      `/api/councils/${councilId}`,
      amended({ decisionNo: 'không số' }),
    );
    expect(number.status).toBe(400);
    expect(number.body.error.issues[0].field).toBe('body.decisionNo');
    const future = await s.call(
      'laichau_office',
      'PUT',
      `/api/councils/${councilId}`,
      amended({ decisionDate: '2026-09-30' }),
    );
    expect(future.body.error.issues[0]).toMatchObject({ field: 'body.decisionDate', code: 'in_future' });
    const outsider = await s.call(
      'laichau_office',
      'PUT',
      `/api/councils/${councilId}`,
      amended({ chair: { userId: s.ids.dienbien_office, seat: 'province_leadership', agency: 'UBND' } }),
    );
    expect(outsider.status).toBe(400);
    const roundMoved = await s.call('laichau_office', 'PUT', `/api/councils/${councilId}`, { ...amended(), roundId });
    expect(roundMoved.status).toBe(400);
    expect((await council()).decisionNo).toBe('1234/QĐ-UBND');
    expect(await councilAudits()).toHaveLength(1);
  });

  it('the office records the amending decision: new number and date, a new chair, m8 for m7; one audit row with before/after', async () => {
    const r = await s.call('laichau_office', 'PUT', `/api/councils/${councilId}`, amended());
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body).toMatchObject({ decisionNo: '1250/QĐ-UBND', decisionDate: '2026-09-20' });
    const chair = r.body.members
      .filter((m: { position: string }) => m.position === 'chair')
      .map((m: { userId: string }) => m.userId);
    expect(chair).toEqual([s.ids.other_chair]);
    const seated = r.body.members.map((m: { userId: string }) => m.userId);
    expect(seated).toContain(m8);
    expect(seated).not.toContain(s.ids.m7);
    expect(seated).not.toContain(s.ids.chair);
    const decision = await s.db.pool.query(
      `select number, signed_on from decisions where council_id = $1 and kind = 'council'`,
      [councilId],
    );
    expect(decision.rows).toEqual([{ number: '1250/QĐ-UBND', signed_on: '2026-09-20' }]);
    const audits = await councilAudits();
    expect(audits.map((a) => a.action)).toEqual(['council.create', 'council.update']);
    expect(audits[1].before).toMatchObject({ decisionNo: '1234/QĐ-UBND' });
    expect(audits[1].before.members.map((m: { userId: string }) => m.userId)).toContain(s.ids.chair);
    expect(audits[1].after).toMatchObject({ decisionNo: '1250/QĐ-UBND' });
    expect(await kinds('other_chair')).toEqual(['council.appointed']);
    expect(await kinds('m8')).toEqual(['council.appointed']);
    expect(await kinds('chair')).toEqual(['council.appointed', 'council.removed']);
    expect(await kinds('m7')).toEqual(['council.appointed', 'council.removed']);
    expect(await kinds('m1')).toEqual(['council.appointed']);
  });

  it('the new composition acts: the new chair chairs, the removed member cannot score, the new one can', async () => {
    pinToday('2026-09-22');
    await act(s, 'laichau_office', ids.kept, 'start_review');
    await act(s, 'advisory', ids.kept, 'submit_advisory_report', { advisoryReport: { reference: '10/BC-TTV' } });
    expect((await s.call('chair', 'POST', `/api/dossiers/${ids.kept}/actions/close_scoring`, {})).status).toBe(403);
    expect(
      (await s.call('other_chair', 'POST', `/api/dossiers/${ids.kept}/actions/close_scoring`, {})).body.error.code,
    ).toBe('scores_incomplete');
    const removed = await s.call('m7', 'PUT', `/api/councils/${councilId}/dossiers/${ids.kept}/scorecard`, {
      answers: { '1.1': 2 },
    });
    expect([403, 404]).toContain(removed.status);
    expect(
      (
        await extra.call('m8', 'PUT', `/api/councils/${councilId}/dossiers/${ids.kept}/scorecard`, {
          answers: { '1.1': 2 },
        })
      ).status,
    ).toBe(200);
    // A draft is not a score given: the council may still be amended.
    const again = await s.call(
      'laichau_office',
      'PUT',
      `/api/councils/${councilId}`,
      amended({ decisionDate: '2026-09-19' }),
    );
    expect(again.status).toBe(200);
  });

  it('once a member submitted a scorecard, the composition is frozen: refused with the reason, nothing changes', async () => {
    pinToday('2026-09-25');
    await score(s, 'm1', councilId, ids.kept, FOUR_STAR);
    const r = await s.call(
      'laichau_office',
      'PUT',
      `/api/councils/${councilId}`,
      amended({ decisionNo: '1260/QĐ-UBND' }),
    );
    expect(r.status).toBe(409);
    expect(r.body.error.code).toBe('council_scored');
    expect(r.body.error.message.vi).toContain('thành phần cũ');
    expect(r.body.error.message.en).toContain('scores were given under it');
    expect((await council()).decisionNo).toBe('1250/QĐ-UBND');
    expect((await councilAudits()).length).toBe(3);
  });
});

describe('closing a round (Art. 5.1)', () => {
  it("only the office of the round's province closes it", async () => {
    for (const [who, status] of [
      ['chair', 403],
      ['m1', 403],
      ['binhlu_officer', 403],
      ['dienbien_office', 404],
      ['ministry', 404],
    ] as [Who, number][]) {
      expect((await s.call(who, 'POST', `/api/rounds/${roundId}/close`)).status, who).toBe(status);
    }
  });

  it('refused while dossiers are still open, naming each of them', async () => {
    const r = await s.call('laichau_office', 'POST', `/api/rounds/${roundId}/close`);
    expect(r.status).toBe(409);
    expect(r.body.error.code).toBe('dossiers_open');
    expect(r.body.error.open.map((d: { id: string }) => d.id).sort()).toEqual([ids.kept, ids.withdrawn].sort());
    expect(r.body.error.message.vi).toContain('Rau cải mèo Bình Lư');
    expect(r.body.error.message.vi).toContain('Măng khô Bình Lư');
  });

  it('a withdrawn dossier no longer holds the round; a scored one awaiting its decision still does', async () => {
    pinToday('2026-09-28');
    await act(s, 'binhlu_producer', ids.withdrawn, 'withdraw', { reason: 'Chưa đủ sản lượng' });
    for (const m of MEMBERS.slice(1, 6)) await score(s, m, councilId, ids.kept, FOUR_STAR);
    expect(
      (
        await extra.call('m8', 'POST', `/api/councils/${councilId}/dossiers/${ids.kept}/scorecard/submit`, {
          answers: FOUR_STAR,
        })
      ).status,
    ).toBe(200);
    pinToday('2026-10-01');
    await act(s, 'other_chair', ids.kept, 'close_scoring');
    const r = await s.call('laichau_office', 'POST', `/api/rounds/${roundId}/close`);
    expect(r.status).toBe(409);
    expect(r.body.error.open).toEqual([expect.objectContaining({ id: ids.kept, state: 'council_closed' })]);
  });

  it('every dossier decided: the office closes the round, audited; the Rounds list shows it closed', async () => {
    pinToday('2026-10-05');
    await act(s, 'laichau_office', ids.kept, 'certify_province', {
      decision: { number: '1500/QĐ-UBND', date: '2026-10-05' },
    });
    const r = await s.call('laichau_office', 'POST', `/api/rounds/${roundId}/close`);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body).toMatchObject({ id: roundId, status: 'closed' });
    const audit = await s.db.pool.query(
      `select actor_name, from_state, to_state from audit_log where entity_type = 'round' and entity_id = $1 and action = 'round.close'`,
      [roundId],
    );
    expect(audit.rows).toEqual([{ actor_name: 'laichau_office', from_state: 'open', to_state: 'closed' }]);
    const listed = (await s.call('m1', 'GET', '/api/rounds')).body.find((x: { id: string }) => x.id === roundId);
    expect(listed.status).toBe('closed');
  });

  it('a closed round takes no new dossier and no council change, and is not closed twice', async () => {
    const assign = await s.call('laichau_office', 'POST', `/api/dossiers/${ids.later}/actions/assign_round`, {
      roundId,
    });
    expect(assign.status).toBe(409);
    expect(assign.body.error.code).toBe('round_refused');
    expect(assign.body.error.message.vi).toContain('đã đóng');
    expect((await s.call('laichau_office', 'GET', `/api/dossiers/${ids.later}`)).body.state).toBe('province_accepted');
    const edit = await s.call('laichau_office', 'PUT', `/api/councils/${councilId}`, amended());
    expect(edit.status).toBe(409);
    expect(edit.body.error.code).toBe('round_closed');
    const twice = await s.call('laichau_office', 'POST', `/api/rounds/${roundId}/close`);
    expect(twice.body.error.code).toBe('round_closed');
  });
});
