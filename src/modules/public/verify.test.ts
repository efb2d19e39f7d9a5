// Verification for anybody (no login): the register's answer for a number (valid, expired, revoked, unknown), the
// signed QR code the certificate PDF prints (decoded from the PDF's picture), a tampered or moved code refused, a
// rotated key whose old codes still verify, the published keys and the revocation list, the caching headers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  pinToday,
  registerBinhLuProduct,
  startEvaluationTestServer,
  type EvaluationTestServer,
} from '../evaluation/evaluation-test-kit.ts';
import { qrCodesInPdf } from '../../testing/pdf-qr.ts';
import { certify, request } from './public-test-kit.ts';

let s: EvaluationTestServer;
const rec = { valid: '', expired: '', revoked: '', five: '' };
const VALID = '001/GCN-OCOP-12-2026';
const enc = encodeURIComponent;

/** The QR address printed on a certificate's PDF, read from the PDF's drawing. */
async function printedQr(certId: string, who: 'laichau_office' | 'ministry' = 'laichau_office') {
  const pdf = await s.raw(who, `/api/certificates/${certId}/pdf`);
  expect(pdf.status).toBe(200);
  const codes = qrCodesInPdf(pdf.body);
  expect(codes).toHaveLength(1);
  return new URL(codes[0]!);
}

const verify = (number: string, c?: string) =>
  request(s.app, null, 'GET', `/api/public/verify?number=${enc(number)}${c ? `&c=${c}` : ''}`);

beforeAll(async () => {
  s = await startEvaluationTestServer();
  pinToday('2026-11-23');
  const a = (await registerBinhLuProduct(s, 'Miến dong Bình Lư')).productId;
  const b = (await registerBinhLuProduct(s, 'Chè Shan tuyết Tả Lèng')).productId;
  const c = (await registerBinhLuProduct(s, 'Gạo Séng Cù')).productId;
  const d = (await registerBinhLuProduct(s, 'Mật ong bạc hà')).productId;
  rec.valid = await certify(s, {
    product: a,
    number: VALID,
    star: 4,
    on: '2026-10-12',
    until: '2029-10-12',
    code: '12-03390-001-2026',
  });
  rec.expired = await certify(s, {
    product: b,
    number: '007/GCN-OCOP-12-2020',
    star: 3,
    on: '2020-06-01',
    until: '2023-06-01',
  });
  rec.revoked = await certify(s, {
    product: c,
    number: '002/GCN-OCOP-12-2026',
    star: 3,
    on: '2026-10-12',
    until: '2029-10-12',
  });
  rec.five = await certify(s, {
    product: d,
    number: '001/GCN-OCOP-BNNMT-2026',
    star: 5,
    on: '2026-10-20',
    until: '2029-10-20',
  });
  // Until the lifecycle's revocation decision route (POST /api/certificates/:id/revocation) lands, revoke directly.
  await s.db.pool.query(`update certificates set status = 'revoked', revoked_on = '2026-11-01' where id = $1`, [
    rec.revoked,
  ]);
});
afterAll(async () => {
  await s?.close();
});

describe('GET /api/public/verify by number (Art. 4.3 validity, Art. 8 revocation)', () => {
  it('answers VALID for a certificate in force, with its product, producer and place', async () => {
    const r = await verify(VALID);
    expect(r.statusCode).toBe(200);
    const body = r.json();
    expect(body).toMatchObject({ state: 'valid', label: { vi: 'CÒN HIỆU LỰC', en: 'VALID' }, signature: 'absent' });
    expect(body.certificate).toMatchObject({
      productName: 'Miến dong Bình Lư',
      producerName: 'Hợp tác xã Nông sản sạch Bình Lư',
      star: 4,
      provinceName: 'Tỉnh Lai Châu',
      validTo: '2029-10-12',
    });
  });

  it('Art. 4.3: answers EXPIRED after the 36 months', async () => {
    expect((await verify('007/GCN-OCOP-12-2020')).json()).toMatchObject({ state: 'expired', label: { en: 'EXPIRED' } });
  });

  it('Art. 8: answers REVOKED from the revocation day', async () => {
    const body = (await verify('002/GCN-OCOP-12-2026')).json();
    expect(body).toMatchObject({ state: 'revoked', label: { vi: 'ĐÃ BỊ THU HỒI', en: 'REVOKED' } });
    expect(body.certificate.revokedOn).toBe('2026-11-01');
  });

  it('answers UNKNOWN for a number not in the register', async () => {
    const body = (await verify('999/GCN-OCOP-12-2026')).json();
    expect(body).toMatchObject({ state: 'unknown', certificate: null, label: { en: 'UNKNOWN' } });
  });

  it('is cacheable without a session: short max-age and an ETag, 304 when unchanged', async () => {
    const r = await verify(VALID);
    expect(r.headers['cache-control']).toBe('public, max-age=60');
    expect(r.headers['set-cookie']).toBeUndefined();
    const again = await request(s.app, null, 'GET', `/api/public/verify?number=${enc(VALID)}`, {
      headers: { 'if-none-match': String(r.headers.etag) },
    });
    expect(again.statusCode).toBe(304);
  });

  it('names the field of a missing number (400, vi + en)', async () => {
    const r = await request(s.app, null, 'GET', '/api/public/verify');
    expect(r.statusCode).toBe(400);
    expect(r.json().error.issues[0].field).toBe('querystring.number');
  });
});

