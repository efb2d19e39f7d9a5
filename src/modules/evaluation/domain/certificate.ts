// Certificate facts (giấy chứng nhận sản phẩm OCOP): validity (Art. 4.3, 12.1, 12.3), the re-evaluation window shown
// to the producer (Art. 7.6.a), and revocation (Art. 8). Pure: today and the calendar are passed in.
import type { Message } from '../../../platform/errors.ts';
import { addMonths, daysBetween, formatDateVi, type Calendar, type IsoDate } from '../../reference/index.ts';
import { DEADLINES_26_2026 } from './deadline-rules.ts';
import { certificateExpiry, reevaluationWindow, revocationDeadline } from './deadlines.ts';
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

// ---- revocation (Art. 8) ----

export type RevocationGroundCode =
  'false_dossier' | 'criteria_not_met' | 'law_violation' | 'mark_misuse' | 'production_stopped' | 'other_conclusion';

/** What starts the 15 days of Art. 8.4: an authority's conclusion, or the commune's confirmation (point đ). */
export type RevocationTrigger = 'authority_conclusion' | 'commune_confirmation';

export interface RevocationGround {
  code: RevocationGroundCode;
  article: string;
  trigger: RevocationTrigger;
  label: Message;
}

/** Art. 8.1, points a–e, in the article's order. */
export const REVOCATION_GROUNDS: readonly RevocationGround[] = [
  {
    code: 'false_dossier',
    article: 'Art. 8.1.a',
    trigger: 'authority_conclusion',
    label: {
      vi: 'Chủ thể cung cấp thông tin, tài liệu không trung thực hoặc giả mạo hồ sơ khi đăng ký đánh giá, phân hạng',
      en: 'The producer gave untruthful information or forged the dossier when registering',
    },
  },
  {
    code: 'criteria_not_met',
    article: 'Art. 8.1.b',
    trigger: 'authority_conclusion',
    label: {
      vi: 'Sản phẩm không còn đáp ứng các tiêu chí theo Bộ tiêu chí OCOP theo kết luận kiểm tra, giám sát',
      en: 'The product no longer meets the OCOP criteria according to an inspection conclusion',
    },
  },
  {
    code: 'law_violation',
    article: 'Art. 8.1.c',
    trigger: 'authority_conclusion',
    label: {
      vi: 'Vi phạm pháp luật về chất lượng, an toàn thực phẩm, bảo vệ môi trường, sở hữu trí tuệ, ghi nhãn hàng hóa hoặc quy định khác',
      en: 'Breach of the law on quality, food safety, environment, intellectual property, labelling or other rules',
    },
  },
  {
    code: 'mark_misuse',
    article: 'Art. 8.1.d',
    trigger: 'authority_conclusion',
    label: {
      vi: 'Sử dụng nhãn hiệu OCOP không đúng quy định, gây nhầm lẫn về sản phẩm được công nhận',
      en: 'Misuse of the OCOP mark, misleading about the recognised product',
    },
  },
  {
    code: 'production_stopped',
    article: 'Art. 8.1.đ',
    trigger: 'commune_confirmation',
    label: {
      vi: 'Chủ thể không còn hoạt động sản xuất sản phẩm OCOP',
      en: 'The producer no longer makes the OCOP product',
    },
  },
  {
    code: 'other_conclusion',
    article: 'Art. 8.1.e',
    trigger: 'authority_conclusion',
    label: {
      vi: 'Trường hợp khác theo kết luận và đề nghị của cơ quan nhà nước có thẩm quyền',
      en: 'Other cases concluded and proposed by a competent state authority',
    },
  },
];

export interface RevocationAuthority {
  /** Who signs the revocation decision (Art. 8.2). */
  decidedBy: 'province_chair' | 'minister';
  /** The office that verifies and submits it (Art. 8.3.a); a Role of platform/auth/roles.ts. */
  preparedBy: 'province_office' | 'ministry_office';
  article: string;
  label: Message;
}

