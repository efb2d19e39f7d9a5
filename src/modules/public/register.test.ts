// The public register for anybody: search without diacritics, filters by star, set and area, a product's page,
// open data with the national database's fields, the 404 page; consumer reports with their captcha-free guard and
// the province's queue (closed, or turned into a revocation proposal, Art. 8.3); stamp sheets whose serials are
// counted per scan and flagged when scanned implausibly often.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  pinToday,
  registerBinhLuProduct,
  startEvaluationTestServer,
  type EvaluationTestServer,
} from '../evaluation/evaluation-test-kit.ts';
import { loadConfig } from '../../config.ts';
import { qrCodesInPdf } from '../../testing/pdf-qr.ts';
import { loadSigningSecret } from './data/signing-secret.ts';
import { reportToken } from './domain/report-guard.ts';
import { DEFAULT_SCAN_FLAG_POLICY } from './domain/scan-policy.ts';
import { certify, request } from './public-test-kit.ts';

let s: EvaluationTestServer;
const rec = { mien: '', che: '', gao: '', mienCert: '' };
const secret = () => loadSigningSecret(loadConfig({}));
/** A token as if the form had been served a minute ago. */
const token = (productId: string) => reportToken(secret(), productId, Date.now() - 60_000);

beforeAll(async () => {
  s = await startEvaluationTestServer();
  pinToday('2026-11-23');
  rec.mien = (await registerBinhLuProduct(s, 'Miến dong Bình Lư')).productId;
  rec.che = (await registerBinhLuProduct(s, 'Chè Shan tuyết Tả Lèng')).productId;
  rec.gao = (await registerBinhLuProduct(s, 'Gạo Séng Cù')).productId;
  await registerBinhLuProduct(s, 'Rau chưa chứng nhận');
  rec.mienCert = await certify(s, {
    product: rec.mien,
    number: '001/GCN-OCOP-12-2026',
    star: 4,
    on: '2026-10-12',
    until: '2029-10-12',
    code: '12-03390-001-2026',
  });
  await certify(s, {
    product: rec.che,
    number: '002/GCN-OCOP-12-2026',
    star: 3,
    on: '2026-10-12',
    until: '2029-10-12',
  });
  await certify(s, {
    product: rec.gao,
    number: '001/GCN-OCOP-12-2020',
    star: 3,
    on: '2020-06-01',
    until: '2023-06-01',
  });
  await s.db.pool.query(
    `update products set description = 'Miến làm từ củ dong riềng của đồng bào Dao' where id = $1`,
    [rec.mien],
  );
});
afterAll(async () => {
  await s?.close();
});

const search = async (query: string) => (await request(s.app, null, 'GET', `/api/public/register?${query}`)).json();

describe('GET /api/public/register', () => {
  it('lists certified products only, with producer, commune and province, set, star, number, status and dates', async () => {
    const r = await search('');
    expect(r.total).toBe(3);
    const mien = r.items.find((i: { productName: string }) => i.productName === 'Miến dong Bình Lư');
    expect(mien).toMatchObject({
      producerName: 'Hợp tác xã Nông sản sạch Bình Lư',
      communeName: 'Xã Bình Lư',
      provinceName: 'Tỉnh Lai Châu',
      setNo: 1,
      star: 4,
      certificateNumber: '001/GCN-OCOP-12-2026',
      issuedOn: '2026-10-12',
      validTo: '2029-10-12',
      state: 'valid',
      photoUrl: null,
    });
    expect(r.items.find((i: { productName: string }) => i.productName === 'Gạo Séng Cù').state).toBe('expired');
  });

  it('finds text without diacritics, by product, producer or certificate number', async () => {
    expect((await search('q=mien%20dong')).items.map((i: { productName: string }) => i.productName)).toEqual([
      'Miến dong Bình Lư',
    ]);
    expect((await search('q=CHE%20SHAN')).total).toBe(1);
    expect((await search('q=nong%20san%20sach')).total).toBe(3);
    expect((await search(`q=${encodeURIComponent('002/GCN-OCOP-12-2026')}`)).total).toBe(1);
  });

  it('filters by star, set and area', async () => {
    expect((await search('star=3')).total).toBe(2);
    expect((await search('star=4&setNo=1')).total).toBe(1);
    expect((await search('setNo=2')).total).toBe(0);
    expect((await search('provinceCode=12&communeCode=03390')).total).toBe(3);
    expect((await search('provinceCode=11')).total).toBe(0);
  });

  it('names a bad filter (400)', async () => {
    const r = await request(s.app, null, 'GET', '/api/public/register?star=7');
    expect(r.statusCode).toBe(400);
    expect(r.json().error.issues[0].field).toBe('querystring.star');
  });
});

