// Certificate facts (giấy chứng nhận sản phẩm OCOP): validity (Art. 4.3, 12.1, 12.3) and the re-evaluation window
// shown to the producer (Art. 7.6.a). Pure: today and the calendar are passed in.
// These rules stay in evaluation's domain although certificates are their own module: the dossier lifecycle applies
// them (which dossier may be filed on which certificate, the Art. 12.3 extension), and evaluation may not import the
// module above it. The certificates module re-uses them through evaluation's index.ts; revocation (Art. 8) is its own
// (certificates/domain/revocation.ts).
import type { Message } from '../../../platform/errors.ts';
import { addMonths, daysBetween, formatDateVi, type IsoDate } from '../../reference/index.ts';
import { DEADLINES_26_2026 } from './deadline-rules.ts';
import { certificateExpiry, reevaluationWindow } from './deadlines.ts';
import { lateReevaluationScope, transitionForLateReevaluation } from './deadline-transition.ts';

const v = formatDateVi;

export type CertifiedStar = 3 | 4 | 5;

export interface CertificateFacts {
  number: string;
  star: CertifiedStar;
  /** The recognition decision's date: Art. 4.3 counts 36 months "kể từ ngày cơ quan có thẩm quyền ban hành". */
  issuedOn: IsoDate;
  /** Art. 12.1: a certificate issued before 22/5/2026 keeps the term of its decision; give it here when known. */
  expiresOnPerDecision?: IsoDate | null;
  revokedOn?: IsoDate | null;
  /** Art. 12.3: a re-evaluation filed after the window closed (but before expiry) keeps a certificate of the
   *  transition (lateReevaluationScope) in force; any other certificate is not extended. */
  lateReevaluation?: { filedOn: IsoDate; resultOn: IsoDate | null } | null;
}

/**
 * The last valid day. From 22/5/2026: 36 months (Art. 4.3, certificateExpiry). Before: the decision's own term
 * (Art. 12.1); when unknown, the same 36 months every earlier rule set also used (rule-sets.json
 * certificateValidityMonths) — `assumed` says so.
 */
export function expiryOf(c: Pick<CertificateFacts, 'issuedOn' | 'expiresOnPerDecision'>): {
  expiresOn: IsoDate;
  assumed: boolean;
} {
  if (c.issuedOn >= DEADLINES_26_2026.inForceFrom)
    return { expiresOn: certificateExpiry(c.issuedOn).expiresOn, assumed: false };
  if (c.expiresOnPerDecision) return { expiresOn: c.expiresOnPerDecision, assumed: false };
  return { expiresOn: addMonths(c.issuedOn, DEADLINES_26_2026.certificateValidity.months), assumed: true };
}

export type CertificateState = 'valid' | 'expiring' | 'expired' | 'revoked';

export const CERTIFICATE_STATE_LABELS: Record<CertificateState, Message> = {
  valid: { vi: 'Còn hiệu lực', en: 'Valid' },
  expiring: { vi: 'Sắp hết hạn — trong thời hạn nộp hồ sơ đánh giá lại', en: 'Expiring — re-evaluation window open' },
  expired: { vi: 'Hết hiệu lực', en: 'Expired' },
  revoked: { vi: 'Đã thu hồi', en: 'Revoked' },
};

export interface CertificateStatus {
  state: CertificateState;
  expiresOn: IsoDate;
  expiryAssumed: boolean;
  /** Art. 12.3: valid past expiresOn until this day (only while a late re-evaluation is pending or just decided). */
  extendedUntil: IsoDate | null;
  /** Days from today to the last valid day (negative once expired). */
  daysLeft: number;
  window: { opensOn: IsoDate; closesOn: IsoDate; phase: 'not_yet' | 'open' | 'closed' };
  message: Message;
}

/**
 * The state on `today`. `expiring` = inside the Art. 7.6.a filing window (180 to 120 days before expiry, both
 * inclusive): the time to file a re-evaluation. After the window the certificate is still `valid` (phase 'closed').
 * A revoked certificate is `revoked` from its revocation day on.
 */
