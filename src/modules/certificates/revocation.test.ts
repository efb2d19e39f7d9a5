// Revocation (Art. 8) over HTTP: the proposals' queue in the province's scope, dismissing one with a note, and the
// revocation decision — the competent authority by star (Art. 8.2), the 15-day limit (Art. 8.4), the trigger of
// point đ, wrong role and wrong province — after which the certificate reads revoked at once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  pinToday,
  registerBinhLuProduct,
  startEvaluationTestServer,
  type EvaluationTestServer,
} from '../evaluation/evaluation-test-kit.ts';
import { certify } from './certificates-test-kit.ts';
import { proposeRevocation } from './commands/propose-revocation.ts';

let s: EvaluationTestServer;
const c = { four: '', five: '', three: '' };

const decision = (over: Record<string, unknown> = {}) => ({
  ground: 'criteria_not_met',
  basis: { trigger: 'authority_conclusion', date: '2026-11-10', reference: 'Kết luận kiểm tra số 12/KL-SNNMT' },
  decision: { number: '2001/QĐ-UBND', date: '2026-11-20' },
  ...over,
});

beforeAll(async () => {
  s = await startEvaluationTestServer();
  pinToday('2026-11-23');
  const p = (await registerBinhLuProduct(s)).productId;
  const q = (await registerBinhLuProduct(s, 'Miến dong Bình Lư')).productId;
  const r = (await registerBinhLuProduct(s, 'Chè Bình Lư')).productId;
  c.four = await certify(s, {
    product: p,
    number: '001/GCN-OCOP-12-2026',
    star: 4,
    on: '2026-10-12',
    until: '2029-10-12',
  });
  c.five = await certify(s, {
    product: q,
    number: '002/GCN-OCOP-BNNMT-2026',
    star: 5,
    on: '2026-11-02',
    until: '2029-11-02',
  });
  c.three = await certify(s, {
    product: r,
    number: '003/GCN-OCOP-12-2026',
    star: 3,
    on: '2026-09-01',
    until: '2029-09-01',
  });
});
afterAll(async () => s?.close());

describe('Art. 8.3: the queue of revocation proposals', () => {
  it('a proposal from an inspection (proposeRevocation) lands in its province queue with the Art. 8.4 deadline', async () => {
    await s.db.db.transaction((tx) =>
      proposeRevocation(tx, null, {
        certificateId: c.four,
        source: 'inspection',
        ground: 'criteria_not_met',
        summary: 'Phiếu kiểm nghiệm định kỳ không đạt',
        basis: { trigger: 'authority_conclusion', date: '2026-11-10', reference: '12/KL-SNNMT' },
      }),
    );
    const r = await s.call('laichau_office', 'GET', '/api/revocation-proposals?state=open');
    expect(r.status).toBe(200);
    expect(r.body.total).toBe(1);
    // Art. 8.4: 15 days from the conclusion of 10/11/2026 → 25/11/2026; on 23/11 two days are left.
    expect(r.body.items[0]).toMatchObject({
      source: 'inspection',
      ground: { code: 'criteria_not_met', article: 'Art. 8.1.b' },
      certificate: { id: c.four, star: 4, status: 'valid' },
      authority: { decidedBy: 'province_chair', article: 'Art. 8.2.a' },
      deadline: { startsOn: '2026-11-10', countedFrom: 'basis', dueOn: '2026-11-25', daysLeft: 2, overdue: false },
      may: { revoke: true, dismiss: true },
    });
    expect((await s.call('dienbien_office', 'GET', '/api/revocation-proposals')).body.total).toBe(0);
    expect((await s.call('ministry', 'GET', '/api/revocation-proposals')).body.items[0].may).toEqual({
      revoke: false,
      dismiss: false,
    });
    expect((await s.call('binhlu_producer', 'GET', '/api/revocation-proposals')).status).toBe(403);
  });

  it('Art. 8.4: overdue once the 15 days have passed', async () => {
    pinToday('2026-11-27');
    const r = await s.call('laichau_office', 'GET', '/api/revocation-proposals?state=open');
    expect(r.body.items[0].deadline).toMatchObject({ dueOn: '2026-11-25', daysLeft: -2, overdue: true });
    pinToday('2026-11-23');
  });

  it('the commune reports a producer that stopped production (point đ); the office dismisses it with a note', async () => {
    const made = await s.call('binhlu_officer', 'POST', `/api/certificates/${c.three}/revocation-proposals`, {
      ground: 'production_stopped',
      summary: 'HTX đã ngừng sản xuất chè từ tháng 9/2026',
    });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    expect(made.body).toMatchObject({ source: 'commune_report', deadline: { countedFrom: 'proposal' } });
    expect(
      (await s.call('tanphong_officer', 'POST', `/api/certificates/${c.three}/revocation-proposals`, { summary: 'x' }))
        .status,
    ).toBe(404);
    const noNote = await s.call('laichau_office', 'POST', `/api/revocation-proposals/${made.body.id}/dismiss`, {});
    expect(noNote.status).toBe(400);
    expect(noNote.body.error.issues[0].field).toBe('body.note');
    expect(
      (await s.call('dienbien_office', 'POST', `/api/revocation-proposals/${made.body.id}/dismiss`, { note: 'x' }))
        .status,
    ).toBe(404);
    const ok = await s.call('laichau_office', 'POST', `/api/revocation-proposals/${made.body.id}/dismiss`, {
      note: 'Xác minh: HTX vẫn sản xuất, chỉ tạm nghỉ mùa vụ',
    });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ state: 'dismissed', closeNote: 'Xác minh: HTX vẫn sản xuất, chỉ tạm nghỉ mùa vụ' });
    const again = await s.call('laichau_office', 'POST', `/api/revocation-proposals/${made.body.id}/dismiss`, {
      note: 'x',
    });
    expect(again.status).toBe(409);
  });
});

