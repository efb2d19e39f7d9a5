// Papers with a term behind a certificate ("giấy tờ pháp lý có thời hạn", Art. 6.1.c): the food-safety establishment
// certificate, VietGAP / organic certificates, the quality declaration, the trademark, test reports. A paper that
// lapses before the certificate does must be renewed, or the product no longer shows what it was certified on. Pure.
import type { Message } from '../../../platform/errors.ts';
import { addDays } from '../../reference/index.ts';

export const PAPER_KINDS = [
  'food_safety',
  'vietgap',
  'organic',
  'quality_declaration',
  'trademark',
  'test_report',
  'other',
] as const;
export type PaperKind = (typeof PAPER_KINDS)[number];

export const PAPER_KIND_LABELS: Record<PaperKind, Message> = {
  food_safety: {
    vi: 'Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm',
    en: 'Food-safety establishment certificate',
  },
  vietgap: { vi: 'Giấy chứng nhận VietGAP', en: 'VietGAP certificate' },
  organic: { vi: 'Giấy chứng nhận hữu cơ', en: 'Organic certificate' },
  quality_declaration: { vi: 'Bản tự công bố / công bố chất lượng', en: 'Quality declaration' },
  trademark: { vi: 'Giấy chứng nhận đăng ký nhãn hiệu', en: 'Trademark registration' },
  test_report: { vi: 'Phiếu kết quả kiểm nghiệm', en: 'Test report' },
  other: { vi: 'Giấy tờ khác có thời hạn', en: 'Other paper with a term' },
};

export type PaperStatus = 'valid' | 'lapsing' | 'lapses_before_certificate' | 'lapsed' | 'no_term';

/** Days ahead a lapse is announced ("sắp hết hạn"): our choice, the law sets none. */
export const PAPER_WARNING_DAYS = 90;

/**
 * A paper's standing on `today`: lapsed; lapsing within PAPER_WARNING_DAYS; lapsing before the certificate it stands
 * behind does (`certificateUntil`); valid; or without a term (a trademark's renewal is not tracked here when none given).
 */
export function paperStatus(expiresOn: string | null, today: string, certificateUntil: string | null): PaperStatus {
  if (!expiresOn) return 'no_term';
  if (expiresOn < today) return 'lapsed';
  if (expiresOn <= addDays(today, PAPER_WARNING_DAYS)) return 'lapsing';
  if (certificateUntil && expiresOn < certificateUntil) return 'lapses_before_certificate';
  return 'valid';
}

export const PAPER_STATUS_LABELS: Record<PaperStatus, Message> = {
  valid: { vi: 'Còn hiệu lực', en: 'Valid' },
  lapsing: { vi: 'Sắp hết hạn', en: 'Lapsing soon' },
  lapses_before_certificate: {
    vi: 'Hết hạn trước giấy chứng nhận OCOP',
    en: 'Lapses before the OCOP certificate',
  },
  lapsed: { vi: 'Đã hết hạn', en: 'Lapsed' },
  no_term: { vi: 'Không có thời hạn', en: 'No term' },
};

/**
 * The papers in force: a renewal (Art. 6.1.c "bổ sung minh chứng các giấy tờ pháp lý có thời hạn") replaces the earlier
 * paper of the same kind for the same product (or the same producer as a whole), so only the latest issued counts.
 */
export function currentPapers<
  P extends { kind: string; productId: string | null; producerId: string; issuedOn: string },
>(papers: readonly P[]): P[] {
  const latest = new Map<string, P>();
  for (const p of papers) {
    const key = `${p.producerId}|${p.productId ?? '*'}|${p.kind}`;
    const had = latest.get(key);
    if (!had || had.issuedOn < p.issuedOn) latest.set(key, p);
  }
  return papers.filter((p) => latest.get(`${p.producerId}|${p.productId ?? '*'}|${p.kind}`) === p);
}
