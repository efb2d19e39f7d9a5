// Who issues a certificate (Art. 4.1): the provincial People's Committee for 3★/4★ (its chair signs the recognition
// decision, Art. 7.3.e), the Ministry of Agriculture and Environment for 5★ (the Minister, Art. 7.4.e). A past 3★
// under 148/QĐ-TTg before 6/7/2025 was issued by a district People's Committee (a district that no longer exists).
// The issuer is read from the recognition decision's level when it is recorded, else from the star. Pure.
import type { Message } from '../../../platform/errors.ts';

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

/** "Tỉnh Lai Châu" → "Lai Châu". */
const bareName = (name: string | null | undefined) => name?.trim().replace(/^(Tỉnh|Thành phố|Huyện|Thị xã|Quận)\s+/, '') || null;

const MINISTRY = 'Bộ Nông nghiệp và Môi trường';

/** Unit names as the registry writes them ("Tỉnh Lai Châu", "Huyện Tam Đường"), or null when unknown. */
export function certificateIssuer(star: number, decisionLevel: string | null, provinceName: string | null, districtName: string | null = null): CertificateIssuer {
  const central = decisionLevel ? decisionLevel === 'central' : star === 5;
  if (central) {
    return {
      level: 'central', article: 'Art. 4.1.b, 7.4.e',
      body: { vi: MINISTRY, en: 'Ministry of Agriculture and Environment' },
      signer: { vi: 'Bộ trưởng', en: 'Minister' },
      place: 'Hà Nội',
    };
  }
  const lowerType = (name: string) => name.replace(/^(Tỉnh|Thành phố|Huyện|Thị xã|Quận)(?=\s)/, (m) => m.toLowerCase());
  if (decisionLevel === 'district') {
    const district = districtName?.trim();
    return {
      level: 'district', article: 'QĐ 148/QĐ-TTg',
      body: district
        ? { vi: `Ủy ban nhân dân ${lowerType(district)}`, en: `People's Committee of ${district}` }
        : { vi: 'Ủy ban nhân dân cấp huyện', en: "the district People's Committee" },
      signer: { vi: 'Chủ tịch', en: 'Chair' },
      place: bareName(district),
    };
  }
  const place = provinceName?.trim() || 'cấp tỉnh';
  const lower = lowerType(place);
  return {
    level: 'province', article: 'Art. 4.1.a, 7.3.e',
    body: { vi: `Ủy ban nhân dân ${lower}`, en: `People's Committee of ${place}` },
    signer: { vi: 'Chủ tịch', en: 'Chair' },
    place: bareName(provinceName),
  };
}
