// The one place the public register reads a certificate's status. Today it applies evaluation's validity rules
// (certificateStatus: Art. 4.3 validity, Art. 8 revocation, Art. 12.1/12.3); when the certificates module derives the
// lifecycle's statuses itself, this function is the single seam to swap. The public sees four answers only.
import type { Message } from '../../../platform/errors.ts';
import { certificateFactsOf, certificateStatus, type CertificateRecord } from '../../evaluation/index.ts';
import { formatDateVi, type IsoDate } from '../../reference/index.ts';

export type PublicState = 'valid' | 'expired' | 'revoked' | 'unknown';

export interface StatusFacts extends CertificateRecord {
  supersededBy: string | null;
  /** Art. 12.3: the day a late re-evaluation keeps the certificate in force until (set by the register when filed). */
  extendedUntil?: string | null;
}

export interface PublicStatus {
  state: PublicState;
  /** The big words on the page: Vietnamese first, English below. */
  label: Message;
  /** One sentence saying why. */
  detail: Message;
  /** The last valid day (null for an unknown certificate). */
  validTo: IsoDate | null;
}

export const PUBLIC_STATE_LABELS: Record<PublicState, Message> = {
  valid: { vi: 'CÒN HIỆU LỰC', en: 'VALID' },
  expired: { vi: 'HẾT HIỆU LỰC', en: 'EXPIRED' },
  revoked: { vi: 'ĐÃ BỊ THU HỒI', en: 'REVOKED' },
  unknown: { vi: 'KHÔNG CÓ TRONG SỔ ĐĂNG KÝ', en: 'UNKNOWN' },
};

/** The public status of a certificate on `today`; undefined (not in the register) is `unknown`. */
export function publicStatus(c: StatusFacts | undefined, today: IsoDate, number = ''): PublicStatus {
  if (!c) {
    return {
      state: 'unknown',
      label: PUBLIC_STATE_LABELS.unknown,
      detail: {
        vi: `Không có giấy chứng nhận OCOP số "${number}" trong sổ đăng ký. Sản phẩm có thể mang nhãn OCOP giả.`,
        en: `No OCOP certificate numbered "${number}" is in the register. The product may carry a fake OCOP mark.`,
      },
      validTo: null,
    };
  }
  const s = certificateStatus(certificateFactsOf(c), today);
  const validTo = s.extendedUntil && s.extendedUntil > s.expiresOn ? s.extendedUntil : s.expiresOn;
  // Art. 7.6: a re-evaluation or an upgrade replaces the certificate; the old one no longer stands for the product.
  if (c.supersededBy && s.state !== 'revoked') {
    return {
      state: 'expired',
      label: PUBLIC_STATE_LABELS.expired,
      detail: {
        vi: `Giấy chứng nhận số ${c.number} đã được thay thế bằng giấy chứng nhận mới.`,
        en: `Certificate ${c.number} was replaced by a newer certificate.`,
      },
      validTo,
    };
  }
  // Art. 12.3: past its expiry, a certificate whose late re-evaluation was filed stays in force until the extension's
  // end (the staff's lifecycle says "extended"); the consumer sees it valid, and until when.
  const ext = c.extendedUntil ?? null;
  if (s.state === 'expired' && ext && ext > s.expiresOn && today <= ext) {
    return {
      state: 'valid',
      label: PUBLIC_STATE_LABELS.valid,
      detail: {
        vi: `Giấy chứng nhận số ${c.number} được kéo dài hiệu lực đến hết ngày ${formatDateVi(ext)} (khoản 3 Điều 12).`,
        en: `Certificate ${c.number} is extended in force until ${ext} (Art. 12.3).`,
      },
      validTo: ext,
    };
  }
  const state: PublicState = s.state === 'expiring' ? 'valid' : s.state;
  return { state, label: PUBLIC_STATE_LABELS[state], detail: s.message, validTo };
}
