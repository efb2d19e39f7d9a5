// One certificate over HTTP: its page's fields (product, set, producer and place, issuer and decision, validity), its
// state on a pinned date with the re-evaluation window (Art. 4.3, 7.6.a), who may read it, and its landscape PDF with
// the number, the stars and the QR code's verification address.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import {
  fileDossier,
  pinToday,
  registerBinhLuProduct,
  startEvaluationTestServer,
  type EvaluationTestServer,
  type Who,
} from '../evaluation/evaluation-test-kit.ts';
import ExcelJS from 'exceljs';
import { readPdf, squash } from '../evaluation/forms/pdf-text.ts';

let s: EvaluationTestServer;
const rec = { four: '', five: '', dossier: '', product: '' };

async function certify(o: {
  product: string;
  dossier: string | null;
  number: string;
  star: number;
  level: 'province' | 'central';
  decision: string;
  on: string;
  until: string;
}) {
  const dec = await s.db.pool.query(
    `insert into decisions (province_code, level, kind, number, signed_on) values ($1, $2, 'recognition', $3, $4) returning id`,
    [o.level === 'central' ? null : '12', o.level, o.decision, o.on],
  );
  const c = await s.db.pool.query(
    `insert into certificates (province_code, product_id, dossier_id, decision_id, number, star, points, issued_on, expires_on, product_code)
     values ('12', $1, $2, $3, $4, $5, 75, $6, $7, '12-03390-001-2026') returning id`,
    [o.product, o.dossier, dec.rows[0].id, o.number, o.star, o.on, o.until],
  );
  return c.rows[0].id as string;
}

beforeAll(async () => {
  s = await startEvaluationTestServer();
  pinToday('2026-11-23');
  rec.product = (await registerBinhLuProduct(s)).productId;
  rec.dossier = await fileDossier(s, rec.product);
  rec.four = await certify({
    product: rec.product,
    dossier: rec.dossier,
    number: '001/GCN-OCOP-12-2026',
    star: 4,
    level: 'province',
    decision: '1500/QĐ-UBND',
    on: '2026-10-12',
    until: '2029-10-12',
  });
  const other = (await registerBinhLuProduct(s, 'Miến dong Bình Lư')).productId;
  rec.five = await certify({
    product: other,
    dossier: null,
    number: '002/GCN-OCOP-BNNMT-2026',
    star: 5,
    level: 'central',
    decision: '77/QĐ-BNNMT',
    on: '2026-11-02',
    until: '2029-11-02',
  });
});
afterAll(async () => s?.close());

