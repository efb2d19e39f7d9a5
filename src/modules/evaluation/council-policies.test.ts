// Council policies over HTTP ("quy định của Hội đồng": OCOP Hub's rules where Decision 26/2026/QĐ-TTg is silent) and
// the sheet's knock-outs on the council's scorecards (Appendix II): set by the province, chosen by a council, listed
// on GET /api/councils/:id, applied when the chair closes the scoring.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import {
  act,
  forwardedDossier,
  MAX_SET1,
  MEMBERS,
  pinToday,
  provinceCouncilBody,
  score,
  startEvaluationTestServer,
  type EvaluationTestServer,
} from './evaluation-test-kit.ts';

let s: EvaluationTestServer;

beforeAll(async () => {
  s = await startEvaluationTestServer();
  pinToday('2026-09-07');
});
afterAll(async () => s?.close());

/** Forwarded 10/9 (forwardedDossier), accepted 18/9 by the province office. */
async function accepted(name: string, answers: Record<string, unknown>): Promise<string> {
  const id = await forwardedDossier(s, name, answers);
  pinToday('2026-09-18');
  await act(s, 'laichau_office', id, 'accept');
  return id;
}

const entry = (policies: { key: string }[], key: string) => policies.find((p) => p.key === key);

describe("a province's council policies (GET/PUT /api/council-policies)", () => {
  it('start at the documented defaults, each saying what the Decision says (or that it is silent)', async () => {
    const r = await s.call('laichau_office', 'GET', '/api/council-policies');
    expect(r.status).toBe(200);
    expect(r.body.provinceCode).toBe('12');
    expect(
      r.body.policies.map((p: { key: string; value: unknown; source: string }) => [p.key, p.value, p.source]),
    ).toEqual([
      ['marksAcrossMembers', 'majority', 'default'],
      ['knockoutsAcrossMembers', 'any-member', 'default'],
      ['spreadThreshold', 10, 'default'],
      ['outOfScopeMarks', 'literal', 'default'],
      ['fiveStarForwarding', 'points', 'default'],
    ]);
    expect(entry(r.body.policies, 'fiveStarForwarding')!).toMatchObject({
      law: { vi: expect.stringContaining('Điều 7.3.e') },
    });
  });

  it('bad input is a 400 naming the field in Vietnamese and English, and writes nothing', async () => {
    const r = await s.call('laichau_office', 'PUT', '/api/council-policies', {
      policy: { marksAcrossMembers: 'loudest', nope: 1, spreadThreshold: 500 },
    });
    expect(r.status).toBe(400);
    expect(r.body.error.issues.map((i: { field: string }) => i.field).sort()).toEqual([
      'body.policy.marksAcrossMembers',
      'body.policy.nope',
      'body.policy.spreadThreshold',
    ]);
    for (const i of r.body.error.issues) expect(i.message.vi && i.message.en).toBeTruthy();
    expect((await s.db.pool.query('select count(*)::int n from province_council_policies')).rows[0].n).toBe(0);
  });

  it('only the province office (or the admin) sets them; council roles read them; a producer or commune does neither', async () => {
    expect((await s.call('binhlu_producer', 'PUT', '/api/council-policies', { policy: {} })).status).toBe(403);
    expect((await s.call('m1', 'PUT', '/api/council-policies', { policy: {} })).status).toBe(403);
    expect((await s.call('binhlu_officer', 'GET', '/api/council-policies')).status).toBe(403);
    expect((await s.call('m1', 'GET', '/api/council-policies')).status).toBe(200);
    expect((await s.call('laichau_office', 'GET', '/api/council-policies?province=01')).status).toBe(400);
  });

  it('the office sets them, with audit; new councils of the province start from them', async () => {
    const r = await s.call('laichau_office', 'PUT', '/api/council-policies', {
      policy: { spreadThreshold: 12, knockoutsAcrossMembers: 'any-member' },
    });
    expect(r.status).toBe(200);
    expect(entry(r.body.policies, 'spreadThreshold')).toMatchObject({ value: 12, source: 'province' });
    const audit = await s.db.pool.query("select after from audit_log where action = 'council_policies.set'");
    expect(audit.rows.map((x) => x.after)).toEqual([{ spreadThreshold: 12, knockoutsAcrossMembers: 'any-member' }]);
  });
});

