// Art. 7.6.a: a re-evaluation is filed no earlier than 180 and no later than 120 days before the certificate expires;
// after the window but before expiry the filing is late: refused, except for a certificate of the transition (issued
// before 22/5/2026, window opened before that day), which then stays in force until the result (12.3); after expiry
// it is a first evaluation again. Art. 6.1.b: a 5★ product cannot be upgraded.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import {
  act,
  filledForm01,
  filledForm02,
  FOUR_STAR,
  pinToday,
  registerBinhLuProduct,
  startEvaluationTestServer,
  type EvaluationTestServer,
} from './evaluation-test-kit.ts';

let s: EvaluationTestServer;
let productId = '';
let fiveStarProduct = '';

/** A certificate recorded from paper (as the demo loader does): issued 1/6/2026, valid through 1/6/2029. */
async function certify(product: string, number: string, star: number, issuedOn: string, expiresOn: string) {
  const dec = await s.db.pool.query(
    `insert into decisions (province_code, level, kind, number, signed_on) values ('12', 'province', 'recognition', $1, $2) returning id`,
    [`${number.slice(0, 3)}/QĐ-UBND`, issuedOn],
  );
  await s.db.pool.query(
    `insert into certificates (province_code, product_id, decision_id, number, star, issued_on, expires_on) values ('12', $1, $2, $3, $4, $5, $6)`,
    [product, dec.rows[0].id, number, star, issuedOn, expiresOn],
  );
}

beforeAll(async () => {
  s = await startEvaluationTestServer();
  pinToday('2026-09-01');
  productId = (await registerBinhLuProduct(s)).productId;
  fiveStarProduct = (await registerBinhLuProduct(s, 'Miến dong Bình Lư')).productId;
  await certify(productId, '007/GCN-OCOP-12-2026', 4, '2026-06-01', '2029-06-01');
  await certify(fiveStarProduct, '002/GCN-OCOP-BNNMT-2026', 5, '2026-06-01', '2029-06-01');
});
afterAll(async () => s?.close());

const open = (kind: string, product = productId) =>
  s.call('binhlu_producer', 'POST', '/api/dossiers', { productId: product, kind });

describe('re-evaluation filing window (Art. 7.6.a)', () => {
  it('too early: refused with the window shown', async () => {
    pinToday('2028-12-02');
    const r = await open('reevaluation');
    expect(r.status).toBe(409);
    expect(r.body.error).toMatchObject({
      code: 'reevaluation_too_early',
      window: { opensOn: '2028-12-03', closesOn: '2029-02-01', expiresOn: '2029-06-01' },
    });
    expect(r.body.error.message.vi).toContain('03/12/2028');
  });

  it('after expiry: refused (a first evaluation is needed), window shown', async () => {
    pinToday('2029-06-02');
    const r = await open('reevaluation');
    expect(r.status).toBe(409);
    expect(r.body.error).toMatchObject({ code: 'certificate_expired', window: { closesOn: '2029-02-01' } });
    // …and a first evaluation is then allowed.
    const first = await open('first');
    expect(first.status).toBe(201);
    expect(
      (await s.call('binhlu_producer', 'POST', `/api/dossiers/${first.body.id}/actions/withdraw`, {})).status,
    ).toBe(200);
  });

  it('a first evaluation of a product holding a valid certificate is refused', async () => {
    pinToday('2027-01-10');
    const r = await open('first');
    expect(r.status).toBe(409);
    expect(r.body.error.code).toBe('product_certified');
  });

  it('a 5★ product cannot be upgraded (Art. 6.1.b)', async () => {
    pinToday('2027-01-10');
    const r = await open('upgrade', fiveStarProduct);
    expect(r.status).toBe(409);
    expect(r.body.error.code).toBe('cannot_upgrade_five_star');
  });

  it('inside the window: opened on the current certificate, filed with the changes since recognition', async () => {
    pinToday('2028-12-03');
    const r = await open('reevaluation');
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.body.facts.baseCertificate).toMatchObject({
      number: '007/GCN-OCOP-12-2026',
      star: 4,
      expiresOnPerDecision: '2029-06-01',
    });
    const id = r.body.id;
    expect(
      (
        await s.call('binhlu_producer', 'PUT', `/api/dossiers/${id}/forms/01`, {
          ...filledForm01('reevaluation'),
          year: 2028,
        })
      ).status,
    ).toBe(200);
    const noChanges = await s.call('binhlu_producer', 'PUT', `/api/dossiers/${id}/forms/02`, filledForm02(FOUR_STAR));
    expect(noChanges.status).toBe(400);
    expect(noChanges.body.error.issues.map((i: { field: string }) => i.field)).toContain(
      'form02.selfAssessment.changesSinceRecognition',
    );
    expect(
      (
        await s.call(
          'binhlu_producer',
          'PUT',
          `/api/dossiers/${id}/forms/02`,
          filledForm02(FOUR_STAR, 'Mở rộng vùng trồng lên 25 ha'),
        )
      ).status,
    ).toBe(200);
    const filed = await act(s, 'binhlu_producer', id, 'submit');
    expect(filed.body.dossier.facts).toMatchObject({
      changes: ['Mở rộng vùng trồng lên 25 ha'],
      lateReevaluation: false,
    });
    await act(s, 'binhlu_producer', id, 'withdraw', { reason: 'Thử nghiệm' });
  });

  it('Art. 7.6.a, 12.3: late but before expiry, on a certificate issued after 22/5/2026: refused, nothing extended', async () => {
    pinToday('2029-03-01');
    const r = await open('reevaluation');
    expect(r.status).toBe(409);
    expect(r.body.error).toMatchObject({
      code: 'reevaluation_too_late',
      window: { opensOn: '2028-12-03', closesOn: '2029-02-01', expiresOn: '2029-06-01' },
    });
    expect(r.body.error.message.vi).toContain('điểm a khoản 6 Điều 7');
    expect(r.body.error.message.vi).toContain('Không áp dụng khoản 3 Điều 12');
    expect(r.body.error.message.en).toContain('Art. 12.3 does not apply');
    const cert = await s.db.pool.query(`select extended_until from certificates where number = '007/GCN-OCOP-12-2026'`);
    expect(cert.rows[0].extended_until).toBeNull();
  });

  it('Art. 12.3: late but before expiry, on a certificate of the transition (issued 1/9/2023, window 5/3 – 4/5/2026): accepted, in force until the result', async () => {
    pinToday('2026-06-15');
    const old = (await registerBinhLuProduct(s, 'Chè Shan tuyết Bình Lư')).productId;
    await certify(old, '031/GCN-OCOP-12-2023', 4, '2023-09-01', '2026-09-01');
    const r = await open('reevaluation', old);
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    const id = r.body.id;
    await s.call('binhlu_producer', 'PUT', `/api/dossiers/${id}/forms/01`, {
      ...filledForm01('reevaluation'),
      year: 2026,
    });
    await s.call('binhlu_producer', 'PUT', `/api/dossiers/${id}/forms/02`, filledForm02(FOUR_STAR, 'Bao bì mới'));
    const filed = await act(s, 'binhlu_producer', id, 'submit');
    expect(filed.body.dossier.facts.lateReevaluation).toBe(true);
    expect(filed.body.effects).toContainEqual(
      expect.objectContaining({
        type: 'certificate_extended',
        certificate: '031/GCN-OCOP-12-2023',
        until: '2027-02-28',
        article: 'Art. 12.3',
      }),
    );
    const cert = await s.db.pool.query(`select extended_until from certificates where number = '031/GCN-OCOP-12-2023'`);
    expect(cert.rows[0].extended_until).toBe('2027-02-28');
  });
});
