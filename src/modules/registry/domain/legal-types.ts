// Legal types of a producer (chủ thể OCOP), Art. 2.3 of Decision 26/2026/QĐ-TTg: hợp tác xã; tổ hợp tác; doanh
// nghiệp nhỏ và vừa; trang trại, hộ sản xuất, hộ gia đình có đăng ký kinh doanh — and, for the tourism group only
// (product set 26, Appendix I), also hội, hiệp hội, trung tâm điều hành "hoặc tổ chức tương đương".

export const LEGAL_TYPES = [
  'htx',
  'tht',
  'dnnvv',
  'trang_trai',
  'ho_kinh_doanh',
  'hoi',
  'hiep_hoi',
  'trung_tam_dieu_hanh',
] as const;
export type LegalType = (typeof LEGAL_TYPES)[number];

export const LEGAL_TYPE_NAMES: Record<LegalType, { vi: string; en: string }> = {
  htx: { vi: 'Hợp tác xã', en: 'Cooperative' },
  tht: { vi: 'Tổ hợp tác', en: 'Cooperative group' },
  dnnvv: { vi: 'Doanh nghiệp nhỏ và vừa', en: 'Small or medium enterprise' },
  trang_trai: { vi: 'Trang trại', en: 'Farm' },
  ho_kinh_doanh: { vi: 'Hộ sản xuất, hộ gia đình có đăng ký kinh doanh', en: 'Registered household business' },
  hoi: { vi: 'Hội', en: 'Association' },
  hiep_hoi: { vi: 'Hiệp hội', en: 'Federation of associations' },
  trung_tam_dieu_hanh: {
    vi: 'Trung tâm điều hành hoặc tổ chức tương đương',
    en: 'Operating centre or equivalent body',
  },
};

/** Product set 26: "Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch" (Appendix I). */
export const TOURISM_SET_NO = 26;
export const MIN_SET_NO = 1;
export const MAX_SET_NO = 26;

const TOURISM_ONLY: ReadonlySet<LegalType> = new Set(['hoi', 'hiep_hoi', 'trung_tam_dieu_hanh']);

export const isTourismOnly = (type: LegalType): boolean => TOURISM_ONLY.has(type);

/** Art. 2.3: may a producer of this legal type register a product of this set? */
export function legalTypeAllowsSet(type: LegalType, setNo: number): boolean {
  return !isTourismOnly(type) || setNo === TOURISM_SET_NO;
}