describe('the light pages', () => {
  it('/tra-cuu searches without diacritics and links each product and certificate', async () => {
    const r = await request(s.app, null, 'GET', '/tra-cuu?q=mien');
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toContain('text/html');
    expect(r.body).toContain('Miến dong Bình Lư');
    expect(r.body).not.toContain('Chè Shan');
    expect(r.body).toContain(`/tra-cuu/san-pham/${rec.mien}`);
    expect(r.body).toContain('/verify/001%2FGCN-OCOP-12-2026');
    expect(r.body.length).toBeLessThan(30_000);
  });

  it('a product page shows its story, producer, certificates and a report form', async () => {
    const r = await request(s.app, null, 'GET', `/tra-cuu/san-pham/${rec.mien}`);
    expect(r.statusCode).toBe(200);
    expect(r.body).toContain('Miến làm từ củ dong riềng');
    expect(r.body).toContain('Đặng Thị Mỹ Hạnh');
    expect(r.body).toContain('name="token"');
    const api = (await request(s.app, null, 'GET', `/api/public/products/${rec.mien}`)).json();
    expect(api).toMatchObject({ productName: 'Miến dong Bình Lư', representativeName: 'Đặng Thị Mỹ Hạnh' });
    expect(api.certificates).toHaveLength(1);
  });

  it('unknown addresses get a real 404 page; unknown API paths a JSON 404', async () => {
    for (const url of [
      '/khong-co-trang-nay',
      '/tra-cuu/san-pham/khong-phai-uuid',
      `/tra-cuu/san-pham/${crypto.randomUUID()}`,
    ]) {
      const r = await request(s.app, null, 'GET', url);
      expect(r.statusCode).toBe(404);
      expect(r.headers['content-type']).toContain('text/html');
      expect(r.body).toContain('Không tìm thấy trang');
    }
    const api = await request(s.app, null, 'GET', '/api/khong-co');
    expect(api.statusCode).toBe(404);
    expect(api.json().error.code).toBe('not_found');
  });
});

describe('open data (the national OCOP database fields)', () => {
  it('GET /api/public/register.csv and .json give product, star, story, producer, representative, address, number, dates', async () => {
    const csv = await request(s.app, null, 'GET', '/api/public/register.csv');
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.body
      .replace(/^\ufeff/, '')
      .trim()
      .split('\n');
    expect(lines[0]).toBe(
      'ten_san_pham,ma_san_pham,hang_sao,bo_san_pham,cau_chuyen_san_pham,chu_the,nguoi_dai_dien,dia_chi,xa_phuong,tinh_thanh,so_giay_chung_nhan,ngay_cap,ngay_het_han,trang_thai',
    );
    expect(lines).toHaveLength(4);
    const json = (await request(s.app, null, 'GET', '/api/public/register.json')).json();
    expect(json.items.find((i: { ten_san_pham: string }) => i.ten_san_pham === 'Miến dong Bình Lư')).toMatchObject({
      hang_sao: '4',
      cau_chuyen_san_pham: 'Miến làm từ củ dong riềng của đồng bào Dao',
      chu_the: 'Hợp tác xã Nông sản sạch Bình Lư',
      nguoi_dai_dien: 'Đặng Thị Mỹ Hạnh',
      dia_chi: 'Bản Nà Đông, xã Bình Lư',
      so_giay_chung_nhan: '001/GCN-OCOP-12-2026',
      ngay_cap: '2026-10-12',
      ngay_het_han: '2029-10-12',
    });
  });
});

