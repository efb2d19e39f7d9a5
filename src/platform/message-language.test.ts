import { describe, expect, it } from 'vitest';
import { articleVi, languageMix } from './message-language.ts';

describe('articleVi: an article as Vietnamese legal text writes it', () => {
  it('writes points, clauses, articles and paragraphs in Vietnamese order', () => {
    expect(articleVi('Art. 7.3.a')).toBe('điểm a khoản 3 Điều 7');
    expect(articleVi('Art. 5.1')).toBe('khoản 1 Điều 5');
    expect(articleVi('Art. 8')).toBe('Điều 8');
    expect(articleVi('Art. 4.1.b, 7.4.e')).toBe('điểm b khoản 1 Điều 4, điểm e khoản 4 Điều 7');
    expect(articleVi('Art. 5.1 ¶2')).toBe('đoạn 2 khoản 1 Điều 5');
    expect(articleVi('khoản 2 Điều 8')).toBe('khoản 2 Điều 8');
  });
});

describe('languageMix', () => {
  it('finds English in Vietnamese text and Vietnamese words in English text', () => {
    expect(languageMix({ vi: 'Đợt 2 phải hoàn thành (Art. 5.1)', en: 'Round 2 must finish (Art. 5.1)' })).toHaveLength(
      1,
    );
    expect(languageMix({ vi: 'Kết quả của Hội đồng (certify, 4 sao)', en: "The council's result" })).not.toEqual([]);
    expect(languageMix({ vi: 'Trạng thái province_accepted', en: 'State' })).not.toEqual([]);
    expect(languageMix({ vi: 'Hồ sơ', en: 'Due by ngày 12/10/2026' })).not.toEqual([]);
  });

  it('lets names and codes be in both: Lai Châu, 26/2026/QĐ-TTg, 001/GCN-OCOP-12-2026', () => {
    expect(
      languageMix({
        vi: 'Giấy chứng nhận số 001/GCN-OCOP-12-2026 của Miến dong Bình Lư (khoản 1 Điều 5 Quyết định 26/2026/QĐ-TTg)',
        en: 'Certificate 001/GCN-OCOP-12-2026 of Miến dong Bình Lư (Art. 5.1 of Decision 26/2026/QĐ-TTg)',
      }),
    ).toEqual([]);
  });
});
