// Historical results over HTTP: results decided under 148/2023 (and 1048/2019) are recorded by the provincial office
// as terminal dossiers with their decision and certificate; refusals name the field (vi + en); only the office of the
// product's province and the admin may record; the Excel import is all or nothing; a re-evaluation can then be filed
// against a historical certificate inside its Art. 7.6.a window, and is refused outside it — or, for a certificate
// of the Art. 12.3 transition, filed late and the certificate extended.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import ExcelJS from 'exceljs';
import { zipBomb } from '../onboarding/onboarding-test-kit.ts';
import { readPdf, squash } from './forms/pdf-text.ts';
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
const p = { district: '', window: '', early: '', imported: '', dienBien: '' };

beforeAll(async () => {
  s = await startEvaluationTestServer();
  pinToday('2026-11-23');
  p.district = (await registerBinhLuProduct(s, 'Gạo nếp Tan Bình Lư')).productId;
  p.window = (await registerBinhLuProduct(s, 'Chè Shan tuyết Bình Lư')).productId;
  p.early = (await registerBinhLuProduct(s, 'Mật ong bạc hà Bình Lư')).productId;
  p.imported = (await registerBinhLuProduct(s, 'Thịt trâu gác bếp Bình Lư')).productId;
  const producer = await s.call('sysadmin', 'POST', '/api/producers', {
    communeCode: '03127',
    legalType: 'htx',
    name: 'HTX Gạo Điện Biên',
    registrationNo: '5601000001',
    address: 'Điện Biên Phủ',
    phone: '0215 000 111',
  });
  p.dienBien = (
    await s.call('sysadmin', 'POST', '/api/products', {
      producerId: producer.body.id,
      name: 'Gạo Séng Cù Điện Biên',
      setNo: 1,
    })
  ).body.id;
});
afterAll(async () => s?.close());

const record = (over: Record<string, unknown> = {}) => ({
  productId: p.district,
  kind: 'first',
  filedOn: '2024-05-10',
  decidedOn: '2024-09-12',
  level: 'district',
  points: 62,
  star: 3,
  decisionNumber: '356/QĐ-UBND',
  certificateNumber: '356-01/GCN-OCOP-TĐ-2024',
  ...over,
});
const count = async (table: string) => Number((await s.db.pool.query(`select count(*) from ${table}`)).rows[0].count);

