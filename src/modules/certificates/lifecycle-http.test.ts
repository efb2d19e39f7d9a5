// The certificate lifecycle as the register reads it (Art. 4.3, 7.6, 8, 12): on 23/11/2026 certificates in every
// status, each shown with its derived status on its page and in the list, and the list's status filter (SQL) agreeing
// with the pure function certificate by certificate.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  pinToday,
  registerBinhLuProduct,
  startEvaluationTestServer,
  type EvaluationTestServer,
} from '../evaluation/evaluation-test-kit.ts';
import { certify, reevaluation } from './certificates-test-kit.ts';

let s: EvaluationTestServer;
const id: Record<string, string> = {};
const EXPECTED: Record<string, string> = {
  A: 'valid',
  B: 'reevaluation_window',
  C: 'under_reevaluation',
  D: 'extended',
  E: 'expired',
  F: 'revoked',
  G: 'superseded',
  H: 'expired',
};

beforeAll(async () => {
  s = await startEvaluationTestServer();
  pinToday('2026-11-23');
  const p = (await registerBinhLuProduct(s)).productId;
  const q = (await registerBinhLuProduct(s, 'Miến dong Bình Lư')).productId;
  const seed = (k: string, product: string, on: string, until: string, extendedUntil: string | null = null) =>
    certify(s, { product, number: `${k}/GCN-OCOP-12`, star: 4, on, until, extendedUntil }).then((v) => (id[k] = v));
  await seed('A', p, '2026-10-12', '2029-10-12');
  await seed('B', q, '2024-04-15', '2027-04-15');
  await seed('C', q, '2024-05-01', '2027-05-01');
  await seed('D', q, '2023-10-01', '2026-10-01', '2027-03-30');
  await seed('E', p, '2020-05-10', '2023-05-10');
  await seed('F', p, '2026-06-01', '2029-06-01');
  await seed('G', p, '2023-06-01', '2026-06-01');
  await seed('H', q, '2023-09-15', '2026-09-15', '2027-03-14');
  await reevaluation(s, { certificate: id.C!, product: q, filedOn: '2026-11-10', state: 'commune_received' });
  await reevaluation(s, { certificate: id.D!, product: q, filedOn: '2026-08-01', state: 'forwarded', late: true });
  await reevaluation(s, {
    certificate: id.H!,
    product: q,
    filedOn: '2026-08-01',
    state: 'result_notice',
    late: true,
    decidedOn: '2026-11-01',
  });
  await s.db.pool.query(`update certificates set status = 'revoked', revoked_on = '2026-11-01' where id = $1`, [id.F]);
  await s.db.pool.query(`update certificates set status = 'superseded', superseded_by = $1 where id = $2`, [
    id.A,
    id.G,
  ]);
});
afterAll(async () => s?.close());

describe('the lifecycle on the certificate page and in the list (derived, never typed)', () => {
  it('Art. 4.3, 7.6.a, 7.6, 12.3, 8: each certificate shows the status its dates and events give', async () => {
    for (const [k, status] of Object.entries(EXPECTED)) {
      const r = await s.call('laichau_office', 'GET', `/api/certificates/${id[k]}`);
      expect(r.status).toBe(200);
      expect({ k, status: r.body.status, state: r.body.state }).toEqual({ k, status, state: status });
      expect(r.body.stateLabel.vi.length).toBeGreaterThan(3);
    }
    const d = (await s.call('laichau_office', 'GET', `/api/certificates/${id.D}`)).body;
    expect(d).toMatchObject({ stateArticle: 'Art. 12.3', validTo: '2027-03-30', extendedUntil: '2027-03-30' });
    const h = (await s.call('laichau_office', 'GET', `/api/certificates/${id.H}`)).body;
    expect(h).toMatchObject({ validTo: '2026-11-01' });
  });

  it('the status filter (SQL) lists exactly the certificates the pure lifecycle puts in each status', async () => {
    for (const status of new Set(Object.values(EXPECTED))) {
      const r = await s.call('laichau_office', 'GET', `/api/certificates?status=${status}&limit=100`);
      expect(r.status).toBe(200);
      const got = r.body.items.map((c: { number: string }) => c.number.split('/')[0]).sort();
      const want = Object.keys(EXPECTED).filter((k) => EXPECTED[k] === status);
      expect({ status, got }).toEqual({ status, got: want });
      for (const c of r.body.items) expect(c.status).toBe(status);
    }
  });

  it('the status filter follows the day: on 16/4/2029 certificate A is valid, B long expired', async () => {
    pinToday('2029-04-16');
    const w = await s.call('laichau_office', 'GET', '/api/certificates?status=reevaluation_window');
    expect(w.body.items.map((c: { number: string }) => c.number)).toEqual(['A/GCN-OCOP-12']);
    pinToday('2026-11-23');
  });

  it('Art. 12.1, 7.6.a: a past result of the 148 era recorded by the office joins the same lifecycle', async () => {
    const product = (await registerBinhLuProduct(s, 'Chè Shan tuyết Bình Lư')).productId;
    const r = await s.call('laichau_office', 'POST', '/api/historical-results', {
      productId: product,
      kind: 'first',
      filedOn: '2023-12-20',
      decidedOn: '2024-04-25',
      level: 'district',
      points: 58,
      star: 3,
      decisionNumber: '356/QĐ-UBND',
      certificateNumber: '356-01/GCN-OCOP-TPLC-2024',
    });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    // 25/4/2024 + 36 months = 25/4/2027: the window 27/10–26/12/2026 holds 23/11/2026.
    const c = await s.call('laichau_office', 'GET', `/api/certificates/${r.body.certificateId}`);
    expect(c.body).toMatchObject({ status: 'reevaluation_window', inForce: true, expiresOn: '2027-04-25' });
    pinToday('2027-04-26');
    expect((await s.call('laichau_office', 'GET', `/api/certificates/${r.body.certificateId}`)).body.status).toBe(
      'expired',
    );
    pinToday('2026-11-23');
  });

  it('an unknown status is a 400 naming the field', async () => {
    const r = await s.call('laichau_office', 'GET', '/api/certificates?status=expiring');
    expect(r.status).toBe(400);
    expect(JSON.stringify(r.body)).toContain('status');
  });
});
