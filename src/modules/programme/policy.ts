// Who may do what with the programme's plans. Reading: the offices and councils that follow the programme, each in
// its scope (a commune officer its commune's plans and its province's; the Ministry everything). Writing: the
// provincial OCOP office for its province and every commune in it (districts' plans of the 2024 set, for history,
// included); a commune officer for its own commune. GET /api/me/permissions lists this table.
import type { Actor } from '../../platform/auth/actor.ts';
import { definePermissions, scopeLevel } from '../../platform/auth/policy.ts';
import { forbidden } from '../../platform/errors.ts';

export const programmePolicy = definePermissions({
  'plans.read': ['admin', 'province_office', 'province_council_chair', 'commune_officer', 'ministry_office'],
  'plans.write': ['admin', 'province_office', 'commune_officer'],
});

/** Where a plan lies for the scope check: its 2025 province and, for a commune's plan, its commune. */
export interface PlanPlace {
  provinceCode: string;
  communeCode: string | null;
}

const OUTSIDE = {
  vi: 'Kế hoạch này nằm ngoài địa bàn bạn phụ trách',
  en: 'This plan lies outside your administrative area',
};

/** A commune officer also reads its province's plan (the targets its commune works towards). */
export function mayReadPlan(actor: Actor, place: PlanPlace): boolean {
  if (!programmePolicy.can(actor, 'plans.read')) return false;
  const level = scopeLevel(actor);
  if (level === 'national') return true;
  if (actor.provinceCode !== place.provinceCode) return false;
  return level === 'province' || place.communeCode === null || place.communeCode === actor.unitCode;
}

export function mayWritePlan(actor: Actor, place: PlanPlace): boolean {
  if (!programmePolicy.can(actor, 'plans.write')) return false;
  const level = scopeLevel(actor);
  if (level === 'national') return actor.role === 'admin';
  if (actor.provinceCode !== place.provinceCode) return false;
  return level === 'province' || (place.communeCode !== null && place.communeCode === actor.unitCode);
}

export function assertMayReadPlan(actor: Actor, place: PlanPlace): void {
  if (!programmePolicy.can(actor, 'plans.read')) throw forbidden();
  if (!mayReadPlan(actor, place)) throw forbidden(OUTSIDE);
}

export function assertMayWritePlan(actor: Actor, place: PlanPlace): void {
  if (!programmePolicy.can(actor, 'plans.write')) throw forbidden();
  if (!mayWritePlan(actor, place)) throw forbidden(OUTSIDE);
}
