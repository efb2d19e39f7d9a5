import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { LEGAL_TYPES, legalTypeAllowsSet, isTourismOnly, LEGAL_TYPE_NAMES } from './domain/legal-types.ts';
import { producerNameKey, foldVietnamese } from './domain/producer-name.ts';
import { formatProductCode, parseProductCode } from './domain/product-code.ts';
import { qualifiesFor32, isEthnicMinority } from './domain/representative.ts';

describe('legal types (Art. 2.3 of Decision 26/2026)', () => {
  it('names every legal type in Vietnamese and English', () => {
    for (const t of LEGAL_TYPES) expect(LEGAL_TYPE_NAMES[t].vi.length).toBeGreaterThan(2);
    expect(LEGAL_TYPE_NAMES.htx.vi).toBe('Hợp tác xã');
  });

  it('Art. 2.3: HTX, tổ hợp tác, DNNVV, trang trại and hộ kinh doanh may register any of the 26 product sets', () => {
    for (const t of ['htx', 'tht', 'dnnvv', 'trang_trai', 'ho_kinh_doanh'] as const) {
      for (let set = 1; set <= 26; set++) expect(legalTypeAllowsSet(t, set)).toBe(true);
    }
  });

  it('Art. 2.3: hội, hiệp hội and trung tâm điều hành only for tourism services (set 26)', () => {
    for (const t of ['hoi', 'hiep_hoi', 'trung_tam_dieu_hanh'] as const) {
      expect(isTourismOnly(t)).toBe(true);
      expect(legalTypeAllowsSet(t, 26)).toBe(true);
      for (let set = 1; set <= 25; set++) expect(legalTypeAllowsSet(t, set)).toBe(false);
    }
  });
});

describe('producer name key (duplicate detection)', () => {
  it('"HTX Miến dong Bình Lư" and "Hợp tác xã miến dong Bình Lư" are the same producer', () => {
    expect(producerNameKey('HTX Miến dong Bình Lư')).toBe('mien dong binh lu');
    expect(producerNameKey('Hợp tác xã miến dong Bình Lư')).toBe('mien dong binh lu');
    expect(producerNameKey('HỢP TÁC XÃ MIẾN DONG BÌNH LƯ.')).toBe('mien dong binh lu');
    expect(producerNameKey('  H.T.X  Miến   dong - Bình Lư ')).not.toBe(''); // punctuation becomes spaces
  });

  it('invisible characters (zero-width joiner, zero-width space, soft hyphen) inside a word do not make a new producer', () => {
    const key = producerNameKey('HTX Miến dong Bình Lư');
    expect(producerNameKey('HTX Mi\u200Dến dong Bình Lư')).toBe(key);
    expect(producerNameKey('HTX Miến do\u200Bng Bình\u00ADLư'.replace('\u00AD', ' '))).toBe(key);
    expect(producerNameKey('HTX Miến dong B\u00ADình Lư')).toBe(key);
    expect(producerNameKey('\u200FHTX Miến dong Bình Lư\u200E')).toBe(key);
  });

  it('strips stacked company forms: Công ty TNHH MTV, Cty CP, Công ty cổ phần', () => {
    const key = 'che tam duong';
    expect(producerNameKey('Công ty TNHH MTV Chè Tam Đường')).toBe(key);
    expect(producerNameKey('CTY TNHH một thành viên chè Tam Đường')).toBe(key);
    expect(producerNameKey('Công ty trách nhiệm hữu hạn một thành viên Chè Tam Đường')).toBe(key);
    expect(producerNameKey('Công ty cổ phần Chè Tam Đường')).toBe(key);
    expect(producerNameKey('Cty CP chè Tam Đường')).toBe(key);
  });

  it('strips household and establishment forms: hộ kinh doanh, cơ sở, cơ sở sản xuất, HKD', () => {
    expect(producerNameKey('Hộ kinh doanh Lò Văn Sơn')).toBe('lo van son');
    expect(producerNameKey('HKD Lò Văn Sơn')).toBe('lo van son');
    expect(producerNameKey('Cơ sở sản xuất rượu San Thàng')).toBe('ruou san thang');
    expect(producerNameKey('Cơ sở Rượu San Thàng')).toBe('ruou san thang');
    expect(producerNameKey('Tổ hợp tác dệt thổ cẩm Sìn Suối Hồ')).toBe('det tho cam sin suoi ho');
  });

  it('đ folds to d; words inside the name stay ("Hội An" after a legal form)', () => {
    expect(foldVietnamese('Đường Tam Đường')).toBe('duong tam duong');
    expect(producerNameKey('Hiệp hội du lịch Hội An')).toBe('du lich hoi an');
    expect(producerNameKey('Trà Shan tuyết Hợp tác xã')).toBe('tra shan tuyet hop tac xa');
  });

  it('a name of legal-form words only keeps its folded form', () => {
    expect(producerNameKey('Hợp tác xã')).toBe('hop tac xa');
  });

  it('is idempotent on its output and insensitive to case and Unicode normalisation (property)', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const k = producerNameKey(s);
        expect(producerNameKey(s.toUpperCase())).toBe(producerNameKey(s.toLowerCase()));
        expect(producerNameKey(s.normalize('NFD'))).toBe(producerNameKey(s.normalize('NFC')));
        expect(k).toMatch(/^[a-z0-9 ]*$/);
      }),
    );
  });
});

