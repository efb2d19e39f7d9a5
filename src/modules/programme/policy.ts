// Who may do what in the programme: plans, activities and support funding. Reading: the offices and councils that
// follow the programme, each in its scope (a commune officer its commune's records and its province's own; the
// Ministry everything). Writing plans and activities: the provincial OCOP office for its province and every commune in
// it (districts' plans of the 2024 set, for history, included); a commune officer for its own commune. Funding: the
// provincial office keeps the policies, decides and pays; a producer applies for itself, a commune officer for a
// producer of its commune. GET /api/me/permissions lists this table.
import type { Actor } from '../../platform/auth/actor.ts';
import { definePermissions, scopeLevel } from '../../platform/auth/policy.ts';
import type { Role } from '../../platform/auth/roles.ts';
import { forbidden } from '../../platform/errors.ts';

const FOLLOWERS: readonly Role[] = [
  'admin',
  'province_office',
  'province_council_chair',
  'commune_officer',
  'ministry_office',
];
const UNIT_WRITERS: readonly Role[] = ['admin', 'province_office', 'commune_officer'];

export const programmePolicy = definePermissions({
  'plans.read': FOLLOWERS,
  'plans.write': UNIT_WRITERS,
  'activities.read': FOLLOWERS,
  'activities.write': UNIT_WRITERS,
  'funding.read': [...FOLLOWERS, 'producer'],
  /** Apply for support: the producer for itself, the commune officer for a producer of its commune. */
  'funding.apply': ['province_office', 'commune_officer', 'producer'],
  /** Keep the policies, approve or reject applications, record payments. */
  'funding.manage': ['province_office'],
});
type Permission = keyof typeof programmePolicy.table;

/** Where a record lies for the scope check: its 2025 province and, for a commune's record, its commune. */
export interface UnitPlace {
  provinceCode: string;
  communeCode: string | null;
}
/** A plan's place (its unit). */
export type PlanPlace = UnitPlace;

const OUTSIDE = {
  vi: 'Dữ liệu này nằm ngoài địa bàn bạn phụ trách',
  en: 'This record lies outside your administrative area',
};

/** Reading a unit's record: a commune officer also reads its province's own (the targets its commune works towards). */
export function mayRead(actor: Actor, permission: Permission, place: UnitPlace): boolean {
  if (!programmePolicy.can(actor, permission)) return false;
  const level = scopeLevel(actor);
  if (level === 'national') return true;
  if (actor.provinceCode !== place.provinceCode) return false;
  return level === 'province' || place.communeCode === null || place.communeCode === actor.unitCode;
}

/** Writing a unit's record: the province's office anywhere in its province, a commune officer in its commune. */
export function mayWrite(actor: Actor, permission: Permission, place: UnitPlace): boolean {
  if (!programmePolicy.can(actor, permission)) return false;
  const level = scopeLevel(actor);
  if (level === 'national') return actor.role === 'admin';
  if (actor.provinceCode !== place.provinceCode) return false;
  return level === 'province' || (place.communeCode !== null && place.communeCode === actor.unitCode);
}

export function assertMayRead(actor: Actor, permission: Permission, place: UnitPlace): void {
  if (!programmePolicy.can(actor, permission)) throw forbidden();
  if (!mayRead(actor, permission, place)) throw forbidden(OUTSIDE);
}

export function assertMayWrite(actor: Actor, permission: Permission, place: UnitPlace): void {
  if (!programmePolicy.can(actor, permission)) throw forbidden();
  if (!mayWrite(actor, permission, place)) throw forbidden(OUTSIDE);
}

export const mayReadPlan = (actor: Actor, place: PlanPlace) => mayRead(actor, 'plans.read', place);
export const mayWritePlan = (actor: Actor, place: PlanPlace) => mayWrite(actor, 'plans.write', place);
export const assertMayReadPlan = (actor: Actor, place: PlanPlace) => assertMayRead(actor, 'plans.read', place);
export const assertMayWritePlan = (actor: Actor, place: PlanPlace) => assertMayWrite(actor, 'plans.write', place);
