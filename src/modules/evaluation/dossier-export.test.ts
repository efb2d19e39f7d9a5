// The dossiers' Excel export read back: a title row with the filter used and the day, and beside each dossier the
// province's acceptance date (Art. 7.3.a), its round (Art. 5.1), the producer's self-assessed points and star (Form 02)
// and the number of the certificate it earned.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import {
  act,
  forwardedDossier,
  pinToday,
  startEvaluationTestServer,
  type EvaluationTestServer,
} from './evaluation-test-kit.ts';

let s: EvaluationTestServer;
let id = '';
let other = '';

beforeAll(async () => {
  s = await startEvaluationTestServer();
  id = await forwardedDossier(s, 'Miến dong Bình Lư');
  other = await forwardedDossier(s, 'Chè Shan tuyết Bình Lư');
  pinToday('2026-09-17');
  await act(s, 'laichau_office', id, 'accept');
  pinToday('2026-09-18');
  const round = await s.call('laichau_office', 'POST', '/api/rounds', { level: 'province', year: 2026, number: 2 });
  expect(round.status, JSON.stringify(round.body)).toBe(201);
  await act(s, 'laichau_office', id, 'assign_round', { roundId: round.body.id });
  // The certificate as the register stores it once the province certifies (the walk tests the steps themselves).
  await s.db.pool.query(
    `insert into certificates (province_code, product_id, dossier_id, number, star, points, issued_on, expires_on)
     select province_code, product_id, id, '007/GCN-OCOP-12-2026', 4, 78, '2026-10-12', '2029-10-12' from dossiers where id = $1`,
    [id],
  );
  pinToday('2026-10-20');
});
afterAll(async () => {
  pinToday(null);
  await s?.close();
});

async function sheetOf(url: string) {
  const r = await s.raw('laichau_office', url);
  expect(r.status).toBe(200);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(r.body as unknown as ArrayBuffer);
  const sheet = wb.worksheets[0]!;
  const headers = (sheet.getRow(2).values as unknown[]).slice(1);
  const rowOf = (product: string) => {
    for (let n = 3; n <= sheet.rowCount; n++) {
      if (sheet.getRow(n).getCell(headers.indexOf('Tên sản phẩm') + 1).value === product) {
        return (h: string) => {
          expect(headers, h).toContain(h);
          return sheet.getRow(n).getCell(headers.indexOf(h) + 1).value;
        };
      }
    }
    throw new Error(`no row of ${product}`);
  };
  return { sheet, headers, rowOf };
}

describe('Excel export of dossiers', () => {
  it('has a title row with the list, the filter used and the day', async () => {
    const all = await sheetOf('/api/dossiers?format=xlsx');
    expect(all.sheet.getCell('A1').value).toBe(
      'Danh sách hồ sơ đánh giá, phân hạng sản phẩm OCOP — Lọc: tất cả — Ngày xuất: 20/10/2026',
    );
    expect(all.sheet.rowCount).toBe(4);
    const filtered = await sheetOf('/api/dossiers?format=xlsx&state=forwarded&communeCode=03390&year=2026');
    expect(filtered.sheet.getCell('A1').value).toBe(
      'Danh sách hồ sơ đánh giá, phân hạng sản phẩm OCOP — Lọc: Trạng thái: ' +
        `${filtered.rowOf('Chè Shan tuyết Bình Lư')('Trạng thái')}; Xã, phường: Xã Bình Lư; Năm: 2026 — Ngày xuất: 20/10/2026`,
    );
    expect(filtered.sheet.rowCount).toBe(3);
  });

  it("shows the province's acceptance date (Art. 7.3.a), the round (Art. 5.1), the self-assessment and the certificate", async () => {
    const { rowOf } = await sheetOf('/api/dossiers?format=xlsx');
    const done = rowOf('Miến dong Bình Lư');
    expect(done('Ngày tỉnh tiếp nhận')).toEqual(new Date('2026-09-17T00:00:00Z'));
    expect(done('Đợt đánh giá')).toBe('Đợt 02 năm 2026 cấp tỉnh');
    expect(done('Điểm tự đánh giá')).toEqual(expect.any(Number));
    expect(done('Hạng sao tự đánh giá')).toBe(4);
    expect(done('Số giấy chứng nhận')).toBe('007/GCN-OCOP-12-2026');
    // Not yet accepted by the province: no acceptance date, round nor certificate — but its self-assessment.
    const waiting = rowOf('Chè Shan tuyết Bình Lư');
    expect(waiting('Ngày tỉnh tiếp nhận')).toBeNull();
    expect(waiting('Đợt đánh giá')).toBeNull();
    expect(waiting('Hạng sao tự đánh giá')).toBe(4);
    expect(waiting('Số giấy chứng nhận')).toBeNull();
    expect(other).not.toBe(id);
  });
});