export function certificateStatus(c: CertificateFacts, today: IsoDate): CertificateStatus {
  const { expiresOn, assumed } = expiryOf(c);
  const w = reevaluationWindow(expiresOn);
  const phase = today < w.opensOn ? 'not_yet' : today <= w.closesOn ? 'open' : 'closed';
  const late = c.lateReevaluation
    ? transitionForLateReevaluation(
        { issuedOn: c.issuedOn, expiresOn },
        c.lateReevaluation.filedOn,
        c.lateReevaluation.resultOn,
      )
    : null;
  const extendedUntil = late?.applies ? late.validUntil : null;
  const lastDay = extendedUntil && extendedUntil > expiresOn ? extendedUntil : expiresOn;
  const window = { opensOn: w.opensOn, closesOn: w.closesOn, phase } as const;
  const base = { expiresOn, expiryAssumed: assumed, extendedUntil, daysLeft: daysBetween(today, lastDay), window };

  if (c.revokedOn && c.revokedOn <= today) {
    return {
      ...base,
      state: 'revoked',
      message: {
        vi: `Giấy chứng nhận số ${c.number} đã bị thu hồi từ ngày ${v(c.revokedOn)} (Điều 8).`,
        en: `Certificate ${c.number} was revoked on ${c.revokedOn} (Art. 8).`,
      },
    };
  }
  if (today < c.issuedOn || today > lastDay) {
    return {
      ...base,
      state: 'expired',
      message:
        today < c.issuedOn
          ? {
              vi: `Giấy chứng nhận số ${c.number} chưa có hiệu lực (cấp ngày ${v(c.issuedOn)}).`,
              en: `Certificate ${c.number} is not yet in force (issued ${c.issuedOn}).`,
            }
          : {
              vi: `Giấy chứng nhận số ${c.number} đã hết hiệu lực từ sau ngày ${v(lastDay)}.`,
              en: `Certificate ${c.number} expired after ${lastDay}.`,
            },
    };
  }
  if (today > expiresOn) {
    return {
      ...base,
      state: 'valid',
      message: {
        vi: `Giấy chứng nhận số ${c.number} hết hạn ngày ${v(expiresOn)} nhưng tiếp tục có hiệu lực đến hết ngày ${v(lastDay)} trong khi chờ kết quả đánh giá lại (khoản 3 Điều 12).`,
        en: `Certificate ${c.number} expired on ${expiresOn} but stays in force through ${lastDay} pending the re-evaluation result (Art. 12.3).`,
      },
    };
  }
  if (phase === 'open') {
    return {
      ...base,
      state: 'expiring',
      message: {
        vi: `Giấy chứng nhận số ${c.number} hết hạn ngày ${v(expiresOn)}. Nộp hồ sơ đánh giá, phân hạng lại từ ngày ${v(w.opensOn)} đến hết ngày ${v(w.closesOn)} (điểm a khoản 6 Điều 7).`,
        en: `Certificate ${c.number} expires on ${expiresOn}. File the re-evaluation dossier from ${w.opensOn} through ${w.closesOn} (Art. 7.6.a).`,
      },
    };
  }
  return {
    ...base,
    state: 'valid',
    message:
      phase === 'not_yet'
        ? {
            vi: `Giấy chứng nhận số ${c.number} còn hiệu lực đến hết ngày ${v(expiresOn)}; hồ sơ đánh giá lại nộp từ ngày ${v(w.opensOn)} đến ngày ${v(w.closesOn)}.`,
            en: `Certificate ${c.number} is valid through ${expiresOn}; a re-evaluation may be filed from ${w.opensOn} through ${w.closesOn}.`,
          }
        : lateReevaluationScope({ issuedOn: c.issuedOn, expiresOn }).inScope
          ? {
              vi: `Giấy chứng nhận số ${c.number} còn hiệu lực đến hết ngày ${v(expiresOn)}; đã quá thời hạn nộp hồ sơ đánh giá lại (${v(w.closesOn)}) — hồ sơ nộp muộn được xử lý theo khoản 3 Điều 12 (chuyển tiếp).`,
              en: `Certificate ${c.number} is valid through ${expiresOn}; the re-evaluation window closed on ${w.closesOn} — a late filing is handled under Art. 12.3 (transition).`,
            }
          : // Art. 7.6.a whole: outside the transition a late re-evaluation is refused (deadline-transition.ts).
            {
              vi: `Giấy chứng nhận số ${c.number} còn hiệu lực đến hết ngày ${v(expiresOn)}; đã quá thời hạn nộp hồ sơ đánh giá lại (${v(w.closesOn)}, điểm a khoản 6 Điều 7) — sau ngày hết hạn, đăng ký đánh giá lần đầu.`,
              en: `Certificate ${c.number} is valid through ${expiresOn}; the re-evaluation window closed on ${w.closesOn} (Art. 7.6.a) — after expiry, file a first evaluation.`,
            },
  };
}
