// Support funding as data (chính sách hỗ trợ: Resolutions 07/2021/NQ-HĐND and 63/2023/NQ-HĐND of Lai Châu, the central
// rural-development budget, the producer's own): the items a policy funds, each with its cap and source, and the
// rules an application meets — within the caps, and never the same item twice for the same product. Pure.
import type { Message } from '../../../platform/errors.ts';

export const ITEM_CODES = [
  'packaging',
  'trademark',
  'traceability',
  'quality_system',
  'trade_promotion',
  'testing',
  'equipment',
  'training',
  'other',
] as const;
export type ItemCode = (typeof ITEM_CODES)[number];

export const ITEM_LABELS: Record<ItemCode, Message> = {
  packaging: { vi: 'Thiết kế bao bì, nhãn mác', en: 'Packaging and label design' },
  trademark: { vi: 'Đăng ký nhãn hiệu, sở hữu trí tuệ', en: 'Trademark registration' },
  traceability: { vi: 'Tem truy xuất nguồn gốc', en: 'Traceability stamps' },
  quality_system: {
    vi: 'Hệ thống quản lý chất lượng (HACCP, ISO, VietGAP)',
    en: 'Quality system (HACCP, ISO, VietGAP)',
  },
  trade_promotion: { vi: 'Xúc tiến thương mại', en: 'Trade promotion' },
  testing: { vi: 'Kiểm nghiệm sản phẩm', en: 'Product testing' },
  equipment: { vi: 'Máy móc, thiết bị', en: 'Machinery and equipment' },
  training: { vi: 'Đào tạo, tập huấn', en: 'Training' },
  other: { vi: 'Nội dung khác', en: 'Other' },
};

export const SOURCES = ['central_ntp', 'provincial', 'local', 'producer_own', 'other'] as const;
export type FundingSource = (typeof SOURCES)[number];

export const SOURCE_LABELS: Record<FundingSource, Message> = {
  central_ntp: {
    vi: 'Ngân sách trung ương (Chương trình MTQG xây dựng nông thôn mới)',
    en: 'Central budget (rural development programme)',
  },
  provincial: { vi: 'Ngân sách tỉnh', en: 'Provincial budget' },
  local: { vi: 'Ngân sách xã', en: 'Commune budget' },
  producer_own: { vi: 'Vốn của chủ thể', en: "Producer's own funds" },
  other: { vi: 'Nguồn khác', en: 'Other sources' },
};

export interface ItemCap {
  maxAmount: number | null;
  /** The share of the cost the item pays at most (0.5 = 50 %). */
  maxRate: number | null;
}

/** The most an application may be granted: the lower of the item's amount cap and its share of the cost. */
export function grantCap(item: ItemCap, cost: number): number {
  const caps = [item.maxAmount, item.maxRate === null ? null : Math.floor(cost * item.maxRate)].filter(
    (c): c is number => c !== null,
  );
  return caps.length ? Math.min(...caps) : cost;
}

/** Why an amount may not be granted (or requested), or null when it may. */
export function amountProblem(item: ItemCap, cost: number, amount: number): Message | null {
  if (amount > cost) return { vi: 'Số tiền hỗ trợ vượt quá chi phí', en: 'The amount exceeds the cost' };
  const cap = grantCap(item, cost);
  if (amount > cap)
    return {
      vi: `Vượt mức hỗ trợ tối đa của nội dung này (${cap.toLocaleString('vi-VN')} đồng)`,
      en: `Above this item's maximum support (${cap.toLocaleString('en-GB')} VND)`,
    };
  return null;
}

/** The remaining amount an approved application may still be paid. */
export const remainingToPay = (approved: number, paid: number): number => Math.max(0, approved - paid);