describe('POST /api/historical-results', () => {
  it('records a district 3★ under 148/QĐ-TTg as a terminal historical dossier, its decision and certificate', async () => {
    const r = await s.call('laichau_office', 'POST', '/api/historical-results', record());
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({
      ruleSet: '148-2023',
      procedure: 'qd148',
      level: 'district',
      star: 3,
      points: 62,
      transitional: false,
      certificateNumber: '356-01/GCN-OCOP-TĐ-2024',
      certificate: { state: 'valid', expiresOn: '2027-09-12', window: { opensOn: '2027-03-16' } },
    });
    const d = (
      await s.db.pool.query(
        'select state, source, rule_set, kind, final_star, submitted_on::text from dossiers where id = $1',
        [r.body.dossierId],
      )
    ).rows[0];
    expect(d).toEqual({
      state: 'province_certified',
      source: 'historical',
      rule_set: '148-2023',
      kind: 'first',
      final_star: 3,
      submitted_on: '2024-05-10',
    });
    const dec = (
      await s.db.pool.query('select level, kind, signed_on::text from decisions where id = $1', [r.body.decisionId])
    ).rows[0];
    expect(dec).toEqual({ level: 'district', kind: 'recognition', signed_on: '2024-09-12' });
    const audits = (
      await s.db.pool.query(`select action from audit_log where entity_id in ($1, $2) order by id`, [
        r.body.dossierId,
        r.body.certificateId,
      ])
    ).rows.map((x) => x.action);
    expect(audits).toEqual(['dossier.record_historical', 'certificate.record_historical']);
    const dossier = await s.call('laichau_office', 'GET', `/api/dossiers/${r.body.dossierId}`);
    expect(dossier.status).toBe(200);
    expect(dossier.body).toMatchObject({ state: 'province_certified', ruleSet: '148-2023', kind: 'first' });
    // The certificate is the product's like any other: the certificates list shows it, a first evaluation is refused.
    const certs = await s.call('laichau_office', 'GET', `/api/certificates?star=3`);
    expect(certs.body.items.map((c: { number: string }) => c.number)).toContain('356-01/GCN-OCOP-TĐ-2024');
    const first = await s.call('binhlu_producer', 'POST', '/api/dossiers', { productId: p.district, kind: 'first' });
    expect(first.status).toBe(409);
    expect(first.body.error.code).toBe('product_certified');
    // Its page names the district that issued it (districts ended on 1/7/2025; Bình Lư was made from Tam Đường's communes).
    const page = await s.call('laichau_office', 'GET', `/api/certificates/${r.body.certificateId}`);
    expect(page.body.issuer).toMatchObject({
      level: 'district',
      body: { vi: 'Ủy ban nhân dân huyện Tam Đường' },
      signer: { vi: 'Chủ tịch' },
      place: 'Tam Đường',
    });
    expect(page.body.ruleSet.code).toBe('148-2023');
    // Its print cites the rules it was issued under, not Decision 26/2026.
    const text = squash(
      readPdf((await s.raw('laichau_office', `/api/certificates/${r.body.certificateId}/pdf`)).body).text,
    );
    expect(text).toContain(squash('ỦY BAN NHÂN DÂN HUYỆN TAM ĐƯỜNG'));
    expect(text).toContain(squash('Tam Đường, ngày 12 tháng 9 năm 2024'));
    expect(text).toContain(squash('(theo Quyết định 148/QĐ-TTg)'));
    expect(text).not.toContain('26/2026');
  });

  it('refuses with each field named in Vietnamese and English, and writes nothing', async () => {
    const before = await count('dossiers');
    const r = await s.call(
      'laichau_office',
      'POST',
      '/api/historical-results',
      record({ level: 'province', points: 72, certificateNumber: '999/GCN-OCOP-12-2024' }),
    );
    expect(r.status).toBe(400);
    const issues = r.body.error.issues as { field: string; code: string; message: { vi: string; en: string } }[];
    expect(issues.map((i) => `${i.field}:${i.code}`)).toEqual(['body.star:band_mismatch']);
    expect(issues[0]!.message.vi).toContain('Điều 3 Quyết định 148/QĐ-TTg');
    const level = await s.call(
      'laichau_office',
      'POST',
      '/api/historical-results',
      record({ level: 'province', certificateNumber: '998/GCN-OCOP-12-2024' }),
    );
    expect(level.body.error.issues[0]).toMatchObject({ field: 'body.level', code: 'wrong_level' });
    expect(level.body.error.issues[0].message.en).toContain('the district');
    const bad = await s.call(
      'laichau_office',
      'POST',
      '/api/historical-results',
      record({ points: 140, filedOn: '2024-02-30' }),
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues.map((i: { field: string }) => i.field).sort()).toEqual([
      'body.filedOn',
      'body.points',
    ]);
    expect(await count('dossiers')).toBe(before);
  });

  it('refuses a certificate number already recorded', async () => {
    const r = await s.call(
      'laichau_office',
      'POST',
      '/api/historical-results',
      record({ productId: p.early, certificateNumber: '356-01/GCN-OCOP-TĐ-2024' }),
    );
    expect(r.status).toBe(400);
    expect(r.body.error.issues[0]).toMatchObject({ field: 'body.certificateNumber', code: 'duplicate' });
  });

  it("only the office of the product's province and the admin record; others get 403, another province's product is unknown", async () => {
    for (const who of ['binhlu_officer', 'binhlu_producer', 'chair', 'advisory', 'ministry'] as const) {
      expect((await s.call(who, 'POST', '/api/historical-results', record({ productId: p.dienBien }))).status).toBe(
        403,
      );
    }
    const other = await s.call(
      'dienbien_office',
      'POST',
      '/api/historical-results',
      record({ certificateNumber: '1/GCN-X-2024' }),
    );
    expect(other.status).toBe(400);
    expect(other.body.error.issues[0]).toMatchObject({ field: 'body.productId', code: 'unknown' });
    const admin = await s.call(
      'sysadmin',
      'POST',
      '/api/historical-results',
      record({ productId: p.dienBien, decisionNumber: '88/QĐ-UBND', certificateNumber: '88-01/GCN-OCOP-ĐB-2024' }),
    );
    expect(admin.status).toBe(201);
    // Lists stay in the reader's province.
    const list = await s.call('laichau_office', 'GET', '/api/historical-results');
    expect(list.body.items.every((i: { productId: string }) => i.productId !== p.dienBien)).toBe(true);
    expect((await s.call('binhlu_officer', 'GET', '/api/historical-results')).status).toBe(403);
  });
});