describe("a council's policies and the sheet's knock-outs in its session", () => {
  let council: string;
  let knockedOut: string;
  let ninetyNine: string;

  it('a council chooses its own (Art. 7.3.b rules of operation); GET /api/councils/:id lists each with its source', async () => {
    knockedOut = await accepted('Rau cải mèo có tạp chất', MAX_SET1);
    ninetyNine = await accepted('Rau cải mèo 99 điểm', { ...MAX_SET1, '1.3': 1 });
    const round = (await s.call('laichau_office', 'POST', '/api/rounds', { level: 'province', year: 2026, number: 2 }))
      .body.id;
    const bad = await s.call(
      'laichau_office',
      'POST',
      '/api/councils',
      provinceCouncilBody(s, round, { policy: { fiveStarForwarding: 'always' } }),
    );
    expect([bad.status, bad.body.error.issues[0].field]).toEqual([400, 'body.policy.fiveStarForwarding']);
    const created = await s.call(
      'laichau_office',
      'POST',
      '/api/councils',
      provinceCouncilBody(s, round, { policy: { marksAcrossMembers: 'majority' } }),
    );
    expect(created.status).toBe(201);
    council = created.body.id;
    const got = await s.call('m3', 'GET', `/api/councils/${council}`);
    expect(got.body.spreadThreshold).toBe(12);
    expect(got.body.policies.map((p: { key: string; source: string }) => [p.key, p.source])).toEqual([
      ['marksAcrossMembers', 'council'],
      ['knockoutsAcrossMembers', 'province'],
      ['spreadThreshold', 'province'],
      ['outOfScopeMarks', 'default'],
      ['fiveStarForwarding', 'default'],
    ]);
    expect(entry(got.body.policies, 'marksAcrossMembers')).toMatchObject({
      valueLabel: { vi: expect.stringContaining('Quá nửa') },
    });
    pinToday('2026-09-21');
    for (const id of [knockedOut, ninetyNine]) {
      await act(s, 'laichau_office', id, 'assign_round', { roundId: round });
      await act(s, 'laichau_office', id, 'start_review');
      await act(s, 'laichau_office', id, 'submit_advisory_report', { advisoryReport: { reference: 'BC-10/TTV' } });
    }
  });

  it('Appendix II set 1 §6.1 "Không xem xét các chỉ tiêu khác nếu sản phẩm có các tạp chất …": one member\'s tick (any-member) ends it with no star, the law quoted', async () => {
    const base = `/api/councils/${council}/dossiers/${knockedOut}/scorecard`;
    const unknown = await s.call('m1', 'POST', `${base}/submit`, {
      answers: MAX_SET1,
      knockouts: { 'ip-infringement': true },
    });
    expect([unknown.status, unknown.body.error.issues[0].field]).toEqual([400, 'body.knockouts.ip-infringement']);
    const ticked = await s.call('m1', 'POST', `${base}/submit`, {
      answers: MAX_SET1,
      knockouts: { 'foreign-matter': true },
    });
    expect(ticked.status).toBe(200);
    expect(ticked.body.scorecard.knockouts).toEqual({ 'foreign-matter': true });
    for (const m of MEMBERS.slice(1)) await score(s, m, council, knockedOut, MAX_SET1);
    const cards = await s.call('laichau_office', 'GET', `${base}s`);
    const closed = await act(s, 'chair', knockedOut, 'close_scoring');
    expect(closed.body.dossier.facts.outcome).toMatchObject({
      kind: 'rejected',
      star: null,
      reasons: [expect.stringContaining('Không xem xét các chỉ tiêu khác nếu sản phẩm có các tạp chất')],
    });
    const after = await s.call('m2', 'GET', `${base}s`);
    expect(after.body.aggregate).toMatchObject({
      mean: 100,
      star: null,
      outcome: 'stopped',
      knockouts: [expect.objectContaining({ id: 'foreign-matter', kind: 'stop', criterion: '6.1', line: 700 })],
    });
    expect(after.body.aggregate.policy).toMatchObject({ knockoutsAcrossMembers: 'any-member', spreadThreshold: 12 });
    expect(cards.status).toBe(200);
  });

  it('Art. 7.3.e "có tiềm năng đạt 5 sao (đạt từ 90 trở lên)": 99 points without a 5★ mark go to the Ministry under the default policy (the text\'s words)', async () => {
    for (const m of MEMBERS) await score(s, m, council, ninetyNine, { ...MAX_SET1, '1.3': 1 });
    const closed = await act(s, 'chair', ninetyNine, 'close_scoring');
    expect(closed.body.dossier.facts.outcome).toMatchObject({
      kind: 'forward',
      level: 'province',
      star: 4,
      to: 'central',
    });
    expect(closed.body.dossier.state).toBe('council_closed');
  });
});
