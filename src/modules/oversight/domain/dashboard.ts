// The dashboard of a unit (issue 10): what each block counts, what a past date can and cannot reproduce, and the
// programme module's plans and funding of the unit. Pure: rows come in, figures go out.
import type { Message } from '../../../platform/errors.ts';
import { addMonths, type IsoDate } from '../../reference/index.ts';

export type DashboardLevel = 'national' | 'province' | 'commune';

/** The unit a dashboard is drawn for; `national` has no code of the 2025 set. */
export interface DashboardUnit {
  code: string | null;
  level: DashboardLevel;
  name: string;
  provinceCode: string | null;
}

/** "Certificates expiring soon": in force and reaching their last day within this many months (issue 10). */
export const EXPIRING_MONTHS = 6;
export const expiringUntil = (asOf: IsoDate): IsoDate => addMonths(asOf, EXPIRING_MONTHS);

/** Stars a certificate carries (Art. 4.1: 1★/2★ get none); 0 stands for "no certificate in force". */
export const CERTIFIED_STARS = [3, 4, 5] as const;

/** What a past date cannot reproduce: the tables keep today's state of these, not their history. */
export const NOT_REPRODUCIBLE: Record<'dossiers' | 'signals' | 'superseded' | 'uncertifiedProducts', Message> = {
  dossiers: {
    vi: 'Hồ sơ theo trạng thái và hồ sơ quá hạn là số liệu hôm nay: trạng thái của hồ sơ tại một ngày trước không được lưu lại.',
    en: 'Dossiers by state and overdue dossiers are as of today: a dossier’s state on an earlier day is not kept.',
  },
  signals: {
    vi: 'Tồn tại kiểm tra, đề nghị thu hồi và phản ánh đang mở là số liệu hôm nay.',
    en: 'Open inspection findings, revocation proposals and consumer reports are as of today.',
  },
  superseded: {
    vi: 'Giấy chứng nhận đã được thay thế (nâng hạng, đánh giá lại) được tính là đã thay thế cả vào những ngày trước khi giấy mới được cấp.',
    en: 'A certificate replaced later (upgrade, re-evaluation) counts as replaced on days before its successor was issued too.',
  },
  uncertifiedProducts: {
    vi: 'Sản phẩm chưa có giấy chứng nhận được tính theo ngày nhập vào OCOP Hub (sản phẩm nhập từ sổ cũ có thể thiếu ở các ngày trước).',
    en: 'Products without a certificate count from the day they were entered in OCOP Hub (imported ones may be missing on earlier days).',
  },
};

/** Plans and funding belong to a province or a commune: the nation-wide view has none of its own, and says so. */
export const NOT_YET_AVAILABLE: Message = {
  vi: 'Kế hoạch, chỉ tiêu và kinh phí thuộc từng tỉnh, xã: hãy chọn một tỉnh hoặc xã để xem.',
  en: 'Plans, targets and funding belong to a province or a commune: choose one to see them.',
};

export interface Counted {
  count: number;
}

/** Rows counted by star, with every star listed (0 = no certificate in force), so a chart's axis never jumps. */
export function byStar(rows: readonly { star: number; count: number }[], stars: readonly number[]) {
  const counts = new Map<number, number>();
  for (const r of rows) counts.set(r.star, (counts.get(r.star) ?? 0) + r.count);
  return stars.map((star) => ({ star, count: counts.get(star) ?? 0 }));
}

/** Sum of counts. */
export const total = (rows: readonly Counted[]) => rows.reduce((n, r) => n + r.count, 0);
