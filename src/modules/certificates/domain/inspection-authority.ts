// Who inspects which certified products (Art. 9.4 of Decision 26/2026): the provincial OCOP office the products of its
// province (it recognised their 3★/4★, Art. 4.1.a); the Ministry's OCOP office 5★ products, and 3★/4★ products "khi
// cần thiết" — we ask the Ministry to write down why. Pure: the caller hands in the actor and the certificates.
import type { Message } from '../../../platform/errors.ts';

export type PlanLevel = 'province' | 'ministry';

export interface PlanTarget {
  certificateId: string;
  provinceCode: string;
  star: number;
  status: string;
  /** The last day it is in force (its expiry, or the Art. 12.3 extension). */
  inForceUntil: string;
}

export interface PlanIssue {
  field: string;
  code: string;
  message: Message;
}

/** The level a role plans at (Art. 9.4.a province office, 9.4.b Ministry office); null: it plans no inspection. */
export function planLevelOf(role: string, provinceCode: string | null): PlanLevel | null {
  if (role === 'province_office' && provinceCode !== null) return 'province';
  if (role === 'ministry_office' && provinceCode === null) return 'ministry';
  return null;
}

/** Whether a certificate is one inspection after certification applies to: not revoked nor replaced, still in force. */
export function inForce(t: Pick<PlanTarget, 'status' | 'inForceUntil'>, today: string): boolean {
  return t.status === 'valid' && t.inForceUntil >= today;
}

/** Art. 9.4: every target the plan covers must be within the planner's competence. Empty when all are. */
export function checkPlanTargets(
  level: PlanLevel,
  planProvince: string | null,
  targets: readonly PlanTarget[],
  reason: string | null,
  today: string,
): PlanIssue[] {
  const issues: PlanIssue[] = [];
  targets.forEach((t, i) => {
    const field = `body.certificateIds.${i}`;
    if (!inForce(t, today)) {
      issues.push({
        field,
        code: 'certificate_not_in_force',
        message: {
          vi: 'Giấy chứng nhận không còn hiệu lực (hết hạn, bị thu hồi hoặc đã được thay thế)',
          en: 'The certificate is no longer in force (expired, revoked or replaced)',
        },
      });
    } else if (level === 'province' && t.provinceCode !== planProvince) {
      issues.push({
        field,
        code: 'outside_province',
        message: {
          vi: 'Tỉnh chỉ kiểm tra sản phẩm OCOP trên địa bàn (Điều 9.4.a)',
          en: 'A province inspects only the OCOP products in its territory (Art. 9.4.a)',
        },
      });
    } else if (level === 'province' && t.star === 5) {
      issues.push({
        field,
        code: 'five_star_is_ministry',
        message: {
          vi: 'Sản phẩm OCOP 5 sao do Bộ Nông nghiệp và Môi trường kiểm tra, giám sát (Điều 9.4.b)',
          en: 'A 5★ OCOP product is inspected by the Ministry of Agriculture and Environment (Art. 9.4.b)',
        },
      });
    }
  });
  const lowerStars = targets.some((t) => t.star < 5);
  if (level === 'ministry' && lowerStars && !reason?.trim()) {
    issues.push({
      field: 'body.reason',
      code: 'reason_required',
      message: {
        vi: 'Bộ kiểm tra sản phẩm 3 sao, 4 sao "khi cần thiết": ghi rõ lý do (Điều 9.4.b)',
        en: 'The Ministry inspects 3★/4★ products "where needed": state the reason (Art. 9.4.b)',
      },
    });
  }
  return issues;
}
