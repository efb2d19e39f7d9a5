// Checks shared by creating and changing a product.
import { LEGAL_TYPE_NAMES, legalTypeAllowsSet, type LegalType } from '../domain/legal-types.ts';
import { invalid } from '../errors.ts';

export interface ProductInput {
  producerId: string;
  name: string;
  /** Product set 1–26 of Appendix I. */
  setNo: number;
  description?: string | null;
  /** Quy cách: packaging, net weight, volume… */
  specification?: string | null;
}

/** Art. 2.3 of Decision 26/2026: hội, hiệp hội, trung tâm điều hành register tourism services (set 26) only. */
export function assertSetAllowed(legalType: LegalType, setNo: number): void {
  if (!legalTypeAllowsSet(legalType, setNo)) {
    const name = LEGAL_TYPE_NAMES[legalType];
    throw invalid(
      'body.setNo',
      'not_allowed_for_legal_type',
      `${name.vi} chỉ được đăng ký sản phẩm bộ 26 (dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch) — Điều 2.3 QĐ 26/2026`,
      `A ${name.en.toLowerCase()} may only register product set 26 (community tourism, eco-tourism and tourist sites) — Art. 2.3, Decision 26/2026`,
    );
  }
}