describe('POST /api/certificates/:id/revocation (Art. 8)', () => {
  it('Art. 8.2: who decides by star — the province office may not record a 5★ revocation, the Ministry may not a 4★', async () => {
    const five = await s.call('laichau_office', 'POST', `/api/certificates/${c.five}/revocation`, decision());
    expect(five.status).toBe(403);
    expect(five.body.error.message.vi).toContain('Bộ trưởng');
    expect((await s.call('ministry', 'POST', `/api/certificates/${c.four}/revocation`, decision())).status).toBe(403);
    const detail = await s.call('laichau_office', 'GET', `/api/certificates/${c.four}`);
    expect(detail.body.may).toEqual({ revoke: true, propose: true });
    expect((await s.call('laichau_office', 'GET', `/api/certificates/${c.five}`)).body.may).toEqual({
      revoke: false,
      propose: true,
    });
    expect((await s.call('ministry', 'GET', `/api/certificates/${c.five}`)).body.may).toEqual({
      revoke: true,
      propose: true,
    });
  });

  it('wrong role (403), wrong province (404)', async () => {
    for (const who of ['binhlu_producer', 'binhlu_officer', 'chair', 'sysadmin'] as const)
      expect((await s.call(who, 'POST', `/api/certificates/${c.four}/revocation`, decision())).status, who).toBe(403);
    expect((await s.call('dienbien_office', 'POST', `/api/certificates/${c.four}/revocation`, decision())).status).toBe(
      404,
    );
  });

  it('Art. 8.1.đ, 8.4: a producer that stopped production needs the commune’s confirmation, not a conclusion', async () => {
    const r = await s.call(
      'laichau_office',
      'POST',
      `/api/certificates/${c.three}/revocation`,
      decision({ ground: 'production_stopped' }),
    );
    expect(r.status).toBe(400);
    expect(r.body.error.issues[0]).toMatchObject({ field: 'body.basis.trigger', code: 'wrong_trigger' });
  });

  it('bad input is a 400 naming each field; a decision dated in the future or before its basis is refused', async () => {
    const r = await s.call('laichau_office', 'POST', `/api/certificates/${c.four}/revocation`, {
      ground: 'nonsense',
      basis: { trigger: 'authority_conclusion', date: '2026-02-30', reference: '' },
    });
    expect(r.status).toBe(400);
    const fields = r.body.error.issues.map((i: { field: string }) => i.field);
    expect(fields).toEqual(
      expect.arrayContaining(['body.ground', 'body.basis.date', 'body.basis.reference', 'body.decision']),
    );
    const future = await s.call(
      'laichau_office',
      'POST',
      `/api/certificates/${c.four}/revocation`,
      decision({ decision: { number: '1/QĐ', date: '2026-12-01' } }),
    );
    expect(future.status).toBe(400);
    expect(future.body.error.issues[0].field).toBe('body.decision.date');
  });

  it('Art. 8.2.a, 8.4: the province records the chair’s decision; the certificate is revoked at once, its proposal closed, the producer and commune told', async () => {
    const r = await s.call('laichau_office', 'POST', `/api/certificates/${c.four}/revocation`, decision());
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body.revocation).toMatchObject({
      ground: 'criteria_not_met',
      groundArticle: 'Art. 8.1.b',
      decision: { number: '2001/QĐ-UBND', date: '2026-11-20' },
      decidedBy: { vi: 'Chủ tịch UBND cấp tỉnh' },
      dueOn: '2026-11-25',
      late: false,
    });
    expect(r.body.closedProposals).toHaveLength(1);
    expect(r.body.notified).toBe(3);
    const page = await s.call('binhlu_producer', 'GET', `/api/certificates/${c.four}`);
    expect(page.body).toMatchObject({
      status: 'revoked',
      inForce: false,
      revokedOn: '2026-11-20',
      revocation: { late: false },
    });
    const list = await s.call('laichau_office', 'GET', '/api/certificates?status=revoked');
    expect(list.body.items.map((x: { id: string }) => x.id)).toEqual([c.four]);
    expect((await s.call('laichau_office', 'GET', '/api/revocation-proposals?state=open')).body.total).toBe(0);
    const bell = (await s.call('binhlu_officer', 'GET', '/api/notifications')).body.items;
    expect(bell.some((n: { kind: string }) => n.kind === 'certificate.revoked')).toBe(true);
    const audit = await s.db.pool.query(
      `select 1 from audit_log where entity_id = $1 and action = 'certificate.revoke'`,
      [c.four],
    );
    expect(audit.rowCount).toBe(1);
    const twice = await s.call('laichau_office', 'POST', `/api/certificates/${c.four}/revocation`, decision());
    expect(twice.status).toBe(409);
  });

  it('Art. 8.2.b, 8.4: the Ministry records the Minister’s 5★ revocation; a decision after the 15 days is recorded as late', async () => {
    const r = await s.call(
      'ministry',
      'POST',
      `/api/certificates/${c.five}/revocation`,
      decision({
        ground: 'mark_misuse',
        basis: { trigger: 'authority_conclusion', date: '2026-11-03', reference: '5/KL-QLTT' },
        decision: { number: '88/QĐ-BNNMT', date: '2026-11-21' },
      }),
    );
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body.revocation).toMatchObject({
      decidedBy: { vi: 'Bộ trưởng Bộ Nông nghiệp và Môi trường' },
      dueOn: '2026-11-18',
      late: true,
    });
  });
});