describe('re-evaluation against a historical certificate (Art. 7.6.a)', () => {
  it('inside the window (180–120 days before expiry) a re-evaluation is filed; too early it is refused', async () => {
    // 4★ by the province, 10/4/2024 → valid through 10/4/2027; window 12/10/2026–10/12/2026 holds 23/11/2026.
    const inWindow = await s.call(
      'laichau_office',
      'POST',
      '/api/historical-results',
      record({
        productId: p.window,
        filedOn: '2023-11-20',
        decidedOn: '2024-04-10',
        level: 'province',
        points: 76,
        star: 4,
        decisionNumber: '412/QĐ-UBND',
        certificateNumber: '045/GCN-OCOP-12-2024',
      }),
    );
    expect(inWindow.status).toBe(201);
    // The certificate's lifecycle status, as the certificates module derives it for every reader.
    expect(inWindow.body.certificate).toMatchObject({
      state: 'reevaluation_window',
      label: { vi: 'Trong thời hạn nộp hồ sơ đánh giá lại' },
      window: { opensOn: '2026-10-12', closesOn: '2026-12-11', phase: 'open' },
    });
    const filed = await s.call('binhlu_producer', 'POST', '/api/dossiers', {
      productId: p.window,
      kind: 'reevaluation',
    });
    expect(filed.status).toBe(201);
    expect(filed.body.kind).toBe('reevaluation');
    const base = (await s.db.pool.query('select previous_certificate_id from dossiers where id = $1', [filed.body.id]))
      .rows[0];
    expect(base.previous_certificate_id).toBe(inWindow.body.certificateId);

    const early = await s.call(
      'laichau_office',
      'POST',
      '/api/historical-results',
      record({
        productId: p.early,
        filedOn: '2024-05-10',
        decidedOn: '2024-09-12',
        level: 'province',
        points: 71,
        star: 4,
        decisionNumber: '1354/QĐ-UBND',
        certificateNumber: '012/GCN-OCOP-12-2024',
      }),
    );
    expect(early.status).toBe(201);
    const refused = await s.call('binhlu_producer', 'POST', '/api/dossiers', {
      productId: p.early,
      kind: 'reevaluation',
    });
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({
      code: 'reevaluation_too_early',
      window: { opensOn: '2027-03-16', expiresOn: '2027-09-12' },
    });
  });

  it('Art. 12.3: a historical 148 certificate of the transition (1/9/2023 → 1/9/2026, window 5/3–4/5/2026) filed late is accepted and extended', async () => {
    pinToday('2026-06-15');
    const product = (await registerBinhLuProduct(s, 'Rượu ngô men lá Bình Lư')).productId;
    const rec = await s.call(
      'laichau_office',
      'POST',
      '/api/historical-results',
      record({
        productId: product,
        filedOn: '2023-03-10',
        decidedOn: '2023-09-01',
        level: 'province',
        points: 74,
        star: 4,
        decisionNumber: '611/QĐ-UBND',
        certificateNumber: '611-02/GCN-OCOP-12-2023',
      }),
    );
    expect(rec.status, JSON.stringify(rec.body)).toBe(201);
    expect(rec.body.certificate).toMatchObject({ expiresOn: '2026-09-01', window: { closesOn: '2026-05-04' } });
    const r = await s.call('binhlu_producer', 'POST', '/api/dossiers', { productId: product, kind: 'reevaluation' });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    await s.call('binhlu_producer', 'PUT', `/api/dossiers/${r.body.id}/forms/01`, {
      ...filledForm01('reevaluation'),
      year: 2026,
    });
    await s.call(
      'binhlu_producer',
      'PUT',
      `/api/dossiers/${r.body.id}/forms/02`,
      filledForm02(FOUR_STAR, 'Đổi nhãn theo quy định mới'),
    );
    const filed = await act(s, 'binhlu_producer', r.body.id, 'submit');
    expect(filed.body.effects).toContainEqual(
      expect.objectContaining({
        type: 'certificate_extended',
        certificate: '611-02/GCN-OCOP-12-2023',
        until: '2027-02-28',
        article: 'Art. 12.3',
      }),
    );
    pinToday('2026-11-23');
  });
});