describe('GET /api/certificates/:id (Art. 4.3, 7.6.a)', () => {
  it('shows the product, its set, the producer and its place, the issuer, the decision, the validity and the dossier', async () => {
    const r = await s.call('binhlu_producer', 'GET', `/api/certificates/${rec.four}`);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body).toMatchObject({
      id: rec.four,
      number: '001/GCN-OCOP-12-2026',
      star: 4,
      points: 75,
      product: { name: 'Rau cải mèo Bình Lư', code: '12-03390-001-2026', setNo: 1, setName: expect.any(String) },
      producer: {
        name: 'Hợp tác xã Nông sản sạch Bình Lư',
        communeCode: '03390',
        communeName: expect.stringContaining('Bình Lư'),
        provinceCode: '12',
        provinceName: expect.stringContaining('Lai Châu'),
      },
      issuer: { level: 'province', body: { vi: 'Ủy ban nhân dân tỉnh Lai Châu' }, signer: { vi: 'Chủ tịch' } },
      decision: { number: '1500/QĐ-UBND', signedOn: '2026-10-12' },
      dossier: { id: rec.dossier },
      validFrom: '2026-10-12',
      validTo: '2029-10-12',
      issuedOn: '2026-10-12',
      expiresOn: '2029-10-12',
    });
    expect(r.body.product.setName.length).toBeGreaterThan(3);
  });

  it('Art. 4.3, 7.6.a: valid on 23/11/2026 with the window still ahead; in the re-evaluation window; expired after 36 months', async () => {
    const at = async (day: string) => {
      pinToday(day);
      return (await s.call('laichau_office', 'GET', `/api/certificates/${rec.four}`)).body;
    };
    expect(await at('2026-11-23')).toMatchObject({
      statusOn: '2026-11-23',
      state: 'valid',
      daysLeft: 1054,
      reevaluationWindow: { opensOn: '2029-04-15', closesOn: '2029-06-14', phase: 'not_yet' },
    });
    const open = await at('2029-05-01');
    expect(open).toMatchObject({
      state: 'reevaluation_window',
      status: 'reevaluation_window',
      reevaluationWindow: { phase: 'open' },
      daysLeft: 164,
    });
    expect(open.message.vi).toContain('15/04/2029');
    expect(await at('2029-07-01')).toMatchObject({ state: 'valid', reevaluationWindow: { phase: 'closed' } });
    expect(await at('2029-10-13')).toMatchObject({ state: 'expired', daysLeft: -1 });
    pinToday('2026-11-23');
  });

  it("Art. 4.1.b: a 5★ certificate is the Ministry's", async () => {
    const r = await s.call('ministry', 'GET', `/api/certificates/${rec.five}`);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({
      star: 5,
      issuer: { level: 'central', body: { vi: 'Bộ Nông nghiệp và Môi trường' }, signer: { vi: 'Bộ trưởng' } },
      dossier: null,
    });
  });

  it("is read by the producer's own accounts, staff covering its commune or province, the Ministry; others get 404", async () => {
    const expected: [Who | null, number][] = [
      [null, 401],
      ['binhlu_producer', 200],
      ['tanphong_producer', 404],
      ['binhlu_officer', 200],
      ['tanphong_officer', 404],
      ['dienbien_officer', 404],
      ['laichau_office', 200],
      ['dienbien_office', 404],
      ['chair', 200],
      ['ministry', 200],
      ['sysadmin', 200],
    ];
    for (const [who, status] of expected) {
      expect((await s.call(who, 'GET', `/api/certificates/${rec.four}`)).status, `${who}`).toBe(status);
      if (who) expect((await s.raw(who, `/api/certificates/${rec.four}/pdf`)).status, `${who} pdf`).toBe(status);
    }
    // The Ministry reads the certificate, but not the provincial dossier it came from (never sent to the Ministry).
    expect((await s.call('ministry', 'GET', `/api/certificates/${rec.four}`)).body.dossier).toBeNull();
    expect((await s.call('sysadmin', 'GET', '/api/certificates/00000000-0000-4000-8000-000000000000')).status).toBe(
      404,
    );
  });
});

