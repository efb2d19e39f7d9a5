// Who issues a certificate (Art. 4.1): the provincial People's Committee for 3★/4★ (its chair signs the recognition
// decision, Art. 7.3.e), the Ministry of Agriculture and Environment for 5★ (the Minister, Art. 7.4.e). A past 3★
// under 148/QĐ-TTg before 6/7/2025 was issued by a district People's Committee (a district that no longer exists).
// The issuer is read from the recognition decision's level when it is recorded, else from the star. Pure.
import type { Message } from '../../../platform/errors.ts';
import { unitInText, unitLabel, type UnitParts } from '../../reference/index.ts';

export interface CertificateIssuer {
  level: 'district' | 'province' | 'central';
  article: string;
  /** The body, as the certificate's heading prints it: "ỦY BAN NHÂN DÂN TỈNH LAI CHÂU". */
  body: Message;
  /** Who signs: "CHỦ TỊCH". */
  signer: Message;
  /** The place written before the signing date ("Lai Châu, ngày …"), or null when unknown. */
  place: string | null;
}

const MINISTRY = 'Bộ Nông nghiệp và Môi trường';

/** The issuer of a certificate recognised at `decisionLevel` (else by its star); the units as known, or null. */
export function certificateIssuer(
  star: number,
  decisionLevel: string | null,
  province: UnitParts | null,
  district: UnitParts | null = null,
): CertificateIssuer {
  const central = decisionLevel ? decisionLevel === 'central' : star === 5;
  if (central) {
    return {
      level: 'central',
      article: 'Art. 4.1.b, 7.4.e',
      body: { vi: MINISTRY, en: 'Ministry of Agriculture and Environment' },
      signer: { vi: 'Bộ trưởng', en: 'Minister' },
      place: 'Hà Nội',
    };
  }
  if (decisionLevel === 'district') {
    return {
      level: 'district',
      article: 'QĐ 148/QĐ-TTg',
      body: district
        ? { vi: `Ủy ban nhân dân ${unitInText(district)}`, en: `People's Committee of ${unitLabel(district)}` }
        : { vi: 'Ủy ban nhân dân cấp huyện', en: "the district People's Committee" },
      signer: { vi: 'Chủ tịch', en: 'Chair' },
      place: district?.name ?? null,
    };
  }
  return {
    level: 'province',
    article: 'Art. 4.1.a, 7.3.e',
    body: province
      ? { vi: `Ủy ban nhân dân ${unitInText(province)}`, en: `People's Committee of ${unitLabel(province)}` }
      : { vi: 'Ủy ban nhân dân cấp tỉnh', en: "the provincial People's Committee" },
    signer: { vi: 'Chủ tịch', en: 'Chair' },
    place: province?.name ?? null,
  };
}
