// The public module's pure rules: the signed QR code (round trip, tampering, noble and Node agree), the four public
// statuses (Art. 4.3, 7.6, 8), the scan-flag policy (ours) and the report form's time token (ours).
import * as ed from '@noble/ed25519';
import { describe, expect, it } from 'vitest';
import { verifyWithNode } from '../commands/qr-keys.ts';
import { parseQr, shortName, signQr, verifyQrSignature, type QrFacts } from './qr-code.ts';
import { checkReportToken, reportToken } from './report-guard.ts';
import { scanFlag } from './scan-policy.ts';
import { publicStatus } from './verify-status.ts';

const FACTS: QrFacts = {
  kid: '12-abc123',
  number: '001/GCN-OCOP-12-2026',
  productCode: '12-03390-001-2026',
  productName: 'Miến dong Bình Lư của đồng bào Dao đỏ xã Bình Lư',
  star: 4,
  issuedOn: '2026-10-12',
  expiresOn: '2029-10-12',
  provinceCode: '12',
  serial: 'K7Q2M-001',
};

describe('the signed QR code', () => {
  it('round-trips its facts, with the name shortened at a word, and both Ed25519 implementations accept it', async () => {
    const sk = ed.utils.randomSecretKey();
    const pk = await ed.getPublicKeyAsync(sk);
    const code = await signQr(FACTS, sk);
    expect(code.length).toBeLessThan(230);
    const parsed = parseQr(FACTS.number, code);
    if (!parsed.ok) throw new Error('not parsed');
    expect(parsed.facts).toEqual({ ...FACTS, productName: 'Miến dong Bình Lư của…' });
    expect(await verifyQrSignature(parsed, pk)).toBe(true);
    expect(verifyWithNode(parsed, pk)).toBe(true);
  });

  it('is refused by both when a fact, the number of its address or the key differs', async () => {
    const sk = ed.utils.randomSecretKey();
    const pk = await ed.getPublicKeyAsync(sk);
    const [fields, sig] = (await signQr(FACTS, sk)).split('.') as [string, string];
    const fiveStars = Buffer.from(Buffer.from(fields, 'base64url').toString().replace('|4|', '|5|')).toString(
      'base64url',
    );
    const other = await ed.getPublicKeyAsync(ed.utils.randomSecretKey());
    for (const [number, code, key] of [
      [FACTS.number, `${fiveStars}.${sig}`, pk],
      ['002/GCN-OCOP-12-2026', `${fields}.${sig}`, pk],
      [FACTS.number, `${fields}.${sig}`, other],
    ] as const) {
      const parsed = parseQr(number, code);
      if (!parsed.ok) throw new Error('not parsed');
      expect(await verifyQrSignature(parsed, key)).toBe(false);
      expect(verifyWithNode(parsed, key)).toBe(false);
    }
    expect(parseQr(FACTS.number, 'abc.def')).toEqual({ ok: false, reason: 'malformed' });
    expect(parseQr('', `${fields}.${sig}`)).toEqual({ ok: false, reason: 'malformed' });
  });

  it('keeps short names whole', () => {
    expect(shortName('Gạo Séng Cù')).toBe('Gạo Séng Cù');
    expect(shortName('Chè | Shan  tuyết')).toBe('Chè Shan tuyết');
  });
});

describe('publicStatus: the four answers', () => {
  const c = {
    number: '001/GCN-OCOP-12-2026',
    star: 4,
    issuedOn: '2026-10-12',
    expiresOn: '2029-10-12',
    status: 'valid',
    revokedOn: null,
    supersededBy: null,
  };
  it('Art. 4.3: valid for 36 months, inside the re-evaluation window too (Art. 7.6.a), expired after', () => {
    expect(publicStatus(c, '2026-11-23').state).toBe('valid');
    expect(publicStatus(c, '2029-05-01').state).toBe('valid');
    expect(publicStatus(c, '2029-10-12').state).toBe('valid');
    expect(publicStatus(c, '2029-10-13')).toMatchObject({
      state: 'expired',
      label: { vi: 'HẾT HIỆU LỰC', en: 'EXPIRED' },
    });
  });
  it('Art. 8: revoked from the revocation day on', () => {
    const r = { ...c, status: 'revoked', revokedOn: '2027-01-10' };
    expect(publicStatus(r, '2027-01-09').state).toBe('valid');
    expect(publicStatus(r, '2027-01-10')).toMatchObject({
      state: 'revoked',
      label: { vi: 'ĐÃ BỊ THU HỒI', en: 'REVOKED' },
    });
  });
  it('Art. 7.6: a certificate replaced by a re-evaluation or an upgrade no longer stands (expired), unless revoked', () => {
    expect(publicStatus({ ...c, supersededBy: 'x' }, '2027-01-10').state).toBe('expired');
  });
  it('Art. 12.3: past its expiry, a certificate extended by a late re-evaluation stays valid until the extension ends', () => {
    const e = { ...c, extendedUntil: '2030-01-31' };
    expect(publicStatus(e, '2029-12-01')).toMatchObject({ state: 'valid', validTo: '2030-01-31' });
    expect(publicStatus(e, '2029-12-01').detail.vi).toContain('khoản 3 Điều 12');
    expect(publicStatus(e, '2030-02-01').state).toBe('expired');
    expect(publicStatus({ ...e, status: 'revoked', revokedOn: '2029-12-15' }, '2029-12-20').state).toBe('revoked');
  });
  it('a number not in the register is unknown, and says the mark may be fake', () => {
    const u = publicStatus(undefined, '2026-11-23', '999/GCN');
    expect(u).toMatchObject({ state: 'unknown', validTo: null });
    expect(u.detail.vi).toContain('nhãn OCOP giả');
  });
});

describe('our rules', () => {
  it('scan flag policy: over 30 scans a day or 300 in all', () => {
    expect(scanFlag({ dayCount: 30, total: 300 })).toBeNull();
    expect(scanFlag({ dayCount: 31, total: 31 })?.en).toContain('31 times in one day');
    expect(scanFlag({ dayCount: 2, total: 301 })?.en).toContain('301 times in all');
  });
  it('report token: refused under 3 seconds, after 6 hours, for another product or forged', () => {
    const t0 = 1_800_000_000_000;
    const t = reportToken('s', 'p1', t0);
    expect(checkReportToken('s', 'p1', t, t0 + 1000)).toBe('too_fast');
    expect(checkReportToken('s', 'p1', t, t0 + 60_000)).toBe('ok');
    expect(checkReportToken('s', 'p1', t, t0 + 7 * 3600_000)).toBe('stale');
    expect(checkReportToken('s', 'p2', t, t0 + 60_000)).toBe('forged');
    expect(checkReportToken('other', 'p1', t, t0 + 60_000)).toBe('forged');
    expect(checkReportToken('s', 'p1', 'nonsense', t0)).toBe('forged');
  });
});