describe('consumer reports (no login) and the province queue', () => {
  const send = (productId: string, body: Record<string, unknown>, ip = '203.0.113.7') =>
    s.app.inject({
      method: 'POST',
      url: `/api/public/products/${productId}/reports`,
      payload: body,
      remoteAddress: ip,
    });

  it('refuses a report sent faster than a person types, a forged token, or the hidden field filled', async () => {
    const base = { kind: 'fake_label', message: 'Thấy bán miến dán nhãn OCOP 5 sao ở chợ' };
    const fast = await send(rec.mien, { ...base, token: reportToken(secret(), rec.mien, Date.now()) });
    expect(fast.statusCode).toBe(400);
    expect(fast.json().error.issues[0].field).toBe('token');
    expect((await send(rec.mien, { ...base, token: token(rec.che) })).statusCode).toBe(400);
    expect((await send(rec.mien, { ...base, token: token(rec.mien), website: 'http://spam' })).statusCode).toBe(400);
  });

  it('takes a report into the province queue, refuses the same sender again at once; the office proposes a revocation (Art. 8.3)', async () => {
    const ok = await send(rec.mien, {
      kind: 'fake_label',
      message: 'Thấy bán miến dán nhãn OCOP 5 sao ở chợ',
      token: token(rec.mien),
    });
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({ provinceCode: '12', state: 'open' });
    const again = await send(rec.mien, {
      kind: 'quality',
      message: 'Lại thấy nữa ở chợ phiên',
      token: token(rec.mien),
    });
    expect(again.statusCode).toBe(409);
    const queue = await request(s.app, 'laichau_office', 'GET', '/api/consumer-reports');
    expect(queue.json().items).toHaveLength(1);
    expect((await request(s.app, 'dienbien_office', 'GET', '/api/consumer-reports')).json().items).toHaveLength(0);
    expect((await request(s.app, 'binhlu_producer', 'GET', '/api/consumer-reports')).statusCode).toBe(403);
    const id = ok.json().id;
    const proposed = await request(s.app, 'laichau_office', 'POST', `/api/consumer-reports/${id}/revocation-proposal`, {
      json: { summary: 'Phản ánh của người tiêu dùng: nhãn OCOP 5 sao trên sản phẩm 4 sao' },
    });
    expect(proposed.statusCode).toBe(200);
    expect(proposed.json().state).toBe('proposed');
    const p = await s.db.pool.query(`select source, source_ref, certificate_id, state from revocation_proposals`);
    expect(p.rows).toEqual([
      { source: 'consumer_report', source_ref: id, certificate_id: rec.mienCert, state: 'open' },
    ]);
    const twice = await request(s.app, 'laichau_office', 'POST', `/api/consumer-reports/${id}/close`, {
      json: { note: 'Đã xử lý' },
    });
    expect(twice.statusCode).toBe(409);
  });

  it('the product page form posts like any HTML form and the office closes the report', async () => {
    const r = await request(s.app, null, 'POST', `/tra-cuu/san-pham/${rec.che}/phan-anh`, {
      form: { kind: 'quality', message: 'Chè có mùi lạ, không như mô tả', token: token(rec.che), website: '' },
    });
    expect(r.statusCode).toBe(303);
    expect(r.headers.location).toContain('da-gui=1');
    const open = (await request(s.app, 'laichau_office', 'GET', '/api/consumer-reports')).json().items;
    const mine = open.find((i: { productId: string }) => i.productId === rec.che);
    const closed = await request(s.app, 'laichau_office', 'POST', `/api/consumer-reports/${mine.id}/close`, {
      json: { note: 'Đã kiểm tra, sản phẩm đạt' },
    });
    expect(closed.json()).toMatchObject({ state: 'closed', closeNote: 'Đã kiểm tra, sản phẩm đạt' });
  });
});

