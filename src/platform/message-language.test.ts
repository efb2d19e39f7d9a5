import { describe, expect, it } from 'vitest';
import { languageMix } from './message-language.ts';

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
