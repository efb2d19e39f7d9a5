// Revocation of a certificate (Art. 8): its grounds, who decides, and by when. Pure: the calendar is passed in. The
// certificate's validity on the basis day is judged by evaluation's rules (domain/certificate.ts, via its index).
import type { Message } from '../../../platform/errors.ts';
import {
  certificateStatus,
  revocationDeadline,
  type CertificateFacts,
  type CertifiedStar,
} from '../../evaluation/index.ts';
import { formatDateVi, type Calendar, type IsoDate } from '../../reference/index.ts';

const v = formatDateVi;

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
