// The lifecycle of a certificate (Art. 4.3, 7.6, 8, 12), derived from its dates and events — never typed in. Builds
// on evaluation's certificateStatus (validity, the Art. 7.6.a window, the Art. 12.3 extension; through its index) and
// adds what only the register knows: a revocation decision (Art. 8), a newer certificate that replaced it (upgrade or
// re-evaluation), and an open re-evaluation dossier. Pure: today is passed in. Past certificates of the 1048/148 era
// go through the same function (their term is their decision's, Art. 12.1).
import type { Message } from '../../../platform/errors.ts';
import {
  certificateStatus,
  type CertificateFacts,
  type CertificateStatus,
  type ReevaluationOfCertificate,
} from '../../evaluation/index.ts';
import { formatDateVi, type IsoDate } from '../../reference/index.ts';

const v = formatDateVi;

export const LIFECYCLE_STATUSES = [
  'valid',
  'reevaluation_window',
  'under_reevaluation',
  'extended',
  'expired',
  'revoked',
  'superseded',
] as const;
export type LifecycleStatus = (typeof LIFECYCLE_STATUSES)[number];

export const LIFECYCLE_LABELS: Record<LifecycleStatus, Message> = {
  valid: { vi: 'Còn hiệu lực', en: 'Valid' },
  reevaluation_window: { vi: 'Trong thời hạn nộp hồ sơ đánh giá lại', en: 'In the re-evaluation window' },
  under_reevaluation: { vi: 'Đang đánh giá lại', en: 'Being re-evaluated' },
  extended: { vi: 'Kéo dài hiệu lực (khoản 3 Điều 12)', en: 'Extended (Art. 12.3)' },
  expired: { vi: 'Hết hiệu lực', en: 'Expired' },
  revoked: { vi: 'Đã thu hồi', en: 'Revoked' },
  superseded: { vi: 'Đã được thay thế bằng giấy chứng nhận mới', en: 'Replaced by a newer certificate' },
};

/** The article each status rests on. */
export const LIFECYCLE_ARTICLES: Record<LifecycleStatus, string> = {
  valid: 'Art. 4.3',
  reevaluation_window: 'Art. 7.6.a',
  under_reevaluation: 'Art. 7.6',
  extended: 'Art. 12.3',
  expired: 'Art. 4.3',
  revoked: 'Art. 8',
  superseded: 'Art. 7.5, 7.6',
};

/** What happened to the certificate after it was issued, as the register and the procedure record it. */
export interface LifecycleEvents {
  /** The revocation decision's date (Art. 8). */
  revokedOn?: IsoDate | null;
  /** The id of the certificate that replaced this one (an upgrade or a re-evaluation). */
  supersededBy?: string | null;
  /** The latest re-evaluation dossier filed on this certificate. */
  reevaluation?: Pick<ReevaluationOfCertificate, 'open' | 'filedOn' | 'late' | 'endedOn'> | null;
}

export interface CertificateLifecycle {
  status: LifecycleStatus;
  label: Message;
  article: string;
  message: Message;
  expiresOn: IsoDate;
  /** The last day in force: the expiry, or the end of an Art. 12.3 extension. */
  validUntil: IsoDate;
  extendedUntil: IsoDate | null;
  daysLeft: number;
  window: CertificateStatus['window'];
  revokedOn: IsoDate | null;
}

/**
 * The status on `today`, first match wins: revoked (from the decision's day) › superseded › expired (past its last
 * day, or not yet issued) › extended (past expiry, in force under Art. 12.3) › being re-evaluated (a filed dossier
 * is open) › in the re-evaluation window (180 to 120 days before expiry, Art. 7.6.a) › valid.
 */
export function certificateLifecycle(
  facts: Omit<CertificateFacts, 'revokedOn' | 'lateReevaluation'>,
  events: LifecycleEvents,
  today: IsoDate,
): CertificateLifecycle {
  const r = events.reevaluation;
  const s = certificateStatus(
    {
      ...facts,
      revokedOn: events.revokedOn ?? null,
      lateReevaluation: r?.late && r.filedOn ? { filedOn: r.filedOn, resultOn: r.endedOn } : null,
    },
    today,
  );
  const validUntil = s.extendedUntil && s.extendedUntil > s.expiresOn ? s.extendedUntil : s.expiresOn;
  const base = {
    expiresOn: s.expiresOn,
    validUntil,
    extendedUntil: s.extendedUntil,
    daysLeft: s.daysLeft,
    window: s.window,
    revokedOn: events.revokedOn ?? null,
  };
  const as = (status: LifecycleStatus, message: Message = s.message): CertificateLifecycle => ({
    ...base,
    status,
    label: LIFECYCLE_LABELS[status],
    article: LIFECYCLE_ARTICLES[status],
    message,
  });
  if (s.state === 'revoked') return as('revoked');
  if (events.supersededBy)
    return as('superseded', {
      vi: `Giấy chứng nhận số ${facts.number} đã được thay thế bằng giấy chứng nhận mới (nâng hạng hoặc đánh giá lại).`,
      en: `Certificate ${facts.number} was replaced by a newer certificate (upgrade or re-evaluation).`,
    });
  if (s.state === 'expired') return as('expired');
  if (today > s.expiresOn) return as('extended');
  if (r?.open)
    return as('under_reevaluation', {
      vi: `Giấy chứng nhận số ${facts.number} còn hiệu lực đến hết ngày ${v(s.expiresOn)}; hồ sơ đánh giá, phân hạng lại nộp ngày ${v(r.filedOn ?? today)} đang được xử lý (khoản 6 Điều 7).`,
      en: `Certificate ${facts.number} is valid through ${s.expiresOn}; the re-evaluation dossier filed on ${r.filedOn ?? today} is being processed (Art. 7.6).`,
    });
  if (s.state === 'expiring') return as('reevaluation_window');
  return as('valid');
}

/** Statuses in which the certificate is in force (the public register shows them as VALID). */
export const IN_FORCE: readonly LifecycleStatus[] = ['valid', 'reevaluation_window', 'under_reevaluation', 'extended'];
