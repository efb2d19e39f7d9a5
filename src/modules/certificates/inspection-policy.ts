// Who may do what in inspection after certification (Art. 9.4), yearly product tests and papers with a term. The
// role tables are listed by GET /api/me/permissions; the record checks (team membership, the product's place) are in
// commands/inspections/inspection-access.ts.
import { definePermissions } from '../../platform/auth/policy.ts';
import { ROLES, type Role } from '../../platform/auth/roles.ts';
import { AppError, badRequest, notFound, type Message } from '../../platform/errors.ts';

/** Staff who may sit on an inspection team (Art. 9.4: the office "phối hợp với các sở, ngành liên quan"). */
export const TEAM_ROLES: readonly Role[] = [
  'province_office',
  'province_council_chair',
  'province_council_member',
  'advisory_member',
  'commune_officer',
  'ministry_office',
  'central_council_member',
];
const OFFICES: readonly Role[] = ['province_office', 'ministry_office'];

export const inspectionPolicy = definePermissions({
  // Everyone reads inside their scope; a producer reads the visits and findings of its own products.
  'inspections.read': ROLES,
  // Art. 9.4.a/b: the provincial OCOP office and the Ministry's plan inspections (which products: domain/inspection-authority.ts).
  'inspections.plan': OFFICES,
  // Visits and findings: a member of the plan's team, or the office that owns the plan.
  'inspections.visit': TEAM_ROLES,
  // The producer reports the fix of a finding on its own product (Art. 9.1).
  'inspections.fix.report': ['producer'],
  // The risk list: the offices that plan inspections, and the administrator (read only).
  'inspections.risk': [...OFFICES, 'admin'],
  'product-tests.read': ROLES,
  // Seed 003 §6: the producer keeps its yearly tests; the commune and the province record them from paper too.
  'product-tests.record': ['producer', 'commune_officer', 'province_office'],
  'papers.read': ROLES,
  'papers.record': ['producer', 'commune_officer', 'province_office'],
});

export const planNotFound = () => notFound({ vi: 'kế hoạch kiểm tra', en: 'Inspection plan' });
export const visitNotFound = () => notFound({ vi: 'đợt kiểm tra thực tế', en: 'Inspection visit' });
export const itemNotFound = () => notFound({ vi: 'nội dung kiểm tra', en: 'Checklist item' });
export const photoNotFound = () => notFound({ vi: 'ảnh', en: 'Photo' });
export const productNotFound = () => notFound({ vi: 'sản phẩm', en: 'Product' });
export const testNotFound = () => notFound({ vi: 'phiếu kiểm nghiệm', en: 'Product test' });
export const paperNotFound = () => notFound({ vi: 'giấy tờ', en: 'Paper' });

export const invalidField = (field: string, code: string, message: Message) => badRequest([{ field, code, message }]);
export const conflict = (code: string, message: Message) => new AppError(409, code, message);