/** Art. 8.2: the province chair revokes 3★/4★, the Minister 5★ — by the certificate's star, whoever issued it. */
export function revocationAuthority(star: CertifiedStar): RevocationAuthority {
  return star === 5
    ? {
        decidedBy: 'minister',
        preparedBy: 'ministry_office',
        article: 'Art. 8.2.b',
        label: { vi: 'Bộ trưởng Bộ Nông nghiệp và Môi trường', en: 'Minister of Agriculture and Environment' },
      }
    : {
        decidedBy: 'province_chair',
        preparedBy: 'province_office',
        article: 'Art. 8.2.a',
        label: { vi: 'Chủ tịch UBND cấp tỉnh', en: "Chair of the provincial People's Committee" },
      };
}

export interface RevocationRequest {
  ground: RevocationGroundCode;
  /** The conclusion or confirmation that starts the 15 days (Art. 8.4). */
  basis: { trigger: RevocationTrigger; date: IsoDate; reference: string };
}

export type RevocationPlan =
  | {
      ok: true;
      ground: RevocationGround;
      authority: RevocationAuthority;
      dueOn: IsoDate;
      article: string;
      message: Message;
    }
  | {
      ok: false;
      code: 'unknown_ground' | 'wrong_trigger' | 'missing_reference' | 'already_revoked' | 'not_in_force';
      message: Message;
    };

/**
 * Art. 8.3–8.4: who decides and by when. Refused: a certificate already revoked or no longer in force on the
 * basis date (nothing to revoke), a basis of the wrong kind (point đ needs the commune's confirmation, the others an
 * authority's conclusion), a basis without its document reference.
 */
export function planRevocation(c: CertificateFacts, req: RevocationRequest, calendar?: Calendar): RevocationPlan {
  const ground = REVOCATION_GROUNDS.find((g) => g.code === req.ground);
  if (!ground)
    return {
      ok: false,
      code: 'unknown_ground',
      message: {
        vi: `Căn cứ thu hồi "${req.ground}" không có trong khoản 1 Điều 8.`,
        en: `"${req.ground}" is not a ground of Art. 8.1.`,
      },
    };
  if (req.basis.trigger !== ground.trigger) {
    return {
      ok: false,
      code: 'wrong_trigger',
      message:
        ground.trigger === 'commune_confirmation'
          ? {
              vi: 'Trường hợp chủ thể không còn sản xuất cần xác nhận của UBND cấp xã (khoản 4 Điều 8).',
              en: "A producer that stopped production needs the commune's confirmation (Art. 8.4).",
            }
          : {
              vi: 'Căn cứ này cần kết luận của cơ quan có thẩm quyền (khoản 4 Điều 8).',
              en: "This ground needs a competent authority's conclusion (Art. 8.4).",
            },
    };
  }
  if (!req.basis.reference.trim())
    return {
      ok: false,
      code: 'missing_reference',
      message: {
        vi: 'Cần ghi số, ngày văn bản kết luận hoặc xác nhận.',
        en: 'Give the number of the conclusion or confirmation.',
      },
    };
  const status = certificateStatus(c, req.basis.date);
  if (status.state === 'revoked') return { ok: false, code: 'already_revoked', message: status.message };
  if (status.state === 'expired') return { ok: false, code: 'not_in_force', message: status.message };
  const authority = revocationAuthority(c.star);
  const d = revocationDeadline(req.basis.date, calendar);
  return {
    ok: true,
    ground,
    authority,
    dueOn: d.dueOn,
    article: d.article,
    message: {
      vi: `${authority.label.vi} quyết định thu hồi giấy chứng nhận số ${c.number} (${ground.label.vi.toLowerCase()}) chậm nhất ngày ${v(d.dueOn)} (khoản 4 Điều 8).`,
      en: `The ${authority.label.en} revokes certificate ${c.number} (${ground.label.en.toLowerCase()}) by ${d.dueOn} (Art. 8.4).`,
    },
  };
}