describe('product code T-X-STT-YYYY (Appendix II, "Mã số sản phẩm")', () => {
  it('formats the 1st product of Bình Lư (12-03390) evaluated in 2026 as 12-03390-001-2026', () => {
    expect(formatProductCode({ provinceCode: '12', communeCode: '03390', seq: 1, year: 2026 })).toBe(
      '12-03390-001-2026',
    );
    expect(formatProductCode({ provinceCode: '12', communeCode: '03390', seq: 42, year: 2026 })).toBe(
      '12-03390-042-2026',
    );
  });

  it('pads STT to 3 digits and grows past 999 without wrapping', () => {
    expect(formatProductCode({ provinceCode: '12', communeCode: '03408', seq: 999, year: 2027 })).toBe(
      '12-03408-999-2027',
    );
    expect(formatProductCode({ provinceCode: '12', communeCode: '03408', seq: 1000, year: 2027 })).toBe(
      '12-03408-1000-2027',
    );
    expect(parseProductCode('12-03408-1000-2027')).toEqual({
      provinceCode: '12',
      communeCode: '03408',
      seq: 1000,
      year: 2027,
    });
  });

  it('parses canonical codes and refuses anything else', () => {
    expect(parseProductCode('12-03390-001-2026')).toEqual({
      provinceCode: '12',
      communeCode: '03390',
      seq: 1,
      year: 2026,
    });
    for (const bad of [
      '12-03390-1-2026',
      '12-03390-000-2026',
      '12-03390-0001-2026',
      '12-3390-001-2026',
      '012-03390-001-2026',
      '12-03390-001-26',
      '12-03390-001-1999',
      '12/03390/001/2026',
      '',
      'T-X-STT-2026',
    ]) {
      expect(parseProductCode(bad), bad).toBeNull();
    }
  });

  it('refuses to format impossible parts', () => {
    expect(() => formatProductCode({ provinceCode: '1', communeCode: '03390', seq: 1, year: 2026 })).toThrow(
      RangeError,
    );
    expect(() => formatProductCode({ provinceCode: '12', communeCode: '03390', seq: 0, year: 2026 })).toThrow(
      RangeError,
    );
    expect(() => formatProductCode({ provinceCode: '12', communeCode: '03390', seq: 1, year: 2100 })).toThrow(
      RangeError,
    );
  });

  it('parse(format(c)) = c for every valid code (property)', () => {
    const digits = (n: number) => fc.stringMatching(new RegExp(`^[0-9]{${n}}$`));
    fc.assert(
      fc.property(
        digits(2),
        digits(5),
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: 2018, max: 2099 }),
        (provinceCode, communeCode, seq, year) => {
          const c = { provinceCode, communeCode, seq, year };
          expect(parseProductCode(formatProductCode(c))).toEqual(c);
        },
      ),
    );
  });
});

describe('criterion 3.2: representative is a woman, an ethnic minority or a person with a disability', () => {
  const base = { sex: 'nam' as const, ethnicity: 'Kinh', disability: false };
  it('a Kinh man without disability does not qualify', () => expect(qualifiesFor32(base)).toBe(false));
  it('a woman qualifies', () => expect(qualifiesFor32({ ...base, sex: 'nu' })).toBe(true));
  it('Thái, Mông, Dao, Giáy representatives qualify; Kinh (in any case) does not', () => {
    for (const e of ['Thái', 'Mông', 'Dao', 'Giáy', 'Hà Nhì'])
      expect(qualifiesFor32({ ...base, ethnicity: e })).toBe(true);
    for (const e of ['kinh', ' KINH ', 'Việt']) expect(isEthnicMinority(e)).toBe(false);
  });
  it('a person with a disability qualifies', () => expect(qualifiesFor32({ ...base, disability: true })).toBe(true));
  it('unknown sex or ethnicity is not evidence', () => {
    expect(qualifiesFor32({ sex: null, ethnicity: null, disability: false })).toBe(false);
    expect(isEthnicMinority('  ')).toBe(false);
  });
});