describe('GET /api/certificates/:id/pdf', () => {
  it('prints one landscape A4 page in Be Vietnam Pro: title, number, product, producer, stars, decision, validity, QR address', async () => {
    const r = await s.raw('binhlu_producer', `/api/certificates/${rec.four}/pdf`);
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe('application/pdf');
    expect(String(r.headers['content-disposition'])).toMatch(
      /^inline; .*Giay-chung-nhan-OCOP-001-GCN-OCOP-12-2026\.pdf/,
    );
    expect(r.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pdf = readPdf(r.body);
    expect(pdf.pages).toBe(1);
    expect(pdf.notdef).toBe(0);
    expect(pdf.fonts.every((f) => /\+BeVietnamPro-/.test(f))).toBe(true);
    // Landscape: the page is wider than tall.
    const box = /\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(r.body.toString('latin1'));
    expect(Number(box?.[1])).toBeGreaterThan(Number(box?.[2]));
    const text = squash(pdf.text);
    for (const phrase of [
      'GIẤY CHỨNG NHẬN SẢN PHẨM OCOP',
      'Số: 001/GCN-OCOP-12-2026',
      'ỦY BAN NHÂN DÂN TỈNH LAI CHÂU',
      'Rau cải mèo Bình Lư',
      'Mã sản phẩm: 12-03390-001-2026',
      'Hợp tác xã Nông sản sạch Bình Lư',
      'hạng 4 sao',
      'Quyết định số 1500/QĐ-UBND ngày 12 tháng 10 năm 2026',
      'từ ngày 12/10/2026 đến hết ngày 12/10/2029',
      'http://localhost:3000/verify/001%2FGCN-OCOP-12-2026',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    ])
      expect(text).toContain(squash(phrase));
  });

  it("prints the Minister's certificate for 5★", async () => {
    const r = await s.raw('ministry', `/api/certificates/${rec.five}/pdf`);
    const text = squash(readPdf(r.body).text);
    expect(text).toContain(squash('BỘ TRƯỞNG BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG'));
    expect(text).toContain(squash('hạng 5 sao'));
    expect(text).toContain(squash('Hà Nội, ngày 02 tháng 11 năm 2026'));
  });
});

describe('GET /api/certificates: search and the Excel register', () => {
  it('finds certificates by product name without diacritics, or by number', async () => {
    pinToday('2026-11-23');
    const byName = await s.call('laichau_office', 'GET', '/api/certificates?q=mien%20dong');
    expect(byName.body.items.map((c: { number: string }) => c.number)).toEqual(['002/GCN-OCOP-BNNMT-2026']);
    const byNumber = await s.call('laichau_office', 'GET', `/api/certificates?q=${encodeURIComponent('001/gcn')}`);
    expect(byNumber.body.items.map((c: { number: string }) => c.number)).toEqual(['001/GCN-OCOP-12-2026']);
    expect((await s.call('laichau_office', 'GET', '/api/certificates?q=50%25')).body.total).toBe(0);
  });

  it("format=xlsx gives the whole filtered register with Vietnamese headings, in the reader's scope", async () => {
    const r = await s.raw('laichau_office', '/api/certificates?format=xlsx&star=4&limit=1');
    expect(r.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(r.body as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0]!;
    // The title row says what the sheet holds: the list, the filter used and the day it was exported.
    expect(sheet.getCell('A1').value).toBe(
      'Danh sách giấy chứng nhận sản phẩm OCOP — Lọc: Hạng sao: 4 — Ngày xuất: 23/11/2026',
    );
    const headers = (sheet.getRow(2).values as unknown[]).slice(1);
    expect(headers).toEqual([
      'STT',
      'Số giấy chứng nhận',
      'Tên sản phẩm',
      'Mã sản phẩm',
      'Bộ sản phẩm',
      'Chủ thể',
      'Xã, phường',
      'Tỉnh, thành phố',
      'Hạng sao',
      'Điểm',
      'Số quyết định công nhận',
      'Ngày quyết định',
      'Cơ quan cấp',
      'Ngày cấp',
      'Hiệu lực đến',
      'Tình trạng',
    ]);
    expect(sheet.rowCount).toBe(3);
    const cell = (h: string) => sheet.getRow(3).getCell(headers.indexOf(h) + 1).value;
    expect(cell('Số giấy chứng nhận')).toBe('001/GCN-OCOP-12-2026');
    expect(cell('Bộ sản phẩm')).toMatch(/^1\. \S/);
    expect(cell('Xã, phường')).toBe('Xã Bình Lư');
    expect(cell('Tỉnh, thành phố')).toBe('Tỉnh Lai Châu');
    expect(cell('Hạng sao')).toBe(4);
    expect(cell('Số quyết định công nhận')).toBe('1500/QĐ-UBND');
    expect(cell('Ngày quyết định')).toEqual(new Date('2026-10-12T00:00:00Z'));
    // Art. 4.1.a: a 4★ certificate is issued by the provincial People's Committee; 4.1.b: 5★ by the Ministry.
    expect(cell('Cơ quan cấp')).toBe('Ủy ban nhân dân tỉnh Lai Châu');
    const five = new ExcelJS.Workbook();
    await five.xlsx.load(
      (await s.raw('laichau_office', '/api/certificates?format=xlsx&star=5')).body as unknown as ArrayBuffer,
    );
    expect(five.worksheets[0]!.getRow(3).getCell(headers.indexOf('Cơ quan cấp') + 1).value).toBe(
      'Bộ Nông nghiệp và Môi trường',
    );
    const outside = await s.raw('dienbien_office', '/api/certificates?format=xlsx');
    const other = new ExcelJS.Workbook();
    await other.xlsx.load(outside.body as unknown as ArrayBuffer);
    expect(other.worksheets[0]!.rowCount).toBe(2);
    expect(other.worksheets[0]!.getCell('A1').value).toMatch(/Lọc: tất cả — Ngày xuất: 23\/11\/2026$/);
  });
});
