// The standard reports officers send upward (issue 10), each for a unit and as of a day: what each is called, what
// it takes besides the unit and the day (a year, a period), and what it rests on. Pure.
import type { Message } from '../../../platform/errors.ts';

export const REPORT_KINDS = ['products', 'rounds', 'certificates', 'year-review', 'targets'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

export const REPORT_FORMATS = ['xlsx', 'pdf'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface ReportKindInfo {
  kind: ReportKind;
  title: Message;
  description: Message;
  /** The parameters the report reads besides unit and asOf. */
  params: readonly ('year' | 'from' | 'to')[];
}

export const REPORT_CATALOGUE: Record<ReportKind, ReportKindInfo> = {
  products: {
    kind: 'products',
    title: {
      vi: 'Danh sách chủ thể, sản phẩm đăng ký tham gia Chương trình OCOP',
      en: 'Producers and products registered for the OCOP programme',
    },
    description: {
      vi: 'Sản phẩm đăng ký mới hoặc có hồ sơ đánh giá trong năm: chủ thể, loại hình, xã, bộ sản phẩm, hạng sao hiện có.',
      en: 'Products registered or evaluated in the year: producer, legal type, commune, product set, current star.',
    },
    params: ['year'],
  },
  rounds: {
    kind: 'rounds',
    title: { vi: 'Kết quả đánh giá, phân hạng sản phẩm OCOP theo đợt', en: 'Evaluation results by round' },
    description: {
      vi: 'Từng đợt đánh giá trong năm: sản phẩm được chấm, điểm, hạng sao, kết quả và quyết định công nhận.',
      en: 'Each round of the year: products scored, points, stars, outcome and recognition decision.',
    },
    params: ['year'],
  },
  certificates: {
    kind: 'certificates',
    title: {
      vi: 'Tình hình cấp, hết hiệu lực và thu hồi giấy chứng nhận sản phẩm OCOP',
      en: 'Certificates issued, expired and revoked',
    },
    description: {
      vi: 'Giấy chứng nhận cấp mới, hết hiệu lực và bị thu hồi trong kỳ, tổng hợp theo hạng sao.',
      en: 'Certificates issued, expired and revoked in the period, with totals by star.',
    },
    params: ['from', 'to'],
  },
  'year-review': {
    kind: 'year-review',
    title: {
      vi: 'Báo cáo sơ kết, tổng kết thực hiện Chương trình OCOP',
      en: 'Year-end review of the OCOP programme',
    },
    description: {
      vi: 'Số liệu của năm: sản phẩm mới, nâng hạng, đánh giá lại, hết hiệu lực, thu hồi — theo hạng sao và theo xã.',
      en: 'Figures of the year: new, upgraded, re-evaluated, expired, revoked — by star and by commune.',
    },
    params: ['year'],
  },
  targets: {
    kind: 'targets',
    title: {
      vi: 'Tiến độ thực hiện chỉ tiêu kế hoạch Chương trình OCOP',
      en: 'Progress of the OCOP plan targets',
    },
    description: {
      vi: 'Từng chỉ tiêu của kế hoạch năm: kế hoạch, thực hiện đến ngày báo cáo, tỷ lệ, đánh giá; kinh phí hỗ trợ đã chi.',
      en: "Each target of the year's plans: planned, done by the day, share, assessment; support funds paid.",
    },
    params: ['year'],
  },
};

/** Dossier kinds as a report names them (Art. 6.1). */
export const KIND_NAMES: Record<string, string> = {
  first: 'Đánh giá lần đầu',
  upgrade: 'Nâng hạng',
  reevaluation: 'Đánh giá lại',
};
