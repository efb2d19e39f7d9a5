// Who may do what with certificates. Reading: every signed-in role, each within its scope (commands/read-certificates.ts
// checks the record: the producer's own products, a commune's, a province's, nationally the Ministry's side).
// Revoking (Art. 8.2–8.3): the office that prepares the decision records it — the provincial OCOP office for the
// province chair (3★/4★, its own province), the Ministry's office for the Minister (5★); mayRevoke adds the star and
// the scope of the record. GET /api/me/permissions lists this table.
import type { Actor } from '../../platform/auth/actor.ts';
import { definePermissions } from '../../platform/auth/policy.ts';
import { ROLES } from '../../platform/auth/roles.ts';
import { forbidden, notFound } from '../../platform/errors.ts';
import type { CertifiedStar } from '../evaluation/index.ts';
import { revocationAuthority } from './domain/revocation.ts';

export const certificatePolicy = definePermissions({
  'certificates.read': ROLES,
  /** Record a revocation decision (Art. 8.2): further limited by star and scope (mayRevoke). */
  'certificates.revoke': ['province_office', 'ministry_office'],
  /** The queue of revocation proposals (Art. 8.3.a) and dismissing one. */
  'revocations.read': ['province_office', 'ministry_office', 'admin'],
  'revocations.manage': ['province_office', 'ministry_office'],
  /** Propose a revocation from the staff side: the commune's report (Art. 8.4: its confirmation), an office's record of
   *  another authority's conclusion. */
  'revocations.propose': ['commune_officer', 'province_office', 'ministry_office'],
  /** The province's own reminders before expiry (the daily job's extra notices). */
  'certificates.reminders': ['province_office'],
});

export const certificateNotFound = () => notFound({ vi: 'giấy chứng nhận', en: 'Certificate' });

/**
 * Art. 8.2–8.3: the office preparing the decision by the certificate's star, inside its scope — the provincial office
 * of the certificate's province for 3★/4★, the Ministry's office (national) for 5★.
 */
export function mayActOnRevocation(actor: Actor, c: { star: number; provinceCode: string }): boolean {
  if (!certificatePolicy.can(actor, 'certificates.revoke')) return false;
  const authority = revocationAuthority(c.star as CertifiedStar);
  if (actor.role !== authority.preparedBy) return false;
  return authority.preparedBy === 'ministry_office'
    ? actor.provinceCode === null
    : actor.provinceCode === c.provinceCode;
}

/** Refuses with the authority's name when the actor's office does not prepare this certificate's revocation. */
export function assertMayActOnRevocation(actor: Actor, c: { star: number; provinceCode: string }): void {
  if (mayActOnRevocation(actor, c)) return;
  const a = revocationAuthority(c.star as CertifiedStar);
  throw forbidden({
    vi: `Thu hồi giấy chứng nhận ${c.star} sao do ${a.label.vi} quyết định (${c.star === 5 ? 'điểm b' : 'điểm a'} khoản 2 Điều 8); hồ sơ do ${a.preparedBy === 'ministry_office' ? 'cơ quan tham mưu OCOP của Bộ' : 'cơ quan tham mưu OCOP cấp tỉnh'} chuẩn bị.`,
    en: `A ${c.star}★ certificate is revoked by the ${a.label.en} (${a.article}); the ${a.preparedBy === 'ministry_office' ? "Ministry's OCOP office" : 'provincial OCOP office'} prepares it.`,
  });
}
