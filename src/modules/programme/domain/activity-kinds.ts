// The programme's activities (seed 000–004: tuyên truyền, tập huấn, hội nghị, tham quan học tập, hội chợ triển lãm,
// điểm giới thiệu và bán sản phẩm OCOP, sàn thương mại điện tử, livestream) and what each feeds in a plan's targets.
// Pure.
import type { Message } from '../../../platform/errors.ts';

export const ACTIVITY_KINDS = [
  'publicity',
  'training',
  'conference',
  'study_tour',
  'fair',
  'sales_point',
  'ecommerce',
  'livestream',
] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

export const ACTIVITY_KIND_LABELS: Record<ActivityKind, Message> = {
  publicity: { vi: 'Tuyên truyền', en: 'Publicity' },
  training: { vi: 'Tập huấn, đào tạo', en: 'Training' },
  conference: { vi: 'Hội nghị, hội thảo', en: 'Conference' },
  study_tour: { vi: 'Tham quan, học tập kinh nghiệm', en: 'Study tour' },
  fair: { vi: 'Hội chợ, triển lãm', en: 'Fair or exhibition' },
  sales_point: { vi: 'Điểm giới thiệu và bán sản phẩm OCOP', en: 'OCOP sales point' },
  ecommerce: { vi: 'Sàn thương mại điện tử', en: 'E-commerce listing' },
  livestream: { vi: 'Bán hàng qua livestream', en: 'Livestream sale' },
};

/** Trade promotion (xúc tiến thương mại): the kinds that show or sell products. */
export const TRADE_PROMOTION: readonly ActivityKind[] = ['fair', 'sales_point', 'ecommerce', 'livestream'];

/** Platforms the seeds name (seed 003 §3). */
export const PLATFORMS = ['shopee', 'lazada', 'tiki', 'postmart', 'voso', 'ocop247', 'other'] as const;
export type Platform = (typeof PLATFORMS)[number];

export const ACTIVITY_STATUSES = ['planned', 'in_progress', 'done', 'cancelled'] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];

export const ACTIVITY_STATUS_LABELS: Record<ActivityStatus, Message> = {
  planned: { vi: 'Kế hoạch', en: 'Planned' },
  in_progress: { vi: 'Đang thực hiện', en: 'In progress' },
  done: { vi: 'Đã thực hiện', en: 'Done' },
  cancelled: { vi: 'Huỷ', en: 'Cancelled' },
};

/** The plan target each kind feeds when done (data/measure-targets.ts counts them). */
export const ACTIVITY_TARGET: Partial<Record<ActivityKind, string>> = {
  training: 'trainings',
  fair: 'fair_participations',
  sales_point: 'sales_points',
};

export interface ActivityDates {
  kind: ActivityKind;
  platform?: Platform | null;
  year: number;
  quarter?: number | null;
  startsOn?: string | null;
  endsOn?: string | null;
  status: ActivityStatus;
}

/** What makes an activity's facts inconsistent, as field → message (each a 400 naming the field). */
export function activityProblems(a: ActivityDates): { field: string; message: Message }[] {
  const out: { field: string; message: Message }[] = [];
  if (a.startsOn && a.startsOn.slice(0, 4) !== String(a.year))
    out.push({
      field: 'startsOn',
      message: {
        vi: 'Ngày bắt đầu phải thuộc năm của hoạt động',
        en: 'The start date must fall in the activity’s year',
      },
    });
  if (a.startsOn && a.endsOn && a.endsOn < a.startsOn)
    out.push({
      field: 'endsOn',
      message: { vi: 'Ngày kết thúc trước ngày bắt đầu', en: 'The end date is before the start date' },
    });
  if (a.startsOn && a.quarter && Math.ceil(Number(a.startsOn.slice(5, 7)) / 3) !== a.quarter)
    out.push({
      field: 'quarter',
      message: { vi: 'Quý không khớp với ngày bắt đầu', en: 'The quarter does not match the start date' },
    });
  if (a.status === 'done' && !a.startsOn)
    out.push({
      field: 'startsOn',
      message: {
        vi: 'Hoạt động đã thực hiện cần ngày bắt đầu (để tính vào chỉ tiêu)',
        en: 'A done activity needs its start date (targets count by it)',
      },
    });
  if (a.kind === 'ecommerce' && !a.platform)
    out.push({
      field: 'platform',
      message: { vi: 'Cần chọn sàn thương mại điện tử', en: 'Choose the e-commerce platform' },
    });
  if (a.kind !== 'ecommerce' && a.platform)
    out.push({
      field: 'platform',
      message: {
        vi: 'Chỉ hoạt động trên sàn thương mại điện tử mới có sàn',
        en: 'Only an e-commerce listing has a platform',
      },
    });
  return out;
}