describe('QR stamps with serial numbers', () => {
  it('prints a sheet of signed stamps; each serial is counted when scanned and flagged when scanned implausibly often', async () => {
    const sheet = await request(s.app, 'laichau_office', 'POST', '/api/stamp-sheets', {
      json: { certificateId: rec.mienCert, count: 6 },
    });
    expect(sheet.statusCode).toBe(200);
    expect(sheet.headers['content-type']).toBe('application/pdf');
    const urls = qrCodesInPdf(sheet.rawPayload).map((u) => new URL(u));
    expect(urls).toHaveLength(6);
    const first = urls[0]!;
    const v = (
      await request(
        s.app,
        null,
        'GET',
        `/api/public/verify?number=${encodeURIComponent('001/GCN-OCOP-12-2026')}&c=${first.searchParams.get('c')}`,
      )
    ).json();
    expect(v).toMatchObject({ state: 'valid', signature: 'valid' });
    expect(v.serial).toMatch(/^[2-9A-Z]{5}-001$/);
    for (let i = 0; i < DEFAULT_SCAN_FLAG_POLICY.maxPerDay; i++) {
      await request(s.app, null, 'GET', first.pathname + first.search);
    }
    // Counts are written in batches every few seconds.
    await new Promise((r) => setTimeout(r, 5_500));
    const stamp = await s.db.pool.query(`select scan_count, flagged_at from qr_stamps where serial = $1`, [v.serial]);
    expect(stamp.rows[0].scan_count).toBe(DEFAULT_SCAN_FLAG_POLICY.maxPerDay + 1);
    const flagged = (await request(s.app, 'laichau_office', 'GET', '/api/stamps/flagged')).json().items;
    expect(flagged.map((f: { serial: string }) => f.serial)).toEqual([v.serial]);
    expect(flagged[0].reason.vi).toContain('nghi tem bị sao chép');
    expect((await request(s.app, 'dienbien_office', 'GET', '/api/stamps/flagged')).json().items).toEqual([]);

    // The office's list of sheets: the one printed, its six serials and their scans; another province sees none.
    const prefix = v.serial.split('-')[0];
    const sheets = (
      await request(s.app, 'laichau_office', 'GET', `/api/stamp-sheets?certificateId=${rec.mienCert}`)
    ).json().items;
    expect(sheets).toEqual([
      expect.objectContaining({
        prefix,
        number: '001/GCN-OCOP-12-2026',
        count: 6,
        scans: DEFAULT_SCAN_FLAG_POLICY.maxPerDay + 1,
        flagged: 1,
      }),
    ]);
    const serials = (await request(s.app, 'laichau_office', 'GET', `/api/stamp-sheets/${prefix}/stamps`)).json().items;
    expect(serials.map((x: { serial: string }) => x.serial)).toEqual([1, 2, 3, 4, 5, 6].map((i) => `${prefix}-00${i}`));
    expect(serials[0]).toMatchObject({ scanCount: DEFAULT_SCAN_FLAG_POLICY.maxPerDay + 1 });
    expect(serials[1]).toMatchObject({ scanCount: 0, flaggedAt: null, reason: null });
    expect((await request(s.app, 'dienbien_office', 'GET', '/api/stamp-sheets')).json().items).toEqual([]);
    expect((await request(s.app, 'dienbien_office', 'GET', `/api/stamp-sheets/${prefix}/stamps`)).statusCode).toBe(404);
    expect((await request(s.app, 'binhlu_producer', 'GET', '/api/stamp-sheets')).statusCode).toBe(403);
  });
});
