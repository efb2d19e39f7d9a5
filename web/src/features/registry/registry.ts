// Registry vocabulary on the client: legal types (Art. 2.3) with their catalogue keys, the 54 ethnic groups for the
// representative's ethnicity, and the rule set whose product sets products are filed under.
import type { MessageKey } from '../../i18n/index.tsx';
import type { LegalType } from '../../types.ts';

/** Product sets of products are those of Decision 26/2026 (Appendix I), as in the server's exports. */
export const REGISTRY_RULE_SET = '26-2026';

/** Art. 2.3 order; the last three only for tourism services (set 26). Exhaustive: the type checks every legal type. */
export const LEGAL_TYPE_KEYS: Record<LegalType, MessageKey> = {
  htx: 'legal.htx',
  tht: 'legal.tht',
  dnnvv: 'legal.dnnvv',
  trang_trai: 'legal.trang_trai',
  ho_kinh_doanh: 'legal.ho_kinh_doanh',
  hoi: 'legal.hoi',
  hiep_hoi: 'legal.hiep_hoi',
  trung_tam_dieu_hanh: 'legal.trung_tam_dieu_hanh',
};
export const LEGAL_TYPES = Object.keys(LEGAL_TYPE_KEYS) as LegalType[];
export const TOURISM_ONLY_LEGAL_TYPES: readonly LegalType[] = ['hoi', 'hiep_hoi', 'trung_tam_dieu_hanh'];
export const TOURISM_SET_NO = 26;

/**
 * Vietnam's 54 ethnic groups (Danh mục các dân tộc Việt Nam, General Statistics Office), as suggestions for the
 * representative's ethnicity; proper names, the same in both languages. Any other spelling may still be typed.
 */
export const ETHNIC_GROUPS = [
  'Kinh',
  'Tày',
  'Thái',
  'Mường',
  'Khmer',
  'Hoa',
  'Nùng',
  'Mông',
  'Dao',
  'Gia Rai',
  'Ê Đê',
  'Ba Na',
  'Sán Chay',
  'Chăm',
  'Cơ Ho',
  'Xơ Đăng',
  'Sán Dìu',
  'Hrê',
  'Ra Glai',
  'Mnông',
  'Thổ',
  'Xtiêng',
  'Khơ Mú',
  'Bru - Vân Kiều',
  'Cơ Tu',
  'Giáy',
  'Tà Ôi',
  'Mạ',
  'Giẻ Triêng',
  'Co',
  'Chơ Ro',
  'Xinh Mun',
  'Hà Nhì',
  'Chu Ru',
  'Lào',
  'La Chí',
  'Kháng',
  'Phù Lá',
  'La Hủ',
  'La Ha',
  'Pà Thẻn',
  'Lự',
  'Ngái',
  'Chứt',
  'Lô Lô',
  'Mảng',
  'Cơ Lao',
  'Bố Y',
  'Cống',
  'Si La',
  'Pu Péo',
  'Rơ Măm',
  'Brâu',
  'Ơ Đu',
] as const;

/** Today in Vietnam (UTC+7) as YYYY-MM-DD, whatever the browser's time zone. */
export function todayInVietnam(now = new Date()): string {
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

/** 2025-03-14 → 14/03/2025, the order of Vietnamese papers; an ISO timestamp gives its date in Vietnam. */
export function formatDate(iso: string): string {
  const day = iso.length > 10 ? todayInVietnam(new Date(iso)) : iso;
  const [y, m, d] = day.split('-');
  return `${d}/${m}/${y}`;
}

/** "14/03/2025" (also 14-3-2025, 14.3.2025) → "2025-03-14"; null when it is not a real date. */
export function parseVietnameseDate(text: string): string | null {
  const m = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(text);
  if (!m) return null;
  const iso = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(iso) ? iso : null;
}