describe('the signed QR code of the certificate PDF', () => {
  it('prints /verify/<number>?c=<signed code>, which the API and the page check', async () => {
    const url = await printedQr(rec.valid);
    expect(url.pathname).toBe(`/verify/${enc(VALID)}`);
    const c = url.searchParams.get('c')!;
    expect(c.length).toBeLessThan(220);
    const body = (await verify(VALID, c)).json();
    expect(body).toMatchObject({ state: 'valid', signature: 'valid', signed: { star: 4, provinceCode: '12' } });
    expect(body.signed.kid).toMatch(/^12-/);
    const page = await request(s.app, null, 'GET', url.pathname + url.search);
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).toContain('data-state="valid"');
    expect(page.body).toContain('CÒN HIỆU LỰC');
  });

  it('Art. 4.1.b: a 5★ certificate is signed with the Ministry key', async () => {
    const url = await printedQr(rec.five, 'ministry');
    const body = (await verify('001/GCN-OCOP-BNNMT-2026', url.searchParams.get('c')!)).json();
    expect(body.signed.kid).toMatch(/^BNN-/);
  });

  it('refuses a tampered code: a changed star, a forged signature, a code moved to another number', async () => {
    const url = await printedQr(rec.valid);
    const [fields, sig] = url.searchParams.get('c')!.split('.') as [string, string];
    const text = Buffer.from(fields, 'base64url').toString('utf8');
    const fiveStars = Buffer.from(text.replace('|4|', '|5|')).toString('base64url');
    for (const [number, code] of [
      [VALID, `${fiveStars}.${sig}`],
      [VALID, `${fields}.${sig.slice(0, -2)}${sig.endsWith('AA') ? 'BA' : 'AA'}`],
      ['002/GCN-OCOP-12-2026', `${fields}.${sig}`],
      [VALID, 'not-a-code'],
    ] as const) {
      const r = await verify(number, code);
      expect(r.statusCode).toBe(400);
      expect(r.json().error.code).toBe('qr_invalid');
      expect(r.json().error.message.vi).toContain('Mã QR không hợp lệ');
    }
    const page = await request(s.app, null, 'GET', `/verify/${enc(VALID)}?c=${fiveStars}.${sig}`);
    expect(page.statusCode).toBe(400);
    expect(page.body).toContain('MÃ QR KHÔNG HỢP LỆ');
  });

  it('after a key rotation new codes use the new key and old codes still verify; both keys are published', async () => {
    const before = await printedQr(rec.valid);
    const oldCode = before.searchParams.get('c')!;
    const oldKid = (await verify(VALID, oldCode)).json().signed.kid;
    const rot = await request(s.app, 'laichau_office', 'POST', '/api/signing-keys/rotate', {
      json: { provinceCode: '12' },
    });
    expect(rot.statusCode).toBe(200);
    expect(rot.json().retired).toBe(oldKid);
    const after = await printedQr(rec.valid);
    const newBody = (await verify(VALID, after.searchParams.get('c')!)).json();
    expect(newBody.signed.kid).not.toBe(oldKid);
    expect((await verify(VALID, oldCode)).json()).toMatchObject({ state: 'valid', signature: 'valid' });
    const keys = (await request(s.app, null, 'GET', '/.well-known/ocop-keys.json')).json().keys;
    expect(keys.find((k: { kid: string }) => k.kid === oldKid).retiredAt).not.toBeNull();
    expect(keys.find((k: { kid: string }) => k.kid === newBody.signed.kid)).toMatchObject({
      alg: 'Ed25519',
      retiredAt: null,
    });
    // Another province's office may not rotate Lai Châu's key.
    const other = await request(s.app, 'dienbien_office', 'POST', '/api/signing-keys/rotate', {
      json: { provinceCode: '12' },
    });
    expect(other.statusCode).toBe(403);
  });

  it('the revoked certificate shows REVOKED on its page even with a genuine code', async () => {
    const url = await printedQr(rec.revoked);
    const page = await request(s.app, null, 'GET', url.pathname + url.search);
    expect(page.body).toContain('data-state="revoked"');
    expect(page.body).toContain('ĐÃ BỊ THU HỒI');
  });
});

describe('a revocation shows at once, although answers are kept in memory', () => {
  it('Art. 8: a cached VALID answer turns REVOKED when the certificate is revoked (NOTIFY from the database)', async () => {
    const number = '003/GCN-OCOP-12-2026';
    const product = (await registerBinhLuProduct(s, 'Thảo quả Sìn Hồ')).productId;
    const id = await certify(s, { product, number, star: 3, on: '2026-10-12', until: '2029-10-12' });
    expect((await verify(number)).json().state).toBe('valid');
    expect((await verify(number)).json().state).toBe('valid');
    // Until the lifecycle's revocation decision route lands, revoke directly.
    await s.db.pool.query(`update certificates set status = 'revoked', revoked_on = '2026-11-20' where id = $1`, [id]);
    const started = Date.now();
    let state = '';
    while (state !== 'revoked' && Date.now() - started < 2000) {
      state = (await verify(number)).json().state;
      if (state !== 'revoked') await new Promise((r) => setTimeout(r, 20));
    }
    expect(state).toBe('revoked');
    expect(Date.now() - started).toBeLessThan(1000);
  });
});

describe('GET /api/public/revocations', () => {
  it('lists revoked certificates for offline verifiers, since a day', async () => {
    const all = (await request(s.app, null, 'GET', '/api/public/revocations')).json();
    expect(all.items).toEqual([
      { number: '002/GCN-OCOP-12-2026', provinceCode: '12', revokedOn: '2026-11-01' },
      { number: '003/GCN-OCOP-12-2026', provinceCode: '12', revokedOn: '2026-11-20' },
    ]);
    const later = (await request(s.app, null, 'GET', '/api/public/revocations?since=2026-11-02')).json();
    expect(later.items.map((i: { number: string }) => i.number)).toEqual(['003/GCN-OCOP-12-2026']);
    const bad = await request(s.app, null, 'GET', '/api/public/revocations?since=hôm-qua');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.issues[0].field).toBe('querystring.since');
  });
});