describe('Excel template and import (all or nothing)', () => {
  const COLS = [
    'productId',
    'productName',
    'kind',
    'filedOn',
    'decidedOn',
    'level',
    'points',
    'star',
    'decisionNumber',
    'certificateNumber',
    'note',
  ];
  async function workbook(rows: (string | number)[][]): Promise<Buffer> {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('Kết quả trước đây');
    sheet.addRow(COLS);
    for (const r of rows) sheet.addRow(r);
    return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  }
  const file = (bytes: Buffer) => ({
    name: 'ket-qua.xlsx',
    bytes,
    mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  });

  it("the template has Vietnamese headers, one example row and the office's products", async () => {
    const r = await s.raw('laichau_office', '/api/historical-results/template.xlsx');
    expect(r.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(r.body as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('Kết quả trước đây')!;
    expect(sheet.getRow(1).getCell(3).value).toBe('Loại đánh giá (lần đầu / nâng hạng / đánh giá lại)');
    expect(sheet.getRow(2).getCell(6).value).toBe('huyện');
    const ids = wb.getWorksheet('Sản phẩm')!.getColumn(1).values.slice(2);
    expect(ids).toContain(p.imported);
    expect(ids).not.toContain(p.dienBien);
    expect((await s.raw('binhlu_officer', '/api/historical-results/template.xlsx')).status).toBe(403);
  });

  it('a bad row refuses the whole file with per-row, per-field errors; fixed, every row is recorded in date order', async () => {
    const before = await count('historical_results');
    const rows: (string | number)[][] = [
      [
        p.imported,
        'Thịt trâu',
        'lần đầu',
        '02/03/2022',
        '15/08/2022',
        'tỉnh',
        58,
        3,
        '920/QĐ-UBND',
        '920-03/GCN-OCOP-12-2022',
        '',
      ],
      [
        p.imported,
        'Thịt trâu',
        'nâng hạng',
        '01/06/2024',
        '20/10/2024',
        'tỉnh',
        73,
        4,
        '1501/QĐ-UBND',
        '1501-02/GCN-OCOP-12-2024',
        '',
      ],
      [
        p.imported,
        'Thịt trâu',
        'đánh giá lại',
        '01/06/2024',
        '20/10/2024',
        'huyện',
        73,
        3,
        '',
        '920-03/GCN-OCOP-12-2022',
        '',
      ],
    ];
    const bad = await s.upload('laichau_office', '/api/historical-results/import', {}, file(await workbook(rows)));
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('invalid_import');
    const errors = (bad.body.error.rowErrors as { row: number; field: string; code: string }[]).map(
      (e) => `${e.row}:${e.field}:${e.code}`,
    );
    expect(errors).toEqual(expect.arrayContaining(['4:star:band_mismatch', '4:decisionNumber:required']));
    expect(errors.every((e) => e.startsWith('4:'))).toBe(true);
    expect(bad.body.error.issues[0].message.vi).toMatch(/^Dòng 4: /);
    expect(await count('historical_results')).toBe(before);

    const ok = await s.upload(
      'laichau_office',
      '/api/historical-results/import',
      {},
      file(await workbook(rows.slice(0, 2).reverse())),
    );
    expect(ok.status).toBe(201);
    expect(ok.body.imported).toBe(2);
    expect(ok.body.items.map((i: { ruleSet: string; star: number }) => `${i.ruleSet}:${i.star}`)).toEqual([
      '1048-2019:3',
      '148-2023:4',
    ]);
    const first = (
      await s.db.pool.query(`select status, superseded_by from certificates where number = '920-03/GCN-OCOP-12-2022'`)
    ).rows[0];
    expect(first).toEqual({ status: 'superseded', superseded_by: ok.body.items[1].certificateId });
    // The list finds them without diacritics, by year and star.
    const list = await s.call('laichau_office', 'GET', '/api/historical-results?q=thit trau&year=2024&star=4');
    expect(list.body.items.map((i: { certificateNumber: string }) => i.certificateNumber)).toEqual([
      '1501-02/GCN-OCOP-12-2024',
    ]);
  });

  it('a decompression bomb (64 KB of .xlsx inflating to 64 MB of sheet XML) is refused before anything inflates (issue 13, finding 1)', async () => {
    const before = await count('historical_results');
    const bomb = zipBomb(64);
    const rss = process.memoryUsage().rss;
    const r = await s.upload('laichau_office', '/api/historical-results/import', {}, file(bomb));
    expect(r.status).toBe(400);
    expect(r.body.error.issues[0]).toMatchObject({ field: 'rows[0].file', code: 'decompression_bomb' });
    expect(process.memoryUsage().rss - rss).toBeLessThan(64 * 1024 * 1024);
    expect(await count('historical_results')).toBe(before);
  });

  it('a certificate number repeated inside the file is refused on the later row', async () => {
    const rows: (string | number)[][] = [
      [p.dienBien, '', 'lần đầu', '02/03/2022', '15/08/2022', 'tỉnh', 58, 3, '1/QĐ-UBND', 'X-1/GCN-2022', ''],
      [p.dienBien, '', 'lần đầu', '02/03/2022', '15/08/2022', 'tỉnh', 58, 3, '1/QĐ-UBND', 'X-1/GCN-2022', ''],
    ];
    const r = await s.upload('sysadmin', '/api/historical-results/import', {}, file(await workbook(rows)));
    expect(r.status).toBe(400);
    expect(r.body.error.rowErrors).toEqual([
      expect.objectContaining({ row: 3, field: 'certificateNumber', code: 'duplicate' }),
    ]);
  });
});
