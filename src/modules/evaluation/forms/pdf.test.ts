// Printable Forms 01–03: each renders to an A4 PDF with Be Vietnam Pro embedded, every Vietnamese letter drawn from the
// font (no .notdef glyph), the national heading, the form's title, the filled values, and for Form 02 the whole set 1
// sheet with the engine's result. Text is read back from the PDF by pdf-text.ts.
import { describe, expect, it } from 'vitest';
import { allCriteria, getProductSet, ScoringError } from '../../criteria/index.ts';
import { validateForm01, type Form01 } from './form01.ts';
import { validateForm02, type Form02 } from './form02.ts';
import { validateForm03, type Form03 } from './form03.ts';
import { form01, form02, form03, SAMPLE_TEXT } from './form-fixtures.ts';
import { renderForm01Pdf, renderForm02Pdf, renderForm03Pdf } from './pdf.ts';
import { readPdf, squash } from './pdf-text.ts';

function valid<T>(r: { ok: true; value: T } | { ok: false; issues: unknown[] }): T {
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

const f01 = (): Form01 => valid(validateForm01({ ...form01(), productName: `Rau cải mèo ${SAMPLE_TEXT}` }));
const f02 = (): Form02 => valid(validateForm02(form02()));
const f03 = (): Form03 => valid(validateForm03(form03()));

/** What every printed form must satisfy. */
function expectPrintable(pdf: Buffer) {
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(pdf.subarray(-6).toString('latin1')).toContain('%%EOF');
  expect(pdf.length).toBeGreaterThan(10_000);
  expect(pdf.length).toBeLessThan(2_000_000);
  const read = readPdf(pdf);
  expect(read.pages).toBeGreaterThan(0);
  expect(read.fonts.every((f) => /\+BeVietnamPro-/.test(f))).toBe(true);
  expect(read.fonts.some((f) => f.endsWith('BeVietnamPro-Regular'))).toBe(true);
  expect(read.fonts.some((f) => f.endsWith('BeVietnamPro-Bold'))).toBe(true);
  expect(read.notdef).toBe(0);
  expect(read.text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  expect(read.text).toContain('Độc lập - Tự do - Hạnh phúc');
  return read;
}

describe('printable forms (Appendix III)', () => {
  it('Form 01 prints its title, every field, the ticked dossier kind and both receipt parts, in Be Vietnam Pro', async () => {
    const read = expectPrintable(await renderForm01Pdf(f01(), { place: 'Lai Châu', date: '2026-03-05' }));
    expect(read.pages).toBe(2);
    for (const ch of 'Đơưạặẫỹ') expect(read.text).toContain(ch);
    const text = squash(read.text);
    for (const phrase of [
      'Mẫu số 01',
      'PHIẾU ĐĂNG KÝ',
      'của tỉnh Lai Châu năm 2026',
      `Rau cải mèo ${SAMPLE_TEXT}`,
      'Tên đơn vị: Hợp tác xã Nông sản sạch Nậm Đích',
      'Ngành: Thực phẩm',
      'Phân nhóm: Rau, củ, quả, hạt tươi',
      'Sản phẩm mẫu (số lượng): 5',
      'Lai Châu, ngày 05 tháng 3 năm 2026',
      'ĐẠI DIỆN',
      'PHẦN DÀNH CHO CƠ QUAN QUẢN LÝ',
      'Phiếu số: 01-2026/PĐK-12-03214-2026',
      'Ngày nhận: 02/06/2026',
      'DÀNH CHO CƠ QUAN QUẢN LÝ OCOP CẤP TỈNH',
      '/PĐK-(Mã tỉnh)-(Mã xã)-(Năm)',
    ])
      expect(text).toContain(squash(phrase));
  });

  it('Form 01 leaves dots to sign by hand when the context has no place or date; tourism needs no samples', async () => {
    const f = valid(validateForm01({ ...form01(), classification: { productSetNo: 26 }, attachments: {} }));
    const text = squash(expectPrintable(await renderForm01Pdf(f)).text);
    expect(text).toContain(squash('.............., ngày ...... tháng ...... năm ........'));
    expect(text).toContain(squash('Sản phẩm mẫu (số lượng): không áp dụng đối với dịch vụ du lịch'));
  });

  it('Form 02 prints the whole set 1 sheet with the chosen options, points, total, band and star of the engine', async () => {
    const read = expectPrintable(await renderForm02Pdf(f02(), { place: 'Lai Châu', date: '2026-03-05' }));
    expect(read.pages).toBeGreaterThan(3);
    const text = squash(read.text);
    const set = getProductSet('26-2026', 1)!;
    for (const { criterion } of allCriteria(set)) {
      expect(text).toContain(squash(`${criterion.code}. ${criterion.title}`));
      for (const o of criterion.options) expect(text).toContain(squash(o.text));
    }
    for (const phrase of [
      'Mẫu số 02',
      'BÁO CÁO TỰ ĐÁNH GIÁ VỀ SẢN PHẨM',
      'Phần I',
      'Phần II',
      'Phần III',
      'Phần IV',
      'Phần A: SẢN PHẨM VÀ SỨC MẠNH CỦA CỘNG ĐỒNG (40 điểm)',
      'TỔNG CỘNG10072',
      'Tổng điểm tự đánh giá72/100 điểm',
      'Hạng theo tổng điểm4 sao (Điều 3 khoản 3)',
      'Hạng sao tự đánh giá3 sao',
      'Chưa đạt yêu cầu tối thiểu cho hạng 4 sao (****): cần 2 điểm, tự đánh giá 1 điểm',
      'Minh chứng: Giấy chứng nhận VietGAP số 123/2023 — tệp: f-vietgap-2023',
      '2024120 tấn1.850.000.000210.000.000',
      'ĐẠI DIỆN THEO PHÁP LUẬT CỦA CƠ SỞ',
      'Đặng Thị Mỹ Hạnh',
    ])
      expect(text).toContain(squash(phrase));
  });

  it('Form 02 with a knock-out ticked (Appendix II set 1 §6.1) prints "Dừng đánh giá" and quotes the sheet, no star', async () => {
    const input = form02();
    const f = valid(
      validateForm02({ ...input, selfAssessment: { ...input.selfAssessment, knockouts: { 'foreign-matter': true } } }),
    );
    const text = squash(expectPrintable(await renderForm02Pdf(f, { place: 'Lai Châu', date: '2026-03-05' })).text);
    expect(text).toContain(squash('Hạng sao tự đánh giáDừng đánh giá'));
    expect(text).toContain(squash('“Ghi chú: Không xem xét các chỉ tiêu khác nếu sản phẩm có các tạp chất'));
  });

  it('Form 02 is printed only from answers the engine accepts', async () => {
    const f = f02();
    f.selfAssessment.answers = { '1.1': 9 };
    await expect(renderForm02Pdf(f)).rejects.toBeInstanceOf(ScoringError);
  });

  it("Form 02 refuses a context whose product set is not the form's", async () => {
    await expect(renderForm02Pdf(f02(), { productSet: getProductSet('26-2026', 2)! })).rejects.toThrow(/Product set 1/);
  });

  it('Form 03 prints the commune as issuer, the four contents and the proposal to the province', async () => {
    const read = expectPrintable(await renderForm03Pdf(f03(), { place: 'Sìn Hồ', date: '2026-06-10' }));
    const text = squash(read.text);
    for (const phrase of [
      'Mẫu số 03',
      'ỦY BAN NHÂN DÂN',
      'XÃ SÌN HỒ',
      'Số: ......../BC-UBND',
      'Sìn Hồ, ngày 10 tháng 6 năm 2026',
      'BÁO CÁO',
      '1. Về sử dụng nguyên liệu địa phương',
      '2. Về sử dụng lao động địa phương',
      'Tổng số lao động: 40',
      '3. Nguồn gốc ý tưởng sản phẩm',
      'Nguồn gốc sản phẩm: Sản phẩm truyền thống',
      '4. Bản sắc/trí tuệ địa phương',
      'Ủy ban nhân dân xã Sìn Hồ đề nghị Ủy ban nhân dân tỉnh Lai Châu đánh giá, phân hạng sản phẩm OCOP cho sản phẩm Rau cải mèo Sìn Hồ của Hợp tác xã Nông sản sạch Nậm Đích.',
      'T.M ỦY BAN NHÂN DÂN XÃ SÌN HỒ',
      'CHỦ TỊCH',
      'Vàng A Dũng',
    ])
      expect(text).toContain(squash(phrase));
  });

  it('Decree 30/2020: days below 10 and months 1–2 take a leading zero in the date line', async () => {
    const text = squash(readPdf(await renderForm03Pdf(f03(), { place: 'Sìn Hồ', date: '2026-01-07' })).text);
    expect(text).toContain(squash('Sìn Hồ, ngày 07 tháng 01 năm 2026'));
  });

  it('the read-back sees a character the font cannot draw (so notdef = 0 above means every letter rendered)', async () => {
    const f = f01();
    f.productName = 'Rau ★ sạch';
    expect(readPdf(await renderForm01Pdf(f)).notdef).toBe(1);
  });
});
